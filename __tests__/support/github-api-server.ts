// A local stand-in for GitHub's REST API, for exactly the endpoints benchgate's GitHub edge
// calls. It keeps state, checks tokens, injects GitHub's real failure responses on demand,
// and checks every request and every response against GitHub's own OpenAPI description:
// a mismatch lands in `violations`, which tests assert stays empty.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeErrors, example, loadContract, type Operation, type ServedOperation } from './github-api-contract.ts';

export const SERVED_OPERATIONS: ServedOperation[] = [
  { method: 'GET', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { method: 'PATCH', route: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
  { method: 'GET', route: '/repos/{owner}/{repo}/pulls/{pull_number}' },
  { method: 'GET', route: '/repos/{owner}/{repo}/compare/{basehead}' },
  { method: 'GET', route: '/repos/{owner}/{repo}/commits' },
  { method: 'POST', route: '/repos/{owner}/{repo}/statuses/{sha}' },
  { method: 'POST', route: '/repos/{owner}/{repo}/check-runs' },
];

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The user GITHUB_TOKEN acts as. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const MAINTAINER: FakeUser = { login: 'octocat', id: 583231, type: 'User' };
export const WRITE_TOKEN = 'ghs_benchgateWriteToken0000000000000';
/** What a pull request from a fork gets: the same bot, but it may only read. */
export const READ_ONLY_TOKEN = 'ghs_benchgateReadOnlyToken000000000';

export interface TokenGrant {
  user: FakeUser;
  write: boolean;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
}

export interface FakeCommit {
  sha: string;
  /** Must already be known to the fake: add commits oldest first. */
  parents: string[];
  message?: string;
  /** ISO time; defaults to one minute after the previously added commit. */
  date?: string;
}

export interface FakePullRequest {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  /** Defaults to the tip of `baseRef`. */
  baseSha?: string;
  /** Full name of the head repository; a different one than the fake's makes it a fork PR. */
  headRepo?: string;
  state?: 'open' | 'closed';
  title?: string;
}

export interface FakeStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
}

export interface FakeCheckRun {
  id: number;
  headSha: string;
  name: string;
  status: string;
  conclusion: string | null;
  title: string | undefined;
  summary: string | undefined;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  /** The OpenAPI path template it matched, if any. */
  route: string | undefined;
  status: number;
  /** Login the token belongs to, if it was a known token. */
  user: string | undefined;
  body: unknown;
}

export interface Violation {
  method: string;
  url: string;
  side: 'request' | 'response';
  problems: string[];
}

export type FaultStatus = 500 | 502 | 503 | 429 | '403-rate-limit' | '403-secondary-rate-limit';

export interface Fault {
  /** Only requests with this method; any when absent. */
  method?: string;
  /** Only requests matching this OpenAPI path template; any when absent. */
  route?: string;
  /**
   * 5xx: a server error. '403-rate-limit': the primary rate limit (x-ratelimit-remaining 0,
   * reset `resetAfter` seconds from now). 429 and '403-secondary-rate-limit': the secondary
   * rate limit, with retry-after `retryAfter` seconds.
   */
  status: FaultStatus;
  /** How many matching requests fail. Default 1. */
  times?: number;
  retryAfter?: number;
  resetAfter?: number;
  /** Extra or replacement response headers. */
  headers?: Record<string, string>;
}

export interface GitHubApiOptions {
  /** The one repository this fake hosts, "owner/name". Default "octo-org/widgets". */
  repository?: string;
  /** Accepted tokens. Default: WRITE_TOKEN (may write) and READ_ONLY_TOKEN, both ACTIONS_BOT. */
  tokens?: Record<string, TokenGrant>;
  /** Branch used by the commits endpoint when no `sha` is given. Default "main". */
  defaultBranch?: string;
}

export interface GitHubApi {
  /** Base URL to give Octokit, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly repository: string;
  readonly requests: RecordedRequest[];
  readonly violations: Violation[];
  /** Comments on one issue or pull request, oldest first. */
  comments(issue: number): FakeComment[];
  addIssue(issue: number): void;
  addComment(issue: number, comment: { body: string; user: FakeUser }): FakeComment;
  addCommits(commits: FakeCommit[]): void;
  setBranch(name: string, sha: string): void;
  addPullRequest(pr: FakePullRequest): void;
  statuses(): FakeStatus[];
  checkRuns(): FakeCheckRun[];
  /** Make the next matching request(s) fail the way GitHub does. */
  failNext(fault: Fault): void;
  close(): Promise<void>;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Call {
  op: Operation;
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  grant: TokenGrant;
  href: URL;
}

// Statuses GitHub may answer on any operation even where the description does not list them.
const ANY_OPERATION_STATUSES = new Set([400, 401, 403, 404, 422, 429, 500, 502, 503]);
const HTML = 'https://github.com';
const MAX_COMMENT_LENGTH = 65536;

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const contract = loadContract(SERVED_OPERATIONS);
  const repository = options.repository ?? 'octo-org/widgets';
  const tokens = options.tokens ?? {
    [WRITE_TOKEN]: { user: ACTIONS_BOT, write: true },
    [READ_ONLY_TOKEN]: { user: ACTIONS_BOT, write: false },
  };
  const defaultBranch = options.defaultBranch ?? 'main';

  const requests: RecordedRequest[] = [];
  const violations: Violation[] = [];
  const faults: Array<Fault & { left: number }> = [];
  const issues = new Set<number>();
  const comments: FakeComment[] = [];
  const commits = new Map<string, Required<FakeCommit> & { order: number }>();
  const branches = new Map<string, string>();
  const pulls = new Map<number, FakePullRequest>();
  const statuses: FakeStatus[] = [];
  const checkRuns: FakeCheckRun[] = [];
  let nextId = 2_000_000_001;
  let rateRemaining = 5000;
  let base = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      violations.push({ method: req.method ?? '?', url: req.url ?? '?', side: 'response', problems: [`fake server crashed: ${String(err)}`] });
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const href = new URL(req.url ?? '/', base);
    const raw = await readBody(req);
    const record: RecordedRequest = { method, url: href.pathname + href.search, route: undefined, status: 0, user: undefined, body: undefined };
    requests.push(record);
    const requestProblems: string[] = [];

    const reply = ((): Reply => {
      const matched = contract.match(method, href.pathname);
      if (!('operation' in matched)) {
        requestProblems.push(`not a served GitHub operation: ${matched.reason}`);
        return error(404, 'Not Found', 'https://docs.github.com/rest');
      }
      const { operation: op } = matched;
      record.route = op.route;

      const params: Record<string, unknown> = {};
      for (const p of op.parameters.filter((p) => p.in === 'path')) {
        const value = coerce(matched.pathParams[p.name] ?? '', p.type);
        if (!p.validate(value)) requestProblems.push(...describeErrors(p.validate.errors, `path parameter ${p.name}`));
        params[p.name] = value;
      }
      if (requestProblems.length > 0) return error(404, 'Not Found', op.docsUrl);

      const query: Record<string, unknown> = {};
      const invalidQuery: string[] = [];
      for (const [name, text] of href.searchParams) {
        const p = op.parameters.find((q) => q.in === 'query' && q.name === name);
        // GitHub ignores query parameters it does not know; a client sending one has a bug all the same.
        if (!p) requestProblems.push(`query parameter ${name} is not part of ${op.operationId}`);
        else {
          const value = coerce(text, p.type);
          if (!p.validate(value)) invalidQuery.push(...describeErrors(p.validate.errors, `query parameter ${name}`));
          query[name] = value;
        }
      }
      for (const p of op.parameters) {
        if (p.in === 'query' && p.required && !href.searchParams.has(p.name)) invalidQuery.push(`query parameter ${p.name} is required`);
      }
      if (invalidQuery.length > 0) {
        requestProblems.push(...invalidQuery);
        return invalidRequest(invalidQuery, op.docsUrl);
      }

      let body: unknown;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw);
        } catch {
          requestProblems.push('request body is not JSON');
          return error(400, 'Problems parsing JSON', op.docsUrl);
        }
      }
      record.body = body;
      if (op.body) {
        if (body === undefined && op.body.required) {
          requestProblems.push('request body is required');
          return invalidRequest(['request body is required'], op.docsUrl);
        }
        if (body !== undefined && !op.body.validate(body)) {
          const problems = describeErrors(op.body.validate.errors, 'body');
          requestProblems.push(...problems);
          return invalidRequest(problems, op.docsUrl);
        }
      } else if (body !== undefined) {
        requestProblems.push(`${op.operationId} takes no request body`);
      }

      const authorization = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? '');
      if (!authorization) return error(401, 'Requires authentication', 'https://docs.github.com/rest');
      const grant = tokens[authorization[1]!];
      if (!grant) return error(401, 'Bad credentials', 'https://docs.github.com/rest');
      record.user = grant.user.login;

      const fault = takeFault(method, op.route);
      if (fault) return faultReply(fault);

      if (`${params.owner}/${params.repo}`.toLowerCase() !== repository.toLowerCase()) return error(404, 'Not Found', op.docsUrl);
      if (method !== 'GET' && !grant.write) return error(403, 'Resource not accessible by integration', op.docsUrl);
      return route({ op, params, query, body: (body ?? {}) as Record<string, unknown>, grant, href });
    })();

    const problems = checkResponse(contract.match(method, href.pathname), reply);
    if (requestProblems.length > 0) violations.push({ method, url: record.url, side: 'request', problems: requestProblems });
    if (problems.length > 0) violations.push({ method, url: record.url, side: 'response', problems });
    record.status = reply.status;
    send(res, reply);
  }

  function checkResponse(matched: ReturnType<typeof contract.match>, reply: Reply): string[] {
    const op = 'operation' in matched ? matched.operation : undefined;
    const documented = op?.responses.get(reply.status);
    if (documented === null) return reply.body === undefined ? [] : [`status ${reply.status} is documented without a body`];
    if (documented) return documented(reply.body) ? [] : describeErrors(documented.errors, `response ${reply.status} body`);
    if (!ANY_OPERATION_STATUSES.has(reply.status)) return [`status ${reply.status} is not documented for ${op?.operationId ?? 'this route'}`];
    return contract.validateErrorBody(reply.body) ? [] : describeErrors(contract.validateErrorBody.errors, `response ${reply.status} error body`);
  }

  function send(res: ServerResponse, reply: Reply): void {
    rateRemaining = Math.max(0, rateRemaining - 1);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(rateRemaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - rateRemaining),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
    if (text === '') delete headers['content-type'];
    res.writeHead(reply.status, headers).end(text);
  }

  function takeFault(method: string, route: string): Fault | undefined {
    const index = faults.findIndex((f) => (!f.method || f.method.toUpperCase() === method) && (!f.route || f.route === route));
    const fault = faults[index];
    if (!fault) return undefined;
    fault.left--;
    if (fault.left <= 0) faults.splice(index, 1);
    return fault;
  }

  function faultReply(fault: Fault): Reply {
    const now = Math.floor(Date.now() / 1000);
    const secondary = {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111:2222:3333:4444.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    };
    let reply: Reply;
    if (fault.status === '403-rate-limit') {
      reply = {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation ID 4242.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403',
        },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(now + (fault.resetAfter ?? 1)) },
      };
    } else if (fault.status === '403-secondary-rate-limit' || fault.status === 429) {
      const status = fault.status === 429 ? 429 : 403;
      reply = { status, body: { ...secondary, status: String(status) }, headers: { 'retry-after': String(fault.retryAfter ?? 1) } };
    } else {
      reply = { status: fault.status, body: { message: fault.status === 500 ? 'Server Error' : 'Bad Gateway' } };
    }
    reply.headers = { ...reply.headers, ...fault.headers };
    return reply;
  }

  function route(call: Call): Reply {
    switch (call.op.operationId) {
      case 'issues/list-comments':
        return listComments(call);
      case 'issues/create-comment':
        return createComment(call);
      case 'issues/update-comment':
        return updateComment(call);
      case 'pulls/get':
        return getPull(call);
      case 'repos/compare-commits-with-basehead':
        return compare(call);
      case 'repos/list-commits':
        return listCommits(call);
      case 'repos/create-commit-status':
        return createStatus(call);
      case 'checks/create':
        return createCheckRun(call);
      default:
        return error(404, 'Not Found', call.op.docsUrl);
    }
  }

  function listComments(call: Call): Reply {
    const issue = Number(call.params.issue_number);
    if (!issues.has(issue)) return error(404, 'Not Found', call.op.docsUrl);
    const since = typeof call.query.since === 'string' ? Date.parse(call.query.since) : -Infinity;
    const all = comments.filter((c) => c.issue === issue && Date.parse(c.updatedAt) >= since);
    const { items, headers } = paginate(all, call.query, call.href, 30);
    return { status: 200, body: items.map(commentJson), headers };
  }

  function createComment(call: Call): Reply {
    const issue = Number(call.params.issue_number);
    if (!issues.has(issue)) return error(404, 'Not Found', call.op.docsUrl);
    const body = String(call.body.body);
    if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong(call.op.docsUrl);
    const comment = storeComment(issue, body, call.grant.user);
    return { status: 201, body: commentJson(comment), headers: { location: commentApiUrl(comment.id) } };
  }

  function updateComment(call: Call): Reply {
    const comment = comments.find((c) => c.id === call.params.comment_id);
    if (!comment) return error(404, 'Not Found', call.op.docsUrl);
    const body = String(call.body.body);
    if (body.length > MAX_COMMENT_LENGTH) return bodyTooLong(call.op.docsUrl);
    comment.body = body;
    comment.updatedAt = now();
    return { status: 200, body: commentJson(comment) };
  }

  function getPull(call: Call): Reply {
    const pr = pulls.get(Number(call.params.pull_number));
    if (!pr) return error(404, 'Not Found', call.op.docsUrl);
    return { status: 200, body: pullJson(pr) };
  }

  function compare(call: Call): Reply {
    const parts = String(call.params.basehead).split('...');
    const baseSha = parts.length === 2 ? resolveRef(parts[0]!) : undefined;
    const headSha = parts.length === 2 ? resolveRef(parts[1]!) : undefined;
    if (!baseSha || !headSha) return error(404, 'Not Found', call.op.docsUrl);
    const fromBase = new Set(log(baseSha));
    const fromHead = log(headSha);
    const mergeBase = fromHead.find((sha) => fromBase.has(sha));
    if (!mergeBase) return error(404, `No common ancestor between ${parts[0]} and ${parts[1]}.`, call.op.docsUrl);
    const headSet = new Set(fromHead);
    const ahead = fromHead.filter((sha) => !fromBase.has(sha)).reverse();
    const behindBy = [...fromBase].filter((sha) => !headSet.has(sha)).length;
    const paged = call.query.per_page !== undefined || call.query.page !== undefined;
    const { items, headers } = paged ? paginate(ahead, call.query, call.href, 30) : { items: ahead.slice(0, 250), headers: {} };
    const status = ahead.length === 0 ? (behindBy === 0 ? 'identical' : 'behind') : behindBy === 0 ? 'ahead' : 'diverged';
    const basehead = encodeURIComponent(String(call.params.basehead));
    return {
      status: 200,
      headers,
      body: {
        ...example('commit-comparison'),
        url: `${base}/repos/${repository}/compare/${basehead}`,
        html_url: `${HTML}/${repository}/compare/${basehead}`,
        permalink_url: `${HTML}/${repository}/compare/${baseSha}...${headSha}`,
        diff_url: `${HTML}/${repository}/compare/${basehead}.diff`,
        patch_url: `${HTML}/${repository}/compare/${basehead}.patch`,
        base_commit: commitJson(baseSha),
        merge_base_commit: commitJson(mergeBase),
        status,
        ahead_by: ahead.length,
        behind_by: behindBy,
        total_commits: ahead.length,
        commits: items.map(commitJson),
        files: [],
      },
    };
  }

  function listCommits(call: Call): Reply {
    const ref = typeof call.query.sha === 'string' ? call.query.sha : defaultBranch;
    const start = resolveRef(ref);
    if (!start) return error(404, `No commit found for SHA: ${ref}`, call.op.docsUrl);
    const { items, headers } = paginate(log(start), call.query, call.href, 30);
    return { status: 200, body: items.map(commitJson), headers };
  }

  function createStatus(call: Call): Reply {
    const sha = String(call.params.sha);
    if (!commits.has(sha)) return error(422, `No commit found for SHA: ${sha}`, call.op.docsUrl);
    const status: FakeStatus = {
      id: nextId++,
      sha,
      state: String(call.body.state),
      context: typeof call.body.context === 'string' ? call.body.context : 'default',
      description: typeof call.body.description === 'string' ? call.body.description : null,
      targetUrl: typeof call.body.target_url === 'string' ? call.body.target_url : null,
      creator: call.grant.user.login,
    };
    if (status.description !== null && status.description.length > 140) {
      return validationFailed('Status', 'description', 'description is too long (maximum is 140 characters)', call.op.docsUrl);
    }
    statuses.push(status);
    const time = now();
    return {
      status: 201,
      headers: { location: `${base}/repos/${repository}/statuses/${sha}` },
      body: {
        ...example('status'),
        url: `${base}/repos/${repository}/statuses/${sha}`,
        id: status.id,
        node_id: nodeId('StatusContext', status.id),
        state: status.state,
        description: status.description,
        target_url: status.targetUrl,
        context: status.context,
        created_at: time,
        updated_at: time,
        creator: userJson(call.grant.user),
      },
    };
  }

  function createCheckRun(call: Call): Reply {
    const headSha = String(call.body.head_sha);
    if (!commits.has(headSha)) return error(422, `No commit found for SHA: ${headSha}`, call.op.docsUrl);
    const conclusion = typeof call.body.conclusion === 'string' ? call.body.conclusion : null;
    const output = (call.body.output ?? {}) as Record<string, unknown>;
    const run: FakeCheckRun = {
      id: nextId++,
      headSha,
      name: String(call.body.name),
      status: conclusion ? 'completed' : typeof call.body.status === 'string' ? call.body.status : 'queued',
      conclusion,
      title: typeof output.title === 'string' ? output.title : undefined,
      summary: typeof output.summary === 'string' ? output.summary : undefined,
    };
    checkRuns.push(run);
    const time = now();
    return {
      status: 201,
      body: {
        ...example('check-run'),
        id: run.id,
        node_id: nodeId('CheckRun', run.id),
        head_sha: headSha,
        external_id: typeof call.body.external_id === 'string' ? call.body.external_id : '',
        url: `${base}/repos/${repository}/check-runs/${run.id}`,
        html_url: `${HTML}/${repository}/runs/${run.id}`,
        details_url: typeof call.body.details_url === 'string' ? call.body.details_url : `${HTML}/${repository}/runs/${run.id}`,
        status: run.status,
        conclusion: run.conclusion,
        started_at: time,
        completed_at: run.status === 'completed' ? time : null,
        output: {
          title: run.title ?? null,
          summary: run.summary ?? null,
          text: typeof output.text === 'string' ? output.text : null,
          annotations_count: 0,
          annotations_url: `${base}/repos/${repository}/check-runs/${run.id}/annotations`,
        },
        name: run.name,
        pull_requests: [],
      },
    };
  }

  function paginate<T>(all: T[], query: Record<string, unknown>, href: URL, defaultPerPage: number): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Math.max(1, typeof query.per_page === 'number' ? query.per_page : defaultPerPage));
    const page = Math.max(1, typeof query.page === 'number' ? query.page : 1);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const url = new URL(href.pathname + href.search, base);
      url.searchParams.set('page', String(p));
      return `<${url}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return { items: all.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  // Commits reachable from `start`, newest first, the order `git log` and the commits endpoint use.
  function log(start: string): string[] {
    const out: string[] = [];
    const seen = new Set([start]);
    const frontier = [start];
    while (frontier.length > 0) {
      frontier.sort((a, b) => commitOrder(b) - commitOrder(a));
      const sha = frontier.shift()!;
      out.push(sha);
      for (const parent of commits.get(sha)?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          frontier.push(parent);
        }
      }
    }
    return out;
  }

  function commitOrder(sha: string): number {
    const commit = commits.get(sha);
    return commit ? Date.parse(commit.date) * 1000 + commit.order : -Infinity;
  }

  function resolveRef(ref: string): string | undefined {
    const name = ref.includes(':') ? ref.slice(ref.indexOf(':') + 1) : ref;
    const branch = branches.get(name);
    if (branch) return branch;
    if (commits.has(name)) return name;
    if (!/^[0-9a-f]{7,39}$/i.test(name)) return undefined;
    const candidates = [...commits.keys()].filter((sha) => sha.startsWith(name.toLowerCase()));
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  function storeComment(issue: number, body: string, user: FakeUser): FakeComment {
    const time = now();
    const id = nextId++;
    const comment: FakeComment = {
      id,
      issue,
      body,
      user,
      createdAt: time,
      updatedAt: time,
      htmlUrl: `${HTML}/${repository}/${pulls.has(issue) ? 'pull' : 'issues'}/${issue}#issuecomment-${id}`,
    };
    comments.push(comment);
    return comment;
  }

  function commentApiUrl(id: number): string {
    return `${base}/repos/${repository}/issues/comments/${id}`;
  }

  function commentJson(comment: FakeComment): unknown {
    return {
      ...example('issue-comment'),
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url: commentApiUrl(comment.id),
      html_url: comment.htmlUrl,
      body: comment.body,
      user: userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${base}/repos/${repository}/issues/${comment.issue}`,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    };
  }

  function commitJson(sha: string): unknown {
    const commit = commits.get(sha);
    if (!commit) throw new Error(`fake GitHub has no commit ${sha}`);
    const template = example('commit-items');
    const first = Array.isArray(template) ? template[0]! : template;
    return {
      ...first,
      url: `${base}/repos/${repository}/commits/${sha}`,
      sha,
      node_id: nodeId('Commit', commit.order),
      html_url: `${HTML}/${repository}/commit/${sha}`,
      comments_url: `${base}/repos/${repository}/commits/${sha}/comments`,
      commit: {
        ...(first.commit as object),
        url: `${base}/repos/${repository}/git/commits/${sha}`,
        author: { name: 'Mona Lisa', email: 'mona@example.com', date: commit.date },
        committer: { name: 'Mona Lisa', email: 'mona@example.com', date: commit.date },
        message: commit.message,
        tree: { url: `${base}/repos/${repository}/git/trees/${sha}`, sha },
      },
      author: userJson(MAINTAINER),
      committer: userJson(MAINTAINER),
      parents: commit.parents.map((parent) => ({
        sha: parent,
        url: `${base}/repos/${repository}/commits/${parent}`,
        html_url: `${HTML}/${repository}/commit/${parent}`,
      })),
    };
  }

  function pullJson(pr: FakePullRequest): unknown {
    const template = example('pull-request') as Record<string, unknown>;
    const baseSha = pr.baseSha ?? branches.get(pr.baseRef);
    if (!baseSha) throw new Error(`fake GitHub: pull request #${pr.number} has no base sha and branch ${pr.baseRef} is unknown`);
    const headRepo = pr.headRepo ?? repository;
    const side = (ref: string, sha: string, fullName: string): unknown => {
      const [owner = '', name = ''] = fullName.split('/');
      const templateSide = template.head as Record<string, unknown>;
      const repo = templateSide.repo as Record<string, unknown>;
      return {
        ...templateSide,
        label: `${owner}:${ref}`,
        ref,
        sha,
        user: userJson({ login: owner, id: 1000 + owner.length, type: 'Organization' }),
        repo: {
          ...repo,
          id: 100 + fullName.length,
          name,
          full_name: fullName,
          owner: userJson({ login: owner, id: 1000 + owner.length, type: 'Organization' }),
          fork: fullName !== repository,
          url: `${base}/repos/${fullName}`,
          html_url: `${HTML}/${fullName}`,
        },
      };
    };
    const api = `${base}/repos/${repository}`;
    return {
      ...template,
      url: `${api}/pulls/${pr.number}`,
      id: 9000 + pr.number,
      node_id: nodeId('PullRequest', pr.number),
      html_url: `${HTML}/${repository}/pull/${pr.number}`,
      diff_url: `${HTML}/${repository}/pull/${pr.number}.diff`,
      patch_url: `${HTML}/${repository}/pull/${pr.number}.patch`,
      issue_url: `${api}/issues/${pr.number}`,
      commits_url: `${api}/pulls/${pr.number}/commits`,
      review_comments_url: `${api}/pulls/${pr.number}/comments`,
      comments_url: `${api}/issues/${pr.number}/comments`,
      statuses_url: `${api}/statuses/${pr.headSha}`,
      number: pr.number,
      state: pr.state ?? 'open',
      title: pr.title ?? `Pull request ${pr.number}`,
      user: userJson(MAINTAINER),
      requested_reviewers: [],
      // The description's own example lists a team without the `type` its schema requires.
      requested_teams: [],
      head: side(pr.headRef, pr.headSha, headRepo),
      base: side(pr.baseRef, baseSha, repository),
    };
  }

  return {
    url: base,
    repository,
    requests,
    violations,
    comments: (issue) => comments.filter((c) => c.issue === issue).map((c) => ({ ...c })),
    addIssue: (issue) => void issues.add(issue),
    addComment(issue, { body, user }) {
      if (!issues.has(issue)) throw new Error(`fake GitHub: add issue ${issue} before commenting on it`);
      return { ...storeComment(issue, body, user) };
    },
    addCommits(list) {
      for (const c of list) {
        const missing = c.parents.find((p) => !commits.has(p));
        if (missing) throw new Error(`fake GitHub: commit ${c.sha} has unknown parent ${missing}; add parents first`);
        const previous = [...commits.values()].at(-1);
        const date = c.date ?? new Date((previous ? Date.parse(previous.date) : Date.UTC(2025, 0, 1)) + 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
        commits.set(c.sha, { sha: c.sha, parents: c.parents, message: c.message ?? `Commit ${c.sha.slice(0, 7)}`, date, order: commits.size });
      }
    },
    setBranch(name, sha) {
      if (!commits.has(sha)) throw new Error(`fake GitHub: branch ${name} points at unknown commit ${sha}`);
      branches.set(name, sha);
    },
    addPullRequest(pr) {
      pulls.set(pr.number, { ...pr });
      issues.add(pr.number);
    },
    statuses: () => statuses.map((s) => ({ ...s })),
    checkRuns: () => checkRuns.map((r) => ({ ...r })),
    failNext(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function error(status: number, message: string, documentationUrl: string): Reply {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

function invalidRequest(problems: string[], documentationUrl: string): Reply {
  return error(422, `Invalid request.\n\n${problems.join('\n')}`, documentationUrl);
}

function validationFailed(resource: string, field: string, message: string, documentationUrl: string): Reply {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: documentationUrl, status: '422' },
  };
}

function bodyTooLong(documentationUrl: string): Reply {
  return validationFailed('IssueComment', 'body', `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`, documentationUrl);
}

function userJson(user: FakeUser): unknown {
  const api = `https://api.github.com/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type, user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: user.type === 'Bot' ? `${HTML}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${HTML}/${user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

function nodeId(kind: string, id: number): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64');
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function coerce(text: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (type === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
