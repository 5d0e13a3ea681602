// Student's t distribution against SciPy, including degrees of freedom that are not whole numbers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { tCdf, tQuantile, tSf } from '../../src/stats/student-t.ts';
import { MISSING, PYTHON, oracleOptions } from '../support/scipy.ts';

test('tSf, tCdf and tQuantile match scipy.stats.t', oracleOptions, () => {
  if (!PYTHON) assert.fail(MISSING);
  const dfs = [0.5, 1, 1.48, 2, 3.33, 5, 7.03, 10, 30, 100, 1000];
  const ts = [-40, -3, -1, 0, 0.3, 1.5, 2.5, 4, 8, 40];
  const ps = [0.5, 0.6, 0.9, 0.975, 0.99875, 0.9999];
  const script = `
import json, sys
from scipy import stats
d = json.load(sys.stdin)
print(json.dumps({'sf': [[float(stats.t.sf(t, df)) for t in d['ts']] for df in d['dfs']], 'cdf': [[float(stats.t.cdf(t, df)) for t in d['ts']] for df in d['dfs']], 'q': [[float(stats.t.ppf(p, df)) for p in d['ps']] for df in d['dfs']]}))`;
  const e = JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify({ dfs, ts, ps }), encoding: 'utf8' })) as {
    sf: number[][];
    cdf: number[][];
    q: number[][];
  };
  dfs.forEach((df, i) => {
    ts.forEach((t, j) => {
      const want = e.sf[i]![j]!;
      const got = tSf(t, df);
      assert.ok(Math.abs(got - want) <= 1e-10 * Math.max(want, 1e-300) || Math.abs(got - want) < 1e-300, `sf(${t}, ${df}) = ${got}, SciPy ${want}`);
      const wantCdf = e.cdf[i]![j]!;
      const gotCdf = tCdf(t, df);
      assert.ok(
        Math.abs(gotCdf - wantCdf) <= 1e-10 * Math.max(wantCdf, 1e-300) || Math.abs(gotCdf - wantCdf) < 1e-300,
        `cdf(${t}, ${df}) = ${gotCdf}, SciPy ${wantCdf}`,
      );
    });
    ps.forEach((p, j) => {
      const want = e.q[i]![j]!;
      const got = tQuantile(p, df);
      // SciPy's ppf is itself good to about 1e-9 here (its own sf at its ppf(0.9, 3.33) is 1.0000000002e-1).
      assert.ok(Math.abs(got - want) <= 1e-8 * Math.max(1, Math.abs(want)), `q(${p}, ${df}) = ${got}, SciPy ${want}`);
    });
  });
});
