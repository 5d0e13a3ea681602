import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_COMPARE_OPTIONS } from '../../src/config/compare-options.ts';
import { defaultConfig, OPTIONS, resolveConfig } from '../../src/config/options.ts';
import { parseDuration, parseFraction, parseName, parseNumber } from '../../src/config/parse.ts';

describe('option values', () => {
  it('reads fractions as 0.05 or 5%', () => {
    assert.equal(parseFraction('--threshold', '5%'), 0.05);
    assert.equal(parseFraction('--threshold', '0.05'), 0.05);
    assert.throws(() => parseFraction('--threshold', '150%'), /--threshold: expected a fraction between 0 and 1 \(such as 0.05 or 5%\), found "150%"/);
  });

  it('reads durations with units', () => {
    assert.equal(parseDuration('--timeout', '250ms'), 250);
    assert.equal(parseDuration('--timeout', '2s'), 2000);
    assert.equal(parseDuration('--timeout', '5m'), 300_000);
    assert.equal(parseDuration('--timeout', 40), 40);
    assert.throws(() => parseDuration('--timeout', 'soon'), /--timeout: expected a duration such as 250ms, 2s or 5m, found "soon"/);
  });

  it('checks whole numbers and their range', () => {
    assert.equal(parseNumber('--samples', '12', { min: 2, integer: true }), 12);
    assert.throws(() => parseNumber('--samples', '1.5', { min: 2, integer: true }), /--samples: expected a whole number of at least 2, found 1.5/);
    assert.throws(() => parseNumber('--samples', '1', { min: 2, integer: true }), /found 1$/);
  });

  it('refuses names that could escape a folder', () => {
    assert.equal(parseName('--suite', 'api-v2'), 'api-v2');
    for (const bad of ['../x', 'a/b', '', '.hidden', 'x'.repeat(65)]) assert.throws(() => parseName('--suite', bad), /--suite: expected a name/);
  });
});

describe('the option table', () => {
  it('layers defaults, then the config file, then flags', () => {
    const config = resolveConfig([
      { values: { threshold: '10%', samples: '20' }, origin: (n) => `file: ${n}` },
      { values: { threshold: '2%' }, origin: (n) => `--${n}` },
    ]);
    assert.equal(config.threshold, 0.02);
    assert.equal(config.samples, 20);
    assert.equal(config.alpha, defaultConfig().alpha);
  });

  it('names the layer an unknown or bad value came from', () => {
    assert.throws(
      () => resolveConfig([{ values: { alpah: '0.1' }, origin: (n) => `benchgate.config.json: ${n}` }]),
      /benchgate\.config\.json: alpah: unknown option \(did you mean 'alpha'\?\)/,
    );
    assert.throws(
      () => resolveConfig([{ values: { correction: 'bonferroni' }, origin: (n) => `--${n}` }]),
      /--correction: expected one of holm, bh, none, found "bonferroni"/,
    );
  });

  it('has the statistics defaults of the comparison itself, so the two cannot drift', () => {
    const config = defaultConfig();
    assert.equal(config.threshold, DEFAULT_COMPARE_OPTIONS.threshold);
    assert.equal(config.alpha, DEFAULT_COMPARE_OPTIONS.alpha);
    assert.equal(config.correction, DEFAULT_COMPARE_OPTIONS.correction);
    assert.equal(config.confidence, DEFAULT_COMPARE_OPTIONS.confidence);
    assert.equal(config.minSamples, DEFAULT_COMPARE_OPTIONS.minSamples);
    assert.equal(config.runNoise, DEFAULT_COMPARE_OPTIONS.defaultRunNoise);
    assert.equal(config.commonNoise, DEFAULT_COMPARE_OPTIONS.defaultCommonNoise);
  });

  it('gives every option a description and a default that its own check accepts', () => {
    for (const option of OPTIONS) {
      assert.ok(option.description.length > 10, option.name);
      if (option.default !== undefined) assert.deepEqual(option.parse(`default of ${option.name}`, option.default as never), option.default, option.name);
    }
  });
});
