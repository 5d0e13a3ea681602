// The interleaved scheduler on two folders standing in for the base and head trees: what gets
// paired, what runs alone, when sampling stops, and what happens when a child dies mid-run.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { childCommand } from '../../../src/measure/ab/command.ts';
import { measureInterleaved, type InterleavedMeasurement, type InterleaveEvent, type SamplingVerdict } from '../../../src/measure/ab/interleave.ts';
import type { BenchmarkResult } from '../../../src/results/model.ts';

const API = pathToFileURL(join(fileURLToPath(new URL('../../../', import.meta.url)), 'src/api.ts')).href;

function write(path: string, body: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `import { bench } from ${JSON.stringify(API)};\nimport { existsSync } from 'node:fs';\n${body}`);
}

function named(list: BenchmarkResult[], name: string): BenchmarkResult {
  const found = list.find((b) => b.name === name);
  assert.ok(found, `no ${name} among ${list.map((b) => b.name).join(', ')}`);
  return found;
}

describe('measureInterleaved', () => {
  let root: string;
  let measured: InterleavedMeasurement;
  const events: InterleaveEvent[] = [];
  const decided: number[] = [];

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'benchgate-interleave-'));
    const crash = join(root, 'crash-now');
    for (const side of ['base', 'head']) {
      write(
        join(root, side, 'benchmarks', 'shared.bench.mjs'),
        `bench('decides early', () => Math.sqrt(2));
bench('keeps going', () => 'y'.repeat(32));
bench('crashes in head', () => { if (${side === 'head'} && existsSync(${JSON.stringify(crash)})) { process.stderr.write('out of widgets\\n'); process.exit(3); } });
${side === 'head' ? "bench('added in head', () => 1 + 1);" : ''}
`,
      );
    }
    write(join(root, 'base', 'benchmarks', 'gone.bench.mjs'), "bench('removed file', () => 2 * 2);\n");
    write(join(root, 'head', 'benchmarks', 'fresh.bench.mjs'), "bench('new file', () => 3 * 3);\n");

    measured = await measureInterleaved({
      base: join(root, 'base'),
      head: join(root, 'head'),
      benchmarks: 'benchmarks',
      processes: 2,
      roundTimeMs: 5,
      warmupMs: 10,
      timeoutMs: 5_000,
      budgetMs: 60_000,
      benchmarkBudgetMs: 1_500,
      minPairs: 4,
      maxPairs: 1_000,
      statistic: 'median',
      gc: true,
      command: childCommand({ node: process.execPath, gc: true }),
      decide: (logRatios, { benchmark, benchmarks }): SamplingVerdict => {
        decided.push(benchmarks);
        // A stand-in for the statistics: 'decides early' is settled at 8 pairs, nothing else ever.
        return { state: benchmark === 'decides early' && logRatios.length >= 8 ? 'within' : 'continue' };
      },
      onEvent: (event) => {
        events.push(event);
        if (event.type === 'round' && event.file === 'benchmarks/shared.bench.mjs' && event.round === 3 && !existsSync(crash)) writeFileSync(crash, '');
      },
    });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('pairs the benchmarks both trees have, sample for sample, from both process pairs', () => {
    for (const name of ['decides early', 'keeps going']) {
      const head = named(measured.head, name);
      const base = named(measured.base, name);
      assert.equal(head.error, undefined, head.error);
      assert.equal(head.samples.length, base.samples.length, name);
      assert.deepEqual(head.processes, base.processes, `${name}: each pair's two samples come from one process pair`);
      assert.equal(measured.sampling[name]!.pairs, head.samples.length);
    }
  });

  it('replaces a head child that dies mid-run: the benchmark that killed it fails, the others go on in a fresh process pair', () => {
    const crashed = named(measured.head, 'crashes in head');
    assert.match(
      crashed.error ?? '',
      /^the benchmark process exited with code 3 while "crashes in head" ran round \d+; its stderr ended with:\nout of widgets/,
    );
    assert.equal(named(measured.base, 'crashes in head').error, undefined, 'base is unaffected');
    assert.equal(measured.sampling['crashes in head']!.stop, 'failed');
    const pairIds = new Set(named(measured.head, 'keeps going').processes);
    assert.ok(
      [...pairIds].some((id) => id >= 2),
      `a replacement process pair measured too: ${[...pairIds]}`,
    );
  });

  it('stops a benchmark as soon as its statistics settle it', () => {
    assert.equal(measured.sampling['decides early']!.stop, 'within');
    assert.equal(measured.sampling['decides early']!.pairs, 8, 'two pairs a round, looked at after each round from 4 pairs on');
  });

  it('stops a benchmark whose statistics never settle when its own time budget is spent', () => {
    const s = measured.sampling['keeps going']!;
    assert.equal(s.stop, 'budget');
    assert.ok(s.spentMs >= 1_500 && s.spentMs < 6_000, `spent ${s.spentMs} ms`);
    assert.ok(
      decided.every((n) => n >= 4),
      `the rule is told how many benchmarks the run compares: ${[...new Set(decided)]}`,
    );
  });

  it('measures benchmarks and files found on one side only, unpaired', () => {
    assert.ok(named(measured.head, 'added in head').samples.length >= 4);
    assert.ok(named(measured.head, 'new file').samples.length >= 4);
    assert.ok(named(measured.base, 'removed file').samples.length >= 4);
    assert.equal(
      measured.base.find((b) => b.name === 'added in head'),
      undefined,
    );
    assert.equal(measured.sampling['new file']!.stop, 'unpaired');
    assert.deepEqual(
      events.filter((e) => e.type === 'file-start').map((e) => e.type === 'file-start' && `${e.file}: ${e.sides.join('+')}`),
      ['benchmarks/fresh.bench.mjs: head', 'benchmarks/gone.bench.mjs: base', 'benchmarks/shared.bench.mjs: base+head'],
    );
  });

  it('records how each warm-up went', () => {
    assert.ok(measured.warmups.length >= 2 * 2 * 3);
    for (const w of measured.warmups) assert.ok(w.ms > 0, `${w.side} ${w.benchmark} p${w.process}`);
  });
});

describe('measureInterleaved on one shard of a suite', () => {
  it("tells the stopping rule the whole suite's size, not the shard's: the merge corrects over every shard's benchmarks", async () => {
    const root = mkdtempSync(join(tmpdir(), 'benchgate-interleave-shard-'));
    try {
      for (const side of ['base', 'head']) {
        write(join(root, side, 'benchmarks', 'a.bench.mjs'), "bench('a1', () => Math.sqrt(2));\nbench('a2', () => Math.sqrt(3));\n");
        write(join(root, side, 'benchmarks', 'b.bench.mjs'), "bench('b1', () => Math.sqrt(5));\nbench('b2', () => Math.sqrt(7));\n");
      }
      const told = new Set<number>();
      const measured = await measureInterleaved({
        base: join(root, 'base'),
        head: join(root, 'head'),
        benchmarks: 'benchmarks',
        selection: new Map([['benchmarks/a.bench.mjs', { kind: 'all' as const }]]),
        processes: 1,
        roundTimeMs: 2,
        warmupMs: 5,
        timeoutMs: 5_000,
        budgetMs: 30_000,
        benchmarkBudgetMs: 1_000,
        minPairs: 2,
        maxPairs: 100,
        statistic: 'median',
        gc: true,
        command: childCommand({ node: process.execPath, gc: true }),
        decide: (logRatios, { benchmarks }): SamplingVerdict => {
          told.add(benchmarks);
          return { state: logRatios.length >= 2 ? 'within' : 'continue' };
        },
      });
      assert.deepEqual(measured.head.map((b) => b.name).sort(), ['a1', 'a2'], 'the shard measures its own file only');
      assert.deepEqual([...told], [4], 'two files of two benchmarks each: the suite has 4');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
