// `npm run demo:load`: the load, stress, memory, fault and soak scenarios of examples/events-service
// run through benchgate against the real service, and the report printed as a pull request would
// show it (load scenarios and capacity sections included).
//
//   npm run demo:load                        a million events, full-length scenarios (~7 minutes)
//   npm run demo:load -- --quick             20,000 events, every scenario at a fifth of its length
//   npm run demo:load -- --store .benchgate  compare with the newest run kept there, then keep this one
//
// The service runs on the Node that better-sqlite3 was built for (see examples/events-service);
// benchgate and the scenarios run on this Node. Exit code: benchgate compare's (1 when a threshold
// broke or a figure regressed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEventsService, type RunningService } from '../examples/events-service/src/launch.ts';

const root = resolve(import.meta.dirname, '..');
const BENCHMARKS = 'examples/events-service/benchmarks';
const SUITE = 'events-service';
const BRANCH = 'demo-load';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    events: { type: 'string' },
    out: { type: 'string', default: '.benchgate/events-service-load.json' },
    report: { type: 'string', default: '.benchgate/events-service-load.md' },
    store: { type: 'string' },
    cli: { type: 'string', default: 'src/cli.ts' },
    filter: { type: 'string' },
  },
});

const events = flags.events !== undefined ? Number(flags.events) : flags.quick ? 20_000 : 1_000_000;
if (!Number.isInteger(events) || events < 1) {
  console.error(`demo:load: --events must be a whole number of events; found ${JSON.stringify(flags.events)}`);
  process.exit(2);
}
const out = resolve(root, flags.out);
const reportFile = resolve(root, flags.report);
const cli = resolve(root, flags.cli);
const scratch = mkdtempSync(join(tmpdir(), 'benchgate-demo-load-'));
const store = flags.store !== undefined ? resolve(root, flags.store) : join(scratch, 'store');

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  generatorNode: string;
  serviceNode: string;
  loadAverage: [number, number, number];
}

interface ServiceHealth {
  events: number;
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  memory: { heapUsed: number; rss: number };
}

function machine(service: RunningService): Machine {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    generatorNode: process.version,
    serviceNode: service.node,
    loadAverage: [one, five, fifteen].map((x) => Math.round(x * 100) / 100) as [number, number, number],
  };
}

function benchgate(args: string[], env: Record<string, string>): number {
  const shown = args.map((a) => (a.startsWith(scratch) ? `$TMP/${relative(scratch, a)}` : a.startsWith(root) ? relative(root, a) : a));
  console.log(
    `\n$ ${Object.entries(env)
      .map(([k, v]) => `${k}=${v} `)
      .join('')}benchgate ${shown.join(' ')}`,
  );
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 2;
}

let service: RunningService | undefined;
let exitCode = 0;
try {
  console.log(`demo:load: starting the events service with ${events.toLocaleString('en')} events…`);
  service = await startEventsService({ events, onLog: (line) => console.error(`  ${line}`) });
  const seeded = service.seed.cached ? 'seed from the cache' : `seeded in ${service.seed.seconds?.toFixed(1)} s`;
  console.log(
    `demo:load: ${service.url} on Node ${service.node} (pid ${service.pid}), ${service.events.toLocaleString('en')} events, ${seeded}, ready in ${service.startupSeconds} s`,
  );
  const before = machine(service);
  console.log(`demo:load: ${before.cpu}, ${before.cores} cores, ${before.memoryGiB} GiB, ${before.os}; load average ${before.loadAverage.join(' ')}`);

  mkdirSync(dirname(out), { recursive: true });
  const env: Record<string, string> = { EVENTS_SERVICE_URL: service.url, EVENTS_SEED_COUNT: String(events) };
  if (flags.quick) env.EVENTS_LOAD_SCALE = '0.2';
  const run = ['run', '--benchmarks', BENCHMARKS, '--suite', SUITE, '--branch', BRANCH, '--out', out];
  if (flags.filter !== undefined) run.push('--filter', flags.filter);
  const runStatus = benchgate(run, env);
  if (runStatus === 2) {
    exitCode = 2;
  } else {
    const after = machine(service);
    const health = (await (await fetch(`${service.url}/health`)).json()) as ServiceHealth;
    mkdirSync(dirname(reportFile), { recursive: true });
    exitCode = benchgate(
      ['compare', '--head', out, '--baseline-branch', BRANCH, '--suite', SUITE, '--store', store, '--format', 'markdown', '--output', reportFile],
      {},
    );
    if (flags.store !== undefined) benchgate(['save', out, '--branch', BRANCH, '--suite', SUITE, '--store', store], {});
    const machineFile = `${reportFile.replace(/\.md$/, '')}.machine.json`;
    writeFileSync(machineFile, `${JSON.stringify({ before, after, service: health, events, quick: flags.quick, command: process.argv.slice(2) }, null, 2)}\n`);
    const loop = health.eventLoopDelayMs;
    console.log(
      `\ndemo:load: the service's event loop ran late by ${loop.p50} ms at the median, ${loop.p99} ms at p99, ${loop.max} ms at most; ` +
        `heap ${Math.round(health.memory.heapUsed / 2 ** 20)} MiB, RSS ${Math.round(health.memory.rss / 2 ** 20)} MiB, ${health.events.toLocaleString('en')} events`,
    );
    console.log(
      `demo:load: results in ${relative(root, out)}, report in ${relative(root, reportFile)}, machine in ${relative(root, machineFile)}; load average now ${after.loadAverage.join(' ')}`,
    );
  }
} catch (err) {
  console.error(`demo:load: ${err instanceof Error ? err.message : String(err)}`);
  exitCode = 2;
} finally {
  await service?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
