// Every input of the Action, read once into one object. The options shared with the CLI go
// through the same table (config/options.ts), so both front doors check values alike.
import { OPTIONS, resolveConfig, type Config } from '../config/options.ts';
import { parseBoolean, parseChoice, parseDuration } from '../config/parse.ts';
import { UsageError } from '../errors.ts';
import { parseShard, type ShardSpec } from '../measure/shard-spec.ts';

export const BASELINE_STORES = ['cache', 'branch', 'none'] as const;
export const COMMENT_MODES = ['always', 'on-regression', 'never'] as const;
export const ACTION_MODES = ['run', 'report', 'merge'] as const;
export const COMPARE_MODES = ['stored', 'interleaved'] as const;

/** Options of the shared table that make no sense in the Action. */
export const CLI_ONLY = new Set(['store', 'format']);

/** The Action's inputs beyond the shared option table, as action.yml names them. */
export const ACTION_INPUTS = [
  'results',
  'baseline-store',
  'data-branch',
  'data-repository',
  'data-folder',
  'comment',
  'release-branches',
  'mode',
  'allow-pull-request-target',
  'compare',
  'setup',
  'budget',
  'shard',
  'github-token',
  // Read by dashboard.ts.
  'dashboard',
  'dashboard-url',
] as const;
type ActionInputName = (typeof ACTION_INPUTS)[number] | (typeof OPTIONS)[number]['name'];

export interface ActionInputs {
  config: Config;
  /** Results file (or, in report mode, the folder of the downloaded artifact) instead of measuring. */
  results?: string;
  baselineStore: (typeof BASELINE_STORES)[number];
  /** Repository holding the data branch (URL or path); empty: this repository. */
  dataRepository: string;
  dataBranch: string;
  dataFolder: string;
  comment: (typeof COMMENT_MODES)[number];
  releaseBranches: string[];
  mode: (typeof ACTION_MODES)[number];
  allowPullRequestTarget: boolean;
  /** On pull requests: against a stored baseline, or base and head side by side on this runner. */
  compare: (typeof COMPARE_MODES)[number];
  /** Shell command run in each tree before an interleaved measurement. */
  setup: string;
  /** Time for an interleaved measurement, in ms. */
  budget: number;
  /** A matrix job's part of the suite: measure it and leave the results for the merge job. */
  shard?: ShardSpec;
  token: string;
}

export type GetInput = (name: ActionInputName) => string;

/** Reads what the runner passes as INPUT_<NAME> variables. */
export function inputsFromEnv(env: NodeJS.ProcessEnv): GetInput {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs(getInput: GetInput): ActionInputs {
  const origin = (name: string) => `input '${name}'`;
  const shared: Record<string, string> = {};
  for (const option of OPTIONS) {
    if (!CLI_ONLY.has(option.name)) shared[option.name] = getInput(option.name);
  }
  const config = resolveConfig([{ values: shared, origin }]);
  config.format = 'markdown';

  const results = getInput('results');
  const shardText = getInput('shard');
  const shard = shardText ? parseShard(origin('shard'), shardText) : undefined;
  const mode = parseChoice(origin('mode'), getInput('mode') || 'run', ACTION_MODES);
  if (shard && mode !== 'run')
    throw new UsageError(`${origin('shard')}: shard jobs measure (mode run); the job with mode ${mode} reads what they uploaded, so leave 'shard' empty there`);
  if (mode === 'merge' && !results) {
    throw new UsageError(
      `${origin('results')}: mode merge reads the shards' results from a folder: download the shard jobs' artifacts there (actions/download-artifact with pattern and merge-multiple: true) and name it here`,
    );
  }
  const dataBranch = getInput('data-branch') || 'benchgate-data';
  if (!/^[\w./-]+$/.test(dataBranch) || dataBranch.includes('..')) {
    throw new UsageError(`${origin('data-branch')}: expected a branch name such as benchgate-data or gh-pages, found ${JSON.stringify(dataBranch)}`);
  }
  const dataRepository = getInput('data-repository');
  if (dataRepository.startsWith('-')) {
    // git would read it as an option (--upload-pack runs a command).
    throw new UsageError(`${origin('data-repository')}: expected a repository URL or path, not beginning with "-", found ${JSON.stringify(dataRepository)}`);
  }
  const dataFolder = getInput('data-folder').replace(/^\/+|\/+$/g, '');
  if (dataFolder.split('/').includes('..'))
    throw new UsageError(`${origin('data-folder')}: expected a folder inside the data branch, found ${JSON.stringify(dataFolder)}`);
  const compare = parseChoice(origin('compare'), getInput('compare') || 'stored', COMPARE_MODES);
  if (compare === 'interleaved' && config.measure === 'instructions') {
    throw new UsageError(
      `${origin('measure')}: instructions are compared with a stored baseline, while compare: interleaved times base and head side by side; choose one`,
    );
  }
  return {
    config,
    ...(results ? { results } : {}),
    baselineStore: parseChoice(origin('baseline-store'), getInput('baseline-store') || 'cache', BASELINE_STORES),
    dataRepository,
    dataBranch,
    dataFolder,
    comment: parseChoice(origin('comment'), getInput('comment') || 'always', COMMENT_MODES),
    releaseBranches: (getInput('release-branches') || 'release/**')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    mode,
    allowPullRequestTarget: parseBoolean(origin('allow-pull-request-target'), getInput('allow-pull-request-target') || 'false'),
    compare,
    setup: getInput('setup'),
    budget: parseDuration(origin('budget'), getInput('budget') || '4m', { min: 1_000 }),
    ...(shard ? { shard } : {}),
    token: getInput('github-token'),
  };
}
