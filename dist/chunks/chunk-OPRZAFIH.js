import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  planShards,
  shardSelection
} from "./chunk-UJCBWAD4.js";
import {
  relativeTo
} from "./chunk-YFLZ372B.js";

// src/measure/shard-run.ts
function planPart(spec, runs, cwd, microFiles, scenarioFiles) {
  const groupOf = new Map([...microFiles, ...scenarioFiles].map((path) => [path, relativeTo(cwd, path)]));
  const plan = planShards({ files: [...groupOf.values()], runs, count: spec.count });
  const mine = shardSelection(plan, spec.index);
  const micro = /* @__PURE__ */ new Map();
  for (const path of microFiles) {
    const selection = mine.get(groupOf.get(path));
    if (selection) micro.set(groupOf.get(path), selection);
  }
  return {
    plan,
    micro,
    scenarioFiles: scenarioFiles.filter((path) => mine.has(groupOf.get(path))),
    shard: { index: spec.index, count: spec.count, plan: plan.digest, ...plan.timings ? { timings: plan.timings } : {} }
  };
}

export {
  planPart
};
