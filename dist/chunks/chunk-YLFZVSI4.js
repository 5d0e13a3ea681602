import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/measure/micro/protocol.ts
function selects(selection, name) {
  switch (selection?.kind) {
    case void 0:
    case "all":
      return true;
    case "only":
      return selection.names.includes(name);
    case "except":
      return !selection.names.includes(name);
  }
}
function warmupLimitMs(warmupMs) {
  return 4 * warmupMs;
}
var SETTLE_MIN_SHARE = 0.4;
function settleLimitMs(warmupMs) {
  return Math.max(warmupLimitMs(warmupMs), 160);
}

export {
  selects,
  warmupLimitMs,
  SETTLE_MIN_SHARE,
  settleLimitMs
};
