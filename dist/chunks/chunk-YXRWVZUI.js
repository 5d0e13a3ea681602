import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/measure/micro/protocol.ts
function warmupLimitMs(warmupMs) {
  return 4 * warmupMs;
}
var SETTLE_MIN_SHARE = 0.4;
function settleLimitMs(warmupMs) {
  return Math.max(warmupLimitMs(warmupMs), 160);
}

export {
  warmupLimitMs,
  SETTLE_MIN_SHARE,
  settleLimitMs
};
