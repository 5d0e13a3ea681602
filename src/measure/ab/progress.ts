// Progress of an interleaved run for people: a line when a file starts, when a benchmark's
// sampling stops and why, and for each failure. Plain lines: they read the same in a terminal and a CI log.
import type { InterleaveEvent } from './interleave.ts';

export function interleaveProgress(write: (text: string) => void): (event: InterleaveEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'file-start':
        write(`${event.file}: warming up ${event.sides.join(' and ')}…\n`);
        return;
      case 'stopped': {
        const s = event.sampling;
        const change = s.last?.change !== undefined ? ` ${signed(s.last.change)}` : '';
        const interval = s.last?.interval ? ` (${signed(s.last.interval[0])} to ${signed(s.last.interval[1])})` : '';
        write(`  ${event.benchmark}: ${STOP_WORDS[s.stop]} after ${s.pairs} pairs${change}${interval}\n`);
        return;
      }
      case 'error':
        write(`  ${event.benchmark} failed in ${event.side}: ${event.message.split('\n', 1)[0]}\n`);
        return;
      case 'warmup':
      case 'round':
      case 'file-end':
        return;
    }
  };
}

const STOP_WORDS = {
  beyond: 'decided, beyond the threshold,',
  within: 'decided, within the threshold,',
  budget: 'its time budget ran out',
  'total-budget': "the run's time budget ran out",
  'max-pairs': 'pair limit reached',
  failed: 'stopped',
  unpaired: 'measured on one side',
} as const;

function signed(x: number): string {
  const v = x * 100;
  return `${v >= 0 ? '+' : '-'}${Math.abs(v).toFixed(Math.abs(v) < 1 ? 2 : 1)}%`;
}
