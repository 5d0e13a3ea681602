import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  DEFAULT_RETAIN,
  LocalStore
} from "./chunk-D6E4CR3T.js";
import "./chunk-UAMIT3OO.js";
import "./chunk-JCCVQM4K.js";
import "./chunk-MWBVEDBA.js";
import "./chunk-4RP5KYJS.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-H7FUGREM.js";
import "./chunk-THQGDHP6.js";
import "./chunk-WQC4CHKN.js";
import "./chunk-35VAMBZN.js";
export {
  DEFAULT_RETAIN,
  LocalStore
};
