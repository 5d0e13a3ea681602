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
