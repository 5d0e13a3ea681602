import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProgressEvent } from '../../../src/measure/micro/events.ts';
import { createProgressReporter, progressMode, type ProgressStream } from '../../../src/measure/micro/progress.ts';

function stream(isTTY = false, columns = 100): ProgressStream & { text: string } {
  const out = { text: '', isTTY, columns, write: (chunk: string) => (out.text += chunk) };
  return out;
}

const where = { file: 'benchmarks/parse.bench.ts', processes: 2 };

// One process of one file: two rounds of one benchmark, and a failure in the second.
function oneProcess(process: number, done: number): ProgressEvent[] {
  const at = { ...where, process };
  return [
    { type: 'file-start', ...at, done, total: 8 },
    { type: 'round', ...at, benchmark: 'parse json', round: 1, rounds: 2, done, total: 8 },
    { type: 'sample', ...at, benchmark: 'parse json', round: 1, value: 120, unit: 'ns/op' },
    { type: 'round-end', ...at, round: 1, rounds: 2, done: done + 1, total: 8 },
    { type: 'round', ...at, benchmark: 'parse json', round: 2, rounds: 2, done: done + 1, total: 8 },
    { type: 'error', ...at, benchmark: 'parse json', message: 'timed out after 30 s in round 2' },
    { type: 'round-end', ...at, round: 2, rounds: 2, done: done + 2, total: 8 },
    { type: 'file-end', ...at, done: done + 2, total: 8 },
  ];
}

describe('progress output', () => {
  it('picks GitHub mode on Actions, a rewritten line in a terminal, plain lines otherwise', () => {
    assert.equal(progressMode(stream(true), { GITHUB_ACTIONS: 'true' }), 'github');
    assert.equal(progressMode(stream(true), {}), 'tty');
    assert.equal(progressMode(stream(false), { CI: 'true' }), 'plain');
  });

  it('rewrites one progress line in a terminal and prints errors above it', () => {
    const out = stream(true);
    const progress = createProgressReporter(out, { env: {} });
    for (const event of oneProcess(1, 4)) progress.onEvent(event);
    progress.finish();
    assert.ok(out.text.includes('\r\x1b[2K[4/8] parse json · round 1/2 · process 2/2'), out.text);
    assert.ok(out.text.includes('\r\x1b[2K[5/8] parse json · round 2/2 · process 2/2'), out.text);
    assert.ok(out.text.includes('✗ parse json (benchmarks/parse.bench.ts): timed out after 30 s in round 2\n'), out.text);
    // The error is followed by the progress line again, and finish() leaves a clean line.
    assert.ok(out.text.endsWith('round 2/2 · process 2/2\r\x1b[2K'), JSON.stringify(out.text.slice(-80)));
    assert.equal(out.text.split('\n').length, 2, 'only the error ends a line');
  });

  it('cuts the progress line to the terminal width', () => {
    const out = stream(true, 30);
    const progress = createProgressReporter(out, { env: {} });
    progress.onEvent({ type: 'round', ...where, process: 0, benchmark: 'a very long benchmark name indeed', round: 1, rounds: 5, done: 0, total: 10 });
    const line = out.text.replace('\r\x1b[2K', '');
    assert.equal(line.length, 29);
    assert.ok(line.endsWith('…'));
  });

  it('writes plain log lines without escape codes or workflow commands in CI', () => {
    const out = stream(false);
    const progress = createProgressReporter(out, { env: { CI: 'true' } });
    for (const event of [...oneProcess(0, 0), ...oneProcess(1, 2)]) progress.onEvent(event);
    progress.finish();
    assert.equal(
      out.text,
      [
        'benchmarks/parse.bench.ts · process 1/2',
        '  [1/8] round 1/2 done',
        '  error: parse json (benchmarks/parse.bench.ts · process 1/2): timed out after 30 s in round 2',
        '  [2/8] round 2/2 done',
        'benchmarks/parse.bench.ts · process 2/2',
        '  [3/8] round 1/2 done',
        '  error: parse json (benchmarks/parse.bench.ts · process 2/2): timed out after 30 s in round 2',
        '  [4/8] round 2/2 done',
        '',
      ].join('\n'),
    );
  });

  it('groups each process of a file on GitHub Actions and shows its errors after the group', () => {
    const out = stream(false);
    const progress = createProgressReporter(out, { env: { GITHUB_ACTIONS: 'true' } });
    for (const event of oneProcess(0, 0)) progress.onEvent(event);
    progress.finish();
    assert.equal(
      out.text,
      [
        '::group::benchmarks/parse.bench.ts · process 1/2',
        '  [1/8] round 1/2 done',
        '  [2/8] round 2/2 done',
        '::endgroup::',
        '  error: parse json (benchmarks/parse.bench.ts · process 1/2): timed out after 30 s in round 2',
        '',
      ].join('\n'),
    );
  });

  it('closes a group left open when the run ends early', () => {
    const out = stream(false);
    const progress = createProgressReporter(out, { mode: 'github' });
    progress.onEvent({ type: 'file-start', ...where, process: 0, done: 0, total: 8 });
    progress.finish();
    assert.ok(out.text.endsWith('::endgroup::\n'));
  });

  it('never lets a benchmark name or message start a line with a workflow command', () => {
    const out = stream(false);
    const progress = createProgressReporter(out, { mode: 'github' });
    progress.onEvent({
      type: 'error',
      ...where,
      process: 0,
      benchmark: 'evil\n::set-output name=x::1',
      message: 'crashed; its stderr ended with:\n::add-mask::secret',
    });
    for (const line of out.text.split('\n')) assert.ok(!line.trimStart().startsWith('::'), `line starts a workflow command: ${line}`);
    assert.match(out.text, /evil ::set-output/);
    assert.match(out.text, /\| ::add-mask::secret/);
  });
});
