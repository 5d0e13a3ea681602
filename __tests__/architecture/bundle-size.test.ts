// The weight of dist/ (issue 9), read from the files: no timing. dist/ is committed and CI
// checks that it matches `npm run build`, so these sizes are those users get.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DIST, entryWeight, LIMITS, startupText } from '../../scripts/bundle-weight.ts';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
  exports: Record<string, Record<string, string>>;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

describe('bundle sizes', () => {
  for (const [entry, limit] of Object.entries(LIMITS)) {
    it(`dist/${entry} stays under ${limit.file} bytes, and what it loads at start under ${limit.startup}`, () => {
      const weight = entryWeight(entry);
      assert.ok(weight.file <= limit.file, `dist/${entry} is ${weight.file} bytes`);
      assert.ok(weight.startup <= limit.startup, `dist/${entry} loads ${weight.startup} bytes at start`);
    });
  }

  it('the Action carries no undici, and benchmark files load none through `benchgate`', () => {
    for (const entry of ['index.js', 'api.js']) {
      const weight = entryWeight(entry);
      assert.ok(weight.reachable > 0);
      assert.doesNotMatch(startupText(entry), /UND_ERR_/, `dist/${entry} loads undici`);
    }
    assert.match(readFileSync(join(DIST, 'http.js'), 'utf8'), /UND_ERR_/, "'benchgate/http' is where the HTTP client lives");
  });

  it('`benchgate compare` does not load the Actions cache, Octokit, the dashboard or the runners', () => {
    const text = startupText('cli.js');
    for (const [what, marker] of [
      ['@actions/cache', 'ACTIONS_CACHE_URL'],
      ['Octokit', 'octokit'],
      ['the dashboard page', 'uPlot'],
      ['tinybench', 'tinybench'],
    ] as const) {
      assert.doesNotMatch(text, new RegExp(marker), `the CLI loads ${what} at start`);
    }
  });

  it("package.json: 'benchgate' and 'benchgate/http' are separate entries; tsx is an optional peer", () => {
    assert.equal(pkg.exports['.']?.default, './dist/api.js');
    assert.equal(pkg.exports['./http']?.default, './dist/http.js');
    assert.equal(pkg.dependencies.tsx, undefined);
    assert.equal(pkg.dependencies['@actions/github'], undefined);
    assert.equal(pkg.dependencies['simple-statistics'], undefined);
    assert.ok(pkg.peerDependencies?.tsx);
    assert.equal(pkg.peerDependenciesMeta?.tsx?.optional, true);
  });
});
