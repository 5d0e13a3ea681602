import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  register
} from "./chunks/chunk-TI2VO2EE.js";
import "./chunks/chunk-PA2H4TYI.js";

// src/api.ts
function bench(name, fn, options) {
  register(name, fn, options);
}
export {
  bench
};
