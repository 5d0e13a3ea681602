import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  createProgressReporter,
  progressMode
} from "./chunk-ZF7DAMEE.js";
import "./chunk-35VAMBZN.js";
export {
  createProgressReporter,
  progressMode
};
