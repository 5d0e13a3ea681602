// The load runner: each *.load.* file in its own process, its scenarios one after another with
// setup and teardown, and every failure reported against the scenario or file it belongs to.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runLoadSuite, type LoadSuiteOptions, type LoadSuiteResult } from '../../src/load/runner.ts';
import type { ProgressEvent } from '../../src/measure/micro/events.ts';
import { measure } from '../../src/pipeline.ts';
import { defaultConfig } from '../../src/config/options.ts';
import { findIssues } from '../../src/results/validate.ts';

const cwd = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = '__tests__/fixtures/load';

function run(dir: string, options: LoadSuiteOptions = {}): Promise<LoadSuiteResult> {
  return runLoadSuite({ cwd, dir: `${FIXTURES}/${dir}`, node: process.execPath, ...options });
}

describe('a file of two scenarios with setup and teardown', () => {
  let result: LoadSuiteResult;
  const events: ProgressEvent[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'benchgate-load-'));
  const marks = join(scratch, 'marks.txt');

  before(async () => {
    result = await run('runner', {
      files: [`${FIXTURES}/runner/shop.load.ts`],
      env: { ...process.env, LOAD_FIXTURE_MARKS: marks },
      onEvent: (e) => events.push(e),
    });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs both, in order, named after the file', () => {
    assert.deepEqual(
      result.scenarios.map((s) => [s.group, s.name, s.executor, s.model]),
      [
        [`${FIXTURES}/runner/shop.load.ts`, 'browse', 'constant-arrival-rate', 'open'],
        [`${FIXTURES}/runner/shop.load.ts`, 'checkout', 'constant-vus', 'closed'],
      ],
    );
  });

  it('passes what setup returned to the iterations, and runs teardown with it', () => {
    const browse = result.scenarios[0]!;
    assert.equal(browse.iterations, 120);
    // Every 20th iteration fails on purpose; none fail for lack of setup data.
    assert.deepEqual(browse.errors.byKind, { ECONNREFUSED: 6 });
    assert.equal(readFileSync(marks, 'utf8'), 'teardown browse 3\n');
  });

  it('evaluates the thresholds: the broken one is reported, not thrown', () => {
    assert.deepEqual(
      result.scenarios[0]!.thresholds.map((t) => t.passed),
      [true, true],
    );
    assert.deepEqual(
      result.scenarios[1]!.thresholds.map((t) => [t.expression, t.passed]),
      [['max<0.000001', false]],
    );
  });

  it('gives comparable benchmarks for each scenario, grouped by file', () => {
    const names = result.benchmarks.map((b) => b.name);
    for (const metric of ['p95 latency', 'throughput', 'error rate']) {
      assert.ok(names.includes(`browse › ${metric}`), `browse › ${metric} in ${names}`);
      assert.ok(names.includes(`checkout › ${metric}`), `checkout › ${metric} in ${names}`);
    }
    assert.ok(result.benchmarks.every((b) => b.group === `${FIXTURES}/runner/shop.load.ts` && b.error === undefined));
  });

  it('says where it is as the windows close', () => {
    const rounds = events.filter((e) => e.type === 'round');
    assert.ok(rounds.length >= 3, `${rounds.length} progress events`);
    assert.match(rounds[0]!.type === 'round' ? rounds[0]!.benchmark : '', /^browse · \d+ ms of 600 ms · \d+ iterations$/);
    assert.deepEqual([events[0]!.type, events.at(-1)!.type], ['file-start', 'file-end']);
  });

  it('reports the Node that ran them', () => {
    assert.equal(result.env?.node, process.version);
  });
});

describe('scenarios that cannot run', () => {
  it('reports a failed setup and a bad definition against their scenarios, and runs the rest', async () => {
    const result = await run('runner', { files: [`${FIXTURES}/runner/setup-fails.load.ts`] });
    const byName = Object.fromEntries(result.scenarios.map((s) => [s.name, s]));
    assert.match(byName['needs a database']!.error ?? '', /^setup failed: no database at 127\.0\.0\.1:5432/);
    assert.match(byName['typo in a threshold']!.error ?? '', /scenario "typo in a threshold": thresholds\.latency\[0\]: cannot read "p95 < 10"/);
    assert.equal(byName['still runs']!.error, undefined);
    assert.equal(byName['still runs']!.iterations, 5);
    const failed = result.benchmarks.filter((b) => b.error);
    assert.deepEqual(failed.map((b) => b.name).sort(), ['needs a database › p95 latency', 'typo in a threshold › p95 latency']);
  });

  it('when the process dies mid-scenario, blames that scenario, keeps the ones before, and marks the rest not run', async () => {
    const result = await run('crash');
    const byName = Object.fromEntries(result.scenarios.map((s) => [s.name, s]));
    assert.equal(byName['fine first']!.error, undefined);
    assert.equal(byName['fine first']!.iterations, 10);
    assert.match(
      byName['kills its process']!.error ?? '',
      /the scenario process exited with code 3 while "kills its process" ran; its stderr ended with:\nout of memory, pretending/,
    );
    assert.match(byName['never reached']!.error ?? '', /^not run: "kills its process" ended its process before it/);
  });

  it('reports a file that cannot be loaded, or declares nothing, as a failed benchmark named after it', async () => {
    const result = await run('broken');
    assert.deepEqual(result.scenarios, []);
    assert.deepEqual(
      result.benchmarks.map((b) => [b.name, b.error?.split('\n')[0]]),
      [
        [`${FIXTURES}/broken/empty.load.ts`, "declares no scenarios: call scenario(name, options, fn) from 'benchgate' at the top level of the file"],
        [
          `${FIXTURES}/broken/throws-on-load.load.ts`,
          'could not be loaded: cannot read config.json (at file://' + cwd + `${FIXTURES}/broken/throws-on-load.load.ts:4:7)`,
        ],
      ],
    );
  });

  it('runs only the scenarios the filter matches', async () => {
    const result = await run('runner', { files: [`${FIXTURES}/runner/shop.load.ts`], filter: /^check/ });
    assert.deepEqual(
      result.scenarios.map((s) => s.name),
      ['checkout'],
    );
  });
});

describe('benchgate run', () => {
  it('measures micro-benchmarks and scenarios of one folder into one valid RunResult', async () => {
    const config = { ...defaultConfig(), benchmarks: `${FIXTURES}/mixed`, suite: 'mixed', samples: 2, processes: 1, roundTime: 20, warmup: 20 };
    const result = await measure(config, { cwd, env: { ...process.env, PATH: `${join(process.execPath, '..')}:${process.env.PATH}` } });
    assert.deepEqual(findIssues(JSON.parse(JSON.stringify(result))), []);
    const names = result.benchmarks.map((b) => b.name);
    assert.ok(names.includes('parse small JSON'), `${names}`);
    assert.ok(names.includes('api › p95 latency'), `${names}`);
    assert.deepEqual(
      result.scenarios?.map((s) => [s.name, s.iterations, s.thresholds[0]?.passed]),
      [['api', 50, true]],
    );
  });

  it('runs a folder of scenario files only', async () => {
    const config = { ...defaultConfig(), benchmarks: `${FIXTURES}/runner`, filter: /^still/ };
    const result = await measure(config, { cwd });
    assert.deepEqual(
      result.scenarios?.map((s) => s.name),
      ['still runs'],
    );
  });
});
