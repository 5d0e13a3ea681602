import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  ShardMergeError,
  mergeShards
} from "./chunk-CVQTIR5D.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  ShardMergeError,
  mergeShards
};
