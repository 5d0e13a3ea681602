import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/results/run-meta.ts
async function exec(file, args, options) {
  const [{ execFile }, { promisify }] = await Promise.all([import("node:child_process"), import("node:util")]);
  return promisify(execFile)(file, args, { ...options, encoding: "utf8" });
}
function randomHex(bytes) {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(bytes))).toString("hex");
}
function newRunId(now = /* @__PURE__ */ new Date()) {
  return `${now.getTime().toString(36)}-${randomHex(4)}`;
}
async function detectRevision(cwd, env = process.env) {
  const commit = env.GITHUB_SHA || await git(cwd, ["rev-parse", "HEAD"]);
  const branch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || await git(cwd, ["rev-parse", "--abbrev-ref", "HEAD"]);
  return { ...commit ? { commit } : {}, ...branch && branch !== "HEAD" ? { branch } : {} };
}
async function git(cwd, args) {
  try {
    const { stdout } = await exec("git", args, { cwd, timeout: 5e3 });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}

export {
  newRunId,
  detectRevision
};
