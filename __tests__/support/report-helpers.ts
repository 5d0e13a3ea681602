// Hand-built comparisons for the report tests: report/ reads only the types, not compare().
import { zeroCounts, type BenchmarkComparison, type Comparison, type Verdict } from '../../src/compare/types.ts';
import type { RunMeta } from '../../src/results/model.ts';

export const HOSTILE_NAMES = [
  'pipe | breaks | table',
  'new\nline',
  'carriage\r\nreturn',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</details><details open>',
  '</td></tr></table>',
  '@octocat',
  'ping @github/security now',
  '[click](https://evil.example)',
  '![x](https://evil.example/x.png)',
  '<https://evil.example>',
  'see https://evil.example/path and www.evil.example',
  'mail me: a@evil.example',
  '`code` and ``more``',
  '&lt;script&gt; and &#60;b&#62;',
  'fixes #123 and GH-7 and owner/repo#9',
  'abc\u202Eevil\u202Cdef',
  '\u001B[31mred\u001B[0m \u001B]8;;https://evil.example\u0007link\u001B]8;;\u0007',
  '**bold** _it_ ~~gone~~ $x^2$ :tada:',
  'trailing backslash \\',
  'escaped pipe \\| here',
  '> quote\n# heading\n- item',
];

export function run(overrides: Partial<RunMeta> = {}): RunMeta {
  return {
    id: 'run-1',
    commit: '0123456789abcdef0123456789abcdef01234567',
    branch: 'main',
    time: '2025-01-02T03:04:05.000Z',
    tool: 'benchgate',
    env: { node: 'v24.21.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'test cpu', cores: 2 },
    ...overrides,
  };
}

/** A benchmark compared on both sides, with `change` as given and numbers to match. */
export function bench(name: string, verdict: Verdict, change: number, extra: Partial<BenchmarkComparison> = {}): BenchmarkComparison {
  const median = 1_000_000;
  return {
    name,
    unit: 'ns',
    direction: 'smaller',
    verdict,
    reason: `${verdict} by test`,
    baseline: { n: 30, median, cv: 0.02 },
    head: { n: 30, median: median * (1 + change), cv: 0.03 },
    change,
    ci: [change - 0.02, change + 0.02],
    pValue: verdict === 'unchanged' ? 0.4 : 0.0001,
    adjustedP: verdict === 'unchanged' ? 0.8 : 0.0004,
    ...extra,
  };
}

export function countsOf(benchmarks: readonly BenchmarkComparison[]): Record<Verdict, number> {
  const counts = zeroCounts();
  for (const b of benchmarks) counts[b.verdict] += 1;
  return counts;
}

export function comparison(benchmarks: BenchmarkComparison[], overrides: Partial<Comparison> = {}): Comparison {
  return {
    suite: 'core',
    head: run({ id: 'head', commit: 'aaaaaaa111111111111111111111111111111111', branch: 'feature/x' }),
    baseline: run({ id: 'base', commit: 'bbbbbbb222222222222222222222222222222222', branch: 'main' }),
    options: {
      alpha: 0.05,
      threshold: 0.05,
      correction: 'holm',
      confidence: 0.95,
      minSamples: 5,
      pairing: 'separate-runs',
      defaultRunNoise: 0.03,
      defaultCommonNoise: 0.25,
      window: 20,
    },
    benchmarks,
    counts: countsOf(benchmarks),
    historyRuns: 12,
    ...overrides,
  };
}

/** One of each verdict, in a deliberately unhelpful order. */
export function everyVerdict(): BenchmarkComparison[] {
  return [
    bench('steady', 'unchanged', 0.01),
    bench('missing one', 'missing', 0, { head: undefined, change: undefined, ci: undefined, pValue: undefined, adjustedP: undefined }),
    bench('small slowdown', 'regression', 0.08),
    bench('new one', 'new', 0, { baseline: undefined, change: undefined, ci: undefined, pValue: undefined, adjustedP: undefined }),
    bench('faster', 'improvement', -0.2),
    bench('broken', 'error', 0, {
      head: undefined,
      change: undefined,
      ci: undefined,
      pValue: undefined,
      adjustedP: undefined,
      reason: 'threw TypeError: x is not a function',
    }),
    bench('noisy', 'inconclusive', 0.1, { reason: 'only 3 samples on the baseline side' }),
    bench('big slowdown', 'regression', 0.3),
  ];
}

/**
 * Cells of one GFM table row, split only at pipes a table parser would split at: those not
 * preceded by an odd number of backslashes. Outer pipes are dropped.
 */
export function tableCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let backslashes = 0;
  for (const ch of line) {
    if (ch === '|' && backslashes % 2 === 0) {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
    backslashes = ch === '\\' ? backslashes + 1 : 0;
  }
  cells.push(current);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.at(-1)?.trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}
