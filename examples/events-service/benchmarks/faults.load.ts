// The service behind a bad network: every request goes through benchgate's fault proxy, which
// slows the link, resets connections and drops them silently on a schedule. The report shows the
// error rate and p95 during each fault and how long the service's figures took to come back.
import { scenario } from 'benchgate';
import { HttpClient, startFaultProxy, type FaultProxy } from 'benchgate/http';
import { eventsService, queryParams, seconds, type Target } from './target.ts';

interface Route {
  target: Target;
  proxy: FaultProxy;
  client: HttpClient;
}

scenario<Route>(
  'events: network faults',
  {
    // Open model: requests keep arriving while the network misbehaves, as users' would.
    executor: 'constant-arrival-rate',
    rate: 150,
    timeUnit: '1s',
    duration: seconds(30),
    preAllocatedVUs: 20,
    maxVUs: 1_000,
    // The faults are meant to hurt latency; what must hold is that few requests fail overall.
    thresholds: { errors: ['rate<0.05'], latency: ['med<50'] },
    async setup() {
      const target = await eventsService();
      const proxy = await startFaultProxy({
        target: new URL(target.url).host,
        // The schedule's clock starts with the first request, so `at` counts from the start of the load.
        start: 'first-connection',
        seed: 7,
        schedule: [
          { at: seconds(5), for: seconds(5), fault: { latencyMs: 200, jitterMs: 50 }, name: 'slow network' },
          { at: seconds(14), for: seconds(3), fault: { reset: 0.1 }, name: 'connection resets' },
          { at: seconds(21), for: seconds(3), fault: { drop: 0.05 }, name: 'silent drops' },
        ],
      });
      // A dropped connection never answers: give up after 2 s, as a client with a deadline would.
      const client = new HttpClient({ timeoutMs: 2_000 });
      return { target, proxy, client };
    },
    async teardown({ target, proxy, client }) {
      await client.close();
      await proxy.close();
      await target.stop();
    },
  },
  async ({ proxy, client }, ctx) => {
    await client.jsonRpc(proxy.url('/'), 'query_change_events', queryParams(), { signal: ctx.signal });
  },
);
