// The statistics on a large suite: 1,000 benchmarks × 30 samples per side.
// Target: under 1 s, intervals and correction included.
import { bench } from 'benchgate';
import { compare } from '../src/compare/compare.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { syntheticRun } from './fixtures.ts';

const head = syntheticRun(1, 1_000, 30, 0.08);
const baseline = syntheticRun(2, 1_000, 30);
const history = Array.from({ length: 20 }, (_, i) => syntheticRun(100 + i, 1_000, 30));
const comparison = compare(head, baseline, history);

bench('compare 1,000 benchmarks × 30 samples, same run', () => compare(head, baseline, [], { pairing: 'same-run' }), { unit: 'ms' });
bench('compare 1,000 benchmarks × 30 samples, 20 history runs', () => compare(head, baseline, history), { unit: 'ms' });
bench('markdown report of 1,000 benchmarks', () => renderMarkdown(comparison), { unit: 'ms' });

// Every benchmark with its own sample counts: each (n1, n2) pair needs its own exact distribution.
const ragged = (seed: number, offset: number, spread: number) => {
  const run = syntheticRun(seed, 1_000, 60);
  run.benchmarks.forEach((b, i) => (b.samples = b.samples.slice(0, offset + (i % spread))));
  return run;
};
const raggedHead = ragged(3, 25, 37);
const raggedBase = ragged(4, 20, 40);
bench('compare 1,000 benchmarks with 1,000 different sample-count pairs, same run', () => compare(raggedHead, raggedBase, [], { pairing: 'same-run' }), {
  unit: 'ms',
});
