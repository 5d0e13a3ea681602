import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  planPart
} from "./chunk-HQZJTQEZ.js";
import "./chunk-3PEO4PIM.js";
import "./chunk-RF3GPAF3.js";
import "./chunk-VJYNFM5C.js";
import "./chunk-YLFZVSI4.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-35VAMBZN.js";
export {
  planPart
};
