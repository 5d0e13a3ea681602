import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-PA2H4TYI.js";

// src/github/errors.ts
var GitHubApiError = class extends Error {
  name = "GitHubApiError";
  failure;
  /** What benchgate was doing, e.g. "comment on octo-org/widgets#12". */
  action;
  status;
  /** For 'rate-limited': how long GitHub asked to wait. */
  retryAfterSeconds;
  constructor(action, failure, message, details = {}) {
    super(message, details.cause === void 0 ? void 0 : { cause: details.cause });
    this.action = action;
    this.failure = failure;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
};
var CommentNotPermitted = class extends GitHubApiError {
  name = "CommentNotPermitted";
};
var PullRequestHeadMismatch = class extends Error {
  name = "PullRequestHeadMismatch";
  pullNumber;
  expectedHeadSha;
  actualHeadSha;
  constructor(repository, pullNumber, expectedHeadSha, actualHeadSha) {
    super(
      `Pull request ${repository}#${pullNumber} has head ${actualHeadSha.slice(0, 12)}, but the measured commit is ${expectedHeadSha.slice(0, 12)}. The pull request number came from an artifact and is not trusted, so benchgate will not comment on it. (If the pull request got new commits since, the run for those will comment.)`
    );
    this.pullNumber = pullNumber;
    this.expectedHeadSha = expectedHeadSha;
    this.actualHeadSha = actualHeadSha;
  }
};
function isHttpError(err) {
  return err instanceof Error && typeof err.status === "number" && "request" in err;
}
function toGitHubApiError(err, action, permission) {
  if (err instanceof GitHubApiError) return err;
  if (!isHttpError(err)) {
    const message = err instanceof Error ? err.message : String(err);
    return new GitHubApiError(action, "unexpected", `Could not ${action}: ${message}`, { cause: err });
  }
  const { status } = err;
  const headers = err.response?.headers ?? {};
  const data = err.response?.data;
  const said = githubMessage(data) ?? err.message;
  const answered = `GitHub answered ${status}${said ? ` "${said}"` : ""}`;
  const details = { status, cause: err };
  if (!err.response) {
    return new GitHubApiError(action, "network", `Could not ${action}: GitHub could not be reached (${err.message}), also after retrying.`, details);
  }
  const retryAfterSeconds = rateLimitWait(status, said, headers);
  if (retryAfterSeconds !== void 0) {
    const which = headers["x-ratelimit-remaining"] === "0" || headers["x-ratelimit-remaining"] === 0 ? "rate limit" : "secondary rate limit";
    return new GitHubApiError(
      action,
      "rate-limited",
      `Could not ${action}: GitHub's ${which} was hit (it asked to wait ${retryAfterSeconds} s). benchgate waits out short limits a few times but gives up on long ones (throttle.maxRetryAfterSeconds) rather than hold the job. Nothing else is affected; run the job again later.`,
      { ...details, retryAfterSeconds }
    );
  }
  if (status === 401) {
    return new GitHubApiError(action, "unauthorized", `Could not ${action}: ${answered}. Check the token: GITHUB_TOKEN expires when its job ends, and a personal token may have been revoked.`, details);
  }
  if (status === 403) {
    const need = permission ? ` The workflow needs \`permissions: ${permission}\`.` : "";
    return new GitHubApiError(action, "not-permitted", `Could not ${action}: ${answered}: the token may not do this.${need}`, details);
  }
  if (status === 404 || status === 410) {
    return new GitHubApiError(action, "not-found", `Could not ${action}: ${answered}. It does not exist, or the token cannot see it.`, details);
  }
  if (status >= 500) {
    return new GitHubApiError(action, "server-error", `Could not ${action}: ${answered}, also after retrying. GitHub may be having an incident (https://www.githubstatus.com).`, details);
  }
  return new GitHubApiError(action, "rejected", `Could not ${action}: ${answered}${validationErrors(data)}.`, details);
}
async function callGitHub(action, call, permission) {
  try {
    return await call();
  } catch (err) {
    throw toGitHubApiError(err, action, permission);
  }
}
function rateLimitWait(status, message, headers) {
  if (status !== 403 && status !== 429) return void 0;
  const retryAfter = Number(headers["retry-after"]);
  if (Number.isFinite(retryAfter) && headers["retry-after"] !== void 0) return retryAfter;
  if (String(headers["x-ratelimit-remaining"]) === "0") {
    const reset = Number(headers["x-ratelimit-reset"]);
    return Number.isFinite(reset) ? Math.max(0, Math.ceil(reset - Date.now() / 1e3)) : 60;
  }
  if (status === 429 || /rate limit/i.test(message ?? "")) return 60;
  return void 0;
}
function githubMessage(data) {
  if (typeof data === "object" && data !== null && typeof data.message === "string") {
    return data.message;
  }
  return void 0;
}
function validationErrors(data) {
  const errors = typeof data === "object" && data !== null ? data.errors : void 0;
  if (!Array.isArray(errors)) return "";
  const messages = errors.map(
    (e) => typeof e === "string" ? e : typeof e === "object" && e !== null ? String(e.message ?? e.code) : String(e)
  );
  return messages.length > 0 ? ` (${messages.join("; ")})` : "";
}

// src/github/pulls.ts
async function getPullRequest(octokit, owner, repo, number) {
  checkRepository(owner, repo);
  checkPullNumber(number);
  const { data } = await callGitHub(
    `read pull request ${owner}/${repo}#${number}`,
    () => octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { owner, repo, pull_number: number })
  );
  const headRepo = data.head.repo?.full_name ?? null;
  return {
    number: data.number,
    state: data.state === "closed" ? "closed" : "open",
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    headRepo,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    baseRepo: data.base.repo.full_name,
    fork: headRepo === null || headRepo.toLowerCase() !== data.base.repo.full_name.toLowerCase()
  };
}
async function verifyPullRequestHead(octokit, owner, repo, number, expectedHeadSha) {
  checkPullNumber(number);
  if (typeof expectedHeadSha !== "string" || !/^[0-9a-f]{40}$/i.test(expectedHeadSha)) {
    throw new UsageError(`Expected head commit of pull request #${number}: expected a 40-character hex sha, found ${describe(expectedHeadSha)}.`);
  }
  const pr = await getPullRequest(octokit, owner, repo, number);
  if (pr.headSha.toLowerCase() !== expectedHeadSha.toLowerCase()) {
    throw new PullRequestHeadMismatch(`${owner}/${repo}`, number, expectedHeadSha, pr.headSha);
  }
  return pr;
}
function checkRepository(owner, repo) {
  if (typeof owner !== "string" || !/^[\w.-]+$/.test(owner) || typeof repo !== "string" || !/^[\w.-]+$/.test(repo)) {
    throw new UsageError(`GitHub repository: expected an owner and a name like "octo-org" and "widgets", found ${describe(owner)} and ${describe(repo)}.`);
  }
}
function checkPullNumber(number) {
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`Pull request number: expected a positive integer, found ${describe(number)}.`);
  }
}

export {
  GitHubApiError,
  CommentNotPermitted,
  callGitHub,
  getPullRequest,
  verifyPullRequestHead,
  checkRepository
};
