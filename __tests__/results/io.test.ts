import assert from 'node:assert/strict';
import { mkdtemp, open, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { InputError, UsageError } from '../../src/errors.ts';
import { MAX_RESULTS_FILE_BYTES, readResultsFile, serializeResults, writeResultsFile } from '../../src/results/io.ts';
import { parseResults } from '../../src/results/import/parse.ts';
import type { RunResult } from '../../src/results/model.ts';
import { validMicro } from '../fixtures/results/cases.ts';

const dir = await mkdtemp(join(tmpdir(), 'benchgate-io-'));
after(() => rm(dir, { recursive: true, force: true }));

function microRun(): RunResult {
  return parseResults(JSON.stringify(validMicro()), 'head.json');
}

test('reads back exactly the run it wrote', async () => {
  const run = microRun();
  const file = join(dir, 'round-trip.json');
  await writeResultsFile(file, run);
  assert.deepEqual(await readResultsFile(file), run);
});

test('writes the same text for the same run whatever order its keys were in', () => {
  const doc = validMicro();
  const shuffled = Object.fromEntries(Object.entries(doc).reverse());
  shuffled.run = Object.fromEntries(Object.entries(doc.run).reverse());
  shuffled.benchmarks = doc.benchmarks.map((b: object) => Object.fromEntries(Object.entries(b).reverse()));
  const a = serializeResults(parseResults(JSON.stringify(doc), 'a.json'));
  const b = serializeResults(parseResults(JSON.stringify(shuffled), 'b.json'));
  assert.equal(a, b);
  assert.ok(a.indexOf('"format"') < a.indexOf('"version"') && a.indexOf('"version"') < a.indexOf('"suite"'));
});

test('serializes with a trailing newline and each sample array on one line', () => {
  const text = serializeResults(microRun());
  assert.ok(text.endsWith('}\n') && !text.endsWith('\n\n'));
  assert.match(text, /"samples": \[1200, 1230, 1239, 1250, 1221, 1300\]/);
  assert.equal(serializeResults(parseResults(text, 'again.json')), text);
});

test('keeps every digit of a sample through a round trip', () => {
  const doc = validMicro();
  doc.benchmarks[1].samples = [0.1 + 0.2, 1e-300, 123456789.12345679, 5e-324];
  const back = parseResults(serializeResults(parseResults(JSON.stringify(doc), 'a.json')), 'b.json');
  assert.deepEqual(back.benchmarks[1]!.samples, [0.1 + 0.2, 1e-300, 123456789.12345679, 5e-324]);
});

test('refuses to serialize a run with a NaN sample, naming the benchmark and sample', () => {
  const run = microRun();
  run.benchmarks[1]!.samples[1] = Number.NaN;
  assert.throws(() => serializeResults(run), /benchmarks\[1\]\.samples\[1\]: expected a finite positive number, found NaN/);
});

test('reports a JSON syntax error with its line and column', () => {
  const text = '{\n  "format": "benchgate/results",\n  "version": 1,\n  "suite": x\n}\n';
  assert.throws(
    () => parseResults(text, 'head.json'),
    (err: unknown) => {
      assert.ok(err instanceof InputError);
      assert.equal(err.message, 'head.json: line 4, column 12: not valid JSON: expected a value, found "x"');
      return true;
    },
  );
});

test('reports a trailing comma and a truncated file at the right spot', () => {
  assert.throws(() => parseResults('[1,\n 2,\n]', 'a.json'), /^InputError: a\.json: line 3, column 1: not valid JSON: expected a value, found "\]"$/);
  assert.throws(
    () => parseResults('{"format": "benchgate/results",\n"run": {', 'b.json'),
    /b\.json: line 2, column 9: not valid JSON: expected a property name in double quotes, found the end of the file/,
  );
  assert.throws(() => parseResults('{} {}', 'c.json'), /c\.json: line 1, column 4: not valid JSON: expected the end of the file, found "\{"/);
});

test('says an empty file is empty', () => {
  assert.throws(() => parseResults('  \n', 'head.json'), /head\.json: the file is empty; expected JSON/);
});

test('reads a file that starts with a byte order mark', () => {
  const run = parseResults(`\uFEFF${JSON.stringify(validMicro())}`, 'bom.json');
  assert.equal(run.suite, 'parsers');
});

test('names the path of a results file that does not exist', async () => {
  const missing = join(dir, 'nope', 'head.json');
  await assert.rejects(readResultsFile(missing), (err: unknown) => {
    assert.ok(err instanceof InputError);
    assert.equal(err.file, missing);
    assert.equal(err.message, `${missing}: file not found`);
    return true;
  });
});

test('says so when the results path is a folder', async () => {
  await assert.rejects(readResultsFile(dir), /is a folder; expected a results file/);
});

test('names the file in validation errors when reading from disk', async () => {
  const file = join(dir, 'bad.json');
  const doc = validMicro();
  doc.benchmarks[0].samples[2] = '12ms';
  await writeFile(file, JSON.stringify(doc));
  await assert.rejects(readResultsFile(file), { message: `${file}: benchmarks[0].samples[2]: expected a finite positive number, found "12ms"` });
});

test('refuses a file larger than 100 MiB without reading it', async () => {
  const file = join(dir, 'huge.json');
  // Sparse: as large as it says, without the disk space or the time to write it.
  const handle = await open(file, 'w');
  await handle.truncate(MAX_RESULTS_FILE_BYTES + 1);
  await handle.close();
  await assert.rejects(readResultsFile(file), (err: unknown) => {
    assert.ok(err instanceof InputError);
    assert.equal(err.message, `${file}: expected a results file of at most 100 MiB, found 100.0 MiB`);
    return true;
  });
});

test('refuses an unknown tool format, listing the known ones', () => {
  assert.throws(
    () => parseResults('[]', 'a.json', { tool: 'nunit' as never }),
    (err: unknown) => err instanceof UsageError && /benchgate, auto, cargo, go, /.test(err.message),
  );
});

test('ignores import options for a benchgate file, which carries its own metadata', () => {
  const run = parseResults(JSON.stringify(validMicro()), 'head.json', { suite: 'other', commit: 'abc', direction: 'bigger' });
  assert.equal(run.suite, 'parsers');
  assert.equal(run.run.commit, '3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39');
  assert.equal(run.benchmarks[0]!.direction, 'smaller');
});

test('replaces an existing file whole and leaves no temp file behind', async () => {
  const folder = join(dir, 'replace');
  await mkdir(folder);
  const file = join(folder, 'results.json');
  await writeFile(file, 'old contents');
  await writeResultsFile(file, microRun());
  assert.deepEqual(await readdir(folder), ['results.json']);
  assert.equal(await readFile(file, 'utf8'), serializeResults(microRun()));
});

test('a write refused by validation leaves the existing file as it was', async () => {
  const folder = join(dir, 'refused');
  await mkdir(folder);
  const file = join(folder, 'results.json');
  await writeFile(file, 'old contents');
  const run = microRun();
  run.benchmarks[0]!.samples = [];
  await assert.rejects(writeResultsFile(file, run), /benchmarks\[0\]\.samples: expected at least one sample/);
  assert.deepEqual(await readdir(folder), ['results.json']);
  assert.equal(await readFile(file, 'utf8'), 'old contents');
});

test('a write into a missing folder fails without creating anything', async () => {
  await assert.rejects(writeResultsFile(join(dir, 'absent', 'results.json'), microRun()), { code: 'ENOENT' });
  assert.ok(!(await readdir(dir)).includes('absent'));
});
