// A broken threshold fails the gate like a regression, heads the report, and is listed with its
// scenario and expression escaped; the scenarios' figures are shown, closed-model ones labelled.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compare } from '../../src/compare/compare.ts';
import { gate } from '../../src/gate/gate.ts';
import { renderLoadMarkdown, renderLoadTerminal } from '../../src/report/load.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderTerminal } from '../../src/report/terminal.ts';
import type { RunResult, ScenarioResult } from '../../src/results/model.ts';
import { bench, comparison, HOSTILE_NAMES, tableCells } from '../support/report-helpers.ts';

function scenario(name: string, overrides: Partial<ScenarioResult> = {}): ScenarioResult {
  return {
    name,
    executor: 'constant-arrival-rate',
    model: 'open',
    duration: 10_000,
    iterations: 10_000,
    throughput: 1_000,
    latency: { count: 10_000, min: 0.5, mean: 3, p50: 2, p90: 5, p95: 7.5, p99: 42, p999: 90, max: 101 },
    errors: { count: 10, rate: 0.001, byKind: { ECONNRESET: 10 } },
    dropped: 0,
    schedulerLag: { count: 10_000, min: 0, mean: 0.01, p50: 0.005, p90: 0.01, p95: 0.02, p99: 0.3, p999: 1, max: 2 },
    maxConcurrency: 12,
    thresholds: [
      { metric: 'latency', expression: 'p(95)<5', observed: 7.5, passed: false },
      { metric: 'errors', expression: 'rate<0.01', observed: 0.001, passed: true },
    ],
    windows: [],
    ...overrides,
  };
}

const held = (s: ScenarioResult): ScenarioResult => ({ ...s, thresholds: s.thresholds.map((t) => ({ ...t, passed: true })) });

describe('the gate', () => {
  it('fails with exit 1 on a broken threshold, even with nothing else wrong', () => {
    const outcome = gate(comparison([bench('steady', 'unchanged', 0)], { scenarios: [scenario('checkout')] }), 'regression');
    assert.deepEqual([outcome.failed, outcome.exitCode], [true, 1]);
    assert.equal(outcome.reason, '1 broken threshold found.');
  });

  it('counts broken thresholds beside regressions and failures', () => {
    const c = comparison([bench('a', 'regression', 0.2), bench('b', 'error', 0)], { scenarios: [scenario('x'), scenario('y')] });
    assert.equal(gate(c, 'regression').reason, '1 regression, 1 failed benchmark and 2 broken thresholds found.');
  });

  it('passes when every threshold held, and reports but passes with fail-on never', () => {
    assert.equal(gate(comparison([], { scenarios: [held(scenario('x'))] }), 'regression').exitCode, 0);
    const never = gate(comparison([], { scenarios: [scenario('x')] }), 'never');
    assert.deepEqual([never.failed, never.exitCode], [false, 0]);
    assert.match(never.reason, /1 broken threshold found; not failing/);
  });

  it('sees the thresholds of head through compare(), with or without a baseline', () => {
    const head: RunResult = {
      format: 'benchgate/results',
      version: 1,
      suite: 'load',
      run: { id: 'h', time: '2026-01-31T09:30:00.000Z', tool: 'benchgate', env: { node: 'v24', os: 'linux', arch: 'x64', cpu: 'x', cores: 2 } },
      benchmarks: [{ name: 'checkout › p95 latency', unit: 'ms', direction: 'smaller', samples: [7, 8, 7, 8, 7] }],
      scenarios: [scenario('checkout')],
    };
    assert.equal(gate(compare(head, undefined, []), 'regression').exitCode, 1);
    assert.equal(gate(compare(head, head, []), 'regression').exitCode, 1);
    assert.equal(gate(compare({ ...head, scenarios: [held(scenario('checkout'))] }, head, []), 'regression').exitCode, 0);
  });
});

describe('the markdown report', () => {
  it('heads with the broken thresholds and lists each with its observed value', () => {
    const md = renderMarkdown(comparison([bench('steady', 'unchanged', 0)], { scenarios: [scenario('checkout')] }));
    assert.match(md, /❌ \*\*Thresholds broken\*\*: 1 broken threshold, /);
    assert.match(md, /#### Load scenarios/);
    assert.match(md, /- ❌ \*\*checkout: latency p\\\(95\\\)&lt;5\*\* — observed 7\.50 ms/);
  });

  it('without a baseline too', () => {
    const md = renderMarkdown(comparison([], { baseline: undefined, scenarios: [scenario('checkout')] }));
    assert.match(md, /❌ \*\*Thresholds broken\*\*/);
  });

  it('shows one row of figures per scenario, with lag for the open model', () => {
    const section = renderLoadMarkdown([
      scenario('checkout'),
      held(scenario('browse', { model: 'closed', executor: 'constant-vus', schedulerLag: undefined, maxConcurrency: 50 })),
    ]);
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| :--') && !l.startsWith('| scenario'));
    assert.deepEqual(rows.map(tableCells), [
      ['checkout', 'open', '10000', '1.00k ops/s', '2.00 ms', '7.50 ms', '42.0 ms', '0.1%', '0', '300 µs', '❌ 1 of 2 held'],
      ['browse', 'closed · 50 VUs', '10000', '1.00k ops/s', '2.00 ms', '7.50 ms', '42.0 ms', '0.1%', '0', '—', '✅ 2 of 2 held'],
    ]);
    assert.match(section, /browse: closed model: latency counts from each iteration’s actual start/);
  });

  it('says why a scenario failed or stopped early', () => {
    const section = renderLoadMarkdown([
      scenario('a', { aborted: "threshold latency 'p(95)<5' broke after 3 s" }),
      scenario('b', { error: 'setup failed: no database', latency: undefined, iterations: 0, thresholds: [] }),
    ]);
    assert.match(section, /a stopped early: threshold latency 'p\\\(95\\\)&lt;5' broke after 3 s/);
    assert.match(section, /b failed: setup failed: no database/);
  });

  it('escapes hostile scenario names and expressions: no tag, mention, or broken row gets through', () => {
    const scenarios = HOSTILE_NAMES.map((name, i) =>
      scenario(name, {
        thresholds: [{ metric: 'latency', expression: `p(95)<5 ${HOSTILE_NAMES[(i + 3) % HOSTILE_NAMES.length]}`, observed: 9, passed: false }],
      }),
    );
    const md = renderMarkdown(comparison([], { scenarios }));
    const section = md.slice(md.indexOf('#### Load scenarios'));
    const rows = section.split('\n').filter((l) => l.startsWith('|'));
    assert.equal(rows.length, HOSTILE_NAMES.length + 2);
    for (const row of rows) assert.equal(tableCells(row).length, 11, row);
    assert.doesNotMatch(section.replace(/<\/?(sub|br)>/g, ''), /<[a-z/!]/i);
    assert.doesNotMatch(section, /@(octocat|github)/);
    assert.doesNotMatch(section, /\u202E|\u001B/);
    const items = section.split('\n').filter((l) => l.startsWith('- ❌'));
    assert.equal(items.length, HOSTILE_NAMES.length);
  });
});

describe('the terminal report', () => {
  it('shows the scenarios, the broken thresholds, and no escape sequences from names', () => {
    const text = renderTerminal(
      comparison([bench('steady', 'unchanged', 0)], { scenarios: [scenario('checkout \u001B[31mred'), held(scenario('browse', { model: 'closed' }))] }),
    );
    assert.match(text, /^Thresholds broken: 1 broken threshold/m);
    assert.match(text, /^Load scenarios$/m);
    assert.match(text, /^ {2}x checkout red: latency p\(95\)<5 \(observed 7\.50 ms\)$/m);
    assert.match(text, /Note: browse: closed model/);
    assert.doesNotMatch(text, /\u001B/);
    assert.equal(renderLoadTerminal(undefined), '');
  });
});
