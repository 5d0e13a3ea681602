// Every option of benchgate, in one place: its name (the same as a CLI flag, an action input
// and a key of benchgate.config.json), its default, what it means, and how its value is checked.
import { DEFAULT_COMPARE_OPTIONS as STATS } from './compare-options.ts';
import { MAX_WINDOW, MIN_HISTORY_RUNS, type Correction } from './compare-options.ts';
import { UsageError } from '../errors.ts';
import { TOOL_FORMATS, type ToolFormat } from './tools.ts';
import { parseChoice, parseDuration, parseFraction, parseName, parseNumber, parseRegExp, type Origin } from './parse.ts';

export const REPORT_FORMATS = ['terminal', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const FAIL_ON = ['regression', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
export const CORRECTIONS = ['holm', 'bh', 'none'] as const satisfies readonly Correction[];
/** The same choices as the results model's run.measure. */
export const MEASURES = ['time', 'instructions'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Config {
  suite: string;
  benchmarks: string;
  store: string;
  retain: number;
  samples: number;
  processes: number;
  roundTime: number;
  timeout: number;
  warmup: number;
  filter: RegExp | undefined;
  measure: Measure;
  threshold: number;
  alpha: number;
  correction: Correction;
  confidence: number;
  minSamples: number;
  runNoise: number;
  commonNoise: number;
  window: number;
  failOn: FailOn;
  format: ReportFormat;
  tool: ToolFormat;
}

interface OptionSpec<K extends keyof Config> {
  key: K;
  /** Flag, input and config-file name. */
  name: string;
  description: string;
  default: Config[K];
  /** Shown in help instead of the default value. */
  defaultText?: string;
  /**
   * The default as README, action.yml and docs/action.md write it (`100ms`, `5%`); the default
   * value itself when absent. A string an Action input would hold.
   */
  shown?: string;
  /**
   * The Action's input: its description in action.yml (the Action's wording, where that differs
   * from the CLI's), or false for an option that is no input of the Action. `npm run docs:options`
   * writes action.yml, docs/action.md and README's option table from these.
   */
  action: string | false;
  parse: (origin: Origin, raw: unknown) => Config[K];
}

function option<K extends keyof Config>(spec: OptionSpec<K>): OptionSpec<K> {
  return spec;
}

export const OPTIONS = [
  option({
    key: 'suite',
    name: 'suite',
    shown: 'default',
    action: 'Name of the suite. Several suites can live in one repository, each with its own baseline and comment.',
    default: 'default',
    parse: parseName,
    description: 'Name of the suite, so several suites can keep separate baselines in one store.',
  }),
  option({
    key: 'benchmarks',
    name: 'benchmarks',
    shown: 'benchmarks',
    action: 'Folder searched for micro-benchmark files (*.bench.ts, .js, .mjs) and load scenario files (*.load.ts, .js, .mjs) when benchgate runs the suite.',
    default: 'benchmarks',
    parse: (o, v) => parseText(o, v),
    description: 'Folder searched for micro-benchmark files (*.bench.ts, .js, .mjs) and load scenario files (*.load.ts, .js, .mjs).',
  }),
  option({
    key: 'store',
    name: 'store',
    action: false,
    default: '.benchgate',
    parse: (o, v) => parseText(o, v),
    description: 'Folder of the local baseline store.',
  }),
  option({
    key: 'retain',
    name: 'retain',
    shown: '50',
    action: 'Runs kept per suite and branch; older runs are pruned (their summaries stay in the trend history).',
    default: 50,
    parse: (o, v) => parseNumber(o, v, { min: 1, max: 10_000, integer: true }),
    description: 'Runs kept per suite and branch in the store; older ones are pruned.',
  }),
  option({
    key: 'samples',
    name: 'samples',
    shown: '10',
    action: 'Samples per benchmark.',
    default: 10,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: 10_000, integer: true }),
    description: 'Samples per benchmark (one sample = the mean time per operation over one round).',
  }),
  option({
    key: 'processes',
    name: 'processes',
    shown: '2',
    action: 'Separate processes the samples are spread over.',
    default: 2,
    parse: (o, v) => parseNumber(o, v, { min: 1, max: 100, integer: true }),
    description: "Separate processes the samples are spread over, so one process's luck is not the whole story.",
  }),
  option({
    key: 'roundTime',
    name: 'round-time',
    shown: '100ms',
    action: 'Length of one round (one sample) of one benchmark, such as 100ms.',
    default: 100,
    parse: (o, v) => parseDuration(o, v, { min: 1, max: 600_000 }),
    description: 'Length of one round (one sample) of one benchmark.',
  }),
  option({
    key: 'timeout',
    name: 'timeout',
    shown: '30s',
    action: 'A round that takes longer than this is stopped and its benchmark reported as failed.',
    default: 30_000,
    parse: (o, v) => parseDuration(o, v, { min: 10 }),
    description: 'A round that takes longer than this is stopped and the benchmark reported as an error.',
  }),
  option({
    key: 'warmup',
    name: 'warmup',
    shown: '250ms',
    action: 'Warm-up of each benchmark in each process before its first sample.',
    default: 250,
    parse: (o, v) => parseDuration(o, v, { min: 0, max: 600_000 }),
    description: 'Warm-up of each benchmark in each process before its first sample, so the JIT has settled.',
  }),
  option({
    key: 'filter',
    name: 'filter',
    shown: '',
    action: 'Run only benchmarks whose name matches this regular expression.',
    default: undefined,
    defaultText: 'all',
    parse: parseRegExp,
    description: 'Run only benchmarks whose name matches this regular expression.',
  }),
  option({
    key: 'measure',
    name: 'measure',
    shown: 'time',
    action:
      'What a sample is: time (wall-clock time per operation) or instructions (CPU instructions per operation, counted under valgrind; Linux only, installed with apt-get when missing; repeatable enough for a 1% threshold, see docs/instructions.md).',
    default: 'time',
    parse: (o, v) => parseChoice(o, v, MEASURES),
    description:
      'What a sample is: time (wall-clock time per operation) or instructions (CPU instructions per operation, counted under valgrind on Linux; repeatable to a few parts per million, see docs/instructions.md).',
  }),
  option({
    key: 'threshold',
    name: 'threshold',
    shown: '5%',
    action: 'Smallest change worth failing for, such as 5%. Smaller significant changes are reported but never fail the check.',
    default: STATS.threshold,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 10 }),
    description: 'Smallest change worth failing for (0.05 or 5%). Smaller significant changes are reported, never gated.',
  }),
  option({
    key: 'alpha',
    name: 'alpha',
    shown: '0.05',
    action: 'Significance level after correction for testing many benchmarks at once.',
    default: STATS.alpha,
    parse: (o, v) => parseFraction(o, v, { min: 1e-9, max: 0.5 }),
    description: 'Significance level after correction for testing many benchmarks at once.',
  }),
  option({
    key: 'correction',
    name: 'correction',
    shown: 'holm',
    action: 'Multiple-comparison correction: holm, bh or none.',
    default: STATS.correction,
    parse: (o, v) => parseChoice(o, v, CORRECTIONS),
    description: 'Multiple-comparison correction: holm (family-wise), bh (false discovery rate) or none.',
  }),
  option({
    key: 'confidence',
    name: 'confidence',
    shown: '0.95',
    action: 'Confidence level of the intervals shown.',
    default: STATS.confidence,
    parse: (o, v) => parseFraction(o, v, { min: 0.5, max: 0.9999 }),
    description: 'Confidence level of the intervals shown for each change.',
  }),
  option({
    key: 'minSamples',
    name: 'min-samples',
    shown: '5',
    action: 'Fewer samples than this on either side makes a benchmark inconclusive.',
    default: STATS.minSamples,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: 10_000, integer: true }),
    description: 'Fewer samples than this on either side makes a benchmark inconclusive.',
  }),
  option({
    key: 'runNoise',
    name: 'run-noise',
    shown: '5%',
    action: 'Assumed run-to-run spread of one benchmark against the rest of its suite, until 3 stored runs teach it.',
    default: STATS.defaultRunNoise,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 1 }),
    description: 'Assumed run-to-run spread of one benchmark against the rest of its suite, until 3 stored runs teach it.',
  }),
  option({
    key: 'commonNoise',
    name: 'common-noise',
    shown: '40%',
    action: 'Assumed run-to-run spread of a whole run (every benchmark at once), until 10 stored runs teach it.',
    default: STATS.defaultCommonNoise,
    parse: (o, v) => parseFraction(o, v, { min: 0, max: 10 }),
    description: 'Assumed run-to-run spread of a whole run (every benchmark at once), until 10 stored runs teach it.',
  }),
  option({
    key: 'window',
    name: 'window',
    action: `Newest stored runs of the baseline branch that make the reference a benchmark is judged against, once ${MIN_HISTORY_RUNS} of them have it (at most ${MAX_WINDOW}; below ${MIN_HISTORY_RUNS} turns the history reference off).`,
    default: STATS.window,
    parse: (o, v) => parseNumber(o, v, { min: 2, max: MAX_WINDOW, integer: true }),
    description: `Newest stored runs of the baseline branch that make the reference a benchmark is judged against, once ${MIN_HISTORY_RUNS} of them have it (at most ${MAX_WINDOW}; below ${MIN_HISTORY_RUNS} turns the history reference off).`,
  }),
  option({
    key: 'failOn',
    name: 'fail-on',
    shown: 'regression',
    action: 'regression: fail the check on a regression or a failed benchmark; never: report only.',
    default: 'regression',
    parse: (o, v) => parseChoice(o, v, FAIL_ON),
    description: 'regression: exit 1 when a regression (or a failed benchmark) is found; never: always exit 0.',
  }),
  option({
    key: 'format',
    name: 'format',
    action: false,
    default: 'terminal',
    parse: (o, v) => parseChoice(o, v, REPORT_FORMATS),
    description: 'Report format: terminal, markdown or json.',
  }),
  option({
    key: 'tool',
    name: 'tool',
    shown: 'benchgate',
    action:
      "Format of `results`: benchgate; auto (recognised from the content); github-action-benchmark's names cargo, go, benchmarkjs, benchmarkluau, pytest, googlecpp, catch2, julia, jmh, benchmarkdotnet, customSmallerIsBetter, customBiggerIsBetter; criterion (the target/criterion folder), hyperfine (--export-json), vitest (vitest bench --outputJson); k6 (--summary-export JSON), k6-summary (handleSummary JSON), autocannon (--json), artillery (JSON report). docs/formats.md says what each reads.",
    default: 'benchgate',
    parse: (o, v) => parseChoice(o, v, TOOL_FORMATS),
    description: `Format of the results files read: ${TOOL_FORMATS.join(', ')} (custom*: github-action-benchmark's custom JSON).`,
  }),
] as const;

export type OptionName = (typeof OPTIONS)[number]['name'];

export function defaultConfig(): Config {
  const config = {} as Record<string, unknown>;
  for (const spec of OPTIONS) config[spec.key] = spec.default;
  return config as unknown as Config;
}

/** One layer of raw values, by option name, and how to name a value's origin in an error. */
export interface ConfigLayer {
  values: Record<string, unknown>;
  origin: (name: string) => Origin;
}

/**
 * Later layers override earlier ones: defaults, then the config file, then flags or inputs.
 * Unknown names in a layer are an error: a typo must not silently fall back to a default.
 */
export function resolveConfig(layers: ConfigLayer[]): Config {
  const config = defaultConfig() as unknown as Record<string, unknown>;
  const byName = new Map<string, (typeof OPTIONS)[number]>(OPTIONS.map((spec) => [spec.name, spec]));
  for (const layer of layers) {
    for (const [name, raw] of Object.entries(layer.values)) {
      if (raw === undefined || raw === '') continue;
      const spec = byName.get(name);
      if (!spec) throw new UnknownOptionError(layer.origin(name), name, [...byName.keys()]);
      config[spec.key] = spec.parse(layer.origin(name), raw);
    }
  }
  return config as unknown as Config;
}

export class UnknownOptionError extends UsageError {
  constructor(origin: Origin, name: string, known: string[]) {
    const near = known.find((k) => k.startsWith(name.slice(0, 3)));
    super(`${origin}: unknown option${near ? ` (did you mean '${near}'?)` : ''}; known options: ${known.join(', ')}`);
  }
}

function parseText(origin: Origin, raw: unknown): string {
  if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
  throw new UsageError(`${origin}: expected a path, found ${raw === '' ? 'an empty value' : typeof raw}`);
}
