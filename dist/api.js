import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  register
} from "./chunks/chunk-JSAITBUG.js";
import {
  declareScenario
} from "./chunks/chunk-STGTKRJD.js";
import "./chunks/chunk-WQC4CHKN.js";
import "./chunks/chunk-35VAMBZN.js";

// src/api.ts
function bench(name, fn, options) {
  register(name, fn, options);
}
function scenario(name, options, fn) {
  declareScenario(name, options, fn);
}
export {
  bench,
  scenario
};
