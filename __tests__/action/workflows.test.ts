// The example workflows users copy, and this repository's own: they parse, give benchgate only
// inputs it has, and hold the permissions and wiring the docs promise (least privilege, the
// fork-safe pair fits together, nothing runs under pull_request_target).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../support/action-runner.ts';
import { loadYamlFiles } from '../support/action-yaml.ts';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  id?: string;
  if?: string;
}
interface Job {
  'runs-on': string;
  if?: string;
  permissions?: Record<string, string> | string;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

const EXAMPLES = join(ROOT, 'examples', 'workflows');
const OWN = join(ROOT, '.github', 'workflows');
const files = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
// One parser process for every file: each start of Python costs a noticeable moment.
const PATHS = [join(ROOT, 'action.yml'), ...files(EXAMPLES).map((f) => join(EXAMPLES, f)), ...files(OWN).map((f) => join(OWN, f))];
const PARSED = new Map(loadYamlFiles(PATHS).map((doc, i) => [PATHS[i]!, doc]));
const load = (dir: string, name: string) => PARSED.get(join(dir, name)) as Workflow;
const actionInputs = Object.keys((PARSED.get(join(ROOT, 'action.yml')) as { inputs: Record<string, unknown> }).inputs);

function benchgateSteps(workflow: Workflow): Array<{ job: string; step: Step }> {
  return Object.entries(workflow.jobs).flatMap(([job, j]) =>
    j.steps.filter((s) => s.uses === './' || /^benchgate\/benchgate@/.test(s.uses ?? '')).map((step) => ({ job, step })),
  );
}

function writes(permissions: Job['permissions']): string[] {
  if (permissions === undefined) return ['(default token permissions)'];
  if (typeof permissions === 'string') return permissions === 'read-all' ? [] : [permissions];
  return Object.entries(permissions)
    .filter(([, level]) => level === 'write')
    .map(([scope]) => scope);
}

test('every example and repository workflow is valid YAML with jobs made of steps', () => {
  const all = PATHS.slice(1);
  assert.deepEqual(files(EXAMPLES), [
    'fork-safe-pr.yml',
    'fork-safe-report.yml',
    'instructions.yml',
    'pr-cache.yml',
    'pr-data-branch.yml',
    'record-default-branch.yml',
    'release-gate.yml',
    'sharded.yml',
  ]);
  assert.deepEqual(files(OWN), ['benchmarks.yml', 'check-dist.yml', 'ci.yml']);
  for (const [i, path] of all.entries()) {
    const workflow = PARSED.get(path) as Workflow;
    assert.ok(workflow.name && workflow.on && workflow.jobs, all[i]);
    for (const [name, job] of Object.entries(workflow.jobs)) {
      assert.ok(job['runs-on'], `${all[i]}: job ${name} says where it runs`);
      for (const step of job.steps) assert.ok(step.uses || step.run, `${all[i]}: job ${name} has a step with neither uses nor run`);
    }
  }
});

test('the examples give benchgate only inputs action.yml has, and never run on pull_request_target', () => {
  for (const file of files(EXAMPLES)) {
    const workflow = load(EXAMPLES, file);
    const steps = benchgateSteps(workflow);
    assert.ok(steps.length > 0, `${file} runs benchgate`);
    for (const { step } of steps) {
      for (const input of Object.keys(step.with ?? {})) assert.ok(actionInputs.includes(input), `${file}: unknown input ${input}`);
    }
    assert.ok(!('pull_request_target' in (workflow.on as object)), file);
    assert.notEqual(workflow.permissions, 'write-all', file);
    for (const [name, job] of Object.entries(workflow.jobs)) assert.notEqual(job.permissions, undefined, `${file}: job ${name} states its permissions`);
  }
});

test('PR jobs may write comments but not contents; only recording jobs push to the data branch', () => {
  for (const file of ['pr-cache.yml', 'pr-data-branch.yml']) {
    const workflow = load(EXAMPLES, file);
    assert.deepEqual(writes(workflow.jobs.check!.permissions), ['pull-requests'], file);
    assert.match(workflow.jobs.check!.if!, /pull_request/);
    assert.match(workflow.jobs.record!.if!, /push/);
  }
  assert.deepEqual(writes(load(EXAMPLES, 'pr-cache.yml').jobs.record!.permissions), [], 'the cache needs no write permission');
  assert.deepEqual(writes(load(EXAMPLES, 'pr-data-branch.yml').jobs.record!.permissions), ['contents']);
  assert.deepEqual(writes(load(EXAMPLES, 'record-default-branch.yml').jobs.record!.permissions), ['contents']);
  const release = load(EXAMPLES, 'release-gate.yml');
  assert.deepEqual((release.on as { push: { branches: string[] } }).push.branches, ['release/**']);
  assert.equal(benchgateSteps(release)[0]!.step.with!['release-branches'], 'release/**');
});

test('the fork-safe pair fits together: no write token where PR code runs, the artifact handed over, report mode on workflow_run', () => {
  const pr = load(EXAMPLES, 'fork-safe-pr.yml');
  const report = load(EXAMPLES, 'fork-safe-report.yml');
  assert.deepEqual(Object.keys(pr.on as object), ['pull_request']);
  for (const job of Object.values(pr.jobs)) assert.deepEqual(writes(job.permissions), [], 'the PR half writes nothing');
  const measure = benchgateSteps(pr)[0]!.step.with!;
  assert.equal(measure.comment, 'never');
  const suite = String(measure.suite ?? 'default');
  const upload = Object.values(pr.jobs)
    .flatMap((j) => j.steps)
    .find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
  assert.equal(upload.with!.path, `\${{ runner.temp }}/benchgate/${suite}`);

  const on = report.on as { workflow_run: { workflows: string[]; types: string[] } };
  assert.deepEqual(on.workflow_run.workflows, [pr.name]);
  assert.deepEqual(on.workflow_run.types, ['completed']);
  assert.deepEqual(report.permissions, {});
  const job = Object.values(report.jobs)[0]!;
  assert.match(job.if!, /workflow_run\.event == 'pull_request'/);
  assert.deepEqual(job.permissions, { actions: 'read', 'pull-requests': 'write', statuses: 'write' });
  assert.ok(!job.steps.some((s) => s.uses?.startsWith('actions/checkout@')), 'the report half checks out no code');
  const download = job.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
  assert.equal(download.with!.name, upload.with!.name);
  assert.equal(download.with!['run-id'], '${{ github.event.workflow_run.id }}');
  assert.equal(download.with!['github-token'], '${{ github.token }}');
  const run = benchgateSteps(report)[0]!.step.with!;
  assert.equal(run.mode, 'report');
  assert.equal(run.results, download.with!.path);
  assert.equal(String(run.suite ?? 'default'), suite);
});

test('the sharded example: a matrix of shard jobs uploading one artifact each, and one merge job per event that downloads them all', () => {
  const workflow = load(EXAMPLES, 'sharded.yml');
  const measure = workflow.jobs.measure! as Job & { strategy: { 'fail-fast': boolean; matrix: { shard: number[] } } };
  const shards = measure.strategy.matrix.shard;
  assert.deepEqual(shards, [1, 2, 3, 4]);
  assert.equal(measure.strategy['fail-fast'], false, 'one failed shard must not cancel the others');
  assert.deepEqual(writes(measure.permissions), [], 'shard jobs run the code and write nothing');
  const shardStep = measure.steps.find((s) => /^benchgate\/benchgate@/.test(s.uses ?? ''))!;
  assert.equal(shardStep.with!.shard, `\${{ matrix.shard }}/${shards.length}`);
  const upload = measure.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
  assert.equal(upload.with!.name, 'benchgate-shard-${{ matrix.shard }}');
  assert.equal(upload.with!.path, `\${{ runner.temp }}/benchgate/${String(shardStep.with!.suite ?? 'default')}`);

  for (const [name, event, written] of [
    ['check', 'pull_request', ['pull-requests']],
    ['record', 'push', ['contents']],
  ] as const) {
    const job = workflow.jobs[name]! as Job & { needs: string };
    assert.equal(job.needs, 'measure');
    assert.match(job.if!, /!cancelled\(\)/, `${name} runs when a shard failed, to say which`);
    assert.match(job.if!, new RegExp(`github.event_name == '${event}'`));
    assert.deepEqual(writes(job.permissions), written);
    const download = job.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    assert.equal(download.with!.pattern, 'benchgate-shard-*');
    assert.equal(download.with!['merge-multiple'], true);
    const merge = benchgateSteps({ ...workflow, jobs: { [name]: job } })[0]!.step.with!;
    assert.equal(merge.mode, 'merge');
    assert.equal(merge.results, download.with!.path);
    assert.equal(merge['baseline-store'], shardStep.with!['baseline-store']);
    assert.equal(merge['data-branch'], shardStep.with!['data-branch']);
  }
});

test("the repository's own workflows: CI runs the tests, check-dist diffs a fresh build, and benchgate runs on itself with uses: ./", () => {
  const ci = load(OWN, 'ci.yml');
  const ciRuns = Object.values(ci.jobs)
    .flatMap((j) => j.steps.map((s) => s.run ?? ''))
    .join('\n');
  assert.match(ciRuns, /npm ci/);
  assert.match(ciRuns, /npm run typecheck/);
  assert.match(ciRuns, /npm test/);

  const checkDist = Object.values(load(OWN, 'check-dist.yml').jobs)
    .flatMap((j) => j.steps.map((s) => s.run ?? ''))
    .join('\n');
  assert.match(checkDist, /npm run build/);
  assert.match(checkDist, /git status --porcelain -- dist/);
  assert.match(checkDist, /exit 1/);

  const self = load(OWN, 'benchmarks.yml');
  const steps = benchgateSteps(self);
  assert.equal(steps.length, 1);
  assert.equal(steps[0]!.step.uses, './');
  assert.ok(
    !Object.values(self.jobs)
      .flatMap((j) => j.steps)
      .some((s) => /npm run build/.test(s.run ?? '')),
    'the committed dist/ is what runs',
  );
});

test('the instructions example installs valgrind on a Linux runner before benchgate counts instructions at a 1% threshold', () => {
  const workflow = load(EXAMPLES, 'instructions.yml');
  for (const [name, job] of Object.entries(workflow.jobs)) {
    assert.match(job['runs-on'], /^ubuntu-/, `job ${name} runs on Linux`);
    const install = job.steps.findIndex((s) => /apt-get install -y( -qq)? valgrind/.test(s.run ?? ''));
    const bench = job.steps.findIndex((s) => /^benchgate\/benchgate@/.test(s.uses ?? ''));
    assert.ok(install >= 0 && install < bench, `job ${name} installs valgrind before benchgate runs`);
    assert.equal(job.steps[bench]!.with?.measure, 'instructions');
    assert.equal(job.steps[bench]!.with?.threshold, '1%');
  }
});

test('docs/action.md shows the input measure and points to the instructions docs and example', () => {
  const docs = readFileSync(join(ROOT, 'docs', 'action.md'), 'utf8');
  assert.match(docs, /^\| `measure` \| `time` \| .*instructions.*\|$/m);
  assert.ok(docs.includes('](instructions.md)'), 'links docs/instructions.md');
  assert.ok(docs.includes('(../examples/workflows/instructions.yml)'), 'links the example workflow');
  assert.ok(actionInputs.includes('measure'));
});
