import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-THQGDHP6.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/write-changed.ts
var mkdir = (...args) => __require("node:fs/promises").mkdir(...args);
var readFile = (...args) => __require("node:fs/promises").readFile(...args);
var { dirname, join } = __require("node:path");
async function writeChangedFiles(root, files) {
  const written = [];
  for (const file of files) {
    const parts = file.path.split("/");
    if (file.path.startsWith("/") || parts.some((p) => p === "" || p === "." || p === ".." || p.includes("\\"))) {
      throw new RangeError(`refusing to write ${JSON.stringify(file.path)}: not a plain path inside the folder`);
    }
    const target = join(root, ...parts);
    let current;
    try {
      current = await readFile(target, "utf8");
    } catch (err) {
      if (err.code !== "ENOENT") throw err;
    }
    if (current === file.content) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content);
    written.push(file.path);
  }
  return written;
}

export {
  writeChangedFiles
};
