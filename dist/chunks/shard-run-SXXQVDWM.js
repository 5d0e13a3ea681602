import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  planPart
} from "./chunk-D4VV4K4T.js";
import "./chunk-P2XEFL7G.js";
import "./chunk-VJYNFM5C.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-7YACBLEX.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-35VAMBZN.js";
export {
  planPart
};
