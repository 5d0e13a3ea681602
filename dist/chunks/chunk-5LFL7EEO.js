import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/measure/ab/progress.ts
function interleaveProgress(write) {
  return (event) => {
    switch (event.type) {
      case "file-start":
        write(`${event.file}: warming up ${event.sides.join(" and ")}\u2026
`);
        return;
      case "stopped": {
        const s = event.sampling;
        const change = s.last?.change !== void 0 ? ` ${signed(s.last.change)}` : "";
        const interval = s.last?.interval ? ` (${signed(s.last.interval[0])} to ${signed(s.last.interval[1])})` : "";
        write(`  ${event.benchmark}: ${STOP_WORDS[s.stop]} after ${s.pairs} pairs${change}${interval}
`);
        return;
      }
      case "error":
        write(`  ${event.benchmark} failed in ${event.side}: ${event.message.split("\n", 1)[0]}
`);
        return;
      case "warmup":
      case "round":
      case "file-end":
        return;
    }
  };
}
var STOP_WORDS = {
  beyond: "decided, beyond the threshold,",
  within: "decided, within the threshold,",
  budget: "its time budget ran out",
  "total-budget": "the run's time budget ran out",
  "max-pairs": "pair limit reached",
  failed: "stopped",
  unpaired: "measured on one side"
};
function signed(x) {
  const v = x * 100;
  return `${v >= 0 ? "+" : "-"}${Math.abs(v).toFixed(Math.abs(v) < 1 ? 2 : 1)}%`;
}

export {
  interleaveProgress
};
