// Accuracy evaluation: how often does benchgate cry wolf, and how often does it catch a real slowdown?
//
//   npm run eval:accuracy [-- --history 5 --trials 8 --out docs/accuracy.md]
//
// Real measurements on this machine, through benchgate's own pipeline. First `history` runs of the
// unchanged workloads are stored as the baseline branch. Then A/A trials (the same code again, in new
// processes) and A/B trials (each workload slowed by 0, 2, 5, 10 or 25%, rotating, so every A/B run
// also holds unchanged workloads) are each compared with the newest stored run. Every comparison is
// judged by benchgate and, on the same data, by the rules other tools use: a plain ratio threshold as
// github-action-benchmark applies it (alert when current/previous >= 2.0 or 1.1, on one number per
// run: the mean), and an uncorrected Mann-Whitney test at 0.05 (benchstat's rule).
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mannWhitney } from '../src/stats/mann-whitney.ts';
import type { Comparison } from '../src/compare/types.ts';
import { defaultConfig, type Config } from '../src/config/options.ts';
import { compareRuns, loadBaseline, measure, type Baseline } from '../src/pipeline.ts';
import type { RunResult } from '../src/results/model.ts';
import { LocalStore } from '../src/store/local.ts';

const SIZES = [0, 0.02, 0.05, 0.1, 0.25];
const ROOT = resolve(import.meta.dirname, '..');

interface Case {
  trial: number;
  workload: string;
  injected: number;
  /** Method name -> flagged as a regression (or, for injected 0, flagged at all). */
  flagged: Record<string, boolean>;
  inconclusive: boolean;
  /** benchgate called it an improvement (on unchanged code: a false claim, though it fails no check). */
  improvement: boolean;
}

const METHODS = ['benchgate', 'benchgate, no history', 'ratio ≥ 2.0', 'ratio ≥ 1.1', 'Mann-Whitney p<0.05, uncorrected'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      history: { type: 'string', default: '5' },
      trials: { type: 'string', default: '8' },
      out: { type: 'string', default: 'docs/accuracy.md' },
      samples: { type: 'string' },
      'round-time': { type: 'string' },
      // Judge runs measured earlier (a folder of runNN.json and injected.json) instead of measuring.
      replay: { type: 'string' },
    },
  });
  const historyRuns = Number(values.history);
  const trials = Number(values.trials);
  const config: Config = { ...defaultConfig(), benchmarks: 'evaluation/workloads', suite: 'accuracy' };
  if (values.samples) config.samples = Number(values.samples);
  if (values['round-time']) config.roundTime = Number(values['round-time']);

  const storeDir = await mkdtemp(join(tmpdir(), 'benchgate-accuracy-'));
  const store = new LocalStore(storeDir, { retain: 100 });
  const started = Date.now();
  const cases: Case[] = [];
  try {
    const runs = values.replay ? replayRuns(resolve(ROOT, values.replay)) : undefined;
    for (let i = 0; i < historyRuns; i++) {
      log(`baseline run ${i + 1}/${historyRuns}`);
      await store.save(runs ? runs.next({ ab: false }) : await measureWith(config, {}), 'main');
    }
    for (let t = 0; t < trials * 2; t++) {
      const ab = t % 2 === 1;
      const names = (await store.load((await store.list(config.suite, 'main'))[0]!)).benchmarks.map((b) => b.name);
      let injected = Object.fromEntries(names.map((name, j) => [name, ab ? SIZES[(j + t) % SIZES.length]! : 0]));
      log(`trial ${t + 1}/${trials * 2} (${ab ? 'A/B' : 'A/A'})`);
      let head: RunResult;
      if (runs) {
        const replayed = runs.next({ ab });
        if (!replayed) break;
        head = replayed;
        injected = Object.fromEntries(names.map((name) => [name, runs.injected(head)[name] ?? 0]));
      } else {
        head = await measureWith(config, Object.fromEntries(Object.entries(injected).filter(([, s]) => s > 0)));
      }
      const withHistory = await loadBaseline(store, config.suite, 'main');
      const judged = judge(head, withHistory, config);
      for (const name of names) cases.push({ trial: t, workload: name, injected: injected[name]!, ...judged(name) });
      // Unchanged code merged to main becomes history, as it would in a real repository.
      if (!ab) await store.save(head, 'main');
    }
  } finally {
    await rm(storeDir, { recursive: true, force: true });
  }
  const minutes = (Date.now() - started) / 60_000;
  const report = renderReport(cases, config, { historyRuns, trials, minutes, ...(values.replay ? { replay: values.replay } : {}) });
  const out = resolve(ROOT, values.out!);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, report);
  await writeFile(
    out.replace(/\.md$/, '.json'),
    `${JSON.stringify({ date: new Date().toISOString(), config: { samples: config.samples, processes: config.processes, roundTime: config.roundTime }, cases }, null, 1)}\n`,
  );
  process.stdout.write(report);
}

/** Runs measured earlier, in file order: A runs (no injected slowdown) and A/B runs listed in injected.json. */
function replayRuns(dir: string) {
  const injectedByFile = JSON.parse(readFileSync(join(dir, 'injected.json'), 'utf8')) as Record<string, Record<string, number>>;
  const files = readdirSync(dir)
    .filter((f) => /^run\d+\.json$/.test(f))
    .sort();
  const byId = new Map<string, Record<string, number>>();
  const queues = { a: [] as RunResult[], b: [] as RunResult[] };
  for (const file of files) {
    const run = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RunResult;
    run.suite = 'accuracy';
    if (injectedByFile[file]) {
      byId.set(run.run.id, injectedByFile[file]!);
      queues.b.push(run);
    } else queues.a.push(run);
  }
  return {
    next: ({ ab }: { ab: boolean }) => (ab ? queues.b : queues.a).shift()!,
    injected: (run: RunResult) => byId.get(run.run.id) ?? {},
  };
}

async function measureWith(config: Config, slowdown: Record<string, number>): Promise<RunResult> {
  return measure(config, { cwd: ROOT, env: { ...process.env, BENCHGATE_EVAL_SLOWDOWN: JSON.stringify(slowdown) } });
}

function judge(head: RunResult, base: Baseline, config: Config) {
  const stored = compareRuns(head, base, config);
  const noHistory = compareRuns(head, { ...base, history: [] }, config);
  const baseline = base.baseline!;
  return (name: string): Omit<Case, 'trial' | 'workload' | 'injected'> => {
    const h = head.benchmarks.find((b) => b.name === name)!;
    const b = baseline.benchmarks.find((x) => x.name === name)!;
    const ratio = mean(h.samples) / mean(b.samples);
    const mw = mannWhitney(h.samples, b.samples);
    const slower = median(h.samples) > median(b.samples);
    return {
      flagged: {
        benchgate: flaggedBy(stored, name),
        'benchgate, no history': flaggedBy(noHistory, name),
        'ratio ≥ 2.0': ratio >= 2.0,
        'ratio ≥ 1.1': ratio >= 1.1,
        // Counted as an alarm in the direction it points: a slowdown alarm only when head is slower.
        'Mann-Whitney p<0.05, uncorrected': mw.pValue < 0.05 && slower,
      },
      inconclusive: stored.benchmarks.find((x) => x.name === name)!.verdict === 'inconclusive',
      improvement: stored.benchmarks.find((x) => x.name === name)!.verdict === 'improvement',
    };
  };
}

function flaggedBy(c: Comparison, name: string): boolean {
  return c.benchmarks.find((b) => b.name === name)?.verdict === 'regression';
}

function renderReport(cases: Case[], config: Config, run: { historyRuns: number; trials: number; minutes: number; replay?: string }): string {
  const aa = cases.filter((c) => c.injected === 0);
  const rate = (list: Case[], method: string) => {
    const hits = list.filter((c) => c.flagged[method]).length;
    return `${((100 * hits) / Math.max(1, list.length)).toFixed(1)}% (${hits}/${list.length})`;
  };
  const header = ['method', `false alarms (A/A, n=${aa.length})`, ...SIZES.slice(1).map((s) => `detected ${s * 100}%`)];
  const rows = METHODS.map((method) => [
    method,
    rate(aa, method),
    ...SIZES.slice(1).map((s) =>
      rate(
        cases.filter((c) => c.injected === s),
        method,
      ),
    ),
  ]);
  const inconclusive = cases.filter((c) => c.inconclusive).length;
  return [
    '## Accuracy: stored baseline from a separate run',
    '',
    run.replay
      ? `Judged on ${new Date().toISOString().slice(0, 10)} from runs measured earlier on this machine (\`${run.replay}\`), by \`npm run eval:accuracy -- --replay ${run.replay} --history ${run.historyRuns} --trials ${run.trials}\`.`
      : `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, in ${run.minutes.toFixed(0)} minutes, by \`npm run eval:accuracy -- --history ${run.historyRuns} --trials ${run.trials}\`.`,
    `${run.historyRuns} baseline runs, then ${run.trials} A/A and ${run.trials} A/B trial runs of 20 workloads (0.5 µs to 0.5 ms per call),`,
    `each run with benchgate's defaults: ${config.samples} samples over ${config.processes} processes, ${config.roundTime} ms rounds,`,
    `threshold ${config.threshold * 100}%, Holm at α=${config.alpha}. "false alarms" counts any regression verdict on unchanged code;`,
    '"detected" counts regression verdicts on slowed workloads.',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `benchgate called ${inconclusive} of ${cases.length} comparisons inconclusive (too noisy to tell either way); those never fail a check.`,
    `On unchanged code it claimed ${aa.filter((c) => c.improvement).length} improvements out of ${aa.length}.`,
    '',
  ].join('\n');
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
  process.stderr.write(`[accuracy] ${message}\n`);
}

await main();
