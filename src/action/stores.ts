// The baseline store the inputs ask for, set up for the runner.
import { join } from 'node:path';
import * as core from '@actions/core';
import { ActionsCacheStore } from '../store/actions-cache.ts';
import { GitBranchStore, type GitBranchStoreOptions } from '../store/git-branch.ts';
import type { Store } from '../store/store.ts';
import type { ActionInputs } from './inputs.ts';

const log = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) };

export function createStore(
  inputs: ActionInputs,
  workspace: string,
  env: NodeJS.ProcessEnv,
  alongside?: GitBranchStoreOptions['alongside'],
): Store | undefined {
  const retain = inputs.config.retain;
  switch (inputs.baselineStore) {
    case 'none':
      return undefined;
    case 'cache':
      // Inside the workspace: the cache entry's version hashes this path, so it must be the same on every runner.
      return new ActionsCacheStore({ dir: join(workspace, '.benchgate', 'cache'), retain, log });
    case 'branch': {
      const remote = inputs.dataRepository || `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}.git`;
      return new GitBranchStore({
        remote,
        branch: inputs.dataBranch,
        folder: inputs.dataFolder,
        workDir: join(env.RUNNER_TEMP ?? join(workspace, '.benchgate'), 'benchgate-data', inputs.config.suite),
        retain,
        ...(inputs.token ? { token: inputs.token } : {}),
        ...(alongside ? { alongside } : {}),
        log,
      });
    }
  }
}
