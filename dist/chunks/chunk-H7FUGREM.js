import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/results/summary.ts
function summarize(samples) {
  const n = samples.length;
  if (n === 0) throw new RangeError("summarize: no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  let sum = 0;
  for (const x of sorted) sum += x;
  const mean = sum / n;
  let squares = 0;
  for (const x of sorted) squares += (x - mean) ** 2;
  const stddev = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
  const middle = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    n,
    median,
    mean,
    min: sorted[0],
    max: sorted[n - 1],
    stddev,
    cv: mean !== 0 ? stddev / Math.abs(mean) : 0
  };
}

export {
  summarize
};
