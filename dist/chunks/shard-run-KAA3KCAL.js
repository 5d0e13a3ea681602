import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  planPart
} from "./chunk-OPRZAFIH.js";
import "./chunk-UJCBWAD4.js";
import "./chunk-YFLZ372B.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-7YACBLEX.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  planPart
};
