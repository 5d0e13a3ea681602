#!/usr/bin/env node
import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunks/chunk-35VAMBZN.js";

// src/cli.ts
var module = __require("node:module");
module.enableCompileCache?.();
await import("./chunks/entry-ZHV3ELKQ.js");
