import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import "./chunk-35VAMBZN.js";

// src/history/series.ts
function extractSeries(history, options = {}) {
  const runs = [];
  const byKey = /* @__PURE__ */ new Map();
  const shards = [...history.shards].sort((a, b) => a.month < b.month ? -1 : a.month > b.month ? 1 : 0);
  for (const shard of shards) {
    const columns = shard.benchmarks.map((column) => {
      const key = `${column.name}\0${column.unit}\0${column.direction}`;
      let series = byKey.get(key);
      if (series === void 0) {
        series = { name: column.name, unit: column.unit, direction: column.direction, runs: [], values: [], n: [], cv: [], failures: 0 };
        byKey.set(key, series);
      }
      return series;
    });
    for (const run of shard.runs) {
      if (options.branch !== void 0 && run.branch !== options.branch) continue;
      const index = runs.length;
      runs.push({ id: run.id, ...run.commit !== void 0 ? { commit: run.commit } : {}, branch: run.branch, time: run.time });
      const { stats } = run;
      for (let column = 0; column < stats.length; column++) {
        const stat = stats[column];
        if (stat === null || stat === void 0) continue;
        const series = columns[column];
        series.runs.push(index);
        series.values.push(stat[0]);
        series.n.push(stat[1]);
        series.cv.push(stat[2]);
      }
      for (const column of run.failed ?? []) columns[column].failures += 1;
    }
  }
  const benchmarks = [...byKey.values()].filter((s) => s.values.length > 0 || s.failures > 0).sort((a, b) => compareText(a.name, b.name) || compareText(a.unit, b.unit) || compareText(a.direction, b.direction));
  return { suite: history.index.suite, ...options.branch !== void 0 ? { branch: options.branch } : {}, runs, benchmarks };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
export {
  extractSeries
};
