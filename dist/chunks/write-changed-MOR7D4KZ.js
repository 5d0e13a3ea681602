import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  writeChangedFiles
} from "./chunk-4BQDOZ7M.js";
import "./chunk-THQGDHP6.js";
import "./chunk-35VAMBZN.js";
export {
  writeChangedFiles
};
