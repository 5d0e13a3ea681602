// github-action-benchmark's history file, as it keeps it on gh-pages: `data.js`, which is
// `window.BENCHMARK_DATA = ` followed by JSON (or that JSON alone, from its
// `external-data-json-path`):
//
//     { "lastUpdate": 1574927128603, "repoUrl": "https://github.com/user/repo",
//       "entries": { "<suite name>": [                       // oldest first
//         { "commit": { "id": "…", "message": "…", "timestamp": "…", "url": "…", "author": {…} },
//           "date": 1574927127603,                          // ms since 1970, when it ran
//           "tool": "cargo",
//           "benches": [{ "name": "…", "value": 100, "unit": "ns/iter", "range": "± 20", "extra": "…" }] } ] } }
//
// Every entry becomes one benchgate run of single values (samples [value]) in the suite of the
// same name, so a team moving over keeps its history, chart and baseline. The file is parsed as
// JSON, never run: it comes from a branch anyone with push access could have written.
import { createHash } from 'node:crypto';
import { InputError, describe } from '../../errors.ts';
import { RESULTS_FORMAT, RESULTS_VERSION, type BenchmarkResult, type Direction, type RunResult } from '../model.ts';
import { validateResults, zeroAllowed } from '../validate.ts';
import { parseJson } from './json.ts';

/** What github-action-benchmark writes before the JSON (src/write.ts, SCRIPT_PREFIX). */
const SCRIPT_PREFIX = /^(\uFEFF?\s*)window\.BENCHMARK_DATA\s*=\s*/;

/**
 * github-action-benchmark's `biggerIsBetter(tool)` (src/write.ts): the direction of every
 * benchmark of an entry follows from the tool that produced it.
 */
const BIGGER_IS_BETTER: Record<string, boolean> = {
  cargo: false,
  go: false,
  benchmarkjs: true,
  benchmarkluau: false,
  pytest: true,
  googlecpp: false,
  catch2: false,
  julia: false,
  jmh: false,
  benchmarkdotnet: false,
  customBiggerIsBetter: true,
  customSmallerIsBetter: false,
};

/** For a tool github-action-benchmark did not know: a rate (per second) is bigger-is-better. */
const RATE_UNIT = /(^|\W)(ops?|iter(ations)?|req(uests)?|items?|calls?)\s*\/\s*(s|sec|second)$|\/\s*(s|sec)$|per\s+second/i;

/**
 * Units github-action-benchmark converts into one another when a benchmark's unit changes
 * between runs (src/normalizeValueByUnit.ts): each list in steps of 1000.
 */
const TIME_UNITS = ['s', 'ms', 'us', 'ns'];
const CONVERTIBLE = [TIME_UNITS, TIME_UNITS.map((u) => `${u}/iter`), [...TIME_UNITS].reverse().map((u) => `ops/${u}`)];

export interface ImportedSuite {
  /** The suite's name in data.js (the `name` input of the github-action-benchmark step). */
  name: string;
  /** The benchgate suite it is kept as: the name with what a suite name cannot hold made "-". */
  suite: string;
  /** Oldest first. */
  runs: RunResult[];
  /** What the import changed or left out, for the person running it. */
  notes: string[];
}

export interface ImportedHistory {
  repoUrl?: string;
  suites: ImportedSuite[];
}

/** Parse github-action-benchmark's data.js (or its JSON) into runs; `source` names the file in errors. */
export function parseGithubActionBenchmarkData(text: string, source: string): ImportedHistory {
  const doc = parseJson(blankPrefix(text, source), source);
  if (!isObject(doc)) throw new InputError(source, `expected window.BENCHMARK_DATA to be an object with "entries", found ${describe(doc)}`);
  const entries = doc['entries'];
  if (!isObject(entries)) throw new InputError(source, `expected "entries" to be an object of suites (name → list of runs), found ${describe(entries)}`);
  const repoUrl = typeof doc['repoUrl'] === 'string' && doc['repoUrl'] !== '' ? doc['repoUrl'] : undefined;
  const suites = Object.entries(entries).map(([name, list]) => importSuite(name, list, source));
  const taken = new Map<string, string>();
  for (const { name, suite } of suites) {
    const other = taken.get(suite);
    if (other !== undefined)
      throw new InputError(
        source,
        `entries[${JSON.stringify(other)}] and entries[${JSON.stringify(name)}] would both be kept as suite ${JSON.stringify(suite)}; rename one`,
      );
    taken.set(suite, name);
  }
  return { ...(repoUrl !== undefined ? { repoUrl } : {}), suites };
}

/** The JSON of data.js with its `window.BENCHMARK_DATA =` (and a final ";") blanked out, so lines and columns stay the file's. */
function blankPrefix(text: string, source: string): string {
  const match = SCRIPT_PREFIX.exec(text);
  if (match === null) {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('{')) return text;
    throw new InputError(source, `expected github-action-benchmark's data.js, starting "window.BENCHMARK_DATA = {", found ${describe(start.slice(0, 40))}`);
  }
  const body = ' '.repeat(match[0].length - match[1]!.length) + text.slice(match[0].length);
  return match[1]! + body.replace(/;\s*$/, (end) => ' '.repeat(end.length));
}

function importSuite(name: string, list: unknown, source: string): ImportedSuite {
  const at = `entries[${JSON.stringify(name)}]`;
  const suite = suiteName(name);
  if (suite === '') throw new InputError(source, `${at}: expected a suite name with a letter or digit, found ${describe(name)}`);
  if (!Array.isArray(list)) throw new InputError(source, `${at}: expected a list of runs, found ${describe(list)}`);
  const notes: string[] = [];
  if (suite !== name) notes.push(`kept as suite ${JSON.stringify(suite)}: a suite name is letters, digits, ".", "_" and "-" (up to 64)`);

  const entries = list.map((entry, i) => readEntry(entry, i, `${at}[${i}]`, source));
  entries.sort((a, b) => a.time - b.time || a.position - b.position);
  const units = new Map<string, string>();
  let duplicates = 0;
  let unusable = 0;
  let converted = 0;
  const guessed = new Set<string>();
  const runs = entries.map((entry): RunResult => {
    const seen = new Set<string>();
    const benchmarks: BenchmarkResult[] = [];
    let direction: Direction;
    if (entry.tool in BIGGER_IS_BETTER) direction = BIGGER_IS_BETTER[entry.tool] ? 'bigger' : 'smaller';
    else direction = 'smaller';
    for (const bench of entry.benches) {
      if (seen.has(bench.name)) {
        duplicates++;
        continue;
      }
      seen.add(bench.name);
      const own = entry.tool in BIGGER_IS_BETTER ? direction : RATE_UNIT.test(bench.unit) ? 'bigger' : 'smaller';
      if (!(entry.tool in BIGGER_IS_BETTER)) guessed.add(entry.tool);
      const first = units.get(bench.name);
      let { value, unit } = bench;
      if (first === undefined) units.set(bench.name, unit);
      else if (first !== unit) {
        const factor = conversion(unit, first);
        if (factor !== undefined) {
          value *= factor;
          unit = first;
          converted++;
        }
      }
      if (value > 0 || (value === 0 && zeroAllowed(unit))) {
        benchmarks.push({ name: bench.name, unit, direction: own, samples: [value] });
      } else {
        unusable++;
        benchmarks.push({
          name: bench.name,
          unit,
          direction: own,
          samples: [],
          error: `github-action-benchmark recorded ${value}, which cannot be compared as a ratio`,
        });
      }
    }
    const run: RunResult = {
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      suite,
      run: {
        id: `gab-${createHash('sha256')
          .update(`${name}\0${entry.commit ?? ''}\0${entry.time}`)
          .digest('hex')
          .slice(0, 16)}`,
        ...(entry.commit !== undefined ? { commit: entry.commit } : {}),
        time: new Date(entry.time).toISOString(),
        tool: entry.tool,
        env: { node: 'unknown', os: 'unknown', arch: 'unknown', cpu: 'unknown', cores: 0, runner: 'imported from github-action-benchmark' },
      },
      benchmarks,
    };
    return validateResults(run, `${source}: ${entry.at}`);
  });
  if (duplicates > 0) notes.push(`${duplicates} benchmark result${duplicates === 1 ? '' : 's'} left out: the same name twice in one run (the first was kept)`);
  if (unusable > 0) notes.push(`${unusable} value${unusable === 1 ? '' : 's'} of 0 or below kept as failed results: benchgate compares ratios`);
  if (converted > 0)
    notes.push(`${converted} value${converted === 1 ? '' : 's'} converted to the unit the benchmark first had, as github-action-benchmark does`);
  for (const tool of guessed)
    notes.push(`tool ${JSON.stringify(tool)} is not one github-action-benchmark knows: rates (per second) taken as bigger-is-better, the rest smaller`);
  return { name, suite, runs, notes };
}

/** A benchgate suite name (config/parse.ts parseName) for a github-action-benchmark one: "Go Benchmark" → "Go-Benchmark". */
function suiteName(name: string): string {
  return name
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 64)
    .replace(/[-.]+$/, '');
}

interface Entry {
  at: string;
  position: number;
  commit?: string;
  /** ms since 1970. */
  time: number;
  tool: string;
  benches: Array<{ name: string; value: number; unit: string }>;
}

function readEntry(entry: unknown, position: number, at: string, source: string): Entry {
  if (!isObject(entry)) throw new InputError(source, `${at}: expected a run ({ commit, date, tool, benches }), found ${describe(entry)}`);
  const commit = entry['commit'];
  if (!isObject(commit)) throw new InputError(source, `${at}.commit: expected an object with "id", found ${describe(commit)}`);
  const id = commit['id'];
  if (id !== undefined && id !== null && typeof id !== 'string') throw new InputError(source, `${at}.commit.id: expected a string, found ${describe(id)}`);
  const time = entryTime(entry, commit, at, source);
  const tool = entry['tool'];
  if (typeof tool !== 'string' || tool === '') throw new InputError(source, `${at}.tool: expected the name of a tool such as "cargo", found ${describe(tool)}`);
  const benches = entry['benches'];
  if (!Array.isArray(benches)) throw new InputError(source, `${at}.benches: expected a list of { name, value, unit }, found ${describe(benches)}`);
  return {
    at,
    position,
    ...(typeof id === 'string' && id.trim() !== '' ? { commit: id.trim() } : {}),
    time,
    tool,
    benches: benches.map((bench, j) => {
      const where = `${at}.benches[${j}]`;
      if (!isObject(bench)) throw new InputError(source, `${where}: expected { name, value, unit }, found ${describe(bench)}`);
      const { name, value, unit } = bench;
      if (typeof name !== 'string' || name === '') throw new InputError(source, `${where}.name: expected a non-empty string, found ${describe(name)}`);
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new InputError(source, `${where}.value: expected a number, found ${describe(value)}`);
      if (typeof unit !== 'string' || unit.trim() === '') throw new InputError(source, `${where}.unit: expected a non-empty string, found ${describe(unit)}`);
      return { name, value, unit };
    }),
  };
}

/** When the entry ran: its "date" (ms), or failing that its commit's timestamp. */
function entryTime(entry: Record<string, unknown>, commit: Record<string, unknown>, at: string, source: string): number {
  const date = entry['date'];
  if (typeof date === 'number' && Number.isFinite(date) && Math.abs(date) <= 8.64e15) return Math.round(date);
  const stamp = commit['timestamp'];
  const parsed = typeof stamp === 'string' ? Date.parse(stamp) : Number.NaN;
  if (!Number.isNaN(parsed)) return parsed;
  throw new InputError(source, `${at}.date: expected milliseconds since 1970 (or a commit.timestamp in ISO 8601), found ${describe(date)}`);
}

/** The factor that turns a value in `from` into `to`, when github-action-benchmark converts between them. */
function conversion(from: string, to: string): number | undefined {
  const canon = (u: string) => u.trim().toLowerCase().replace(/µs|μs/g, 'us');
  for (const units of CONVERTIBLE) {
    const a = units.indexOf(canon(from));
    const b = units.indexOf(canon(to));
    if (a >= 0 && b >= 0) return 1000 ** (b - a);
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
