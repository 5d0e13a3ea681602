import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  GitBranchStore,
  PushRejectedError
} from "./chunk-SXXQAVXJ.js";
import "./chunk-SR7GWXTU.js";
import "./chunk-CWTHQKLR.js";
import {
  DEFAULT_DATA_BRANCH
} from "./chunk-7JJAFYW4.js";
import "./chunk-BQS5UJOP.js";
import "./chunk-ARJQ2VVI.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-TKDFJYZW.js";
import "./chunk-H7FUGREM.js";
import "./chunk-WBV3OXIH.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-NTC7J6KC.js";
import "./chunk-35VAMBZN.js";
export {
  DEFAULT_DATA_BRANCH,
  GitBranchStore,
  PushRejectedError
};
