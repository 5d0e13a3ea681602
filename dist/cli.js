#!/usr/bin/env node
import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/cli.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./chunks/entry-M5KL64LU.js");
