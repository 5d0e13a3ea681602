import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  register
} from "./chunks/chunk-7YWFHIUN.js";
import {
  declareScenario
} from "./chunks/chunk-TJEG4BBN.js";
import "./chunks/chunk-A3TNSP7U.js";
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
