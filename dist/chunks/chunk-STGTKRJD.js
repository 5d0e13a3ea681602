import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/load/registry.ts
var REGISTRY_KEY = /* @__PURE__ */ Symbol.for("benchgate.scenarios");
function scenarioRegistry() {
  const holder = globalThis;
  holder[REGISTRY_KEY] ??= { scenarios: [] };
  return holder[REGISTRY_KEY];
}
function declareScenario(name, options, fn) {
  if (typeof name !== "string" || name.trim() === "") {
    throw new UsageError(`scenario(name, options, fn): expected the name to be a non-empty string, found ${describe(name)}`);
  }
  const where = `scenario(${JSON.stringify(name)}, options, fn)`;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new UsageError(`${where}: expected options to be an object like { executor: 'constant-vus', vus: 10, duration: '30s' }, found ${describe(options)}`);
  }
  if (typeof fn !== "function") throw new UsageError(`${where}: expected fn to be a function, found ${describe(fn)}`);
  if ("name" in options) throw new UsageError(`${where}: options cannot have a name; the scenario's name is the first argument`);
  scenarioRegistry().scenarios.push({ definition: { ...options, name }, fn });
}

export {
  scenarioRegistry,
  declareScenario
};
