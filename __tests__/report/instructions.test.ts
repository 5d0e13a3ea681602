import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RunResult } from '../../src/results/model.ts';
import { instructionNotes, processSpread } from '../../src/report/instructions.ts';
import { run } from '../support/report-helpers.ts';

function result(measure: 'instructions' | undefined, node = 'v24.21.0'): RunResult {
  const meta = run({ env: { node, os: 'linux 6.1.0', arch: 'x64', cpu: 'test cpu', cores: 2 } });
  return { format: 'benchgate/results', version: 1, suite: 's', run: measure ? { ...meta, measure } : meta, benchmarks: [] };
}

describe('instructionNotes', () => {
  it('says nothing when neither side counted instructions', () => {
    assert.deepEqual(instructionNotes(result(undefined), result(undefined)), []);
  });

  it('says what counts miss when the run counted instructions, with or without a baseline', () => {
    for (const notes of [instructionNotes(result('instructions'), result('instructions')), instructionNotes(result('instructions'), undefined)]) {
      assert.equal(notes.length, 1);
      assert.match(notes[0]!, /^Instruction counts under valgrind\. Counts are CPU work only: time spent waiting on I\/O, timers and locks/);
    }
  });

  it('makes a change of Node between baseline and head visible', () => {
    const [first] = instructionNotes(result('instructions', 'v24.21.0'), result('instructions', 'v22.12.0'));
    assert.equal(
      first,
      "Node changed from v22.12.0 (baseline) to v24.21.0: instruction counts of unchanged code move with Node and V8, so part of every difference here may be Node's, not the code's.",
    );
  });

  it('says when one side timed and the other counted', () => {
    assert.match(
      instructionNotes(result('instructions'), result(undefined))[0]!,
      /^The baseline measured time and this run instructions: their numbers do not compare/,
    );
    assert.match(instructionNotes(result(undefined), result('instructions'))[0]!, /^The baseline measured instructions and this run time/);
  });
});

describe('processSpread', () => {
  const b = (samples: number[], processes?: number[]) => ({
    name: 'x',
    unit: 'instructions',
    direction: 'smaller' as const,
    samples,
    ...(processes ? { processes } : {}),
  });

  it('is the gap between the processes relative to the smaller', () => {
    assert.equal(processSpread(b([100, 100], [0, 1])), 0);
    assert.equal(processSpread(b([100, 101], [1, 0])), 0.01);
    // Process 0 averages 101, process 1 104.
    assert.equal(processSpread(b([100, 102, 104, 104], [0, 0, 1, 1])), 3 / 101);
  });

  it('is undefined with one process or none recorded', () => {
    assert.equal(processSpread(b([100, 101], [0, 0])), undefined);
    assert.equal(processSpread(b([100, 101])), undefined);
  });
});
