// The database under mixed read/write load: an open model at a fixed arrival rate, one write
// (append_change_event, a WAL commit) for every four reads. Writes and reads share one SQLite
// connection in the service, so a slow commit shows up in the reads' latency too.
import { scenario } from 'benchgate';
import { http } from 'benchgate/http';
import { appendParams, eventsService, queryParams, seconds, type Target } from './target.ts';

let calls = 0;

scenario<Target>(
  'events: mixed read/write',
  {
    executor: 'constant-arrival-rate',
    rate: 300,
    timeUnit: '1s',
    duration: seconds(30),
    preAllocatedVUs: 50,
    maxVUs: 400,
    thresholds: { latency: ['p(95)<100', 'p(99)<250'], errors: ['rate<0.01'], dropped: ['count<100'] },
    setup: eventsService,
    teardown: (target) => target.stop(),
  },
  async (target, ctx) => {
    if (calls++ % 5 === 4) {
      try {
        await http.jsonRpc(target.url, 'append_change_event', appendParams());
      } catch (err) {
        // Failed writes are counted apart from failed reads.
        ctx.errorKind(`write ${(err as { code?: string }).code ?? (err as Error).name}`);
        throw err;
      }
    } else {
      await http.jsonRpc(target.url, 'query_change_events', queryParams());
    }
  },
);
