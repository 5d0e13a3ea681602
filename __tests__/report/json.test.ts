import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COMPARISON_JSON_FORMAT, COMPARISON_JSON_VERSION, renderJson } from '../../src/report/json.ts';
import { bench, comparison, everyVerdict } from '../support/report-helpers.ts';

// The documented shape (docs/report-json.md). Changing these lists means changing the version.
const TOP_KEYS = ['format', 'version', 'suite', 'head', 'baseline', 'options', 'historyRuns', 'counts', 'geomean', 'commonShift', 'benchmarks'];
const RUN_KEYS = ['commit', 'branch', 'time'];
const OPTION_KEYS = ['alpha', 'threshold', 'correction', 'confidence', 'minSamples', 'pairing', 'defaultRunNoise', 'defaultCommonNoise', 'window'];
const COUNT_KEYS = ['regression', 'improvement', 'small-change', 'unchanged', 'inconclusive', 'new', 'missing', 'error'];
const BENCHMARK_KEYS = [
  'name',
  'group',
  'unit',
  'direction',
  'verdict',
  'reason',
  'baseline',
  'head',
  'change',
  'ci',
  'pValue',
  'adjustedP',
  'runNoise',
  'runNoiseSource',
  'reference',
];
const SIDE_KEYS = ['n', 'median', 'cv'];

function keys(value: unknown): string[] {
  assert.ok(value !== null && typeof value === 'object', `expected an object, found ${JSON.stringify(value)}`);
  return Object.keys(value).sort();
}

describe('renderJson', () => {
  it('names its format and version', () => {
    const doc = JSON.parse(renderJson(comparison(everyVerdict())));
    assert.equal(doc.format, 'benchgate/comparison');
    assert.equal(doc.version, 1);
    assert.equal(COMPARISON_JSON_FORMAT, doc.format);
    assert.equal(COMPARISON_JSON_VERSION, doc.version);
  });

  it('has every documented key at every level, and no other', () => {
    const doc = JSON.parse(renderJson(comparison(everyVerdict(), { geomean: { change: 0.02, n: 6 }, commonShift: { change: 0.2, share: 0.9 } })));
    assert.deepEqual(keys(doc), [...TOP_KEYS].sort());
    assert.deepEqual(keys(doc.head), [...RUN_KEYS].sort());
    assert.deepEqual(keys(doc.baseline), [...RUN_KEYS].sort());
    assert.deepEqual(keys(doc.options), [...OPTION_KEYS].sort());
    assert.deepEqual(keys(doc.counts), [...COUNT_KEYS].sort());
    assert.deepEqual(keys(doc.geomean), ['change', 'ci', 'n']);
    assert.deepEqual(keys(doc.commonShift), ['change', 'share']);
    assert.equal(doc.benchmarks.length, 8);
    for (const b of doc.benchmarks) {
      assert.deepEqual(keys(b), [...BENCHMARK_KEYS].sort(), b.name);
      for (const side of [b.baseline, b.head]) {
        if (side !== null) assert.deepEqual(keys(side), [...SIDE_KEYS].sort());
      }
    }
  });

  it('keeps the same keys when values are absent, with null in their place', () => {
    const bare = comparison(
      [
        {
          name: 'new one',
          unit: 'ns',
          direction: 'smaller',
          verdict: 'new',
          reason: 'not in the baseline',
          head: { n: 3, median: 10, cv: 0.1 },
        },
      ],
      { baseline: undefined, head: { ...comparison([]).head, commit: undefined, branch: undefined } },
    );
    const doc = JSON.parse(renderJson(bare));
    assert.deepEqual(keys(doc), [...TOP_KEYS].sort());
    assert.equal(doc.baseline, null);
    assert.equal(doc.geomean, null);
    assert.equal(doc.commonShift, null);
    assert.deepEqual(doc.head, { commit: null, branch: null, time: '2025-01-02T03:04:05.000Z' });
    const [b] = doc.benchmarks;
    assert.deepEqual(keys(b), [...BENCHMARK_KEYS].sort());
    for (const key of ['group', 'baseline', 'change', 'ci', 'pValue', 'adjustedP', 'runNoise', 'runNoiseSource', 'reference']) {
      assert.equal(b[key], null, key);
    }
    assert.deepEqual(doc.counts, { regression: 0, improvement: 0, 'small-change': 0, unchanged: 0, inconclusive: 0, new: 1, missing: 0, error: 0 });
  });

  it('writes numbers that were not computed as null, never NaN', () => {
    const text = renderJson(
      comparison([bench('odd', 'inconclusive', Number.NaN, { pValue: Number.NaN, ci: [Number.NaN, 1], head: { n: 1, median: 5, cv: Number.NaN } })], {
        geomean: { change: Number.POSITIVE_INFINITY, n: 1 },
      }),
    );
    assert.doesNotMatch(text, /NaN|Infinity/);
    const doc = JSON.parse(text);
    assert.equal(doc.benchmarks[0].change, null);
    assert.equal(doc.benchmarks[0].pValue, null);
    assert.equal(doc.benchmarks[0].ci, null);
    assert.equal(doc.benchmarks[0].head.cv, null);
    assert.equal(doc.geomean.change, null);
  });

  it('keeps names exactly as measured: JSON escaping is enough', () => {
    const name = '<script>@octocat | \n\u202E';
    const doc = JSON.parse(renderJson(comparison([bench(name, 'regression', 0.1)])));
    assert.equal(doc.benchmarks[0].name, name);
  });

  it('copies the values it is given', () => {
    const doc = JSON.parse(renderJson(comparison([bench('a', 'regression', 0.3, { ci: [0.25, 0.35], runNoise: 0.04, runNoiseSource: 'history' })])));
    const [b] = doc.benchmarks;
    assert.equal(b.change, 0.3);
    assert.deepEqual(b.ci, [0.25, 0.35]);
    assert.equal(b.adjustedP, 0.0004);
    assert.equal(b.runNoise, 0.04);
    assert.equal(b.runNoiseSource, 'history');
    assert.deepEqual(b.baseline, { n: 30, median: 1_000_000, cv: 0.02 });
    assert.equal(doc.historyRuns, 12);
    assert.equal(doc.options.correction, 'holm');
  });

  it('documents every key in docs/report-json.md', () => {
    const doc = readFileSync(new URL('../../docs/report-json.md', import.meta.url), 'utf8');
    for (const key of [...TOP_KEYS, ...RUN_KEYS, ...OPTION_KEYS, ...COUNT_KEYS, ...BENCHMARK_KEYS, ...SIDE_KEYS, 'share']) {
      assert.ok(doc.includes(`\`${key}\``), `${key} is documented`);
    }
  });
});
