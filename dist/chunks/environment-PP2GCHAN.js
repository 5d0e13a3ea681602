import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  collectEnvironment
} from "./chunk-F6NHEW6R.js";
import "./chunk-35VAMBZN.js";
export {
  collectEnvironment
};
