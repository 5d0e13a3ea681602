// The one place an Octokit is made. @octokit/core with only pagination, retry and
// throttling: about 50 kB bundled, against about 190 kB for the `octokit` package, whose
// REST method table we do not need (the calls use `octokit.request('GET /route')`).
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import { UsageError } from '../errors.ts';

/**
 * Says each retry the retry plugin is about to make, which it does silently (1 + 4 + 9 s of
 * back-off against a failing GitHub). Placed before it, so that its hook sees every attempt.
 */
function logRetries(octokit: Octokit, options: { retry?: { retries?: number; doNotRetry?: number[]; retryAfterBaseValue?: number } }): void {
  const retries = options.retry?.retries ?? 3;
  const doNotRetry = options.retry?.doNotRetry ?? [];
  const secondMs = options.retry?.retryAfterBaseValue ?? 1000;
  octokit.hook.error('request', (error, request) => {
    const status = (error as { status?: number }).status ?? 0;
    const attempt = (request.request as { retryCount?: number } | undefined)?.retryCount ?? 0;
    if (status >= 400 && !doNotRetry.includes(status) && attempt < retries) {
      const wait = ((attempt + 1) ** 2 * secondMs) / 1000;
      octokit.log.warn(
        `GitHub answered ${request.method} ${request.url} with ${status === 500 && !(error as { response?: unknown }).response ? 'no response' : status}; trying again in ${wait} s (retry ${attempt + 1} of ${retries}).`,
      );
    }
    throw error;
  });
}

const BenchgateOctokit = Octokit.plugin(paginateRest, logRetries, retry, throttling);
export type GitHubClient = InstanceType<typeof BenchgateOctokit>;

export interface GitHubClientOptions {
  token: string;
  /** REST API root; GitHub Enterprise Server and tests point it elsewhere. */
  baseUrl?: string;
  log?: (message: string) => void;
  /** How often a request that failed with 5xx, a network error or a short rate limit is tried again. Default 3. */
  retries?: number;
  throttle?: {
    /** Longest wait a rate limit may ask for before benchgate gives up on the request. Default 60. */
    maxRetryAfterSeconds?: number;
  };
  /** Give up on a request that has not answered after this long (it is then retried). Default 30 000. */
  timeoutMs?: number;
  /** How long one second of back-off lasts, in milliseconds. 1000 against GitHub; tests shrink it. */
  secondMs?: number;
  /**
   * Space writes as GitHub asks integrations to (one at a time, at least a second apart,
   * three for writes that notify people). Default true; tests turn it off to stay fast.
   */
  spaceWrites?: boolean;
}

// Rate limits are the throttling plugin's job: it reads retry-after and x-ratelimit-reset.
// Left in the retry plugin, a 429 would also be retried blindly on its own schedule.
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

type LimiterGroup = NonNullable<ThrottlingOptions['write']>;

// Stands in for a Bottleneck group that never makes a job wait: the throttling plugin only
// calls `group.key(id).schedule(options, job, ...args)` on the write groups.
const unspaced = {
  key: () => ({
    schedule: <T>(_options: unknown, job: (...args: unknown[]) => T | Promise<T>, ...args: unknown[]) => Promise.resolve().then(() => job(...args)),
  }),
} as unknown as LimiterGroup;

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, log = (message: string) => console.warn(message) } = options;
  if (typeof token !== 'string' || token.trim() === '') {
    throw new UsageError('GitHub token is empty: expected a token that may use the REST API (usually GITHUB_TOKEN, `${{ github.token }}`).');
  }
  const baseUrl = (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new UsageError(`GitHub API URL (GITHUB_API_URL) must be an http(s) URL such as https://api.github.com; found ${JSON.stringify(baseUrl)}.`);
  }
  const retries = options.retries ?? 3;
  const maxRetryAfterSeconds = options.throttle?.maxRetryAfterSeconds ?? 60;
  const secondMs = options.secondMs ?? 1000;
  const timeoutMs = options.timeoutMs ?? 30_000;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${request.method} ${request.url}`;
      if (retryAfter > maxRetryAfterSeconds) {
        log(`GitHub ${kind} on ${what}: it asks to wait ${retryAfter} s, more than ${maxRetryAfterSeconds} s; giving up on this request.`);
        return false;
      }
      if (retryCount >= retries) {
        log(`GitHub ${kind} on ${what}: still limited after ${retries} retries; giving up on this request.`);
        return false;
      }
      log(`GitHub ${kind} on ${what}: waiting ${retryAfter} s, then retrying (${retryCount + 1}/${retries}).`);
      return true;
    };

  return new BenchgateOctokit({
    auth: token,
    baseUrl,
    userAgent: 'benchgate',
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
    request: { fetch: fetchWithTimeout(timeoutMs) },
    retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: secondMs },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: secondMs,
      ...(options.spaceWrites === false ? { write: unspaced, notifications: unspaced } : {}),
    },
  });
}

// fetch has no timeout of its own; a hung connection would otherwise hold the job until it is killed.
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}
