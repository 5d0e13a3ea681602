// Multiple-comparison correction: with hundreds of benchmarks, some p-values fall below alpha by
// chance alone. Adjusted p-values can be compared with alpha directly.
//
// holm: step-down Holm-Bonferroni; controls the chance of even one false regression (family-wise).
//   Sorted ascending, adjusted_(i) = max over j ≤ i of min(1, (m − j + 1) · p_(j)).
// bh: step-up Benjamini-Hochberg; controls the expected share of false regressions among those flagged.
//   Sorted ascending, adjusted_(i) = min over j ≥ i of min(1, m / j · p_(j)).
// The running max / min makes both monotone in p, as in R's p.adjust and statsmodels.
/** holm: family-wise error rate; bh: false discovery rate (Benjamini-Hochberg); none: as they are. */
export type Correction = 'holm' | 'bh' | 'none';

/** Adjusted p-values, in the order given. */
export function adjustPValues(pValues: readonly number[], method: Correction): number[] {
  for (const [i, p] of pValues.entries()) {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value #${i + 1} is ${p}; expected a number from 0 to 1`);
  }
  switch (method) {
    case 'holm':
      return holm(pValues);
    case 'bh':
      return benjaminiHochberg(pValues);
    case 'none':
      return [...pValues];
  }
}

export function holm(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach((index, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[index]!));
    adjusted[index] = running;
  });
  return adjusted;
}

export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = ascending(pValues);
  const adjusted = new Array<number>(m);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const index = order[rank]!;
    running = Math.min(running, (m / (rank + 1)) * pValues[index]!);
    adjusted[index] = running;
  }
  return adjusted;
}

/** Indices sorted by p-value; equal p-values keep their order, so results do not depend on the sort. */
function ascending(pValues: readonly number[]): number[] {
  return pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]! || a - b);
}
