import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/store/git.ts
var { spawn } = __require("node:child_process");
var GitError = class extends Error {
  name = "GitError";
  command;
  exitCode;
  stderr;
  constructor(command, exitCode, stderr, options) {
    const how = exitCode === null ? "was killed" : `exited with code ${exitCode}`;
    const said = stderr.trim() === "" ? " and printed nothing on stderr" : `:
${indent(stderr.trim())}`;
    super(`\`${command}\` ${how}${said}`, options);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
};
var FIXED_CONFIG = [
  // A user's global signing setup would prompt for a passphrase or fail in CI.
  ["commit.gpgsign", "false"],
  // Stored JSON must round-trip byte for byte on every platform.
  ["core.autocrlf", "false"],
  ["core.safecrlf", "false"],
  // Background gc in a work dir that is about to be reset is wasted time.
  ["gc.auto", "0"],
  ["maintenance.auto", "false"],
  ["advice.detachedHead", "false"],
  // A configured fsmonitor is a program git runs on nearly every command.
  ["core.fsmonitor", "false"]
];
var NETWORK_COMMANDS = /* @__PURE__ */ new Set(["fetch", "push", "ls-remote", "clone", "pull"]);
var NETWORK_CONFIG = [["core.hooksPath", "/dev/null"]];
var Git = class {
  cwd;
  secrets;
  env;
  networkEnv;
  constructor(options) {
    this.cwd = options.cwd;
    const network = [...FIXED_CONFIG, ...NETWORK_CONFIG];
    this.secrets = [];
    if (options.token) {
      const basic = Buffer.from(`x-access-token:${options.token}`, "utf8").toString("base64");
      network.push([extraHeaderKey(options.remote), `AUTHORIZATION: basic ${basic}`]);
      this.secrets.push(options.token, basic, encodeURIComponent(options.token));
    }
    this.env = gitEnv(FIXED_CONFIG, options.author);
    this.networkEnv = gitEnv(network, options.author);
  }
  /** Run `git <args>`; resolves with its output, rejects with a GitError on any other exit code. */
  run(args, options = {}) {
    const command = this.mask(`git ${args.map(quoteForDisplay).join(" ")}`);
    return new Promise((resolve, reject) => {
      const env = NETWORK_COMMANDS.has(args[0] ?? "") ? this.networkEnv : this.env;
      const child = spawn("git", args, { cwd: this.cwd, env, stdio: ["ignore", "pipe", "pipe"], shell: false });
      const stdout = [];
      const stderr = [];
      child.stdout.on("data", (chunk) => stdout.push(chunk));
      child.stderr.on("data", (chunk) => stderr.push(chunk));
      child.on("error", (err) => {
        const reason = err.code === "ENOENT" ? "git is not installed or not on PATH" : err.message;
        reject(new GitError(command, null, reason, { cause: err }));
      });
      child.on("close", (code) => {
        const output = {
          stdout: this.mask(Buffer.concat(stdout).toString("utf8")),
          stderr: this.mask(Buffer.concat(stderr).toString("utf8")),
          exitCode: code ?? -1
        };
        if (code === 0 || code !== null && options.okExitCodes?.includes(code)) resolve(output);
        else reject(new GitError(command, code, output.stderr));
      });
    });
  }
  /** Replace the token (in every form git could echo it) and URL credentials with ***. */
  mask(text) {
    let masked = maskUrlCredentials(text);
    for (const secret of this.secrets) {
      if (secret !== "") masked = masked.split(secret).join("***");
    }
    return masked;
  }
};
function maskUrlCredentials(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
function isRemoteUrl(remote) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return true;
  return /^[^/\\:]+:/.test(remote) && !/^[a-z]:[\\/]/i.test(remote);
}
function extraHeaderKey(remote) {
  if (remote && /^https?:\/\//i.test(remote)) {
    try {
      return `http.${new URL(remote).origin}/.extraheader`;
    } catch {
    }
  }
  return "http.extraheader";
}
function gitEnv(config, author) {
  const env = { ...process.env };
  const inherited = Number.parseInt(env["GIT_CONFIG_COUNT"] ?? "0", 10);
  let count = Number.isFinite(inherited) && inherited > 0 ? inherited : 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count += 1;
  }
  env["GIT_CONFIG_COUNT"] = String(count);
  env["GIT_TERMINAL_PROMPT"] = "0";
  env["GIT_ASKPASS"] = "";
  env["GCM_INTERACTIVE"] = "never";
  env["GIT_SSH_COMMAND"] ??= "ssh -o BatchMode=yes";
  env["LC_ALL"] = "C";
  env["LANGUAGE"] = "C";
  if (author) {
    env["GIT_AUTHOR_NAME"] = author.name;
    env["GIT_AUTHOR_EMAIL"] = author.email;
    env["GIT_COMMITTER_NAME"] = author.name;
    env["GIT_COMMITTER_EMAIL"] = author.email;
  }
  return env;
}
function quoteForDisplay(arg) {
  return /^[\w@%+=:,./^~-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
function indent(text) {
  return text.split("\n").map((line) => `  ${line.trimEnd()}`).join("\n");
}

export {
  GitError,
  Git,
  maskUrlCredentials,
  isRemoteUrl
};
