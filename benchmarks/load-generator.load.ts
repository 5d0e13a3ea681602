// The in-process load generator's own capacity. Target: it starts at least 50,000 no-op
// iterations a second at the requested rate, on time (its scheduling lag is reported: the
// "lag p99" column, and the thresholds below). Run by benchgate like the rest of the suite:
// `npm run bench`, or `node dist/cli.js run --filter generator`.
import { scenario } from 'benchgate';

const RATE = 50_000;

scenario(
  'generator: 50k no-op/s, open model',
  {
    executor: 'constant-arrival-rate',
    rate: RATE,
    duration: '5s',
    preAllocatedVUs: 100,
    maxVUs: 1_000,
    thresholds: {
      // Every arrival started, and at the requested rate (within 2%, the drain at the end included).
      dropped: ['count==0'],
      iterations: [`rate>=${RATE * 0.98}`],
      // Most iterations start within a few milliseconds of when they were due, even on a busy
      // shared machine (on a quiet one the median is microseconds).
      lag: ['med<5'],
    },
  },
  async () => {},
);

scenario(
  'generator: 50k no-op/s, synchronous iterations',
  {
    executor: 'constant-arrival-rate',
    rate: RATE,
    duration: '5s',
    thresholds: { dropped: ['count==0'], iterations: [`rate>=${RATE * 0.98}`], lag: ['med<5'] },
  },
  () => {},
);
