// The event as the runner hands it over, read without @actions/github.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { eventRepository, readEventContext } from '../../src/action/event.ts';

const dir = mkdtempSync(join(tmpdir(), 'benchgate-event-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('readEventContext', () => {
  it('reads the name, commit and ref from GITHUB_* and the payload from GITHUB_EVENT_PATH', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'r', owner: { login: 'o' } } }));
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path, GITHUB_SHA: 'abc', GITHUB_REF: 'refs/pull/7/merge' };
    assert.deepEqual(readEventContext(env), {
      eventName: 'pull_request',
      payload: { pull_request: { number: 7 }, repository: { name: 'r', owner: { login: 'o' } } },
      sha: 'abc',
      ref: 'refs/pull/7/merge',
    });
    assert.deepEqual(eventRepository(env), { owner: 'o', repo: 'r' });
    assert.deepEqual(eventRepository({ ...env, GITHUB_REPOSITORY: 'acme/widgets' }), { owner: 'acme', repo: 'widgets' });
  });

  it('gives an empty payload without an event file, and says when the repository is unknown', () => {
    assert.deepEqual(readEventContext({}).payload, {});
    assert.throws(() => eventRepository({}), /GITHUB_REPOSITORY should name it as 'owner\/repo'/);
  });
});
