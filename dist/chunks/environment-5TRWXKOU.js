import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  collectEnvironment
} from "./chunk-6ROBQZ6W.js";
import "./chunk-35VAMBZN.js";
export {
  collectEnvironment
};
