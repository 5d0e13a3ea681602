import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  MIN_HISTORY_RUNS
} from "./chunk-4OGZUK54.js";
import {
  isTimeUnit
} from "./chunk-6276UR5Y.js";
import {
  leaveOneOutMedians,
  orientation
} from "./chunk-YVCKGH6B.js";
import {
  normalQuantile
} from "./chunk-ZDWY5RTS.js";
import {
  median
} from "./chunk-7YACBLEX.js";

// src/compare/aggregate.ts
var COMMON_SHIFT_MIN_BENCHMARKS = 5;
var COMMON_SHIFT_SHARE = 0.8;
function geomean(items, confidence, commonNoise) {
  const n = items.length;
  if (n === 0) return void 0;
  const mean = items.reduce((a, b) => a + b.logRatio, 0) / n;
  const within = items.reduce((a, b) => a + b.logRatioSe ** 2, 0) / n ** 2;
  const noises = items.filter((i) => i.runNoise !== void 0).map((i) => i.runNoise);
  const between = commonNoise !== void 0 ? 2 * commonNoise ** 2 + noises.reduce((a, b) => a + 2 * b ** 2, 0) / n ** 2 : noises.length > 0 ? 2 * (noises.reduce((a, b) => a + b, 0) / noises.length) ** 2 : 0;
  const se = Math.sqrt(within + between);
  const z = normalQuantile((1 + confidence) / 2);
  const change = Math.expm1(mean);
  if (!Number.isFinite(se)) return { change, n };
  return { change, ci: [Math.expm1(mean - z * se), Math.expm1(mean + z * se)], n };
}
function suiteShift(items, common, confidence) {
  const z = normalQuantile((1 + confidence) / 2);
  const n = items.length;
  const oriented = items.map((i) => orientation(i.direction) * i.logShift);
  const shift = median(oriented);
  const variance = items.reduce((a, i) => a + ((i.withinUpper - i.withinLower) / (2 * z)) ** 2 + 2 * (i.runNoise ?? 0) ** 2, 0) / n;
  const band = z * Math.sqrt(2 * common.noise ** 2 + Math.PI / 2 * (variance / n));
  const up = items.filter((i) => orientation(i.direction) === 1 ? i.withinLower > 0 : i.withinUpper < 0).length;
  const down = items.filter((i) => orientation(i.direction) === 1 ? i.withinUpper < 0 : i.withinLower > 0).length;
  const sign = alike(items)[0]?.direction === "bigger" ? -1 : 1;
  const explained = Math.abs(shift) <= band;
  const ends = [Math.expm1(sign * shift - band), Math.expm1(sign * shift + band)];
  return {
    shift,
    band,
    explained,
    centres: leaveOneOutMedians(oriented),
    reported: {
      change: Math.expm1(sign * shift),
      share: Math.max(up, down) / n,
      ci: [ends[0], ends[1]],
      runNoise: common.noise,
      runNoiseSource: common.source,
      explainedByNoise: explained
    }
  };
}
function commonShift(items) {
  const n = items.length;
  if (n < COMMON_SHIFT_MIN_BENCHMARKS) return void 0;
  const up = items.filter((i) => i.withinLower > 0).length;
  const down = items.filter((i) => i.withinUpper < 0).length;
  const share = Math.max(up, down) / n;
  if (share < COMMON_SHIFT_SHARE) return void 0;
  return { change: Math.expm1(median(items.map((i) => i.logShift))), share };
}
function alike(items) {
  const bigger = items.filter((i) => i.direction === "bigger");
  return 2 * bigger.length > items.length ? bigger : items.filter((i) => i.direction === "smaller");
}

// src/compare/verdict.ts
var UNCHANGED_MAX_HALF_WIDTH = 2;
function decide(e, o) {
  const [lo, hi] = e.ci;
  const p = pText(e.adjustedP, o.correction === "none" ? "p" : "adjusted p");
  const significant = e.adjustedP < o.alpha && (lo > 0 || hi < 0);
  const large = Math.abs(e.change) >= o.threshold;
  const interval = `${percent(o.confidence, false)} CI ${percent(lo)} to ${percent(hi)}`;
  const against = e.basis?.against ? ` against the median of ${e.basis.runs} stored runs${e.basis.against === "relative" ? `, the whole run's shift${e.basis.runShift === void 0 ? "" : ` of ${percent(e.basis.runShift)}`} split off` : ""}` : "";
  const moved = `${e.change >= 0 ? "Up" : "Down"} ${percent(Math.abs(e.change), false)}${against}`;
  if (significant && large) {
    const worse = e.direction === "smaller" ? e.change > 0 : e.change < 0;
    return {
      verdict: worse ? "regression" : "improvement",
      reason: `${moved} (${interval}), significant (${p}) and beyond the ${percent(o.threshold, false)} threshold.`
    };
  }
  if (o.threshold > 0) {
    const noise = e.noiseFromRuns && e.runNoise !== void 0 ? runsVary(e.runNoise, e.basis) : `samples vary by \xB1${percent(e.spread, false)} within the run`;
    if ((hi - lo) / 2 > UNCHANGED_MAX_HALF_WIDTH * o.threshold) {
      return {
        verdict: "inconclusive",
        reason: `Too noisy to tell: ${percent(e.change)}${against} (${interval}); ${noise}. ${whatWouldDecide(e.basis, e.unit)}`
      };
    }
    if (!significant && large) {
      return {
        verdict: "inconclusive",
        reason: `${moved}, but not significant (${p}; ${interval}): too noisy to tell; ${noise}. ${whatWouldDecide(e.basis, e.unit)}`
      };
    }
  }
  if (significant) {
    return {
      verdict: "small-change",
      reason: `${moved} (${interval}): significant, but within the ${percent(o.threshold, false)} threshold.`
    };
  }
  const assumed = e.basis?.source === "default" && e.runNoise !== void 0 ? `, even allowing for an assumed \xB1${percent(e.runNoise, false)} between runs` : "";
  return { verdict: "unchanged", reason: `No significant change: ${percent(e.change)}${against} (${interval})${assumed}.` };
}
function runsVary(noise, basis) {
  const size = `\xB1${percent(noise, false)}`;
  if (basis?.source === "history") {
    const what = basis.against === "relative" ? "against the rest of the suite" : "between them";
    return `its runs vary by ${size} ${what} (measured over ${basis.runs} stored ${basis.runs === 1 ? "run" : "runs"})`;
  }
  return `runs vary by ${size} between them (assumed: no stored run has measured it yet)`;
}
function whatWouldDecide(basis, unit) {
  const ways = [];
  if (basis === void 0) {
    ways.push("more samples (`samples`)");
    if (unit === void 0 || isTimeUnit(unit)) ways.push("`measure: instructions`");
    return `What would decide it: ${ways.join(" or ")}.`;
  }
  const have = basis.against ? MIN_HISTORY_RUNS : basis.runs;
  if (have < MIN_HISTORY_RUNS) {
    const more = MIN_HISTORY_RUNS - have;
    ways.push(`${more} more stored ${more === 1 ? "run" : "runs"} of the baseline branch (its history then is the reference)`);
  }
  if (unit === void 0 || isTimeUnit(unit)) ways.push("`measure: instructions`");
  ways.push("`benchgate ab` (both sides in alternating rounds of one run)");
  const list = ways.length === 1 ? ways[0] : `${ways.slice(0, -1).join(", ")} or ${ways.at(-1)}`;
  return `What would decide it: ${list}.`;
}
function percent(x, signed = true) {
  if (!Number.isFinite(x)) return x > 0 ? "+\u221E" : "-\u221E";
  const v = x * 100;
  const digits = Math.abs(v) < 1 ? 2 : 1;
  const text = Math.abs(v).toFixed(digits).replace(/\.?0+$/, "");
  const sign = !signed || text === "0" ? "" : v > 0 ? "+" : "-";
  return `${sign}${text}%`;
}
function pText(p, label) {
  return p < 1e-3 ? `${label} < 0.001` : `${label} = ${Number(p.toPrecision(2))}`;
}

// src/stats/correction.ts
function adjustPValues(pValues, method) {
  for (const [i, p] of pValues.entries()) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value #${i + 1} is ${p}; expected a number from 0 to 1`);
  }
  switch (method) {
    case "holm":
      return holm(pValues);
    case "bh":
      return benjaminiHochberg(pValues);
    case "none":
      return [...pValues];
  }
}
function holm(pValues) {
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]));
    adjusted[index] = running;
  });
  return adjusted;
}
function benjaminiHochberg(pValues) {
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank];
    running = Math.min(running, m / (rank + 1) * pValues[index]);
    adjusted[index] = running;
  }
  return adjusted;
}
function ascending(pValues) {
  return pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
}

// src/compare/types.ts
var VERDICTS = ["regression", "improvement", "small-change", "unchanged", "inconclusive", "new", "missing", "error"];
function zeroCounts() {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0]));
}

export {
  geomean,
  suiteShift,
  commonShift,
  alike,
  UNCHANGED_MAX_HALF_WIDTH,
  decide,
  whatWouldDecide,
  percent,
  pText,
  adjustPValues,
  VERDICTS,
  zeroCounts
};
