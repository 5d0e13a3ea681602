import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  writeChangedFiles
} from "./chunk-ZNF3OKNH.js";
import "./chunk-WBV3OXIH.js";
import "./chunk-35VAMBZN.js";
export {
  writeChangedFiles
};
