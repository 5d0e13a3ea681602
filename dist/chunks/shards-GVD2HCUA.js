import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  TARGET_JOB_MS,
  formatWallTime,
  renderShardsMarkdown,
  renderShardsTerminal,
  shardBalance
} from "./chunk-S5FIW5T4.js";
import "./chunk-6BO3VCDY.js";
import "./chunk-S6DX54RV.js";
import "./chunk-7YACBLEX.js";
import "./chunk-35VAMBZN.js";
export {
  TARGET_JOB_MS,
  formatWallTime,
  renderShardsMarkdown,
  renderShardsTerminal,
  shardBalance
};
