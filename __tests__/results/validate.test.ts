import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InputError } from '../../src/errors.ts';
import { findIssues, validateResults } from '../../src/results/validate.ts';
import { summarize } from '../../src/results/summary.ts';
import { badCases, validMicro, validMinimal } from '../fixtures/results/cases.ts';

test('accepts a run with samples, processes, a group and a failed benchmark', () => {
  const run = validateResults(validMicro(), 'head.json');
  assert.equal(run.suite, 'parsers');
  assert.equal(run.benchmarks.length, 3);
  assert.deepEqual(run.benchmarks[0]!.processes, [0, 0, 0, 1, 1, 1]);
  assert.equal(run.benchmarks[2]!.error, 'timed out after 30 s');
});

test('accepts a minimal run with no benchmarks, no commit and an offset time', () => {
  const run = validateResults(validMinimal(), 'base.json');
  assert.deepEqual(run.benchmarks, []);
  assert.equal(run.run.commit, undefined);
});

for (const bad of badCases) {
  test(`rejects ${bad.what}, naming the file and the field`, () => {
    assert.throws(
      () => validateResults(bad.breakIt(validMicro()), 'head.json'),
      (err: unknown) => {
        assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
        assert.equal(err.file, 'head.json');
        assert.ok(err.message.startsWith('head.json: '), err.message);
        for (const fragment of bad.says) assert.ok(err.message.includes(fragment), `message ${JSON.stringify(err.message)} lacks ${JSON.stringify(fragment)}`);
        return true;
      },
    );
  });
}

test('recomputes the summary instead of trusting the one in the file', () => {
  const doc = validMicro();
  doc.benchmarks[0].summary = { n: 99, median: 1, mean: 1, min: 1, max: 1, stddev: 0, cv: 0 };
  const run = validateResults(doc, 'head.json');
  assert.deepEqual(run.benchmarks[0]!.summary, summarize([1200, 1230, 1239, 1250, 1221, 1300]));
  assert.equal(run.benchmarks[0]!.summary!.median, 1234.5);
});

test('gives a benchmark without samples no summary', () => {
  const run = validateResults(validMicro(), 'head.json');
  assert.equal(run.benchmarks[2]!.summary, undefined);
  assert.ok(!('summary' in run.benchmarks[2]!));
});

test('accepts unknown fields and drops them from the run it returns', () => {
  const doc = validMicro();
  doc.producedBy = 'benchgate 1.4';
  doc.run.ci = { job: 7 };
  doc.benchmarks[1].histogram = [1, 2, 3];
  const run = validateResults(doc, 'head.json') as unknown as Record<string, any>;
  assert.ok(!('producedBy' in run));
  assert.ok(!('ci' in run.run));
  assert.ok(!('histogram' in run.benchmarks[1]));
});

test('lists every problem of a file, not only the first', () => {
  const doc = validMicro();
  doc.suite = '';
  doc.run.env.cores = -1;
  doc.benchmarks[1].samples[1] = 'x';
  const issues = findIssues(doc).map((i) => i.path);
  assert.deepEqual(issues, ['suite', 'run.env.cores', 'benchmarks[1].samples[1]']);
  assert.throws(() => validateResults(doc, 'head.json'), /head\.json: suite: .*\n {2}run\.env\.cores: .*\n {2}benchmarks\[1\]\.samples\[1\]: /);
});

test('lists at most ten problems and counts the rest', () => {
  const doc = validMicro();
  doc.benchmarks[0].samples = Array.from({ length: 14 }, () => 'slow');
  doc.benchmarks[0].processes = Array.from({ length: 14 }, () => 0);
  assert.throws(
    () => validateResults(doc, 'head.json'),
    (err: Error) => err.message.split('\n').length === 11 && err.message.endsWith('(and 4 more problems)'),
  );
});

test('keeps the first ten problems of a file with a hundred thousand bad samples and only counts the rest', () => {
  const doc = validMicro();
  doc.benchmarks[0].samples = new Array(100_000).fill('slow');
  delete doc.benchmarks[0].processes;
  assert.equal(findIssues(doc).length, 10);
  assert.throws(
    () => validateResults(doc, 'head.json'),
    (err: Error) => err.message.split('\n').length === 11 && err.message.endsWith('(and 99990 more problems)'),
  );
});

test('recognises pytest-benchmark and Google Benchmark output and says which --tool to pass', () => {
  assert.throws(() => validateResults({ machine_info: {}, commit_info: {}, benchmarks: [] }, 'bench.json'), /pass --tool pytest/);
  assert.throws(() => validateResults({ context: {}, benchmarks: [] }, 'bench.json'), /pass --tool googlecpp/);
});

test('says when the format field is missing altogether', () => {
  const doc = validMicro();
  delete doc.format;
  assert.throws(() => validateResults(doc, 'head.json'), /^InputError: head\.json: format: expected "benchgate\/results", found no format field$/m);
});

test('does not share arrays with the document it checked', () => {
  const doc = validMicro();
  const run = validateResults(doc, 'head.json');
  doc.benchmarks[0].samples[0] = 1;
  assert.equal(run.benchmarks[0]!.samples[0], 1200);
});

test("keeps the id of an interleaved run's other side, and refuses an empty or non-string one", () => {
  const doc = validMicro();
  doc.run.pairedWith = 'base-run-id';
  assert.equal(validateResults(doc, 'head.json').run.pairedWith, 'base-run-id');
  for (const bad of ['', 42]) {
    const broken = validMicro();
    broken.run.pairedWith = bad;
    assert.throws(() => validateResults(broken, 'head.json'), /head\.json: .*run\.pairedWith/);
  }
});
