// The faults a proxy injects, and when. A schedule is a list like
//   [{ at: '5s', for: '3s', fault: { latencyMs: 200, jitterMs: 50 } }, { at: '10s', fault: { reset: 0.1 } }]
// where `at` counts from the start of the schedule and a fault without `for` lasts until
// the proxy closes. Checked up front, so a typo fails before any load is sent.
import { UsageError, describe } from '../../errors.ts';
import { parseDuration } from '../duration.ts';

export interface Fault {
  /** Added to every chunk the target sends back, in ms: a request's latency grows by about this much. */
  latencyMs?: number;
  /** Uniform ± spread around latencyMs, in ms (never below zero delay). */
  jitterMs?: number;
  /** Fraction (0–1) of client sends (about one per request) whose connection is reset (the client sees ECONNRESET). */
  reset?: number;
  /** Fraction (0–1) of client sends whose connection goes silent: nothing more passes either way (the client times out). */
  drop?: number;
  /** Bytes per second each direction may carry, shared by all connections (a slow link). */
  bandwidth?: number;
}

export interface ScheduledFault {
  /** When the fault starts: '250ms', '5s', '1m30s', or a number of ms, from the start of the schedule. */
  at: string | number;
  /** How long it lasts; without it, until the proxy closes. */
  for?: string | number;
  fault: Fault;
  /** For reports, e.g. "db latency"; default a description of the fault. */
  name?: string;
}

/** A scheduled fault with its times in ms from the start of the schedule. */
export interface PlannedFault {
  index: number;
  name: string;
  fault: Fault;
  startMs: number;
  /** Absent: until the proxy closes. */
  endMs?: number;
}

const FAULT_FIELDS = ['latencyMs', 'jitterMs', 'reset', 'drop', 'bandwidth'] as const;

export function checkFault(value: unknown, where: string): Fault {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${where}: expected an object such as { latencyMs: 200 } or { reset: 0.1 }, found ${describe(value)}`);
  }
  const fault = value as Record<string, unknown>;
  for (const key of Object.keys(fault)) {
    if (!(FAULT_FIELDS as readonly string[]).includes(key)) {
      throw new UsageError(`${where}.${key}: expected one of ${FAULT_FIELDS.join(', ')}, found an unknown field`);
    }
  }
  const number = (key: string, ok: (x: number) => boolean, expected: string): void => {
    const x = fault[key];
    if (x !== undefined && (typeof x !== 'number' || !Number.isFinite(x) || !ok(x)))
      throw new UsageError(`${where}.${key}: expected ${expected}, found ${describe(x)}`);
  };
  number('latencyMs', (x) => x >= 0, 'a number of milliseconds ≥ 0');
  number('jitterMs', (x) => x >= 0, 'a number of milliseconds ≥ 0');
  number('reset', (x) => x >= 0 && x <= 1, 'a fraction between 0 and 1');
  number('drop', (x) => x >= 0 && x <= 1, 'a fraction between 0 and 1');
  number('bandwidth', (x) => x > 0, 'a number of bytes per second > 0');
  return { ...(fault as Fault) };
}

/** "latency 200±50 ms", "reset 10%", "bandwidth 100 KB/s": what a fault does, in a few words. */
export function describeFault(fault: Fault): string {
  const parts: string[] = [];
  if (fault.latencyMs !== undefined || fault.jitterMs !== undefined) {
    parts.push(`latency ${fault.latencyMs ?? 0}${fault.jitterMs ? `±${fault.jitterMs}` : ''} ms`);
  }
  if (fault.reset !== undefined) parts.push(`reset ${percent(fault.reset)}`);
  if (fault.drop !== undefined) parts.push(`drop ${percent(fault.drop)}`);
  if (fault.bandwidth !== undefined) parts.push(`bandwidth ${bytesPerSecond(fault.bandwidth)}`);
  return parts.length > 0 ? parts.join(', ') : 'no fault';
}

function percent(x: number): string {
  return `${Number((x * 100).toPrecision(3))}%`;
}

function bytesPerSecond(x: number): string {
  if (x >= 1_000_000) return `${Number((x / 1_000_000).toPrecision(3))} MB/s`;
  if (x >= 1_000) return `${Number((x / 1_000).toPrecision(3))} KB/s`;
  return `${x} B/s`;
}

/** Check a schedule and put its times in ms. Throws UsageError naming the entry and field. */
export function planFaults(schedule: unknown, where = 'faults'): PlannedFault[] {
  if (!Array.isArray(schedule)) throw new UsageError(`${where}: expected an array of { at, for?, fault }, found ${describe(schedule)}`);
  return schedule.map((entry, index): PlannedFault => {
    const at = `${where}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new UsageError(`${at}: expected an object { at, for?, fault }, found ${describe(entry)}`);
    }
    const e = entry as Record<string, unknown>;
    if (e.at === undefined) throw new UsageError(`${at}.at: missing; expected when the fault starts, such as "5s"`);
    const startMs = parseDuration(e.at, `${at}.at`);
    const lengthMs = e.for === undefined ? undefined : parseDuration(e.for, `${at}.for`);
    if (lengthMs === 0) throw new UsageError(`${at}.for: expected a duration above zero, found ${describe(e.for)}`);
    const fault = checkFault(e.fault, `${at}.fault`);
    if (e.name !== undefined && (typeof e.name !== 'string' || e.name.trim() === '')) {
      throw new UsageError(`${at}.name: expected a non-empty string, found ${describe(e.name)}`);
    }
    return {
      index,
      name: typeof e.name === 'string' ? e.name : describeFault(fault),
      fault,
      startMs,
      ...(lengthMs !== undefined ? { endMs: startMs + lengthMs } : {}),
    };
  });
}

/** The fault in force when several overlap: later entries override earlier ones field by field. */
export function combineFaults(faults: readonly Fault[]): Fault {
  return Object.assign({}, ...faults) as Fault;
}
