import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  interleaveProgress
} from "./chunk-5LFL7EEO.js";
import "./chunk-35VAMBZN.js";
export {
  interleaveProgress
};
