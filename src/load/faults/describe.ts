// One plain-text line per fault of a scenario's `faults` block, for the report:
//   flaky link (reset 50%) from 1.5 s for 1 s: error rate 48% (before: 0%), p95 3.1 ms (before: 1.2 ms); back to normal 0.5 s after it ended
// The block comes from a results file, so it is read defensively: anything missing is left
// out of the line rather than trusted. The text is not escaped; the renderer escapes it.
import { formatDuration } from '../duration.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function percent(rate: number): string {
  const p = rate * 100;
  if (p === 0) return '0%';
  if (p < 0.1) return '<0.1%';
  return `${Number(p.toPrecision(p < 10 ? 2 : 3))}%`;
}

function ms(x: number): string {
  return x < 10 ? `${Number(x.toPrecision(2))} ms` : `${Math.round(x)} ms`;
}

function figures(during: Json, before: Json | undefined): string[] {
  const parts: string[] = [];
  const rate = num(during.errorRate);
  const baseRate = before ? num(before.errorRate) : undefined;
  if (rate !== undefined) parts.push(`error rate ${percent(rate)}${baseRate !== undefined ? ` (before: ${percent(baseRate)})` : ''}`);
  const p95 = num(during.p95);
  const baseP95 = before ? num(before.p95) : undefined;
  if (p95 !== undefined) parts.push(`p95 ${ms(p95)}${baseP95 !== undefined ? ` (before: ${ms(baseP95)})` : ''}`);
  if (rate === undefined && num(during.iterations) === 0) parts.push('no request finished');
  return parts;
}

/** What each fault did, one line per fault; empty for a block that is not a faults block. */
export function describeFaultsBlock(block: unknown): string[] {
  if (!isObject(block) || !Array.isArray(block.faults)) return [];
  return block.faults.filter(isObject).map((f) => {
    const name = typeof f.name === 'string' ? f.name : 'fault';
    const what = typeof f.description === 'string' && f.description !== name ? ` (${f.description})` : '';
    const start = num(f.start);
    const end = num(f.end);
    const when =
      start === undefined ? '' : end === undefined ? ` from ${formatDuration(start)} on` : ` from ${formatDuration(start)} for ${formatDuration(end - start)}`;
    const during = isObject(f.during) ? figures(f.during, isObject(f.baseline) ? f.baseline : undefined) : [];
    const recovery = num(f.recoveryMs);
    const after =
      f.recovered === true && recovery !== undefined
        ? recovery === 0
          ? 'back to normal in the first window after it ended'
          : `back to normal ${formatDuration(recovery)} after it ended`
        : typeof f.note === 'string'
          ? f.note
          : 'no recovery time';
    return `${name}${what}${when}: ${during.length > 0 ? `${during.join(', ')}; ` : ''}${after}`;
  });
}
