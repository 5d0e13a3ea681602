// `go test -bench` output, generated here by the real go (Debian's golang-go) from the small module
// below, and the traps of the format: the GOMAXPROCS suffix against a sub-benchmark's own "-16",
// -cpu variants, failures, zero allocations, package names that stay put.
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { compare } from '../../../src/compare/compare.ts';
import { InputError } from '../../../src/errors.ts';
import { gate } from '../../../src/gate/gate.ts';
import { parseGo } from '../../../src/results/import/go.ts';
import { parseResults } from '../../../src/results/import/parse.ts';
import type { BenchmarkResult, RunResult } from '../../../src/results/model.ts';
import { GO, needs, run } from '../../support/tools.ts';

const MODULE = 'example.com/bench';
const SOURCES: Record<string, string> = {
  'go.mod': `module ${MODULE}\n\ngo 1.19\n`,
  'parse/parse_test.go': `package parse

import (
	"fmt"
	"testing"
)

var sink []byte

func BenchmarkSum(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s += i
	}
	_ = s
}

func BenchmarkNoAlloc(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = nil
	}
}

func BenchmarkSize(b *testing.B) {
	for _, n := range []int{16, 1024} {
		b.Run(fmt.Sprintf("n-%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for i := 0; i < b.N; i++ {
				sink = make([]byte, n)
			}
		})
	}
}

func BenchmarkBroken(b *testing.B) {
	b.Fatal("boom: wrong answer")
}
`,
  'render/render_test.go': `package render

import "testing"

func BenchmarkSum(b *testing.B) {
	s := 0
	for i := 0; i < b.N; i++ {
		s += i * 2
	}
	_ = s
}

func BenchmarkPanics(b *testing.B) {
	panic("render exploded")
}
`,
};

/** BenchmarkNoAlloc, changed to allocate: the head of the 0 → N test. */
const ALLOCATES = SOURCES['parse/parse_test.go']!.replace('sink = nil', 'sink = make([]byte, 8)');

let dir: string | undefined;
async function module(): Promise<string> {
  if (dir) return dir;
  dir = await mkdtemp(join(tmpdir(), 'benchgate-go-'));
  for (const [path, text] of Object.entries(SOURCES)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}
after(() => dir && rm(dir, { recursive: true, force: true }));

/** The output of `go test -run ^$ -bench <bench> -benchtime 200x <flags> <packages>`; it exits 1, as a benchmark fails. */
async function goBench(flags: string[], packages = ['./...'], bench = '.'): Promise<string> {
  const cwd = await module();
  const args = ['test', '-run', '^$', '-bench', bench, '-benchtime', '200x', ...flags, ...packages];
  try {
    const { stdout } = await run(GO!, args, { cwd, timeout: 240_000, env: { ...process.env, GOFLAGS: '-mod=mod' } });
    return stdout;
  } catch (err) {
    const stdout = (err as { stdout?: string }).stdout;
    if (typeof stdout === 'string' && stdout.includes('Benchmark')) return stdout;
    throw err;
  }
}

const go = needs(GO, 'golang-go');
const names = (bs: BenchmarkResult[]) => bs.map((b) => b.name).sort();
const byName = (bs: BenchmarkResult[], name: string) => {
  const b = bs.find((x) => x.name === name);
  assert.ok(b, `no ${name} among ${bs.map((x) => x.name).join(', ')}`);
  return b;
};
const parse = `${MODULE}/parse`;
const render = `${MODULE}/render`;

test(
  'names are the same whatever GOMAXPROCS was: only the GOMAXPROCS suffix is dropped, never a sub-benchmark\'s own "-16"',
  { ...go, timeout: 300_000 },
  async () => {
    const four = parseGo(await goBench(['-cpu', '4']), 'go.txt');
    const one = parseGo(await goBench(['-cpu', '1']), 'go.txt');
    assert.deepEqual(names(four), names(one));
    for (const name of [`BenchmarkSize/n-16 (${parse})`, `BenchmarkSize/n-1024 (${parse})`, `BenchmarkSum (${parse})`]) byName(four, name);
    assert.notDeepEqual(byName(four, `BenchmarkSize/n-16 (${parse})`).samples, byName(four, `BenchmarkSize/n-1024 (${parse})`).samples);
  },
);

test('a file of sub-benchmarks only, under -cpu 1, keeps their "-16" and "-1024" apart', { ...go, timeout: 300_000 }, async () => {
  const text = await goBench(['-cpu', '1'], ['./parse'], 'Size');
  assert.match(text, /^BenchmarkSize\/n-16\s/m, 'Go printed no suffix under -cpu 1');
  const benchmarks = parseGo(text, 'go.txt');
  assert.deepEqual(names(benchmarks.filter((b) => b.unit === 'ns/op')), [`BenchmarkSize/n-1024 (${parse})`, `BenchmarkSize/n-16 (${parse})`]);
});

test('keeps the variants of -cpu 1,2 apart, under the names Go gives them', { ...go, timeout: 300_000 }, async () => {
  const notes: string[] = [];
  const benchmarks = parseGo(await goBench(['-cpu', '1,2', '-count', '2']), 'go.txt', notes);
  for (const name of [`BenchmarkSum (${parse})`, `BenchmarkSum-2 (${parse})`, `BenchmarkSize/n-16 (${parse})`, `BenchmarkSize/n-16-2 (${parse})`]) {
    assert.equal(byName(benchmarks, name).samples.length, 2, name);
  }
  assert.ok(
    notes.some((n) => /BenchmarkSum ran under several GOMAXPROCS/.test(n)),
    notes.join('\n'),
  );
});

test('reads -count N as N samples from one process', { ...go, timeout: 300_000 }, async () => {
  const sum = byName(parseGo(await goBench(['-cpu', '2', '-count', '3']), 'go.txt'), `BenchmarkSum (${parse})`);
  assert.equal(sum.samples.length, 3);
  assert.deepEqual(sum.processes, [0, 0, 0]);
});

test('a benchmark that fails or panics is an error, and the check fails', { ...go, timeout: 300_000 }, async () => {
  const head = parseResults(await goBench(['-cpu', '2', '-count', '5']), 'go.txt', { tool: 'go' });
  const broken = byName(head.benchmarks, `BenchmarkBroken (${parse})`);
  assert.match(broken.error!, /boom: wrong answer/);
  assert.deepEqual(broken.samples, []);
  assert.match(byName(head.benchmarks, `BenchmarkPanics (${render})`).error!, /panic: render exploded/);
  const comparison = compare(head, head, []);
  assert.equal(comparison.counts.error, 2);
  assert.equal(gate(comparison, 'regression').failed, true);
});

test('keeps metrics of 0 (0 B/op, 0 allocs/op), and going from 0 to 8 B/op and 1 alloc/op is a regression', { ...go, timeout: 300_000 }, async () => {
  // A fixed, large count of iterations: with the few Go picks on a busy machine, a runtime allocation
  // during the benchmark (9 bytes seen once) divides into a B/op above zero.
  const baseline = parseResults(await goBench(['-cpu', '2', '-count', '5', '-benchtime', '200000x'], ['./parse'], 'NoAlloc'), 'base.txt', { tool: 'go' });
  assert.deepEqual(byName(baseline.benchmarks, `BenchmarkNoAlloc (${parse}) - allocs/op`).samples, [0, 0, 0, 0, 0]);
  assert.deepEqual(byName(baseline.benchmarks, `BenchmarkNoAlloc (${parse}) - B/op`).samples, [0, 0, 0, 0, 0]);
  const cwd = await module();
  await writeFile(join(cwd, 'parse/parse_test.go'), ALLOCATES);
  let head: RunResult;
  try {
    head = parseResults(await goBench(['-cpu', '2', '-count', '5', '-benchtime', '200000x'], ['./parse'], 'NoAlloc'), 'head.txt', { tool: 'go' });
  } finally {
    await writeFile(join(cwd, 'parse/parse_test.go'), SOURCES['parse/parse_test.go']!);
  }
  assert.deepEqual(byName(head.benchmarks, `BenchmarkNoAlloc (${parse}) - allocs/op`).samples, [1, 1, 1, 1, 1]);
  const verdicts = compare(head, baseline, []).benchmarks;
  for (const unit of ['allocs/op', 'B/op']) {
    const b = verdicts.find((v) => v.name === `BenchmarkNoAlloc (${parse}) - ${unit}`)!;
    assert.equal(b.verdict, 'regression', `${unit}: ${b.reason}`);
  }
});

test('qualifies every name by its package, so a package added later renames nothing', { ...go, timeout: 300_000 }, async () => {
  const alone = parseGo(await goBench(['-cpu', '2'], ['./parse']), 'go.txt');
  const both = parseGo(await goBench(['-cpu', '2'], ['./...']), 'go.txt');
  assert.deepEqual(names(alone), names(both.filter((b) => b.name.includes(`(${parse})`))));
  // The same benchmark name in two packages: two benchmarks.
  assert.notEqual(byName(both, `BenchmarkSum (${parse})`), byName(both, `BenchmarkSum (${render})`));
});

test('go test -v gives the same names as without it', { ...go, timeout: 300_000 }, async () => {
  const plain = parseGo(await goBench(['-cpu', '2']), 'go.txt');
  const verbose = parseGo(await goBench(['-cpu', '2', '-v']), 'go.txt');
  assert.deepEqual(names(verbose), names(plain));
});

test('reads two outputs of the same package pasted together as two processes', () => {
  const one = `goos: linux\ngoarch: amd64\npkg: ${parse}\nBenchmarkSum-2   \t 200\t 1.5 ns/op\nBenchmarkSum-2   \t 200\t 1.6 ns/op\nPASS\n`;
  const [sum] = parseGo(one + one.replace(/1\.5/, '1.7'), 'go.txt');
  assert.deepEqual(sum!.samples, [1.5, 1.6, 1.7, 1.6]);
  assert.deepEqual(sum!.processes, [0, 0, 1, 1]);
});

test('drops the suffix of a sub-benchmark run under GOMAXPROCS 8 when every top-level benchmark had one', () => {
  const text = 'BenchmarkTop-8   \t 100\t 5 ns/op\nBenchmarkSize/n-16-8   \t 100\t 7 ns/op\nBenchmarkSize/n-1024-8   \t 100\t 9 ns/op\n';
  assert.deepEqual(
    parseGo(text, 'go.txt').map((b) => b.name),
    ['BenchmarkTop', 'BenchmarkSize/n-16', 'BenchmarkSize/n-1024'],
  );
});

test('leaves out, with a note, a value that cannot be compared as a ratio (a rate of 0)', () => {
  const notes: string[] = [];
  const benchmarks = parseGo('BenchmarkX-4   \t 100\t 5 ns/op\t 0 MB/s\n', 'go.txt', notes);
  assert.deepEqual(
    benchmarks.map((b) => b.name),
    ['BenchmarkX'],
  );
  assert.match(notes.join('\n'), /BenchmarkX - MB\/s is 0 MB\/s, which cannot be compared as a ratio; left out/);
});

test('says what it expected when there is no result line at all', () => {
  assert.throws(
    () => parseGo('PASS\nok  \texample.com/x\t0.01s\n', 'go.txt'),
    (err: unknown) => err instanceof InputError && /^go\.txt: expected `go test -bench` output with result lines like/.test(err.message),
  );
});
