import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/measure/ab/defaults.ts
var AB_DEFAULTS = Object.freeze({
  processes: 4,
  roundTimeMs: 20,
  budgetMs: 4 * 6e4,
  benchmarkBudgetMs: 6e4,
  minPairs: 10,
  maxPairs: 400,
  statistic: "median",
  gc: true,
  semiSpaceMb: 16
});

export {
  AB_DEFAULTS
};
