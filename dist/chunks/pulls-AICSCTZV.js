import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  checkRepository,
  getPullRequest,
  verifyPullRequestHead
} from "./chunk-Q7IGHK42.js";
import "./chunk-PA2H4TYI.js";
export {
  checkRepository,
  getPullRequest,
  verifyPullRequestHead
};
