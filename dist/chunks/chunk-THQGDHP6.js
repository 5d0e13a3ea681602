import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/results/atomic.ts
var open = (...args) => __require("node:fs/promises").open(...args);
var readdir = (...args) => __require("node:fs/promises").readdir(...args);
var rename = (...args) => __require("node:fs/promises").rename(...args);
var stat = (...args) => __require("node:fs/promises").stat(...args);
var unlink = (...args) => __require("node:fs/promises").unlink(...args);
var { basename, dirname, join } = __require("node:path");
var TEMP_SUFFIX = ".tmp";
function isTempFile(name) {
  return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
}
async function writeFileAtomic(path, data) {
  const folder = dirname(path);
  const temp = join(
    folder,
    `.${basename(path)}.${process.pid}.${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString("hex")}${TEMP_SUFFIX}`
  );
  const handle = await open(temp, "wx");
  try {
    try {
      await handle.writeFile(data, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => {
    });
    throw err;
  }
  await syncFolder(folder);
}
async function syncFolder(folder) {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
async function removeStaleTempFiles(folder, maxAgeMs, now = Date.now()) {
  let removed = 0;
  let names;
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!isTempFile(name)) continue;
    const file = join(folder, name);
    try {
      const info = await stat(file);
      if (now - info.mtimeMs > maxAgeMs) {
        await unlink(file);
        removed++;
      }
    } catch {
    }
  }
  return removed;
}

export {
  writeFileAtomic,
  removeStaleTempFiles
};
