import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatChange, formatInterval, formatLevel, formatPValue, formatSpread, formatValue, significant } from '../../src/report/format.ts';

describe('formatValue', () => {
  it('scales nanoseconds up to the readable time unit', () => {
    assert.equal(formatValue(12.345, 'ns'), '12.3 ns');
    assert.equal(formatValue(1234, 'ns'), '1.23 µs');
    assert.equal(formatValue(1_234_567, 'ns'), '1.23 ms');
    assert.equal(formatValue(2_500_000_000, 'ns'), '2.50 s');
  });

  it('keeps a per-operation suffix while scaling', () => {
    assert.equal(formatValue(1_234_567, 'ns/op'), '1.23 ms/op');
    assert.equal(formatValue(0.5, 'ms/iter'), '500 µs/iter');
  });

  it('scales from milliseconds and seconds too', () => {
    assert.equal(formatValue(0.0005, 'ms'), '500 ns');
    assert.equal(formatValue(1500, 'ms'), '1.50 s');
    assert.equal(formatValue(0.25, 's'), '250 ms');
    assert.equal(formatValue(3.2, 'us'), '3.20 µs');
  });

  it('stays in seconds for long durations', () => {
    assert.equal(formatValue(12_345, 's'), '12345 s');
  });

  it('moves to the next unit when rounding reaches 1000', () => {
    assert.equal(formatValue(999.96, 'ns'), '1.00 µs');
  });

  it('scales sizes in binary units', () => {
    assert.equal(formatValue(512, 'bytes'), '512 B');
    assert.equal(formatValue(2048, 'B'), '2.00 KiB');
    assert.equal(formatValue(5 * 1024 ** 2, 'bytes/op'), '5.00 MiB/op');
    assert.equal(formatValue(1.5, 'GiB'), '1.50 GiB');
  });

  it('shows other units with three significant figures and an SI prefix', () => {
    assert.equal(formatValue(1_234_567, 'ops/s'), '1.23M ops/s');
    assert.equal(formatValue(42.42, 'req/s'), '42.4 req/s');
    assert.equal(formatValue(0.5, 'ratio'), '0.500 ratio');
    assert.equal(formatValue(7, ''), '7.00');
  });

  it('does not mistake throughput or megabits for times or bytes', () => {
    assert.equal(formatValue(2000, 'ops/s'), '2.00k ops/s');
    assert.equal(formatValue(2000, 'Mb'), '2.00k Mb');
  });

  it('says n/a for numbers that are not finite', () => {
    assert.equal(formatValue(Number.NaN, 'ns'), 'n/a');
    assert.equal(formatValue(Number.POSITIVE_INFINITY, 'ops/s'), 'n/a');
  });
});

describe('significant', () => {
  it('gives three figures without an exponent for everyday magnitudes', () => {
    assert.equal(significant(1.2), '1.20');
    assert.equal(significant(12.34), '12.3');
    assert.equal(significant(123.4), '123');
    assert.equal(significant(0.01234), '0.0123');
    assert.equal(significant(0), '0');
  });
});

describe('formatChange', () => {
  it('signs changes with a plus or a true minus sign', () => {
    assert.equal(formatChange(0.123), '+12.3%');
    assert.equal(formatChange(-0.041), '\u22124.1%');
  });

  it('shows no sign when the change rounds to zero', () => {
    assert.equal(formatChange(0), '0.0%');
    assert.equal(formatChange(-0.0001), '0.0%');
  });

  it('drops the decimal for changes of 1000% and more', () => {
    assert.equal(formatChange(12.5), '+1250%');
  });
});

describe('formatInterval', () => {
  it('shows both ends as signed percentages', () => {
    assert.equal(formatInterval([0.081, 0.16]), '[+8.1%, +16.0%]');
    assert.equal(formatInterval([-0.05, 0.02]), '[\u22125.0%, +2.0%]');
  });
});

describe('formatPValue', () => {
  it('shows three decimals and a floor of <0.001', () => {
    assert.equal(formatPValue(0.032), '0.032');
    assert.equal(formatPValue(0.0004), '<0.001');
    assert.equal(formatPValue(0.5), '0.500');
    assert.equal(formatPValue(1.2), '1.000');
  });
});

describe('formatSpread and formatLevel', () => {
  it('shows within-run spread as whole percents, with a decimal below 1%', () => {
    assert.equal(formatSpread(0.023), '±2%');
    assert.equal(formatSpread(0.004), '±0.4%');
  });

  it('shows levels without trailing zeros', () => {
    assert.equal(formatLevel(0.95), '95%');
    assert.equal(formatLevel(0.995), '99.5%');
    assert.equal(formatLevel(0.05), '5%');
  });
});
