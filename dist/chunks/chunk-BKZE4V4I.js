import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/results/scenarios.ts
function brokenThresholds(scenarios) {
  return (scenarios ?? []).flatMap((s) => s.thresholds.filter((t) => !t.passed).map((threshold) => ({ scenario: s.name, threshold })));
}

export {
  brokenThresholds
};
