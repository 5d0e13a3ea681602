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
