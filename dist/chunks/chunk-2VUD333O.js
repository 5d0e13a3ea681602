import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/report/instructions.ts
var COUNTS_MISS = "Counts are CPU work only: time spent waiting on I/O, timers and locks is not in them, nor are cache and memory effects; the same code counts differently on another Node version.";
function processSpread(b) {
  const { samples, processes } = b;
  if (!processes || processes.length !== samples.length) return void 0;
  const byProcess = /* @__PURE__ */ new Map();
  samples.forEach((value, i) => byProcess.set(processes[i], [...byProcess.get(processes[i]) ?? [], value]));
  if (byProcess.size < 2) return void 0;
  const means = [...byProcess.values()].map((values) => values.reduce((a, v) => a + v, 0) / values.length);
  const low = Math.min(...means);
  return low > 0 ? (Math.max(...means) - low) / low : void 0;
}
function instructionNotes(head, baseline) {
  const counted = (run) => run?.run.measure === "instructions";
  if (!counted(head) && !counted(baseline)) return [];
  const notes = [];
  if (baseline && counted(head) !== counted(baseline)) {
    const what = (run) => counted(run) ? "instructions" : "time";
    notes.push(
      `The baseline measured ${what(baseline)} and this run ${what(head)}: their numbers do not compare. Store a baseline measured with the same measure.`
    );
  } else if (baseline && baseline.run.env.node !== head.run.env.node) {
    notes.push(
      `Node changed from ${baseline.run.env.node} (baseline) to ${head.run.env.node}: instruction counts of unchanged code move with Node and V8, so part of every difference here may be Node's, not the code's.`
    );
  }
  notes.push(`Instruction counts under valgrind. ${COUNTS_MISS}`);
  return notes;
}

export {
  COUNTS_MISS,
  processSpread,
  instructionNotes
};
