import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/load/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/gy;
function parseDuration(value, where) {
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= 0) return value;
  } else if (typeof value === "string") {
    const text = value.trim();
    let total = 0;
    let matched = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(text); m; m = PART.exec(text)) {
      total += Number(m[1]) * UNIT_MS[m[2]];
      matched = PART.lastIndex;
    }
    if (text !== "" && matched === text.length) return total;
  }
  throw new UsageError(`${where}: expected a duration like '250ms', '30s', '5m', '2h' or '1m30s' (or a number of ms), found ${describe(value)}`);
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  if (ms < 12e4) return `${trim(ms / 1e3)} s`;
  if (ms < 72e5) return `${trim(ms / 6e4)} min`;
  return `${trim(ms / 36e5)} h`;
}
function trim(x) {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

export {
  parseDuration,
  formatDuration
};
