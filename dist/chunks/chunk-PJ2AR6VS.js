import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/micro/load.ts
var { readFileSync } = __require("node:fs");
var { createRequire } = __require("node:module");
var { dirname, join } = __require("node:path");
var { pathToFileURL } = __require("node:url");
var TYPESCRIPT_FILE = /\.(ts|mts|cts)$/;
async function loadBenchmarkFile(file) {
  if (TYPESCRIPT_FILE.test(file) && !canLoadTypeScript()) await registerTsx(file);
  await import(pathToFileURL(file).href);
}
function canLoadTypeScript() {
  return Boolean(process.features.typescript) || import.meta.url.endsWith(".ts");
}
async function registerTsx(file) {
  for (const from of [file, import.meta.url]) {
    const api = tsxApi(from);
    if (!api) continue;
    const { register } = await import(api);
    register();
    return;
  }
  throw new Error(
    `TypeScript benchmark files need Node >= 22.18 or the tsx package; this is Node ${process.version} and tsx was found neither from ${dirname(file)} nor beside benchgate. Install it in the project (npm install --save-dev tsx: benchgate names it as an optional peer dependency) or run on Node >= 22.18.`
  );
}
function tsxApi(from) {
  let manifest;
  try {
    manifest = createRequire(from).resolve("tsx/package.json");
  } catch {
    return void 0;
  }
  const { exports } = JSON.parse(readFileSync(manifest, "utf8"));
  const entry = exports?.["./esm/api"];
  const target = typeof entry === "string" ? entry : typeof entry?.import === "string" ? entry.import : entry?.import?.default;
  return target ? pathToFileURL(join(dirname(manifest), target)).href : void 0;
}

// src/measure/micro/send-to-parent.ts
function sendToParent(message) {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) process.exit(1);
    process.send(message, void 0, {}, () => resolve());
  });
}

export {
  loadBenchmarkFile,
  sendToParent
};
