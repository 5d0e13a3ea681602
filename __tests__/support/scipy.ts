// The independent oracle for statistics tests: a Python with SciPy.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The first Python that has SciPy: $BENCHGATE_PYTHON, Debian's /usr/bin/python3, then python3 on PATH. */
function findPython(): string | undefined {
  const candidates = [process.env.BENCHGATE_PYTHON, '/usr/bin/python3', 'python3'].filter((c): c is string => !!c);
  for (const python of candidates) {
    if (python.startsWith('/') && !existsSync(python)) continue;
    if (spawnSync(python, ['-c', 'import scipy, numpy'], { stdio: 'ignore' }).status === 0) return python;
  }
  return undefined;
}

export const PYTHON = findPython();
export const MISSING = 'python3 with SciPy not found (apt-get install python3-scipy, or set BENCHGATE_PYTHON)';
/** Test options: locally a missing SciPy skips with the reason; in CI it fails, so oracle tests cannot go quietly missing. */
export const oracleOptions = { skip: PYTHON || process.env.CI ? false : MISSING };
