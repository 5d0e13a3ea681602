// The scenario child process: loads one *.load.* file, runs its scenarios one after another,
// and reports over the IPC channel. Runs on the user's Node, so it keeps to what Node 20 offers.
import { collectEnvironment } from '../results/environment.ts';
import { loadBenchmarkFile } from '../measure/micro/load.ts';
import './all-executors.ts';
import type { LoadChildConfig, LoadChildMessage } from './protocol.ts';
import { scenarioRegistry } from './registry.ts';
import { errorText, runDeclaredScenario } from './run-declared.ts';
import { failedScenario, scenarioBenchmarks, toScenarioResult } from './to-results.ts';
import { sendToParent } from '../measure/micro/send-to-parent.ts';

const send = (message: LoadChildMessage): Promise<void> => sendToParent(message);

async function main(config: LoadChildConfig): Promise<void> {
  await send({ type: 'env', env: collectEnvironment() });
  try {
    await loadBenchmarkFile(config.file);
  } catch (err) {
    await send({ type: 'load-error', message: errorText(err) });
    return;
  }
  const all = scenarioRegistry().scenarios;
  const filter = config.filter ? new RegExp(config.filter.source, config.filter.flags) : undefined;
  const selected = all.filter((s) => !filter || filter.test(s.definition.name));
  await send({ type: 'registered', scenarios: selected.map((s) => s.definition.name), total: all.length });

  const seen = new Set<string>();
  for (const declared of selected) {
    const name = declared.definition.name;
    let outcome;
    if (seen.has(name)) {
      outcome = failedScenario(
        name,
        declared.definition.executor,
        'closed',
        'the name is declared twice in this file; scenario names must be unique within a run',
      );
    } else {
      seen.add(name);
      // Progress is sent without waiting: the generator must not stall on the IPC channel.
      outcome = await runDeclaredScenario(declared, {
        onSetup: () => void send({ type: 'setup', scenario: name }),
        onStart: (silenceMs) => void send({ type: 'start', scenario: name, silenceMs }),
        onTeardown: () => void send({ type: 'teardown', scenario: name }),
        onProgress: (p) =>
          void send({
            type: 'window',
            scenario: name,
            elapsed: p.elapsed,
            ...(p.expected !== undefined ? { expectedMs: p.expected } : {}),
            iterations: p.iterations,
            window: p.window,
          }),
      });
    }
    await send({ type: 'end', scenario: name, result: toScenarioResult(outcome), benchmarks: scenarioBenchmarks(outcome) });
  }
}

// Like the micro child: a scenario awaiting a promise that never settles must be stopped by
// the runner's watchdog, not end the process quietly.
const keepAlive = setInterval(() => {}, 1 << 30);
process.on('disconnect', () => process.exit(1));

const config = JSON.parse(process.argv[2] ?? '{}') as LoadChildConfig;
main(config).then(
  async () => {
    clearInterval(keepAlive);
    await send({ type: 'done' });
    process.exit(0);
  },
  (err: unknown) => {
    process.stderr.write(`benchgate load child: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(70);
  },
);
