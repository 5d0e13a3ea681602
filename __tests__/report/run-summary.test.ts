import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BenchmarkResult, RunResult } from '../../src/results/model.ts';
import { renderRunSummary } from '../../src/report/run-summary.ts';
import { run } from '../support/report-helpers.ts';

function result(benchmarks: BenchmarkResult[]): RunResult {
  return { format: 'benchgate/results', version: 1, suite: 'core', run: run(), benchmarks };
}

describe('renderRunSummary', () => {
  const text = renderRunSummary(
    result([
      { name: 'fib 20', unit: 'ns', direction: 'smaller', samples: [1000, 1100, 1060, 990] },
      { name: 'broken', unit: 'ns', direction: 'smaller', samples: [], error: 'threw\nRangeError' },
      { name: 'requests', unit: 'ops/s', direction: 'bigger', samples: [120_000, 130_000, 125_000] },
    ]),
  );
  const lines = text.trimEnd().split('\n');

  it('names the suite, commit and branch, and counts what was measured and what failed', () => {
    assert.equal(lines[0], 'core at 0123456 (main): 2 benchmarks measured, 1 failed');
  });

  it('computes the median from the samples and scales it', () => {
    assert.match(text, /^fib 20 +1\.03 µs +±5% +n=4$/m);
    assert.match(text, /^requests +125k ops\/s +±4% +n=3$/m);
  });

  it('shows a failure on one line with its message', () => {
    assert.match(text, /^broken +error: threw RangeError$/m);
  });

  it('right-aligns the medians', () => {
    const rows = lines.filter((line) => /n=\d/.test(line));
    const ends = rows.map((line) => line.search(/ {2}±/));
    assert.equal(new Set(ends).size, 1, rows.join('\n'));
  });

  it('strips escape sequences from names and messages', () => {
    const out = renderRunSummary(
      result([{ name: '\u001B[2Jwipe\u001B]0;title\u0007', unit: 'ns', direction: 'smaller', samples: [], error: '\u001B[31mred' }]),
    );
    assert.doesNotMatch(out, /\u001B|\u0007/);
    assert.match(out, /^wipe +error: red$/m);
  });
});

describe('renderRunSummary of counted instructions', () => {
  const counted = (benchmarks: BenchmarkResult[], node = 'v24.21.0'): RunResult => ({
    ...result(benchmarks),
    run: run({ measure: 'instructions', env: { node, os: 'linux 6.1.0', arch: 'x64', cpu: 'test cpu', cores: 2 } }),
  });
  const same: BenchmarkResult = { name: 'parse', unit: 'instructions', direction: 'smaller', samples: [601_192, 601_192], processes: [0, 1] };
  const apart: BenchmarkResult = { name: 'map churn', unit: 'instructions', direction: 'smaller', samples: [7_994_786, 7_995_071], processes: [0, 1] };

  it('says what was counted, on which Node, in how many processes', () => {
    assert.match(
      renderRunSummary(counted([same])),
      /^Instructions per operation, counted under valgrind on Node v24\.21\.0: one batch per benchmark in each of 2 processes\.$/m,
    );
  });

  it('shows how far apart the processes are instead of a rounded ±0%', () => {
    const text = renderRunSummary(
      counted([
        { ...same, samples: [...same.samples] },
        { ...apart, samples: [...apart.samples] },
      ]),
    );
    assert.match(text, /^parse +601k instructions +same +n=2$/m);
    assert.match(text, /^map churn +7\.99M instructions +0\.0036% apart +n=2$/m);
    assert.match(text, /^The processes agree exactly on 1 of 2 benchmarks; the widest spread is 0\.0036% \(map churn\)\.$/m);
  });

  it('says all agree when they do, and what counts miss', () => {
    const text = renderRunSummary(counted([same]));
    assert.match(text, /^The processes agree exactly on all 1 benchmark\.$/m);
    assert.match(text, /^Counts are CPU work only: time spent waiting on I\/O, timers and locks is not in them, nor are cache and memory effects;/m);
  });

  it('says nothing of counts for a timed run', () => {
    assert.doesNotMatch(renderRunSummary(result([{ name: 'fib', unit: 'ns', direction: 'smaller', samples: [1, 2] }])), /valgrind|Counts are/);
  });
});
