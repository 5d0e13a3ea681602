import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  detectRevision,
  newRunId
} from "./chunk-B57NQ3GO.js";
import "./chunk-35VAMBZN.js";
export {
  detectRevision,
  newRunId
};
