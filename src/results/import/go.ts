// `go test -bench` text output. Each result line is a name, an iteration count and one or more
// "value unit" pairs:
//
//     BenchmarkParse/small-8   	 1000000	      1052 ns/op	     336 B/op	       6 allocs/op
//
// Names. Go appends "-N" to every name when GOMAXPROCS is N ≠ 1. That suffix is dropped, so that
// runs on machines with different core counts line up, but only where it is surely the GOMAXPROCS
// suffix, never from a sub-benchmark's own name ("BenchmarkSize/n-16" under -cpu 1):
//   - on a top-level name (Go identifiers have no "-", so a trailing -N there is always GOMAXPROCS);
//   - where `go test -v` printed the bare name before the result;
//   - on sub-benchmarks when every result line of the file ends in the same -N, or when every run
//     had a GOMAXPROCS above 1 (every top-level line has a suffix) and -N is one of them.
// Otherwise a sub-benchmark keeps the name Go printed. A benchmark run under several GOMAXPROCS
// (-cpu 1,2) keeps Go's printed names ("BenchmarkX", "BenchmarkX-2"), so the variants stay apart.
// When the output has a "pkg:" line, every name is qualified by its package as github-action-benchmark
// qualifies names in multi-package output, "BenchmarkX (example.com/pkg)", whether the file covers
// one package or several: adding a package never renames the benchmarks of another. (No group is
// set: the package is in the name, and a report would repeat it.)
//
// Metrics. The first metric of a line keeps the plain name, the others are "<name> - <unit>", as
// github-action-benchmark names them. Rates (MB/s) are bigger-is-better, the rest smaller. Counts
// per operation of 0 (0 B/op, 0 allocs/op) are kept, so 0 → 1 allocation is a regression.
//
// Samples. The lines of -count N are N samples from one process; the same package run again (its
// "pkg:" header seen again, as when outputs are concatenated) is another process.
//
// Failures. "--- FAIL: BenchmarkX" and "BenchmarkX-8  panic: …" make BenchmarkX an error, which
// fails the check.
import { InputError } from '../../errors.ts';
import type { BenchmarkResult } from '../model.ts';
import { directionOf, isComparable, linesOf } from './common.ts';

interface ResultLine {
  printed: string;
  pkg: string | undefined;
  process: number;
  line: number;
  /** GOMAXPROCS of the line when it is known; undefined when the name may end in its own -N. */
  procs: number | undefined;
  metrics: Array<[value: number, unit: string]>;
  /** Set for a benchmark that panicked. */
  panic?: string;
}

interface Failure {
  name: string;
  pkg: string | undefined;
  message: string;
}

interface Series {
  name: string;
  base: string;
  pkg: string | undefined;
  unit: string;
  samples: number[];
  processes: number[];
  error?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SUFFIX = /-(\d+)$/;

export function looksLikeGo(text: string): boolean {
  return /^Benchmark\S*\s+\d+\s+[-+]?[\d.]+(e[-+]?\d+)? \S+/m.test(text) || /^--- FAIL: Benchmark/m.test(text);
}

export function parseGo(text: string, source: string, notes: string[] = []): BenchmarkResult[] {
  const { results, failures, sawPackage } = scan(text);
  if (results.length === 0 && failures.length === 0) {
    throw new InputError(source, 'expected `go test -bench` output with result lines like "BenchmarkParse-8   1000000   1052 ns/op", found none');
  }
  const baseOf = gomaxprocs(results);
  const qualify = (name: string, pkg: string | undefined) => (sawPackage && pkg !== undefined ? `${name} (${pkg})` : name);

  // A benchmark seen under more than one GOMAXPROCS keeps Go's names, one per variant.
  const variants = new Map<string, Set<number | undefined>>();
  for (const r of results) {
    const key = `${r.pkg ?? ''}\0${baseOf.get(r)!}`;
    const set = variants.get(key) ?? new Set();
    set.add(r.procs);
    variants.set(key, set);
  }
  const series = new Map<string, Series>();
  const panics: Failure[] = [];
  for (const r of results) {
    const base = baseOf.get(r)!;
    const several = variants.get(`${r.pkg ?? ''}\0${base}`)!.size > 1;
    const name = qualify(several ? r.printed : base, r.pkg);
    if (r.panic !== undefined) {
      panics.push({ name: base, pkg: r.pkg, message: `panic: ${r.panic}` });
      continue;
    }
    r.metrics.forEach(([value, unit], i) => {
      const seriesName = i === 0 ? name : `${name} - ${unit}`;
      const key = `${seriesName}\0${i === 0 ? '' : unit}`;
      let s = series.get(key);
      if (!s) {
        s = { name: seriesName, base, pkg: r.pkg, unit, samples: [], processes: [] };
        series.set(key, s);
      } else if (s.unit !== unit) {
        throw new InputError(source, `line ${r.line}: expected ${r.printed} in ${s.unit} as before, found ${unit}`);
      }
      if (!isComparable(value, unit)) {
        notes.push(`${source}: line ${r.line}: ${seriesName} is ${value} ${unit}, which cannot be compared as a ratio; left out`);
        return;
      }
      s.samples.push(value);
      s.processes.push(r.process);
    });
  }
  for (const [key, procs] of variants) {
    if (procs.size > 1) notes.push(`${source}: ${key.split('\0')[1]} ran under several GOMAXPROCS (-cpu): its variants keep Go's names, e.g. with "-2"`);
  }

  // A parent fails when a sub-benchmark does; the sub-benchmark carries the error.
  const failed = [...failures, ...panics].filter((f, _, all) => !all.some((g) => g.pkg === f.pkg && g.name.startsWith(`${f.name}/`)));
  for (const f of failed) {
    const hit = [...series.values()].filter((s) => s.pkg === f.pkg && s.base === f.name);
    if (hit.length === 0) {
      const name = qualify(f.name, f.pkg);
      series.set(`${name}\0error`, { name, base: f.name, pkg: f.pkg, unit: 'ns/op', samples: [], processes: [], error: f.message });
    }
    for (const s of hit) s.error = f.message;
  }

  const kept = [...series.values()].filter((s) => s.samples.length > 0 || s.error !== undefined);
  return kept.map((s) => ({
    name: s.name,
    unit: s.unit,
    direction: directionOf(s.unit),
    samples: s.samples,
    ...(s.samples.length > 0 ? { processes: s.processes } : {}),
    ...(s.error !== undefined ? { error: s.error } : {}),
  }));
}

function scan(text: string): { results: ResultLine[]; failures: Failure[]; sawPackage: boolean } {
  const lines = linesOf(text);
  const results: ResultLine[] = [];
  const failures: Failure[] = [];
  const headers = new Map<string, number>();
  let pkg: string | undefined;
  let sawPackage = false;
  let bare: string | undefined;
  const processOf = () => Math.max(0, (headers.get(pkg ?? '') ?? 0) - 1);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (line.startsWith('pkg:')) {
      pkg = line.slice(4).trim() || undefined;
      sawPackage ||= pkg !== undefined;
      headers.set(pkg ?? '', (headers.get(pkg ?? '') ?? 0) + 1);
      bare = undefined;
      continue;
    }
    if (line.startsWith('goos:') && !lines.slice(i + 1, i + 4).some((l) => l.trim().startsWith('pkg:'))) {
      headers.set('', (headers.get('') ?? 0) + 1);
      continue;
    }
    if (line.startsWith('panic: ')) {
      // Under -cpu 1 or -v the panic has a line of its own: the benchmark is the bare name just
      // printed (-v), else the benchmark function in the stack trace below.
      const frame = lines
        .slice(i + 1, i + 40)
        .map((l) => /^(\S+)\.(Benchmark[^.(\s]*)[.(]/.exec(l.trim()))
        .find((m) => m !== null);
      const previous = lines[i - 1]?.trim();
      const name = previous !== undefined && /^Benchmark\S*$/.test(previous) ? previous : frame?.[2];
      if (name !== undefined) failures.push({ name, pkg: frame?.[1] ?? pkg, message: line });
      continue;
    }
    const fail = /^--- FAIL: (Benchmark\S*)/.exec(line);
    if (fail) {
      failures.push({ name: fail[1]!, pkg, message: failureMessage(lines, i) });
      continue;
    }
    const tokens = line.split(/\s+/);
    const first = tokens[0]!;
    if (!first.startsWith('Benchmark')) continue;
    if (tokens.length === 1) {
      // `go test -v` prints the bare name, without the GOMAXPROCS suffix, before the result.
      bare = first;
      continue;
    }
    const procs = knownProcs(first, bare);
    const panic = /^Benchmark\S*\s+panic: (.*)$/.exec(line);
    if (panic) {
      results.push({ printed: first, pkg, process: processOf(), line: i + 1, procs, metrics: [], panic: panic[1]! });
      continue;
    }
    if (tokens.length < 4 || tokens.length % 2 !== 0 || !/^\d+$/.test(tokens[1]!)) continue;
    const metrics: Array<[number, string]> = [];
    for (let t = 2; t < tokens.length; t += 2) {
      if (!NUMBER.test(tokens[t]!)) break;
      metrics.push([Number(tokens[t]), tokens[t + 1]!]);
    }
    if (metrics.length !== (tokens.length - 2) / 2) continue;
    results.push({ printed: first, pkg, process: processOf(), line: i + 1, procs, metrics });
  }
  return { results, failures, sawPackage };
}

/** GOMAXPROCS of a line when its name tells for sure: a top-level name, or the bare name of -v. */
function knownProcs(printed: string, bare: string | undefined): number | undefined {
  if (bare !== undefined) {
    if (printed === bare) return 1;
    const rest = printed.startsWith(`${bare}-`) ? printed.slice(bare.length + 1) : '';
    if (/^\d+$/.test(rest)) return Number(rest);
  }
  if (!printed.includes('/')) {
    const m = SUFFIX.exec(printed);
    return m ? Number(m[1]) : 1;
  }
  return undefined;
}

/** Each line's name without the GOMAXPROCS suffix, where it surely is one (see the header). */
function gomaxprocs(results: ResultLine[]): Map<ResultLine, string> {
  const suffixes = results.map((r) => SUFFIX.exec(r.printed)?.[1]);
  const uniform = suffixes.every((s) => s !== undefined && s === suffixes[0]) ? Number(suffixes[0]) : undefined;
  const known = new Set(results.map((r) => r.procs).filter((p): p is number => p !== undefined));
  const everyRunAbove1 = known.size > 0 && !known.has(1);
  const out = new Map<ResultLine, string>();
  results.forEach((r, i) => {
    if (r.procs === undefined) {
      const n = suffixes[i] === undefined ? undefined : Number(suffixes[i]);
      if (n !== undefined && (n === uniform || (everyRunAbove1 && known.has(n)))) r.procs = n;
    }
    out.set(r, r.procs !== undefined && r.procs !== 1 && r.printed.endsWith(`-${r.procs}`) ? r.printed.slice(0, -`-${r.procs}`.length) : r.printed);
  });
  return out;
}

/** "--- FAIL: X" and the log lines Go indents under it (or, with -v, prints just before it). */
function failureMessage(lines: string[], at: number): string {
  const indented = (l: string | undefined) => l !== undefined && /^\s{4,}\S/.test(l) && !/^\s*--- /.test(l);
  const logs: string[] = [];
  for (let j = at + 1; indented(lines[j]) && logs.length < 10; j++) logs.push(lines[j]!.trim());
  if (logs.length === 0) for (let j = at - 1; indented(lines[j]) && logs.length < 10; j--) logs.unshift(lines[j]!.trim());
  return logs.length > 0 ? `--- FAIL: ${logs.join('\n')}` : '--- FAIL (go test printed no message)';
}
