// Workloads for the accuracy evaluation: five kinds of work at four durations (about 0.5 µs to
// 0.5 ms per call). BENCHGATE_EVAL_SLOWDOWN ({"name": 0.05, ...}) injects a calibrated slowdown:
// every workload's cost is linear in its iteration count k, so k × (1 + s) costs s more.
import { bench } from 'benchgate';

const slowdown: Record<string, number> = JSON.parse(process.env.BENCHGATE_EVAL_SLOWDOWN ?? '{}');

// Results go somewhere observable so the JIT cannot drop the work.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- written so the JIT cannot drop the work
let sink = 0;
const floats = new Float64Array(400_000);
const text = 'benchgate measures performance with statistics; '.repeat(10_000);

const KINDS: Record<string, { perMicrosecond: number; run: (k: number) => number }> = {
  'int-sum': {
    perMicrosecond: 1_000,
    run(k) {
      let s = 0;
      for (let i = 0; i < k; i++) s = (s + i * i) | 0;
      return s;
    },
  },
  'float-array': {
    perMicrosecond: 500,
    run(k) {
      let s = 0;
      for (let i = 0; i < k; i++) {
        floats[i] = i * 0.5;
        s += floats[i]!;
      }
      return s;
    },
  },
  'string-hash': {
    perMicrosecond: 600,
    run(k) {
      let h = 7;
      for (let i = 0; i < k; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
      return h;
    },
  },
  'map-churn': {
    perMicrosecond: 40,
    run(k) {
      const map = new Map<number, number>();
      for (let i = 0; i < k; i++) map.set(i, i);
      let s = 0;
      for (let i = 0; i < k; i++) s += map.get(i)!;
      return s;
    },
  },
  'object-alloc': {
    perMicrosecond: 60,
    run(k) {
      const items: { a: number; b: string }[] = [];
      for (let i = 0; i < k; i++) items.push({ a: i, b: 'x' });
      let s = 0;
      for (const item of items) s += item.a;
      return s;
    },
  },
};

const DURATIONS_US = [0.5, 5, 50, 500];

for (const [kind, { perMicrosecond, run }] of Object.entries(KINDS)) {
  for (const us of DURATIONS_US) {
    const name = `${kind} ${us} µs`;
    // At least 100 iterations, so that even a 1% slowdown is a whole number of them.
    const k = Math.max(100, Math.round(us * perMicrosecond));
    const iterations = Math.round(k * (1 + (slowdown[name] ?? 0)));
    bench(name, () => {
      sink ^= run(iterations);
    });
  }
}
