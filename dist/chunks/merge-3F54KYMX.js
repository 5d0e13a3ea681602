import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  ShardMergeError,
  mergeShards
} from "./chunk-O3MFQQUG.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-35VAMBZN.js";
export {
  ShardMergeError,
  mergeShards
};
