// Does the service keep memory per request? 10,000 requests, half of them reads and half writes,
// one at a time, with a forced full garbage collection every 250 and the heap left after it
// fitted against the request count: a slope whose whole 95% interval lies above 64 bytes per
// request is a leak, and fails the run.
//
// A leak check reads the heap of the process it runs in, so here the service runs inside the
// scenario's process: the same HTTP, JSON-RPC and query code as the real service, on a private copy
// of the same seed, over better-sqlite3 where it loads (Node 20) and Node's built-in node:sqlite
// where it does not (Node 24, which npm scripts run). The heap watched is the service's plus this
// process's HTTP client.
import { scenario } from 'benchgate';
import { http } from 'benchgate/http';
import { startInProcessService, type InProcessService } from '../src/in-process.ts';
import { appendParams, queryParams, scaled, seedFile } from './target.ts';

let calls = 0;

scenario<InProcessService>(
  'events: memory per request',
  {
    executor: 'memory',
    iterations: scaled(10_000, 600),
    warmup: scaled(1_000, 100),
    setup: async () => startInProcessService(await seedFile()),
    teardown: (service) => service.stop(),
  },
  async (service) => {
    if (calls++ % 2 === 1) await http.jsonRpc(service.url, 'append_change_event', appendParams());
    else await http.jsonRpc(service.url, 'query_change_events', queryParams());
  },
);
