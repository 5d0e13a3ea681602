import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  describeConditions,
  noiseLines,
  samplingSentence,
  summarizeWarmups
} from "./chunk-PS3TK6NZ.js";
import "./chunk-35VAMBZN.js";
export {
  describeConditions,
  noiseLines,
  samplingSentence,
  summarizeWarmups
};
