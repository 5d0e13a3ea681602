// pull-request.json comes from an untrusted artifact and is read in a privileged job.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { HANDOFF_FILE, readPullRequestHandoff } from '../../src/action/handoff.ts';
import { InputError } from '../../src/errors.ts';

const dir = mkdtempSync(join(tmpdir(), 'benchgate-handoff-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('reads what the pull_request half wrote', async () => {
  writeFileSync(join(dir, HANDOFF_FILE), JSON.stringify({ number: 7, headSha: 'a'.repeat(40), suite: 'default' }));
  assert.deepEqual(await readPullRequestHandoff(dir), { number: 7, headSha: 'a'.repeat(40), suite: 'default' });
});

test('refuses a file far larger than benchgate writes, without parsing it', async () => {
  const file = join(dir, HANDOFF_FILE);
  writeFileSync(file, `{"number": 7, "headSha": "${'a'.repeat(40)}", "suite": "default", "padding": "${'x'.repeat(70_000)}"}`);
  await assert.rejects(
    readPullRequestHandoff(dir),
    (err: unknown) => err instanceof InputError && err.message.startsWith(`${file}: expected a file of at most 64 KiB, found `),
  );
});
