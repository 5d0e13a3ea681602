import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/measure/micro/registry.ts
var REGISTRY_KEY = /* @__PURE__ */ Symbol.for("benchgate.registry");
var TIME_UNITS = ["ns", "us", "\xB5s", "ms", "s"];
function registry() {
  const holder = globalThis;
  holder[REGISTRY_KEY] ??= { benchmarks: [] };
  return holder[REGISTRY_KEY];
}
function register(name, fn, options = {}) {
  if (typeof name !== "string" || name.trim() === "") {
    throw new UsageError(`bench(name, fn): expected the name to be a non-empty string, found ${describe(name)}`);
  }
  if (typeof fn !== "function") {
    throw new UsageError(`bench(${JSON.stringify(name)}, fn): expected fn to be a function, found ${describe(fn)}`);
  }
  registry().benchmarks.push({ name, fn, options: checkOptions(name, options) });
}
function checkOptions(name, options) {
  const where = `bench(${JSON.stringify(name)}, fn, options)`;
  if (options === void 0) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new UsageError(`${where}: expected options to be an object, found ${describe(options)}`);
  }
  const { timeout, setup, teardown, unit } = options;
  if (timeout !== void 0 && (typeof timeout !== "number" || !(timeout > 0) || !Number.isFinite(timeout))) {
    throw new UsageError(`${where}: expected timeout to be a positive number of milliseconds, found ${describe(timeout)}`);
  }
  for (const [hook, value] of [
    ["setup", setup],
    ["teardown", teardown]
  ]) {
    if (value !== void 0 && typeof value !== "function") {
      throw new UsageError(`${where}: expected ${hook} to be a function, found ${describe(value)}`);
    }
  }
  if (unit !== void 0 && !TIME_UNITS.includes(unit)) {
    throw new UsageError(`${where}: expected unit to be one of ${TIME_UNITS.join(", ")}, found ${describe(unit)}`);
  }
  return options;
}

export {
  registry,
  register
};
