import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  planPart
} from "./chunk-V2R4535B.js";
import "./chunk-WOCULGFA.js";
import "./chunk-55BDL67P.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-7YACBLEX.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  planPart
};
