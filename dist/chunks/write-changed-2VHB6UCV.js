import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  writeChangedFiles
} from "./chunk-6HEGLZJ4.js";
import "./chunk-Y6W2A5IZ.js";
import "./chunk-35VAMBZN.js";
export {
  writeChangedFiles
};
