import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-A3TNSP7U.js";

// src/measure/micro/spawn-child.ts
import { spawn } from "node:child_process";
var MAX_TIMER_MS = 2 ** 31 - 1;
var STDERR_KEPT = 16 * 1024;
var EXIT_GRACE_MS = 5e3;
function runChild(run) {
  return new Promise((resolve, reject) => {
    const child = spawn(run.node, [...run.nodeArgs, run.entry, JSON.stringify(run.config)], {
      cwd: run.cwd,
      ...run.env ? { env: run.env } : {},
      stdio: ["ignore", "pipe", "pipe", "ipc"]
    });
    let stderr = "";
    let last;
    let done = false;
    let outcome;
    let timer;
    const stop = (why) => {
      outcome ??= why;
      child.kill("SIGKILL");
    };
    const arm = (limit) => {
      clearTimeout(timer);
      const limitMs = done ? EXIT_GRACE_MS : limit ?? run.limitAfter(last);
      const heard = last;
      timer = setTimeout(() => done ? child.kill("SIGKILL") : stop({ kind: "timeout", last: heard, limitMs }), Math.min(limitMs, MAX_TIMER_MS));
    };
    const onAbort = () => stop({ kind: "aborted" });
    child.stdout?.resume();
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    child.on("message", (message) => {
      if (outcome) return;
      last = message;
      if (message.type === "done") done = true;
      run.onMessage(message);
      arm();
    });
    child.on("error", (err) => {
      clearTimeout(timer);
      run.signal?.removeEventListener("abort", onAbort);
      child.kill("SIGKILL");
      reject(new UsageError(`could not start the ${run.kind ?? "benchmark"} process with node "${run.node}": ${err.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      run.signal?.removeEventListener("abort", onAbort);
      resolve(outcome ?? (done ? { kind: "done" } : { kind: "crash", code, signal, stderr, last }));
    });
    if (run.signal?.aborted) onAbort();
    else run.signal?.addEventListener("abort", onAbort, { once: true });
    arm();
    run.onSpawn?.({
      send(message, limitMs) {
        if (outcome || done || !child.connected) return;
        arm(limitMs);
        child.send(message, () => {
        });
      }
    });
  });
}

export {
  runChild
};
