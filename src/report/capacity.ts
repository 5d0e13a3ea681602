// The capacity section of a report: what the stress, memory and soak scenarios found, and what
// to do about it in plain words. It reads the scenarios' `capacity`, `memory` and `soak` blocks,
// which a results file may carry in any shape: every field is checked before it is used, and
// every text that came from the file is escaped.
import type { ScenarioBlock, ScenarioResult } from '../results/model.ts';
import { escapeMarkdown, sanitizeTerminal, truncate } from './escape.ts';
import { formatValue } from './format.ts';

const MAX_NAME = 120;
const MAX_REASON = 240;
/** More scenarios with capacity figures than this and the rest are counted, not shown. */
const MAX_SCENARIOS = 20;

/** Keep this share of the sustainable rate as the planning limit: room for bursts and slow days. */
export const HEADROOM = 0.8;
/** Contention above this is worth naming: at 5% the ceiling is already 20 units' worth. */
const NOTABLE_CONTENTION = 0.05;

interface Line {
  /** Our own words, never from the file. */
  label: string;
  /** Plain text; may hold names and reasons from the file, escaped when rendered. */
  text: string;
}

interface Section {
  name: string;
  kind: 'stress' | 'memory' | 'soak';
  lines: Line[];
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => truncate(v, MAX_REASON)) : [];
}

function block(value: ScenarioBlock | undefined): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function rate(value: number): string {
  return formatValue(value, 'ops/s');
}

function bytes(value: number, unit = 'B'): string {
  const shown = formatValue(Math.abs(value), unit);
  return value < 0 ? `−${shown}` : shown;
}

/** "45 s", "5 min", "2.5 h": a soak's length as people say it. */
function duration(ms: number): string {
  if (ms < 120_000) return `${Number((ms / 1_000).toPrecision(3))} s`;
  if (ms < 7_200_000) return `${Number((ms / 60_000).toPrecision(3))} min`;
  return `${Number((ms / 3_600_000).toPrecision(3))} h`;
}

function percent(value: number): string {
  const p = value * 100;
  return `${p === 0 ? '0' : Number(p.toPrecision(2))}%`;
}

interface Usl {
  sigma: number;
  kappa: number;
  lambda: number;
  peakConcurrency?: number;
  peakThroughput?: number;
  rSquared?: number;
  warnings: string[];
}

function readUsl(value: unknown): Usl | undefined {
  const u = block(value as ScenarioBlock | undefined);
  if (!u) return undefined;
  const sigma = num(u.sigma);
  const kappa = num(u.kappa);
  const lambda = num(u.lambda);
  if (sigma === undefined || kappa === undefined || lambda === undefined) return undefined;
  const peakConcurrency = num(u.peakConcurrency);
  const peakThroughput = num(u.peakThroughput);
  const rSquared = num(u.rSquared);
  return {
    sigma,
    kappa,
    lambda,
    ...(peakConcurrency !== undefined ? { peakConcurrency } : {}),
    ...(peakThroughput !== undefined ? { peakThroughput } : {}),
    ...(rSquared !== undefined ? { rSquared } : {}),
    warnings: texts(u.warnings),
  };
}

/**
 * What the Universal Scalability Law says to do, when its fit can be trusted. `declineSeen`: a
 * step beyond the peak really did complete less; otherwise the fall is only the curve's guess.
 */
function uslAdvice(usl: Usl, declineSeen: boolean): string[] {
  if (usl.warnings.length > 0) return ['The scalability fit is not reliable enough to plan on (see the warnings); measure more steps before relying on it.'];
  const advice: string[] = [];
  if (usl.kappa > 0 && usl.peakConcurrency !== undefined) {
    const beyond = declineSeen ? 'and falls beyond it (coherency cost)' : 'and gains nothing beyond it';
    advice.push(
      `Throughput peaks at about ${Math.round(usl.peakConcurrency)} operations in flight ${beyond}: cap concurrency near that (connection pool, worker count) rather than adding more.`,
    );
  }
  if (usl.sigma >= NOTABLE_CONTENTION) {
    advice.push(
      `About ${percent(usl.sigma)} of the work is serialised (contention): more concurrency gives at most ${Number((1 / usl.sigma).toPrecision(2))}× one unit's throughput; look for a lock, a single connection or a single-threaded stage.`,
    );
  }
  if (advice.length === 0)
    advice.push('Throughput grows almost linearly with concurrency over what was measured: more workers or instances should add capacity.');
  return advice;
}

/** Did a measured step past the fitted peak complete clearly less than the peak? */
function declineSeen(steps: unknown, usl: Usl): boolean {
  if (!Array.isArray(steps) || usl.peakConcurrency === undefined || usl.peakThroughput === undefined) return false;
  const peak = usl.peakThroughput;
  const at = usl.peakConcurrency;
  return steps.some((step) => {
    const s = block(step as ScenarioBlock | undefined);
    const inFlight = num(s?.inFlight);
    const throughput = num(s?.throughput);
    return inFlight !== undefined && throughput !== undefined && inFlight > at && throughput < peak * 0.9;
  });
}

function stressSection(s: ScenarioResult, c: Record<string, unknown>): Line[] {
  const lines: Line[] = [];
  const sustainable = num(c.sustainableRate);
  const breaking = num(c.breakingRate);
  const knee = num(c.kneeConcurrency);
  const maxThroughput = num(c.maxThroughput);
  const steps = Array.isArray(c.steps) ? c.steps.length : undefined;
  const firstRate = Array.isArray(c.steps) ? num((c.steps[0] as { rate?: unknown } | undefined)?.rate) : undefined;
  const reasons = texts(c.breakingReasons);

  if (breaking !== undefined) {
    lines.push({ label: 'Breaking point', text: `${rate(breaking)}${reasons.length > 0 ? ` — ${reasons.join('; ')}` : ''}` });
  } else if (c.stoppedBy === 'max-rate' && sustainable !== undefined) {
    lines.push({ label: 'Breaking point', text: `not reached: still within every limit at ${rate(sustainable)}, the most it was asked to offer` });
  } else {
    lines.push({ label: 'Breaking point', text: 'not found before the search stopped' });
  }

  if (sustainable !== undefined) {
    const at: string[] = [];
    if (s.latency) at.push(`p95 ${formatValue(s.latency.p95, 'ms')}`);
    if (s.iterations > 0) at.push(`${percent(s.errors.rate)} errors`);
    const held = s.thresholds.length > 0 ? `every threshold held${at.length > 0 ? ': ' : ''}` : '';
    const figures = at.length > 0 || held ? ` (${held}${at.join(', ')})` : '';
    const inFlight = knee !== undefined ? `, about ${Number(knee.toPrecision(2))} in flight (Little's law)` : '';
    lines.push({ label: 'Sustainable rate', text: `${rate(sustainable)}${figures}${inFlight}` });
  } else {
    lines.push({ label: 'Sustainable rate', text: `none: even the first rate${firstRate !== undefined ? `, ${rate(firstRate)},` : ''} broke a limit` });
  }
  if (maxThroughput !== undefined && maxThroughput > 0) {
    lines.push({ label: 'Most completed', text: `${rate(maxThroughput)}${steps !== undefined ? ` over ${steps} steps` : ''}` });
  }

  const usl = readUsl(c.usl);
  if (usl) {
    const fit = usl.rSquared !== undefined ? `, R² ${usl.rSquared.toFixed(2)}` : '';
    const params = `σ ${Number(usl.sigma.toPrecision(2))}, κ ${Number(usl.kappa.toPrecision(2))}${fit}`;
    const peak =
      usl.peakConcurrency !== undefined && usl.peakThroughput !== undefined
        ? `peak ${rate(usl.peakThroughput)} at ${Number(usl.peakConcurrency.toPrecision(2))} in flight`
        : usl.peakThroughput !== undefined
          ? `no peak, a ceiling of ${rate(usl.peakThroughput)}`
          : 'no limit in sight';
    lines.push({ label: 'USL', text: `${peak} (${params})` });
    for (const warning of usl.warnings) lines.push({ label: 'Warning', text: warning });
  }

  const advice: string[] = [];
  if (sustainable !== undefined && breaking !== undefined) {
    advice.push(`Plan for at most ${rate(sustainable * HEADROOM)} (${percent(HEADROOM)} of the sustainable rate) to keep headroom for bursts.`);
  } else if (sustainable !== undefined) {
    advice.push(`The limit is above ${rate(sustainable)}: raise maxRate to find it.`);
  } else {
    advice.push('Start lower (startRate) or look at the errors of the first step.');
  }
  if (knee !== undefined && sustainable !== undefined) {
    advice.push(`Size pools (database connections, workers) for at least ${Math.ceil(knee)} operations in flight.`);
  }
  if (usl) advice.push(...uslAdvice(usl, declineSeen(c.steps, usl)));
  lines.push({ label: 'Advice', text: advice.join(' ') });
  return lines;
}

function memorySection(m: Record<string, unknown>, sustainable: { rate: number; scenario: string } | undefined): Line[] {
  const lines: Line[] = [];
  const growth = num(m.growthPerOp);
  const ci = Array.isArray(m.ci) ? m.ci.map(num) : [];
  const threshold = num(m.threshold);
  const verdict = m.verdict === 'leak' || m.verdict === 'no-leak' || m.verdict === 'inconclusive' ? m.verdict : undefined;
  if (growth !== undefined) {
    const interval = ci[0] !== undefined && ci[1] !== undefined ? ` [${bytes(ci[0], 'B/op')} to ${bytes(ci[1], 'B/op')}]` : '';
    const word = verdict === 'leak' ? 'a leak' : verdict === 'no-leak' ? 'no leak' : verdict === 'inconclusive' ? 'not clear either way' : undefined;
    const against = threshold !== undefined ? ` against a threshold of ${bytes(threshold, 'B/op')}` : '';
    lines.push({ label: 'Memory per operation', text: `${bytes(growth, 'B/op')}${interval}${word ? ` — ${word}${against}` : ''}` });
  }
  const peakHeap = num(m.peakHeap);
  const peakRss = num(m.peakRss);
  const peaks = [peakHeap !== undefined ? `heap ${bytes(peakHeap)}` : '', peakRss !== undefined ? `RSS ${bytes(peakRss)}` : ''].filter(Boolean);
  if (peaks.length > 0) lines.push({ label: 'Peak', text: peaks.join(', ') });
  if (verdict === 'leak' && growth !== undefined) {
    const hourly =
      sustainable !== undefined
        ? ` At the sustainable rate ${sustainable.scenario} found, ${rate(sustainable.rate)}, that is ${bytes(growth * sustainable.rate * 3_600)} an hour.`
        : '';
    lines.push({
      label: 'Advice',
      text: `Every operation leaves about ${bytes(growth)} behind: ${bytes(growth * 1e6)} per million operations.${hourly} Look for what keeps a reference per call: a cache without a bound, listeners added and never removed, closures held in a list.`,
    });
  }
  return lines;
}

function soakSection(s: ScenarioResult, k: Record<string, unknown>): Line[] {
  const verdict = k.verdict === 'drift' || k.verdict === 'stable' || k.verdict === 'inconclusive' ? k.verdict : undefined;
  const reasons = texts(k.reasons);
  const length = s.duration > 0 ? ` over ${duration(s.duration)}` : '';
  const lines: Line[] = [];
  if (verdict === 'stable') lines.push({ label: 'Soak', text: `stable${length}: neither latency nor memory drifted` });
  else if (verdict === 'drift') lines.push({ label: 'Soak', text: `drift${length}` });
  else if (verdict === 'inconclusive') lines.push({ label: 'Soak', text: `inconclusive${length}` });
  for (const reason of reasons) lines.push({ label: verdict === 'drift' ? 'Drift' : 'Why', text: reason });
  if (verdict === 'drift') {
    lines.push({
      label: 'Advice',
      text: 'A target that gets slower or bigger the longer it runs will fail in production on a timescale the tests do not reach: look for growing queues, caches, connection churn or fragmentation.',
    });
  }
  return lines;
}

function sections(scenarios: readonly ScenarioResult[]): Section[] {
  // A leak is easier to picture at the rate the target can take, when the same run found it.
  const found = scenarios.find((s) => s.error === undefined && num(block(s.capacity)?.sustainableRate) !== undefined);
  const sustainable = found ? { rate: num(block(found.capacity)?.sustainableRate)!, scenario: truncate(found.name, MAX_NAME) } : undefined;
  const out: Section[] = [];
  for (const s of scenarios) {
    if (s.error !== undefined) continue;
    const name = truncate(s.group ? `${s.group} › ${s.name}` : s.name, MAX_NAME);
    const capacity = block(s.capacity);
    const memory = block(s.memory);
    const soak = block(s.soak);
    if (capacity) out.push({ name, kind: 'stress', lines: stressSection(s, capacity) });
    if (memory) out.push({ name, kind: 'memory', lines: memorySection(memory, sustainable) });
    if (soak) out.push({ name, kind: 'soak', lines: soakSection(s, soak) });
  }
  return out.filter((section) => section.lines.length > 0);
}

/**
 * The markdown capacity section: per stress, memory and soak scenario, its findings and advice;
 * '' when the run has none. Names and reasons from the results are escaped.
 */
export function renderCapacityMarkdown(scenarios: readonly ScenarioResult[] | undefined): string {
  const all = sections(scenarios ?? []);
  if (all.length === 0) return '';
  const blocks = ['#### Capacity'];
  for (const section of all.slice(0, MAX_SCENARIOS)) {
    const items = section.lines.map((line) => `- **${line.label}:** ${escapeMarkdown(line.text)}`);
    blocks.push(`**${escapeMarkdown(section.name)}** (${section.kind})\n${items.join('\n')}`);
  }
  if (all.length > MAX_SCENARIOS) blocks.push(`_${all.length - MAX_SCENARIOS} more not shown._`);
  return blocks.join('\n\n');
}

/** The same for a terminal: plain lines, control characters removed. */
export function renderCapacityTerminal(scenarios: readonly ScenarioResult[] | undefined): string {
  const all = sections(scenarios ?? []);
  if (all.length === 0) return '';
  const lines = ['Capacity'];
  for (const section of all.slice(0, MAX_SCENARIOS)) {
    lines.push(`  ${sanitizeTerminal(section.name)} (${section.kind})`);
    for (const line of section.lines) lines.push(`    ${line.label}: ${sanitizeTerminal(line.text)}`);
  }
  if (all.length > MAX_SCENARIOS) lines.push(`  ${all.length - MAX_SCENARIOS} more not shown.`);
  return lines.join('\n');
}
