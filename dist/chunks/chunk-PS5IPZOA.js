import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  brokenThresholds
} from "./chunk-BKZE4V4I.js";

// src/gate/gate.ts
var EXIT_OK = 0;
var EXIT_REGRESSION = 1;
var EXIT_BAD_INPUT = 2;
function gate(comparison, failOn) {
  const { regression, error } = comparison.counts;
  const broken = brokenThresholds(comparison.scenarios).length;
  const problems = [
    regression > 0 ? `${regression} regression${regression === 1 ? "" : "s"}` : "",
    error > 0 ? `${error} failed benchmark${error === 1 ? "" : "s"}` : "",
    broken > 0 ? `${broken} broken threshold${broken === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  if (problems.length === 0) return { failed: false, exitCode: EXIT_OK, reason: "No regression found." };
  const found = `${problems.length > 2 ? `${problems.slice(0, -1).join(", ")} and ${problems.at(-1)}` : problems.join(" and ")} found`;
  if (failOn === "never") return { failed: false, exitCode: EXIT_OK, reason: `${found}; not failing because fail-on is 'never'.` };
  return { failed: true, exitCode: EXIT_REGRESSION, reason: `${found}.` };
}
function gateRun(scenarios) {
  const broken = brokenThresholds(scenarios).length;
  if (broken === 0) return { failed: false, exitCode: EXIT_OK, reason: "No threshold broken." };
  return { failed: true, exitCode: EXIT_REGRESSION, reason: `${broken} broken threshold${broken === 1 ? "" : "s"} found.` };
}

export {
  EXIT_OK,
  EXIT_REGRESSION,
  EXIT_BAD_INPUT,
  gate,
  gateRun
};
