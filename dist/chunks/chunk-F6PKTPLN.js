import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/interrupt.ts
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var cleanups = [];
function onSignal(signal) {
  runAll();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}
function runAll() {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      cleanup();
    } catch {
    }
  }
}
function onInterrupt(cleanup) {
  if (cleanups.length === 0) for (const s of SIGNALS) process.on(s, onSignal);
  cleanups.push(cleanup);
  return () => {
    const at = cleanups.lastIndexOf(cleanup);
    if (at >= 0) cleanups.splice(at, 1);
    if (cleanups.length === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}

// src/measure/micro/spawn-child.ts
var { spawn } = __require("node:child_process");
var MAX_TIMER_MS = 2 ** 31 - 1;
var STDERR_KEPT = 16 * 1024;
function describeCrash(kind, exit, doing) {
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const lines = exit.stderr.trimEnd().split("\n").filter((line) => line.trim() !== "").slice(-8);
  return `the ${kind} process ${how} ${doing}${lines.length ? `; its stderr ended with:
${lines.join("\n")}` : " (no output on stderr)"}`;
}
var EXIT_GRACE_MS = 5e3;
var TERM_GRACE_MS = 1e3;
var PIPE_GRACE_MS = 2e3;
var GROUPS = process.platform !== "win32";
function runChild(run) {
  return new Promise((resolve, reject) => {
    const child = spawn(run.node, [...run.nodeArgs, run.entry, JSON.stringify(run.config)], {
      cwd: run.cwd,
      ...run.env ? { env: run.env } : {},
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      detached: GROUPS
    });
    let stderr = "";
    let last;
    let done = false;
    let outcome;
    let timer;
    let killTimer;
    let pipeTimer;
    let settled = false;
    const signalGroup = (signal) => {
      if (child.pid === void 0) return;
      try {
        if (GROUPS) process.kill(-child.pid, signal);
        else child.kill(signal);
      } catch {
      }
    };
    const endGroup = () => {
      if (killTimer) return;
      signalGroup("SIGTERM");
      killTimer = setTimeout(() => signalGroup("SIGKILL"), TERM_GRACE_MS);
      killTimer.unref();
    };
    const forgetInterrupt = onInterrupt(() => signalGroup("SIGKILL"));
    const stop = (why) => {
      outcome ??= why;
      endGroup();
    };
    const arm = (limit) => {
      clearTimeout(timer);
      const limitMs = done ? EXIT_GRACE_MS : limit ?? run.limitAfter(last);
      const heard = last;
      timer = setTimeout(() => done ? endGroup() : stop({ kind: "timeout", last: heard, limitMs }), Math.min(limitMs, MAX_TIMER_MS));
    };
    const onAbort = () => stop({ kind: "aborted" });
    const settle = (code, signal) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(pipeTimer);
      forgetInterrupt();
      run.signal?.removeEventListener("abort", onAbort);
      resolve(outcome ?? (done ? { kind: "done" } : { kind: "crash", code, signal, stderr, last }));
    };
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
      forgetInterrupt();
      run.signal?.removeEventListener("abort", onAbort);
      signalGroup("SIGKILL");
      reject(new UsageError(`could not start the ${run.kind ?? "benchmark"} process with node "${run.node}": ${err.message}`));
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      endGroup();
      pipeTimer = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        settle(code, signal);
      }, PIPE_GRACE_MS);
    });
    child.on("close", (code, signal) => settle(code, signal));
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
  onInterrupt,
  describeCrash,
  runChild
};
