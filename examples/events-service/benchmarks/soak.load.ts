// A short soak: a steady 200 requests a second, one write in five, for two minutes (hours when
// EVENTS_SOAK_DURATION asks for them). What it watches is drift: p95 latency window by window
// (the table grows and SQLite's write-ahead log fills and is checkpointed as it runs) and memory
// over time. The memory readings are this process's, the load generator's; the service's own
// memory per request is the memory scenario's question.
import { scenario } from 'benchgate';
import { http } from 'benchgate/http';
import { appendParams, eventsService, queryParams, seconds, type Target } from './target.ts';

let calls = 0;

scenario<Target>(
  'events: soak',
  {
    executor: 'soak',
    rate: 200,
    timeUnit: '1s',
    duration: process.env.EVENTS_SOAK_DURATION ?? seconds(120),
    preAllocatedVUs: 20,
    maxVUs: 500,
    memoryEvery: seconds(5),
    thresholds: { latency: ['p(95)<100'], errors: ['rate<0.01'] },
    setup: eventsService,
    teardown: (target) => target.stop(),
  },
  async (target, ctx) => {
    if (calls++ % 5 === 4) await http.jsonRpc(target.url, 'append_change_event', appendParams(), { signal: ctx.signal });
    else await http.jsonRpc(target.url, 'query_change_events', queryParams(), { signal: ctx.signal });
  },
);
