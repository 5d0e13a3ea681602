// A small wrapper over the git CLI: no shell, never prompts, and a token that reaches git
// without landing in .git/config, the process list or any message. The token goes only to
// the commands that talk to the remote, and those run no hook and no fsmonitor: a work dir
// that someone else could write to must not be able to run code that sees it.
import { spawn } from 'node:child_process';

export interface GitAuthor {
  name: string;
  email: string;
}

export interface GitOptions {
  /** Directory git runs in. */
  cwd: string;
  /** Token for an http(s) remote, sent as an Authorization header (the way actions/checkout does). */
  token?: string;
  /** The remote the token is for; the header is scoped to its origin so it is never sent elsewhere. */
  remote?: string;
  /** Author and committer of commits made through this wrapper. */
  author?: GitAuthor;
}

export interface GitOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface RunOptions {
  /** Exit codes that are answers rather than failures, e.g. 1 for `git diff --quiet`. */
  okExitCodes?: number[];
}

/** A git command that failed: which command, how it ended and what git said. Secrets masked. */
export class GitError extends Error {
  override name = 'GitError';
  readonly command: string;
  readonly exitCode: number | null;
  readonly stderr: string;
  constructor(command: string, exitCode: number | null, stderr: string, options?: ErrorOptions) {
    const how = exitCode === null ? 'was killed' : `exited with code ${exitCode}`;
    const said = stderr.trim() === '' ? ' and printed nothing on stderr' : `:\n${indent(stderr.trim())}`;
    super(`\`${command}\` ${how}${said}`, options);
    this.command = command;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
}

// Fixed settings for every command. Passed through GIT_CONFIG_* variables rather than
// `-c` so they stay out of the command shown in messages, and so does the token.
const FIXED_CONFIG: Array<[string, string]> = [
  // A user's global signing setup would prompt for a passphrase or fail in CI.
  ['commit.gpgsign', 'false'],
  // Stored JSON must round-trip byte for byte on every platform.
  ['core.autocrlf', 'false'],
  ['core.safecrlf', 'false'],
  // Background gc in a work dir that is about to be reset is wasted time.
  ['gc.auto', '0'],
  ['maintenance.auto', 'false'],
  ['advice.detachedHead', 'false'],
  // A configured fsmonitor is a program git runs on nearly every command.
  ['core.fsmonitor', 'false'],
];

// Commands that reach the remote, and so the only ones that get the token.
const NETWORK_COMMANDS = new Set(['fetch', 'push', 'ls-remote', 'clone', 'pull']);

// For those, no hook runs either (fetch and push run reference-transaction hooks, which --no-verify does not stop).
const NETWORK_CONFIG: Array<[string, string]> = [['core.hooksPath', '/dev/null']];

export class Git {
  readonly cwd: string;
  private readonly secrets: string[];
  private readonly env: NodeJS.ProcessEnv;
  private readonly networkEnv: NodeJS.ProcessEnv;

  constructor(options: GitOptions) {
    this.cwd = options.cwd;
    const network = [...FIXED_CONFIG, ...NETWORK_CONFIG];
    this.secrets = [];
    if (options.token) {
      const basic = Buffer.from(`x-access-token:${options.token}`, 'utf8').toString('base64');
      network.push([extraHeaderKey(options.remote), `AUTHORIZATION: basic ${basic}`]);
      this.secrets.push(options.token, basic, encodeURIComponent(options.token));
    }
    this.env = gitEnv(FIXED_CONFIG, options.author);
    this.networkEnv = gitEnv(network, options.author);
  }

  /** Run `git <args>`; resolves with its output, rejects with a GitError on any other exit code. */
  run(args: string[], options: RunOptions = {}): Promise<GitOutput> {
    const command = this.mask(`git ${args.map(quoteForDisplay).join(' ')}`);
    return new Promise((resolve, reject) => {
      const env = NETWORK_COMMANDS.has(args[0] ?? '') ? this.networkEnv : this.env;
      const child = spawn('git', args, { cwd: this.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', (err) => {
        const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed or not on PATH' : err.message;
        reject(new GitError(command, null, reason, { cause: err }));
      });
      child.on('close', (code) => {
        const output = {
          stdout: this.mask(Buffer.concat(stdout).toString('utf8')),
          stderr: this.mask(Buffer.concat(stderr).toString('utf8')),
          exitCode: code ?? -1,
        };
        if (code === 0 || (code !== null && options.okExitCodes?.includes(code))) resolve(output);
        else reject(new GitError(command, code, output.stderr));
      });
    });
  }

  /** Replace the token (in every form git could echo it) and URL credentials with ***. */
  mask(text: string): string {
    let masked = maskUrlCredentials(text);
    for (const secret of this.secrets) {
      if (secret !== '') masked = masked.split(secret).join('***');
    }
    return masked;
  }
}

/** `https://user:secret@host/x` -> `https://***@host/x`, anywhere in a text. */
export function maskUrlCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
}

/** True when `remote` names a URL or scp-like address, false for a local path. */
export function isRemoteUrl(remote: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return true;
  // scp-like `git@github.com:owner/repo`; a Windows drive `C:\x` is a path.
  return /^[^/\\:]+:/.test(remote) && !/^[a-z]:[\\/]/i.test(remote);
}

function extraHeaderKey(remote: string | undefined): string {
  if (remote && /^https?:\/\//i.test(remote)) {
    try {
      return `http.${new URL(remote).origin}/.extraheader`;
    } catch {
      // An unparsable URL fails later in git with its own message; the header is then unscoped.
    }
  }
  return 'http.extraheader';
}

function gitEnv(config: Array<[string, string]>, author: GitAuthor | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Keep settings a caller already passes this way, and add ours after them.
  const inherited = Number.parseInt(env['GIT_CONFIG_COUNT'] ?? '0', 10);
  let count = Number.isFinite(inherited) && inherited > 0 ? inherited : 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${count}`] = key;
    env[`GIT_CONFIG_VALUE_${count}`] = value;
    count += 1;
  }
  env['GIT_CONFIG_COUNT'] = String(count);
  env['GIT_TERMINAL_PROMPT'] = '0';
  // An empty GIT_ASKPASS stops git from falling back to core.askPass or SSH_ASKPASS.
  env['GIT_ASKPASS'] = '';
  env['GCM_INTERACTIVE'] = 'never';
  env['GIT_SSH_COMMAND'] ??= 'ssh -o BatchMode=yes';
  // Messages are matched (push rejections) and shown to people: keep them in English.
  env['LC_ALL'] = 'C';
  env['LANGUAGE'] = 'C';
  if (author) {
    env['GIT_AUTHOR_NAME'] = author.name;
    env['GIT_AUTHOR_EMAIL'] = author.email;
    env['GIT_COMMITTER_NAME'] = author.name;
    env['GIT_COMMITTER_EMAIL'] = author.email;
  }
  return env;
}

function quoteForDisplay(arg: string): string {
  return /^[\w@%+=:,./^~-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line.trimEnd()}`)
    .join('\n');
}
