import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  GitBranchStore,
  PushRejectedError
} from "./chunk-C7B3S3QD.js";
import "./chunk-SR7GWXTU.js";
import "./chunk-7Q63OILY.js";
import {
  DEFAULT_DATA_BRANCH
} from "./chunk-35DZHO55.js";
import "./chunk-D4TPAHM6.js";
import "./chunk-6AURYK43.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-KUOJ7WLH.js";
import "./chunk-H7FUGREM.js";
import "./chunk-Y6W2A5IZ.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-B57NQ3GO.js";
import "./chunk-35VAMBZN.js";
export {
  DEFAULT_DATA_BRANCH,
  GitBranchStore,
  PushRejectedError
};
