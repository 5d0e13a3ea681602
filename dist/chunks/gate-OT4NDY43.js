import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_REGRESSION,
  gate,
  gateRun
} from "./chunk-PS5IPZOA.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-35VAMBZN.js";
export {
  EXIT_BAD_INPUT,
  EXIT_OK,
  EXIT_REGRESSION,
  gate,
  gateRun
};
