// Runs the bundled Action (dist/index.js) the way a GitHub runner does: a Node 24 child
// process, inputs as INPUT_<NAME> variables, the event as a JSON file, and the outputs and
// job summary as files that are read back afterwards. Shared by the action-e2e tests.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULTS_FORMAT, RESULTS_VERSION, type RunResult } from '../../src/results/model.ts';
import { loadYaml } from './action-yaml.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NODE24 = join(ROOT, 'node_modules', '.bin', 'node');
export const ACTION = join(ROOT, 'dist', 'index.js');
export const EVENTS = join(ROOT, '__tests__', 'fixtures', 'events');
export const REPOSITORY = 'octo-org/widgets';
/** What `${{ github.token }}` stands for in these jobs, when a test does not pass github-token. */
export const JOB_TOKEN = 'ghs_jobTokenOfTheTestRunner00000000000';

/**
 * The runner sets an INPUT_ variable for every input with a default, the expression
 * `${{ github.token }}` evaluated: so do these jobs, from action.yml itself.
 */
function defaultInputs(): Record<string, string> {
  const manifest = loadYaml(join(ROOT, 'action.yml')) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs)) {
    if (input.default !== undefined) inputs[name] = input.default.replace('${{ github.token }}', JOB_TOKEN);
  }
  return inputs;
}

/** The commits the event fixtures name: sha('m2') is main's second commit, and so on. */
export function sha(name: string): string {
  return createHash('sha1').update(name).digest('hex');
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** ::error:: and ::warning:: lines, without the command prefix. */
  errors: string[];
  warnings: string[];
}

export interface Job {
  event: string;
  /** A fixture name in __tests__/fixtures/events, or a payload. */
  payload: string | Record<string, unknown>;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  sha?: string;
  ref?: string;
}

/** One simulated runner: a workspace (with a `benchgate` package to import) and RUNNER_TEMP. */
export class Runner {
  readonly root: string;
  readonly workspace: string;
  readonly temp: string;
  private jobs = 0;
  private defaults: Record<string, string> | undefined;

  constructor() {
    this.root = mkdtempSync(join(tmpdir(), 'benchgate-action-'));
    this.workspace = join(this.root, 'workspace');
    this.temp = join(this.root, 'runner-temp');
    mkdirSync(join(this.workspace, 'node_modules'), { recursive: true });
    mkdirSync(this.temp, { recursive: true });
    // What `npm install benchgate` would give: benchmark files import it by name.
    symlinkSync(ROOT, join(this.workspace, 'node_modules', 'benchgate'), 'dir');
  }

  write(path: string, content: string): string {
    const file = join(this.workspace, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  }

  writeResults(path: string, run: RunResult): string {
    return this.write(path, `${JSON.stringify(run, null, 2)}\n`);
  }

  async run(job: Job): Promise<ActionRun> {
    const n = ++this.jobs;
    const files = join(this.root, `job-${n}`);
    mkdirSync(files, { recursive: true });
    const eventPath = join(files, 'event.json');
    const payload = typeof job.payload === 'string' ? readFileSync(join(EVENTS, job.payload), 'utf8') : JSON.stringify(job.payload);
    writeFileSync(eventPath, payload);
    const outputPath = join(files, 'output');
    const summaryPath = join(files, 'summary.md');
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const ref = job.ref ?? 'refs/heads/main';
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? this.root,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: job.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKSPACE: this.workspace,
      RUNNER_TEMP: this.temp,
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_REPOSITORY_OWNER: REPOSITORY.split('/')[0]!,
      GITHUB_SHA: job.sha ?? sha('m1'),
      GITHUB_REF: ref,
      GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_RUN_ID: String(1000 + n),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_WORKFLOW: 'Benchmarks',
      GITHUB_JOB: 'bench',
      GITHUB_ACTOR: 'octocat',
      RUNNER_OS: 'Linux',
      RUNNER_NAME: 'benchgate-test-runner',
      ...job.env,
    };
    this.defaults ??= defaultInputs();
    for (const [name, value] of Object.entries({ ...this.defaults, ...job.inputs })) env[inputVariable(name)] = value;
    const child = spawn(NODE24, [ACTION], { cwd: this.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const lines = stdout.split('\n');
    const commands = (name: string) => lines.filter((l) => l.startsWith(`::${name}`)).map((l) => unescapeCommand(l.slice(l.indexOf('::', 2) + 2)));
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
      summary: readFileSync(summaryPath, 'utf8'),
      errors: commands('error'),
      warnings: commands('warning'),
    };
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The runner's rule: upper case, spaces to underscores, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER`, the value, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const head = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (head) {
      const end = lines.indexOf(head[2]!, i + 1);
      outputs[head[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      outputs[name!] = rest.join('=');
    }
  }
  return outputs;
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * Benchmarks that never move, added to every results file: with only one or two benchmarks,
 * a change of one cannot be told from the whole machine slowing down (compare splits the
 * common shift off), while a real suite has several that stay put.
 */
export const STEADY: Record<string, number> = { lex: 500, sort: 800, hash: 300, encode: 1200 };

/**
 * A results file of `suite` at `commit`: each benchmark's samples are `center` times a fixed
 * small wobble (±1%), so a 30% change is unmistakable and an unchanged run is unchanged.
 */
export function results(options: { suite?: string; commit: string; branch?: string; time: string; benchmarks: Record<string, number> }): RunResult {
  const benchmarks = { ...options.benchmarks, ...STEADY };
  const wobble = [1.0, 1.01, 0.99, 1.005, 0.995, 1.002, 0.998, 1.008, 0.992, 1.0];
  return {
    format: RESULTS_FORMAT,
    version: RESULTS_VERSION,
    suite: options.suite ?? 'default',
    run: {
      id: `${options.time.replace(/[^0-9]/g, '').slice(0, 14)}-${options.commit.slice(0, 8)}`,
      commit: options.commit,
      ...(options.branch ? { branch: options.branch } : {}),
      time: options.time,
      tool: 'benchgate',
      env: { node: 'v24.0.0', os: 'linux 6.1.0', arch: 'x64', cpu: 'Test CPU', cores: 2 },
    },
    benchmarks: Object.entries(benchmarks).map(([name, center]) => ({
      name,
      unit: 'ns/op',
      direction: 'smaller' as const,
      samples: wobble.map((w) => center * w),
    })),
  };
}

export function exists(path: string): boolean {
  return existsSync(path);
}
