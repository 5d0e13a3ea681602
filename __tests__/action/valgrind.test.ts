// measure: instructions in the Action: valgrind is installed when the runner allows it, and the
// step fails naming the input where it cannot run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planValgrind, type Machine } from '../../src/action/valgrind.ts';
import { readInputs } from '../../src/action/inputs.ts';

const ubuntu: Machine = { platform: 'linux', valgrind: undefined, aptGet: true, sudo: true, root: false };

describe('planValgrind', () => {
  it('does nothing when valgrind is there', () => {
    assert.deepEqual(planValgrind({ ...ubuntu, valgrind: '/usr/bin/valgrind' }), { kind: 'ready' });
  });

  it("installs it with sudo apt-get on GitHub's Ubuntu runners, after refreshing the package lists", () => {
    assert.deepEqual(planValgrind(ubuntu), {
      kind: 'install',
      commands: [
        ['sudo', 'apt-get', 'update', '-qq'],
        ['sudo', 'apt-get', 'install', '-y', '-qq', 'valgrind'],
      ],
    });
  });

  it('installs it without sudo in a container that runs as root', () => {
    const plan = planValgrind({ ...ubuntu, sudo: false, root: true });
    assert.equal(plan.kind, 'install');
    assert.deepEqual(plan.kind === 'install' && plan.commands[1], ['apt-get', 'install', '-y', '-qq', 'valgrind']);
  });

  it('names the input and what to install when it cannot install valgrind', () => {
    const plan = planValgrind({ ...ubuntu, aptGet: false });
    assert.equal(plan.kind, 'refuse');
    assert.match(plan.kind === 'refuse' ? plan.message : '', /^input 'measure': instructions needs valgrind.*no apt-get.*sudo apt-get install -y valgrind/);
  });

  it('says on macOS and Windows runners that the mode is Linux-only, naming the input', () => {
    for (const [platform, name] of [
      ['darwin', 'macOS'],
      ['win32', 'Windows'],
    ] as const) {
      const plan = planValgrind({ ...ubuntu, platform });
      assert.equal(plan.kind, 'refuse');
      assert.match(plan.kind === 'refuse' ? plan.message : '', new RegExp(`^input 'measure': .*Linux only, and this runner is ${name}`));
    }
  });
});

describe("the input 'measure'", () => {
  const inputs = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');

  it('is time by default and takes instructions', () => {
    assert.equal(inputs({}).config.measure, 'time');
    assert.equal(inputs({ measure: 'instructions' }).config.measure, 'instructions');
  });

  it('refuses anything else, naming the input and the choices', () => {
    assert.throws(() => inputs({ measure: 'cycles' }), /input 'measure': expected one of time, instructions, found "cycles"/);
  });

  it('refuses instructions with compare: interleaved, which times base and head side by side', () => {
    assert.throws(() => inputs({ measure: 'instructions', compare: 'interleaved' }), /input 'measure': instructions are compared with a stored baseline/);
  });
});
