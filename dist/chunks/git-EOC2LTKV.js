import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  Git,
  GitError,
  isRemoteUrl,
  maskUrlCredentials
} from "./chunk-7II4A5MC.js";
import "./chunk-35VAMBZN.js";
export {
  Git,
  GitError,
  isRemoteUrl,
  maskUrlCredentials
};
