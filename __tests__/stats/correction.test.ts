import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adjustPValues, benjaminiHochberg, holm } from '../../src/stats/correction.ts';
import { seededRandom as random } from '../../src/stats/random.ts';

test('adjusts a textbook set of p-values, keeping the input order', () => {
  const p = [0.04, 0.01, 0.03, 0.05, 0.02];
  assert.deepEqual(
    holm(p).map((v) => Number(v.toFixed(12))),
    [0.09, 0.05, 0.09, 0.09, 0.08],
  );
  assert.deepEqual(
    benjaminiHochberg(p).map((v) => Number(v.toFixed(12))),
    [0.05, 0.05, 0.05, 0.05, 0.05],
  );
  assert.deepEqual(adjustPValues(p, 'none'), p);
});

test('Holm is never less strict than Benjamini-Hochberg, which is never less strict than no correction', () => {
  const rnd = random(1);
  let holmStricter = 0;
  for (let i = 0; i < 200; i++) {
    const p = Array.from({ length: 1 + Math.floor(rnd() * 50) }, () => rnd() ** 4);
    const h = holm(p);
    const b = benjaminiHochberg(p);
    p.forEach((raw, j) => {
      assert.ok(h[j]! >= b[j]! - 1e-15 && b[j]! >= raw - 1e-15, `list ${i}, #${j}`);
      assert.ok(h[j]! <= 1 && b[j]! <= 1);
    });
    if (h.filter((v) => v < 0.05).length < b.filter((v) => v < 0.05).length) holmStricter++;
  }
  assert.ok(holmStricter > 20, `Holm flagged fewer in only ${holmStricter} of 200 lists`);
});

test('adjusted p-values keep the order of the raw p-values', () => {
  const rnd = random(2);
  const p = Array.from({ length: 100 }, () => rnd() ** 3);
  for (const method of ['holm', 'bh'] as const) {
    const adjusted = adjustPValues(p, method);
    const order = p.map((_, i) => i).sort((a, b) => p[a]! - p[b]!);
    for (let i = 1; i < order.length; i++) assert.ok(adjusted[order[i]!]! >= adjusted[order[i - 1]!]!, `${method} at ${i}`);
  }
});

test('one test needs no correction, and none leaves an empty list', () => {
  assert.deepEqual(holm([0.03]), [0.03]);
  assert.deepEqual(benjaminiHochberg([0.03]), [0.03]);
  assert.deepEqual(adjustPValues([], 'holm'), []);
});

test('refuses a p-value outside 0…1, saying which', () => {
  assert.throws(() => adjustPValues([0.1, Number.NaN], 'holm'), /p-value #2 is NaN; expected a number from 0 to 1/);
  assert.throws(() => adjustPValues([1.2], 'bh'), /p-value #1 is 1\.2/);
});
