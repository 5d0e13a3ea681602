// 100 concurrent users reading change events: a closed model, so each user sends its next query
// as soon as the last one is answered, and the service always has 100 requests to serve. No
// think time: latency here is the request's alone, and throughput is what the service gives at
// 100 in flight (closed-model figures understate latency when the service stalls; the stress and
// mixed scenarios use the open model).
import { scenario } from 'benchgate';
import { http } from 'benchgate/http';
import { eventsService, queryParams, seconds, type Target } from './target.ts';

scenario<Target>(
  'events: 100 users',
  {
    executor: 'constant-vus',
    vus: 100,
    duration: seconds(30),
    thresholds: { latency: ['p(95)<500'], errors: ['rate<0.01'] },
    setup: eventsService,
    teardown: (target) => target.stop(),
  },
  async (target) => {
    await http.jsonRpc(target.url, 'query_change_events', queryParams());
  },
);
