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
      // In the runner's temp folder, not the workspace the user uploads or commits from. The entry's
      // version hashes the path as seen from the workspace, the same on every runner of a kind.
      return new ActionsCacheStore({ dir: join(env.RUNNER_TEMP ?? join(workspace, '.benchgate'), 'benchgate-cache'), retain, log });
    case 'branch': {
      const remote = inputs.dataRepository || `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}.git`;
      return new GitBranchStore({
        remote,
        branch: inputs.dataBranch,
        folder: inputs.dataFolder,
        // A new folder with an unguessable name in it for every run: see GitBranchStore.
        ...(env.RUNNER_TEMP ? { workRoot: env.RUNNER_TEMP } : {}),
        retain,
        ...(inputs.token ? { token: inputs.token } : {}),
        ...(alongside ? { alongside } : {}),
        log,
      });
    }
  }
}
