import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WQC4CHKN.js";

// src/measure/shard-spec.ts
var TIMING_RUNS = 5;
function parseShard(origin, raw) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 256) {
    throw new UsageError(`${origin}: expected K/N with 1 \u2264 K \u2264 N \u2264 256, e.g. 2/4 for the second of four shards, found ${JSON.stringify(raw)}`);
  }
  return { index, count };
}

export {
  TIMING_RUNS,
  parseShard
};
