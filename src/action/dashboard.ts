// The trend dashboard in the Action: every run saved to the data branch also records its
// verdicts and regenerates the site beside the data, in the same commit (so a push that loses
// a race re-applies both on the new tip); the job summary and the PR comment link to the page.
import * as core from '@actions/core';
import type { Comparison } from '../compare/types.ts';
import { parseChoice } from '../config/parse.ts';
import { UsageError } from '../errors.ts';
import { writeDashboard } from '../pipeline.ts';
import type { RunResult } from '../results/model.ts';
import { suiteFolder } from '../store/run-files.ts';
import { appendRunVerdicts } from '../store/verdict-log.ts';
import { writeChangedFiles } from '../store/write-changed.ts';
import { inputsFromEnv, type ActionInputs } from './inputs.ts';

export const DASHBOARD_INPUTS = ['dashboard', 'dashboard-url'] as const;

export interface DashboardSettings {
  /** Regenerate the site on every run saved to the data branch. */
  enabled: boolean;
  /** The site is at the data branch's root: GitHub Pages should serve it without Jekyll. */
  atRoot: boolean;
  /** Where the page is published, for links; absent when it cannot be known. */
  url?: string;
}

/**
 * `dashboard`: auto (on with baseline-store: branch), true, false. `dashboard-url`: where the page
 * is served; by default GitHub Pages' address of the repository holding the data branch.
 */
export function readDashboardSettings(inputs: ActionInputs, env: NodeJS.ProcessEnv): DashboardSettings {
  const get = inputsFromEnv(env) as (name: string) => string;
  const choice = parseChoice("input 'dashboard'", get('dashboard') || 'auto', ['auto', 'true', 'false'] as const);
  if (choice === 'true' && inputs.baselineStore !== 'branch') {
    throw new UsageError(`input 'dashboard': the dashboard lives on the data branch, so it needs baseline-store: branch (found ${inputs.baselineStore})`);
  }
  const enabled = choice === 'true' || (choice === 'auto' && inputs.baselineStore === 'branch');
  const given = get('dashboard-url');
  if (given !== '' && !/^https?:\/\/[^\s<>()]+$/i.test(given)) {
    throw new UsageError(`input 'dashboard-url': expected an http(s) address like https://octo-org.github.io/widgets/, found ${JSON.stringify(given)}`);
  }
  const url = given !== '' ? given : enabled ? pagesUrl(inputs, env) : undefined;
  return { enabled, atRoot: inputs.dataFolder === '', ...(url !== undefined ? { url } : {}) };
}

/** https://<owner>.github.io/<repo>/<folder>/ of the repository holding the data branch, when it is on github.com. */
export function pagesUrl(inputs: Pick<ActionInputs, 'dataRepository' | 'dataFolder'>, env: NodeJS.ProcessEnv): string | undefined {
  let owner: string | undefined;
  let repo: string | undefined;
  if (inputs.dataRepository === '') {
    if ((env.GITHUB_SERVER_URL ?? 'https://github.com') !== 'https://github.com') return undefined;
    [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  } else {
    const match = /^(?:https:\/\/github\.com\/|git@github\.com:)([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(inputs.dataRepository);
    if (!match) return undefined;
    [, owner, repo] = match;
  }
  if (!owner || !repo || !/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(repo)) return undefined;
  const host = `${owner.toLowerCase()}.github.io`;
  const base = repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo}/`;
  const folder = inputs.dataFolder
    .split('/')
    .filter(Boolean)
    .map((part) => encodeURIComponent(part))
    .join('/');
  return folder ? `${base}${folder}/` : base;
}

/** The report with a line that links to the dashboard, when there is one to link to. */
export function withDashboardLink(markdown: string, settings: DashboardSettings): string {
  if (settings.url === undefined) return markdown;
  // The address is the workflow's own input or built from the repository's name: still, nothing in it may end the link.
  const href = settings.url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `${markdown.replace(/\s*$/, '')}\n\n📈 [Trends of every benchmark](${href}) (the dashboard of the data branch)\n`;
}

/**
 * What the data-branch store writes alongside each saved run: the run's verdicts and the
 * regenerated site. `comparison()` gives the comparison of the run being saved. A dashboard that
 * cannot be written costs a warning, never the save.
 */
export function dashboardAlongside(
  settings: DashboardSettings,
  env: NodeJS.ProcessEnv,
  comparison: () => Comparison | undefined,
): ((folder: string, run: RunResult, branch: string) => Promise<string[]>) | undefined {
  if (!settings.enabled) return undefined;
  const repository = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  return async (folder, run, branch) => {
    const written: string[] = [];
    try {
      const compared = comparison();
      if (compared?.baseline) {
        const verdicts = compared.benchmarks
          .filter((b) => b.verdict !== 'unchanged')
          .map((b) => ({ name: b.name, unit: b.unit, direction: b.direction, verdict: b.verdict, ...(b.change !== undefined ? { change: b.change } : {}) }));
        written.push(await appendRunVerdicts(folder, suiteFolder(run.suite), run.suite, run.run.time, { id: run.run.id, branch, verdicts }));
      }
      const outcome = await writeDashboard({
        storeFolder: folder,
        out: folder,
        ...(repository !== undefined ? { repository } : {}),
        skipped: (message) => core.warning(`Left out of the dashboard: ${message}`),
      });
      written.push(...outcome.written);
      if (settings.atRoot) written.push(...(await writeChangedFiles(folder, [{ path: '.nojekyll', content: '' }])));
      core.info(`Dashboard: ${outcome.written.length} of ${outcome.files.length} files changed${settings.url ? `; it is served at ${settings.url}` : ''}.`);
    } catch (err) {
      core.warning(`The run is saved, but the dashboard could not be updated: ${(err as Error).message}`);
    }
    return written;
  };
}
