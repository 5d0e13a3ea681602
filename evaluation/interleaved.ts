// Accuracy of interleaved runs: how often does `benchgate ab` cry wolf, and how often does it catch
// a real slowdown?
//
//   npm run eval:interleaved [-- --trials 5 --threshold 1% --out docs/accuracy-interleaved.md]
//
// Real measurements on this machine of the workloads of evaluation/workloads (20 workloads, 0.5 µs
// to 0.5 ms per call), through the same code as `benchgate ab` (measureTrees + comparePaired) with
// its default sampling: base and head are the same folder, and head's children get
// BENCHGATE_EVAL_SLOWDOWN, a calibrated slowdown of some workloads. Trials alternate A/A (nothing
// slowed) and A/B (each workload slowed by 0, 1, 2, 5, 10 or 25%, rotating). Every comparison is
// judged by benchgate and, on the very same samples, by the rules other tools use: a ratio
// threshold on the means as github-action-benchmark applies it (2.0, 1.5, 1.1) and an uncorrected
// Mann-Whitney test at 0.05 (benchstat's rule).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mannWhitney } from '../src/compare/mann-whitney.ts';
import { comparePaired } from '../src/compare/paired-compare.ts';
import { defaultConfig, type Config } from '../src/config/options.ts';
import { parseDuration, parseFraction } from '../src/config/parse.ts';
import { samplingSentence } from '../src/measure/ab/conditions.ts';
import { AB_DEFAULTS, measureTrees } from '../src/measure/ab/run.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type BenchmarkResult, type RunResult } from '../src/results/model.ts';

const SIZES = [0, 0.01, 0.02, 0.05, 0.1, 0.25];
const ROOT = resolve(import.meta.dirname, '..');
const METHODS = ['benchgate interleaved', 'ratio ≥ 2.0', 'ratio ≥ 1.5', 'ratio ≥ 1.1', 'Mann-Whitney p<0.05, uncorrected'] as const;
type Method = (typeof METHODS)[number];

interface Case {
  trial: number;
  workload: string;
  injected: number;
  flagged: Record<Method, boolean>;
  verdict: string;
  change?: number;
  ci?: [number, number];
  pairs: number;
  stop: string;
  /** Robust spread of the pairs' log ratios. */
  pairNoise?: number;
}

interface Trial {
  trial: number;
  kind: 'A/A' | 'A/B';
  seconds: number;
  load: [number, number];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      trials: { type: 'string', default: '5' },
      threshold: { type: 'string', default: '1%' },
      budget: { type: 'string' },
      'benchmark-budget': { type: 'string' },
      'round-time': { type: 'string' },
      processes: { type: 'string' },
      cpu: { type: 'string' },
      out: { type: 'string', default: 'docs/accuracy-interleaved.md' },
    },
  });
  const trials = Number(values.trials);
  const config: Config = { ...defaultConfig(), benchmarks: 'evaluation/workloads', suite: 'accuracy-interleaved' };
  config.threshold = parseFraction('--threshold', values.threshold, { min: 0, max: 1 });
  const roundTimeMs = values['round-time'] ? parseDuration('--round-time', values['round-time']) : AB_DEFAULTS.roundTimeMs;
  const processes = values.processes ? Number(values.processes) : AB_DEFAULTS.processes;
  const budgetMs = values.budget ? parseDuration('--budget', values.budget) : AB_DEFAULTS.budgetMs;
  const benchmarkBudgetMs = values['benchmark-budget'] ? parseDuration('--benchmark-budget', values['benchmark-budget']) : AB_DEFAULTS.benchmarkBudgetMs;

  const started = Date.now();
  const cases: Case[] = [];
  const runs: Trial[] = [];
  for (let t = 0; t < trials * 2; t++) {
    const ab = t % 2 === 1;
    const kind = ab ? 'A/B' : 'A/A';
    const load0 = loadavg()[0]!;
    const t0 = Date.now();
    log(`trial ${t + 1}/${trials * 2} (${kind}), load average ${load0.toFixed(1)}`);
    const names = WORKLOADS;
    const injected = Object.fromEntries(names.map((name, j) => [name, ab ? SIZES[(j + t) % SIZES.length]! : 0]));
    const headEnv = { ...process.env, BENCHGATE_EVAL_SLOWDOWN: JSON.stringify(Object.fromEntries(Object.entries(injected).filter(([, s]) => s > 0))) };
    const { measured, settings } = await measureTrees(
      { base: ROOT, head: ROOT },
      {
        config,
        processes,
        roundTimeMs,
        budgetMs,
        benchmarkBudgetMs,
        node: process.execPath,
        ...(values.cpu ? { cpu: values.cpu } : {}),
        env: { ...process.env, BENCHGATE_EVAL_SLOWDOWN: '{}' },
        sideEnv: { head: headEnv },
        onEvent: (event) => {
          if (event.type === 'stopped') log(`  ${event.benchmark}: ${event.sampling.stop} after ${event.sampling.pairs} pairs`);
          if (event.type === 'error') log(`  ${event.benchmark} failed in ${event.side}: ${event.message}`);
        },
      },
    );
    const head = runOf(config.suite, measured.head);
    const base = runOf(config.suite, measured.base);
    const sampling = Object.fromEntries(Object.entries(measured.sampling).map(([name, s]) => [name, samplingSentence(s, settings.benchmarkBudgetMs)]));
    const comparison = comparePaired(head, base, { threshold: config.threshold, alpha: config.alpha, correction: config.correction, confidence: config.confidence }, { sampling });
    for (const name of names) {
      const h = measured.head.find((b) => b.name === name);
      const b = measured.base.find((x) => x.name === name);
      const c = comparison.benchmarks.find((x) => x.name === name);
      if (!h || !b || !c || h.error || b.error) {
        log(`  ${name}: not measured (${h?.error ?? b?.error ?? 'missing'})`);
        continue;
      }
      const ratio = mean(h.samples) / mean(b.samples);
      const mw = mannWhitney(h.samples, b.samples);
      cases.push({
        trial: t,
        workload: name,
        injected: injected[name]!,
        flagged: {
          'benchgate interleaved': c.verdict === 'regression',
          'ratio ≥ 2.0': ratio >= 2.0,
          'ratio ≥ 1.5': ratio >= 1.5,
          'ratio ≥ 1.1': ratio >= 1.1,
          // An alarm in the direction it points: a slowdown alarm only when head is slower.
          'Mann-Whitney p<0.05, uncorrected': mw.pValue < 0.05 && median(h.samples) > median(b.samples),
        },
        verdict: c.verdict,
        ...(c.change !== undefined ? { change: c.change } : {}),
        ...(c.ci ? { ci: c.ci } : {}),
        pairs: measured.sampling[name]?.pairs ?? 0,
        stop: measured.sampling[name]?.stop ?? '-',
        ...(measured.sampling[name]?.last?.pairNoise !== undefined ? { pairNoise: measured.sampling[name]!.last!.pairNoise! } : {}),
      });
    }
    runs.push({ trial: t, kind, seconds: (Date.now() - t0) / 1000, load: [load0, loadavg()[0]!] });
  }
  const minutes = (Date.now() - started) / 60_000;
  const report = renderReport(cases, runs, config, { budgetMs, benchmarkBudgetMs, minutes, trials, cpu: values.cpu, processes, roundTimeMs });
  const out = resolve(ROOT, values.out!);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  await writeFile(out.replace(/\.md$/, '.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), threshold: config.threshold, runs, cases }, null, 1)}\n`);
  process.stdout.write(report);
}

/** Names as evaluation/workloads/workloads.bench.ts registers them, in its order. */
const WORKLOADS = ['int-sum', 'float-array', 'string-hash', 'map-churn', 'object-alloc'].flatMap((kind) => [0.5, 5, 50, 500].map((us) => `${kind} ${us} µs`));

function runOf(suite: string, benchmarks: BenchmarkResult[]): RunResult {
  const env = { node: process.version, os: process.platform, arch: process.arch, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length };
  return { format: RESULTS_FORMAT, version: RESULTS_VERSION, suite, run: { id: 'eval', time: new Date().toISOString(), tool: 'benchgate', env }, benchmarks };
}

function renderReport(
  cases: Case[],
  runs: Trial[],
  config: Config,
  run: { budgetMs: number; benchmarkBudgetMs: number; minutes: number; trials: number; cpu: string | undefined; processes: number; roundTimeMs: number },
): string {
  const unchanged = cases.filter((c) => c.injected === 0);
  const aa = cases.filter((c) => runs.find((r) => r.trial === c.trial)?.kind === 'A/A');
  const rate = (list: Case[], method: Method) => {
    const hits = list.filter((c) => c.flagged[method]).length;
    return `${((100 * hits) / Math.max(1, list.length)).toFixed(1)}% (${hits}/${list.length})`;
  };
  const header = ['method', `false alarms (unchanged, n=${unchanged.length})`, ...SIZES.slice(1).map((s) => `detected ${s * 100}%`)];
  const rows = METHODS.map((method) => [method, rate(unchanged, method), ...SIZES.slice(1).map((s) => rate(cases.filter((c) => c.injected === s), method))]);
  const seconds = runs.map((r) => r.seconds).sort((a, b) => a - b);
  const loads = runs.flatMap((r) => r.load);
  const inconclusive = SIZES.map((s) => {
    const list = cases.filter((c) => c.injected === s);
    return `${s * 100}%: ${list.filter((c) => c.verdict === 'inconclusive').length}/${list.length}`;
  });
  const pairs = cases.map((c) => c.pairs).sort((a, b) => a - b);
  const stops = new Map<string, number>();
  for (const c of cases) stops.set(c.stop, (stops.get(c.stop) ?? 0) + 1);
  return [
    '## Accuracy: interleaved runs (`benchgate ab`)',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, in ${run.minutes.toFixed(0)} minutes, by \`npm run eval:interleaved${process.argv.slice(2).length ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\`.`,
    `The machine is shared with other engineers' test runs: the 1-minute load average during the trials ranged from ${Math.min(...loads).toFixed(1)} to ${Math.max(...loads).toFixed(1)} on ${cpus().length} cores.`,
    `${run.trials} A/A and ${run.trials} A/B interleaved runs of 20 workloads (0.5 µs to 0.5 ms per call), each with \`benchgate ab\`'s defaults:`,
    `${run.processes} processes per version, ${run.roundTimeMs} ms rounds (median batch per round), GC before each round, young generation fixed at`,
    `${AB_DEFAULTS.semiSpaceMb} MB semi-spaces, matched seeds per process pair, warm-up until settled,`,
    `adaptive sampling with at least ${AB_DEFAULTS.minPairs} pairs, ${run.benchmarkBudgetMs / 1000} s per benchmark and ${run.budgetMs / 60_000} min per run${run.cpu ? `, pinned to CPU ${run.cpu}` : ''};`,
    `threshold ${config.threshold * 100}%, Holm at α=${config.alpha}. In A/B runs each workload is slowed by 0, 1, 2, 5, 10 or 25% (rotating), so unchanged`,
    'workloads appear in A/B runs too. "false alarms" counts regression verdicts on unchanged workloads; "detected" counts regression verdicts on slowed ones.',
    'The other rules judge the very same samples: the ratio of the two sides\' means (github-action-benchmark\'s rule) and a Mann-Whitney test',
    'treating the samples as unpaired, at 0.05 without correction (benchstat\'s rule).',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `A/A runs alone: benchgate raised ${aa.filter((c) => c.flagged['benchgate interleaved']).length} false alarms in ${aa.length} comparisons and claimed ${aa.filter((c) => c.verdict === 'improvement').length} improvements.`,
    `Inconclusive verdicts by injected slowdown (never fail a check): ${inconclusive.join(', ')}.`,
    `Time per run: median ${median(seconds).toFixed(0)} s, longest ${seconds[seconds.length - 1]?.toFixed(0)} s. Pairs per benchmark: median ${median(pairs)}, range ${pairs[0]} to ${pairs[pairs.length - 1]}.`,
    `How sampling ended: ${[...stops].map(([stop, n]) => `${stop} ${n}`).join(', ')}.`,
    '',
    ...perWorkload(cases, config.threshold),
    '',
  ].join('\n');
}

/**
 * Per workload: how much its pairs varied (median over runs) and how it was judged. Shows which
 * workloads are too noisy to gate at the threshold, as the report of a real run would.
 */
function perWorkload(cases: Case[], threshold: number): string[] {
  const rows = WORKLOADS.map((name) => {
    const mine = cases.filter((c) => c.workload === name);
    const noise = mine.flatMap((c) => (c.pairNoise === undefined ? [] : [c.pairNoise]));
    const spread = noise.length ? median(noise) : undefined;
    const slowed = mine.filter((c) => c.injected > 0);
    const unchanged = mine.filter((c) => c.injected === 0);
    return {
      name,
      spread,
      cells: [
        name,
        spread === undefined ? '-' : `±${(100 * spread).toFixed(2)}%`,
        `${unchanged.filter((c) => c.flagged['benchgate interleaved']).length}/${unchanged.length}`,
        `${slowed.filter((c) => c.flagged['benchgate interleaved']).length}/${slowed.length}`,
        `${mine.filter((c) => c.verdict === 'inconclusive').length}/${mine.length}`,
      ],
    };
  });
  const quiet = new Set(rows.filter((r) => r.spread !== undefined && r.spread <= threshold).map((r) => r.name));
  const quietCases = cases.filter((c) => quiet.has(c.workload));
  const detected = SIZES.slice(1).map((s) => {
    const list = quietCases.filter((c) => c.injected === s);
    return `${s * 100}%: ${list.filter((c) => c.flagged['benchgate interleaved']).length}/${list.length}`;
  });
  const alarms = quietCases.filter((c) => c.injected === 0);
  return [
    `Per workload (pair spread: the median over runs of the robust spread of its pairs' log ratios; workloads whose pairs vary by more than the ${threshold * 100}% threshold are the ones the report names as too noisy to gate):`,
    '',
    '| workload | pair spread | false alarms | detected (any size) | inconclusive |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.cells.join(' | ')} |`),
    '',
    `Among the ${quiet.size} workloads quiet enough to gate at ${threshold * 100}% (pair spread at most the threshold): false alarms ${alarms.filter((c) => c.flagged['benchgate interleaved']).length}/${alarms.length}; detected ${detected.join(', ')}.`,
  ];
}

function machine(): string {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function log(message: string): void {
  process.stderr.write(`[interleaved] ${message}\n`);
}

await main();
