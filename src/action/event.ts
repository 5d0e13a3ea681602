// The workflow event this step runs for, read the way the runner hands it over: the event's
// name, commit and ref in GITHUB_* variables and its payload as JSON in GITHUB_EVENT_PATH.
// @actions/github's `context` does the same, but importing it brings Octokit and a second copy
// of undici into the Action's bundle (about 0.9 MB) for these few lines.
import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../errors.ts';

export interface EventContext {
  eventName: string;
  /** The webhook payload; `{}` when the runner gave none. */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
}

export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const path = env.GITHUB_EVENT_PATH;
  let payload: Record<string, unknown> = {};
  if (path) {
    if (existsSync(path)) {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    } else {
      process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist\n`);
    }
  }
  return { eventName: env.GITHUB_EVENT_NAME ?? '', payload, sha: env.GITHUB_SHA ?? '', ref: env.GITHUB_REF ?? '' };
}

/** The repository the workflow runs in: GITHUB_REPOSITORY, else the payload's `repository`. */
export function eventRepository(env: NodeJS.ProcessEnv = process.env): { owner: string; repo: string } {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (owner && repo) return { owner, repo };
  const repository = readEventContext(env).payload.repository as { name?: string; owner?: { login?: string } } | undefined;
  if (repository?.owner?.login && repository.name) return { owner: repository.owner.login, repo: repository.name };
  throw new UsageError("The repository is unknown: GITHUB_REPOSITORY should name it as 'owner/repo'.");
}
