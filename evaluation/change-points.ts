// Accuracy of the change points (src/history/change-points.ts) on series whose steps are known.
//
//   npm run eval:change-points [-- --groups 40 --out docs/change-points.md]
//
// Writes the tables to docs/change-points.md and every series' true and found change points to
// docs/change-points.json, in one step. All series are generated from fixed seeds, so a run
// gives the same figures on any machine (the timings aside).
//
// The targets (issue 11): on series with steps of 15–20% in 3% noise, each step found within 2
// runs of where it is; on stationary series of that noise, at most 1 spurious change point per
// 25 series of 2,000 runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CHANGE_POINT_MIN_SEGMENT,
  CHANGE_POINT_P_VALUE,
  CHANGE_POINT_PERMUTATIONS,
  CHANGE_POINT_WINDOW,
  detectChangePoints,
} from '../src/history/change-points.ts';
import { gaussian, seededRandom as random } from '../src/stats/random.ts';

const ROOT = resolve(import.meta.dirname, '..');
const LENGTH = 2_000;
const SERIES_PER_GROUP = 25;
/** A step counts as found when a change point is within this many runs of it. */
const TOLERANCE = 2;
/**
 * No step in the last runs of a series: a step needs about 7 runs after it before a window can
 * call it (the unit tests show where), so one in the last few runs is not yet findable by any
 * method that waits for evidence.
 */
const TAIL = 25;

type Noise = 'gaussian' | 'student-t3' | 'outliers';

interface Scenario {
  id: string;
  title: string;
  /** Step sizes (relative) drawn uniformly from this range, up or down at random; none for stationary. */
  step?: [number, number];
  /** Runs between steps, drawn uniformly from this range. */
  gap?: [number, number];
  noise: Noise;
  /** A step back after this many runs (a regression that is fixed), when set. */
  revertAfter?: number;
  /** Relative drift per run, for a series that creeps instead of stepping. */
  drift?: number;
  series: number;
  target?: string;
}

interface SeriesOutcome {
  seed: number;
  steps: number[];
  found: Array<{ index: number; pValue: number; change: number }>;
  cpuMs: number;
}

/** 1 + 3% noise of the given shape; the t(3) noise is scaled to the same standard deviation. */
function noiseOf(kind: Noise, next: () => number): () => number {
  const gauss = () => gaussian(next);
  if (kind === 'gaussian') return () => 1 + 0.03 * gauss();
  if (kind === 'student-t3') {
    return () => {
      const z = gauss();
      const chi = gauss() ** 2 + gauss() ** 2 + gauss() ** 2;
      return 1 + (0.03 * (z / Math.sqrt(chi / 3))) / Math.sqrt(3);
    };
  }
  // 1 run in 100 is a slow outlier at twice the time: a busy CI machine for one job.
  return () => (next() < 0.01 ? 2 : 1) * (1 + 0.03 * gauss());
}

function generate(s: Scenario, seed: number, length = LENGTH): { values: number[]; steps: number[] } {
  const next = random(seed);
  const noise = noiseOf(s.noise, next);
  const values: number[] = [];
  const steps: number[] = [];
  let level = 100;
  const draw = (range: [number, number]) => range[0] + (range[1] - range[0]) * next();
  let nextStep = s.gap ? Math.round(draw(s.gap)) : Infinity;
  let revertAt = Infinity;
  let beforeRevert = level;
  for (let i = 0; i < length; i++) {
    if (i === revertAt) {
      level = beforeRevert;
      steps.push(i);
      revertAt = Infinity;
    } else if (i === nextStep && s.step && i < length - TAIL) {
      const size = draw(s.step);
      beforeRevert = level;
      level *= next() < 0.5 ? 1 + size : 1 / (1 + size);
      steps.push(i);
      if (s.revertAfter !== undefined) revertAt = i + s.revertAfter;
      nextStep = i + Math.round(draw(s.gap!)) + (s.revertAfter ?? 0);
    }
    const drifted = s.drift ? level * (1 + s.drift) ** i : level;
    values.push(drifted * noise());
  }
  return { values, steps };
}

function evaluate(s: Scenario, base: number): SeriesOutcome[] {
  return Array.from({ length: s.series }, (_, k) => {
    const seed = base + k;
    const { values, steps } = generate(s, seed);
    const start = process.cpuUsage();
    const found = detectChangePoints(values).map((c) => ({ index: c.index, pValue: c.pValue, change: Number(c.change.toFixed(4)) }));
    const used = process.cpuUsage(start);
    return { seed, steps, found, cpuMs: (used.user + used.system) / 1000 };
  });
}

interface Score {
  steps: number;
  found: number;
  errors: Record<string, number>;
  spurious: number;
  perGroup: number[];
}

function score(outcomes: SeriesOutcome[]): Score {
  let steps = 0;
  let found = 0;
  let spurious = 0;
  const errors: Record<string, number> = {};
  const perGroup: number[] = [];
  outcomes.forEach((o, k) => {
    const matched = new Set<number>();
    for (const step of o.steps) {
      steps++;
      const hit = o.found.filter((c) => !matched.has(c.index)).sort((a, b) => Math.abs(a.index - step) - Math.abs(b.index - step))[0];
      if (hit !== undefined && Math.abs(hit.index - step) <= TOLERANCE) {
        found++;
        matched.add(hit.index);
        const key = String(hit.index - step);
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
    const extra = o.found.length - matched.size;
    spurious += extra;
    if (k % SERIES_PER_GROUP === 0) perGroup.push(0);
    perGroup[perGroup.length - 1]! += extra;
  });
  return { steps, found, errors, spurious, perGroup };
}

/** Exact two-sided 95% interval of a Poisson mean from a count (Garwood), by bisection on the Poisson CDF. */
function poissonInterval(count: number): [number, number] {
  const cdf = (k: number, mu: number) => {
    let term = Math.exp(-mu);
    let sum = term;
    for (let i = 1; i <= k; i++) {
      term *= mu / i;
      sum += term;
    }
    return sum;
  };
  /** The mu where `decreasing(mu)` falls to `level`. */
  const solve = (decreasing: (mu: number) => number, level: number) => {
    let lo = 0;
    let hi = count * 4 + 20;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (decreasing(mid) > level) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  // P(X ≥ count | lower) = 0.025 and P(X ≤ count | upper) = 0.025.
  const lower = count === 0 ? 0 : solve((mu) => cdf(count - 1, mu), 0.975);
  const upper = solve((mu) => cdf(count, mu), 0.025);
  return [lower, upper];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { groups: { type: 'string', default: '40' }, out: { type: 'string', default: 'docs/change-points.md' } } });
  const groups = Number(values.groups);
  const out = resolve(ROOT, values.out!);
  const scenarios: Scenario[] = [
    {
      id: 'steps',
      title: 'Steps of 15–20% in 3% Gaussian noise, 60–260 runs apart',
      step: [0.15, 0.2],
      gap: [60, 260],
      noise: 'gaussian',
      series: SERIES_PER_GROUP,
      target: 'every step within 2 runs',
    },
    {
      id: 'stationary',
      title: 'Stationary: 3% Gaussian noise, no step',
      noise: 'gaussian',
      series: SERIES_PER_GROUP * groups,
      target: 'at most 1 spurious change point per 25 series',
    },
    {
      id: 'steps-t3',
      title: 'Steps of 15–20%, heavy-tailed noise (Student t, 3 d.f., scaled to 3%)',
      step: [0.15, 0.2],
      gap: [60, 260],
      noise: 'student-t3',
      series: SERIES_PER_GROUP,
    },
    { id: 'stationary-t3', title: 'Stationary, heavy-tailed noise (t, 3 d.f.)', noise: 'student-t3', series: SERIES_PER_GROUP * 4 },
    { id: 'stationary-outliers', title: 'Stationary, 3% noise and 1 run in 100 twice as slow', noise: 'outliers', series: SERIES_PER_GROUP * 4 },
    { id: 'steps-10', title: 'Steps of 8–12% in 3% noise', step: [0.08, 0.12], gap: [60, 260], noise: 'gaussian', series: SERIES_PER_GROUP },
    { id: 'steps-5', title: 'Steps of 4–6% in 3% noise', step: [0.04, 0.06], gap: [60, 260], noise: 'gaussian', series: SERIES_PER_GROUP },
    {
      id: 'fixed-after-10',
      title: 'A 15–20% regression fixed 10 runs later (two steps)',
      step: [0.15, 0.2],
      gap: [100, 300],
      revertAfter: 10,
      noise: 'gaussian',
      series: SERIES_PER_GROUP,
    },
    { id: 'drift', title: 'A slow drift of 0.01% a run (+22% over 2,000 runs), no step', drift: 0.0001, noise: 'gaussian', series: SERIES_PER_GROUP },
  ];

  const results = scenarios.map((s, i) => {
    const outcomes = evaluate(s, 1_000_000 * (i + 1));
    return { scenario: s, outcomes, score: score(outcomes) };
  });

  const long = generate({ id: 'long', title: '', step: [0.05, 0.3], gap: [500, 3500], noise: 'gaussian', series: 1 }, 99, 10_000).values;
  const longStart = process.cpuUsage();
  const longFound = detectChangePoints(long).length;
  const longUsed = process.cpuUsage(longStart);

  const lines: string[] = [];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  lines.push(
    '# Change points: accuracy on series with known steps',
    '',
    "Generated by `npm run eval:change-points` (evaluation/change-points.ts), which also writes every series' true and found change points to [change-points.json](change-points.json). Series come from fixed seeds: the figures are the same on every machine; only the timings are this one's.",
    '',
    `Method (src/history/change-points.ts): E-divisive on the ranks of sliding windows of ${CHANGE_POINT_WINDOW} runs (as Apache Otava windows E-divisive), each split tested against the permutation distribution of its window length (${CHANGE_POINT_PERMUTATIONS.toLocaleString('en')} orderings), p ≤ ${CHANGE_POINT_P_VALUE}, at least ${CHANGE_POINT_MIN_SEGMENT} runs a side, every change point tested again on the runs around it. All defaults.`,
    '',
    `Each series is ${LENGTH.toLocaleString('en')} runs of a level of 100 times (1 + noise), with no step in its last ${TAIL} runs (a step needs about 7 runs after it to be seen at all). A step counts as found when a change point lies within ${TOLERANCE} runs of it; any other change point is spurious.`,
    '',
    '## Targets',
    '',
    '| target | result | met |',
    '| :-- | :-- | :-- |',
  );
  const steps = results.find((r) => r.scenario.id === 'steps')!.score;
  const stationary = results.find((r) => r.scenario.id === 'stationary')!;
  const rate = (stationary.score.spurious / stationary.outcomes.length) * SERIES_PER_GROUP;
  const [lo, hi] = poissonInterval(stationary.score.spurious).map((x) => (x / stationary.outcomes.length) * SERIES_PER_GROUP) as [number, number];
  lines.push(
    `| steps of 15–20% in 3% noise found within 2 runs | ${steps.found} of ${steps.steps} (${pct(steps.found / steps.steps)}), ${steps.spurious} spurious | ${steps.found === steps.steps ? 'yes' : 'no'} |`,
    `| at most 1 spurious change point per 25 stationary series of 2,000 runs | ${stationary.score.spurious} in ${stationary.outcomes.length.toLocaleString('en')} series: ${rate.toFixed(2)} per 25 series (95% interval ${lo.toFixed(2)}–${hi.toFixed(2)}); groups of 25 with more than 1: ${stationary.score.perGroup.filter((g) => g > 1).length} of ${stationary.score.perGroup.length} | ${hi <= 1 ? 'yes' : rate <= 1 ? 'yes (point estimate)' : 'no'} |`,
    '',
    '## Every scenario',
    '',
    '| scenario | series | steps found (±2 runs) | where found (runs off: count) | spurious | spurious per 25 series | CPU per series (median) |',
    '| :-- | --: | --: | :-- | --: | --: | --: |',
  );
  for (const { scenario, outcomes, score: sc } of results) {
    const cpu = outcomes.map((o) => o.cpuMs).sort((a, b) => a - b)[outcomes.length >> 1]!;
    const where = Object.entries(sc.errors)
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([k, v]) => `${Number(k) > 0 ? '+' : ''}${k}: ${v}`)
      .join(', ');
    lines.push(
      `| ${scenario.title} | ${outcomes.length} | ${sc.steps === 0 ? '—' : `${sc.found} of ${sc.steps} (${pct(sc.found / sc.steps)})`} | ${where || '—'} | ${sc.spurious} | ${((sc.spurious / outcomes.length) * SERIES_PER_GROUP).toFixed(2)} | ${cpu.toFixed(1)} ms |`,
    );
  }
  lines.push(
    '',
    'Notes:',
    '- "Where found" counts found steps by how many runs after (+) or before (−) the true step the change point is; 0 is exact.',
    '- In the drift scenario every change point is counted as spurious: a creep has no step to find, and it is what the trend (Mann–Kendall, `benchgate history`) reports instead. A change point there splits the creep where it has grown past what the window can call noise.',
    '- "Spurious" is every change point more than 2 runs from a true step: with steps of 4–6% most of them are such steps found 3 or more runs off, not changes made up from noise.',
    '- Steps of 4–6% are close to what 3% noise lets a window of 50 runs see at p 0.0002; about two in three are found within 2 runs.',
    "- A regression fixed 10 runs later is mostly missed: each window is split once with its far end fixed at the window's end (as MongoDB's E-divisive does), so a short excursion in the middle of a window is not one side of any split. Apache Otava also searches the far end (κ) of the second segment, which finds such excursions at several times the cost per window; not done here (see docs/history.md).",
    `- One series of 10,000 runs with steps of 5–30% took ${((longUsed.user + longUsed.system) / 1000).toFixed(0)} ms of CPU (${longFound} change points), the permutation distributions of the window lengths already sampled by the scenarios above (once per process; see docs/history.md for a cold \`benchgate history\`).`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, load average ${loadavg()[0]!.toFixed(1)} at the end, Node ${process.version}.`,
    '',
  );

  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, lines.join('\n'));
  const json = out.replace(/\.md$/, '.json');
  await writeFile(
    json,
    `${JSON.stringify(
      {
        format: 'benchgate/change-point-evaluation',
        version: 1,
        settings: {
          window: CHANGE_POINT_WINDOW,
          pValue: CHANGE_POINT_P_VALUE,
          permutations: CHANGE_POINT_PERMUTATIONS,
          minSegment: CHANGE_POINT_MIN_SEGMENT,
          tolerance: TOLERANCE,
          length: LENGTH,
        },
        scenarios: results.map(({ scenario, outcomes, score: sc }) => ({
          ...scenario,
          score: sc,
          series: outcomes.map((o) => ({ seed: o.seed, steps: o.steps, found: o.found })),
        })),
      },
      null,
      0,
    )}\n`,
  );
  process.stdout.write(`Wrote ${out} and ${json}\n`);
}

await main();
