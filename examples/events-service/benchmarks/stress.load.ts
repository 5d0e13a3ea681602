// The service's breaking point: requests arrive at a fixed rate (the open model, so a saturated
// service cannot slow the generator down and hide it), raised by half each step until p95
// latency passes 100 ms, errors pass 1% or the service stops keeping up; then the gap between the
// last good and the first bad rate is bisected. The report gives the highest sustainable rate, the
// concurrency at the knee, and a Universal Scalability Law fit of the steps.
import { scenario } from 'benchgate';
import { http } from 'benchgate/http';
import { eventsService, queryParams, seconds, type Target } from './target.ts';

scenario<Target>(
  'events: breaking point',
  {
    executor: 'stress',
    startRate: 100,
    stepFactor: 1.5,
    // A step's throughput misses what is still in flight when it ends: too short a step reads as
    // "not keeping up" however fast the service is.
    stepDuration: seconds(5, 3),
    maxSteps: 14,
    precision: 0.05,
    preAllocatedVUs: 50,
    maxVUs: 2_000,
    // What "sustainable" means for this service: p95 under 100 ms, the bar the mixed and soak
    // scenarios hold too.
    thresholds: { latency: ['p(95)<100'], errors: ['rate<0.01'] },
    setup: eventsService,
    teardown: (target) => target.stop(),
  },
  async (target, ctx) => {
    await http.jsonRpc(target.url, 'query_change_events', queryParams(), { signal: ctx.signal });
  },
);
