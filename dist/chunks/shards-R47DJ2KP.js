import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  TARGET_JOB_MS,
  formatWallTime,
  renderShardsMarkdown,
  renderShardsTerminal,
  shardBalance
} from "./chunk-KKTEDBXK.js";
import "./chunk-YVCKGH6B.js";
import "./chunk-O2MIHHEZ.js";
import "./chunk-GB4UPQNG.js";
import "./chunk-J3CZYFUD.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-7YACBLEX.js";
import "./chunk-35VAMBZN.js";
export {
  TARGET_JOB_MS,
  formatWallTime,
  renderShardsMarkdown,
  renderShardsTerminal,
  shardBalance
};
