// What can go wrong talking to GitHub, as typed errors the caller can report and carry on
// from: a failed comment or status must never cost the run its verdict.

export type GitHubFailure =
  /** The token may not do this (fork pull requests get a read-only token). */
  | 'not-permitted'
  /** A primary or secondary rate limit that asked for a longer wait than benchgate allows. */
  | 'rate-limited'
  /** GitHub kept answering 5xx after the retries. */
  | 'server-error'
  /** GitHub could not be reached (DNS, connection, timeout) after the retries. */
  | 'network'
  /** The repository, pull request or commit does not exist, or the token cannot see it. */
  | 'not-found'
  /** The token was refused (401). */
  | 'unauthorized'
  /** GitHub refused the request as invalid (400, 409, 422). */
  | 'rejected'
  | 'unexpected';

export interface GitHubErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class GitHubApiError extends Error {
  override name = 'GitHubApiError';
  readonly failure: GitHubFailure;
  /** What benchgate was doing, e.g. "comment on octo-org/widgets#12". */
  readonly action: string;
  readonly status: number | undefined;
  /** For 'rate-limited': how long GitHub asked to wait. */
  readonly retryAfterSeconds: number | undefined;
  constructor(action: string, failure: GitHubFailure, message: string, details: GitHubErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.action = action;
    this.failure = failure;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** The token may not comment here; typical for pull requests from forks. */
export class CommentNotPermitted extends GitHubApiError {
  override name = 'CommentNotPermitted';
}

/** The pull request's head is not the commit that was measured, so its number is not trusted. */
export class PullRequestHeadMismatch extends Error {
  override name = 'PullRequestHeadMismatch';
  readonly pullNumber: number;
  readonly expectedHeadSha: string;
  readonly actualHeadSha: string;
  constructor(repository: string, pullNumber: number, expectedHeadSha: string, actualHeadSha: string) {
    super(
      `Pull request ${repository}#${pullNumber} has head ${actualHeadSha.slice(0, 12)}, but the measured commit is ` +
        `${expectedHeadSha.slice(0, 12)}. The pull request number came from an artifact and is not trusted, so ` +
        'benchgate will not comment on it. (If the pull request got new commits since, the run for those will comment.)',
    );
    this.pullNumber = pullNumber;
    this.expectedHeadSha = expectedHeadSha;
    this.actualHeadSha = actualHeadSha;
  }
}

interface HttpError {
  status: number;
  message: string;
  request: unknown;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function isHttpError(err: unknown): err is HttpError {
  return err instanceof Error && typeof (err as { status?: unknown }).status === 'number' && 'request' in err;
}

/**
 * Turn whatever the GitHub call threw into a GitHubApiError that says what benchgate was
 * doing (`action`), what GitHub answered and what to do about it. `permission` names the
 * workflow permission the action needs, for the message when the token may not.
 */
export function toGitHubApiError(err: unknown, action: string, permission?: string): GitHubApiError {
  if (err instanceof GitHubApiError) return err;
  if (!isHttpError(err)) {
    const message = err instanceof Error ? err.message : String(err);
    return new GitHubApiError(action, 'unexpected', `Could not ${action}: ${message}`, { cause: err });
  }

  const { status } = err;
  const headers = err.response?.headers ?? {};
  const data = err.response?.data;
  const said = githubMessage(data) ?? err.message;
  const answered = `GitHub answered ${status}${said ? ` "${said}"` : ''}`;
  const details = { status, cause: err };

  if (!err.response) {
    return new GitHubApiError(action, 'network', `Could not ${action}: GitHub could not be reached (${err.message}), also after retrying.`, details);
  }
  const retryAfterSeconds = rateLimitWait(status, said, headers);
  if (retryAfterSeconds !== undefined) {
    const which = headers['x-ratelimit-remaining'] === '0' || headers['x-ratelimit-remaining'] === 0 ? 'rate limit' : 'secondary rate limit';
    return new GitHubApiError(
      action,
      'rate-limited',
      `Could not ${action}: GitHub's ${which} was hit (it asked to wait ${retryAfterSeconds} s). benchgate waits out short ` +
        'limits a few times but gives up on long ones (throttle.maxRetryAfterSeconds) rather than hold the job. ' +
        'Nothing else is affected; run the job again later.',
      { ...details, retryAfterSeconds },
    );
  }
  if (status === 401) {
    return new GitHubApiError(
      action,
      'unauthorized',
      `Could not ${action}: ${answered}. Check the token: GITHUB_TOKEN expires when its job ends, and a personal token may have been revoked.`,
      details,
    );
  }
  if (status === 403) {
    const need = permission ? ` The workflow needs \`permissions: ${permission}\`.` : '';
    return new GitHubApiError(action, 'not-permitted', `Could not ${action}: ${answered}: the token may not do this.${need}`, details);
  }
  if (status === 404 || status === 410) {
    return new GitHubApiError(action, 'not-found', `Could not ${action}: ${answered}. It does not exist, or the token cannot see it.`, details);
  }
  if (status >= 500) {
    return new GitHubApiError(
      action,
      'server-error',
      `Could not ${action}: ${answered}, also after retrying. GitHub may be having an incident (https://www.githubstatus.com).`,
      details,
    );
  }
  return new GitHubApiError(action, 'rejected', `Could not ${action}: ${answered}${validationErrors(data)}.`, details);
}

/** Run one GitHub call, turning any failure into a GitHubApiError. */
export async function callGitHub<T>(action: string, call: () => Promise<T>, permission?: string): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toGitHubApiError(err, action, permission);
  }
}

function rateLimitWait(status: number, message: string | undefined, headers: Record<string, string | number | undefined>): number | undefined {
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = Number(headers['retry-after']);
  if (Number.isFinite(retryAfter) && headers['retry-after'] !== undefined) return retryAfter;
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - Date.now() / 1000)) : 60;
  }
  if (status === 429 || /rate limit/i.test(message ?? '')) return 60;
  return undefined;
}

function githubMessage(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return undefined;
}

function validationErrors(data: unknown): string {
  const errors = typeof data === 'object' && data !== null ? (data as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return '';
  const messages = errors.map((e: unknown) =>
    typeof e === 'string'
      ? e
      : typeof e === 'object' && e !== null
        ? String((e as { message?: unknown; code?: unknown }).message ?? (e as { code?: unknown }).code)
        : String(e),
  );
  return messages.length > 0 ? ` (${messages.join('; ')})` : '';
}
