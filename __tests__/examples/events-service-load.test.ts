// A scenario file of the events service run the way a user runs it: `benchgate run` on the example's
// benchmarks folder, the scenario starting its own service (20,000 events) in its setup,
// at 7% of its length (2 s).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

test('runs the 100-user scenario against a service it starts itself, through benchgate run', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'events-service-load-'));
  try {
    const out = join(work, 'results.json');
    const run = spawnSync(
      process.execPath,
      ['src/cli.ts', 'run', '--benchmarks', 'examples/events-service/benchmarks', '--filter', '^events: 100 users$', '--out', out, '--suite', 'events-service'],
      {
        cwd: root,
        encoding: 'utf8',
        // The service on the Node that runs the tests, not the system Node better-sqlite3 may be built for.
        env: {
          ...process.env,
          EVENTS_SEED_COUNT: '20000',
          EVENTS_LOAD_SCALE: '0.07',
          EVENTS_CACHE_DIR: work,
          EVENTS_SERVICE_URL: '',
          EVENTS_SERVICE_NODE: process.execPath,
        },
        timeout: 110_000,
      },
    );
    // Exit 1 would be a broken latency threshold on a busy machine; 2 or a crash is a broken setup.
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}\n${run.stdout}\n${run.stderr}`);
    const results = JSON.parse(readFileSync(out, 'utf8')) as {
      scenarios: Array<{
        name: string;
        model: string;
        iterations: number;
        errors: { count: number };
        thresholds: Array<{ expression: string; observed?: number }>;
        error?: string;
      }>;
      benchmarks: Array<{ name: string; unit: string; samples: number[] }>;
    };
    const [users] = results.scenarios;
    assert.equal(results.scenarios.length, 1);
    assert.equal(users?.name, 'events: 100 users');
    assert.equal(users.error, undefined);
    assert.equal(users.model, 'closed');
    assert.ok(users.iterations > 100, `${users.iterations} iterations`);
    assert.equal(users.errors.count, 0);
    assert.deepEqual(
      users.thresholds.map((t) => t.expression),
      ['p(95)<500', 'rate<0.01'],
    );
    assert.ok(users.thresholds.every((t) => typeof t.observed === 'number'));
    const p95 = results.benchmarks.find((b) => b.name.endsWith('events: 100 users › p95 latency'));
    assert.equal(p95?.unit, 'ms');
    assert.ok(p95.samples.length >= 2 && p95.samples.every((s) => s > 0));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
