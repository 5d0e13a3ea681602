// YAML for the tests of action.yml and the workflow files. No YAML library is a dependency,
// so Python's PyYAML (on the project's machines) reads it; safe_load, so tags cannot run code.
import { execFileSync } from 'node:child_process';

const LOAD = [
  'import json, sys, yaml',
  'docs = [yaml.safe_load(open(path, encoding="utf-8")) for path in sys.argv[1:]]',
  // YAML 1.1 reads the workflow key `on` as True; keep it a string as GitHub does.
  'fix = lambda d: {("on" if k is True else k): v for k, v in d.items()} if isinstance(d, dict) else d',
  'json.dump([fix(d) for d in docs], sys.stdout, default=str)',
].join('\n');

/** Parses each file; throws with the parser's message (file, line, column) if one is not valid YAML. */
export function loadYamlFiles(paths: string[]): unknown[] {
  try {
    return JSON.parse(execFileSync('python3', ['-c', LOAD, ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as unknown[];
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? '');
    if (/No module named '?yaml/.test(stderr)) throw new Error('These tests read YAML with PyYAML: install python3-yaml (apt) or PyYAML (pip).');
    throw new Error(`YAML did not parse:\n${stderr.trim().split('\n').slice(-6).join('\n')}`);
  }
}

export function loadYaml(path: string): unknown {
  return loadYamlFiles([path])[0];
}
