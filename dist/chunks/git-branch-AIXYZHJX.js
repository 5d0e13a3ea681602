import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  GitBranchStore,
  PushRejectedError
} from "./chunk-PNFWO7S2.js";
import "./chunk-SR7GWXTU.js";
import "./chunk-64NJG7VW.js";
import {
  DEFAULT_DATA_BRANCH
} from "./chunk-A7UEXHXZ.js";
import "./chunk-GDSMRSPO.js";
import "./chunk-PFIZFXOY.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-5GDJ7C62.js";
import "./chunk-H7FUGREM.js";
import "./chunk-Y6W2A5IZ.js";
import "./chunk-A3TNSP7U.js";
import "./chunk-B57NQ3GO.js";
import "./chunk-35VAMBZN.js";
export {
  DEFAULT_DATA_BRANCH,
  GitBranchStore,
  PushRejectedError
};
