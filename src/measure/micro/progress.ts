// Progress of a micro-benchmark run for people: one rewritten line in a terminal, plain log
// lines in CI, folded into one group per benchmark process on GitHub Actions.
import type { ProgressEvent } from './events.ts';

export type ProgressMode = 'tty' | 'plain' | 'github';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  env?: NodeJS.ProcessEnv;
  /** Chosen from the stream and the environment when not given. */
  mode?: ProgressMode;
}

export interface ProgressReporter {
  onEvent(event: ProgressEvent): void;
  /** Clears the progress line or closes the open group; call once the run ends, also when it failed. */
  finish(): void;
}

const CLEAR_LINE = '\r\x1b[2K';

export function progressMode(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): ProgressMode {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  return stream.isTTY ? 'tty' : 'plain';
}

export function createProgressReporter(stream: ProgressStream, options: ProgressOptions = {}): ProgressReporter {
  const mode = options.mode ?? progressMode(stream, options.env);
  return mode === 'tty' ? terminalReporter(stream) : logReporter(stream, mode === 'github');
}

function terminalReporter(stream: ProgressStream): ProgressReporter {
  let line = '';
  const draw = () => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(CLEAR_LINE + (line.length > width ? `${line.slice(0, width - 1)}…` : line));
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case 'round':
          line = `[${event.done}/${event.total}] ${oneLine(event.benchmark)} · round ${event.round}/${event.rounds} · process ${event.process + 1}/${event.processes}`;
          draw();
          return;
        case 'error':
          // Above the progress line, so it stays on screen once the line moves on.
          stream.write(`${CLEAR_LINE}✗ ${oneLine(event.benchmark)} (${event.file}): ${indentRest(event.message, '  ')}\n`);
          if (line) draw();
          return;
        default:
          return;
      }
    },
    finish() {
      if (line) stream.write(CLEAR_LINE);
      line = '';
    },
  };
}

function logReporter(stream: ProgressStream, github: boolean): ProgressReporter {
  let open = false;
  // Inside a folded group an error would go unseen, so on GitHub errors follow the group.
  let held: string[] = [];
  const flush = () => {
    for (const text of held) stream.write(text);
    held = [];
  };
  const close = () => {
    if (open) stream.write('::endgroup::\n');
    open = false;
    flush();
  };
  return {
    onEvent(event) {
      const title = `${oneLine(event.file)} · process ${event.process + 1}/${event.processes}`;
      switch (event.type) {
        case 'file-start':
          if (github) {
            close();
            stream.write(`::group::${title}\n`);
            open = true;
          } else {
            stream.write(`${title}\n`);
          }
          return;
        case 'round-end':
          stream.write(`  [${event.done}/${event.total}] round ${event.round}/${event.rounds} done\n`);
          return;
        case 'error': {
          const text = `  error: ${oneLine(event.benchmark)} (${title}): ${indentRest(event.message, '    | ')}\n`;
          if (github && open) held.push(text);
          else stream.write(text);
          return;
        }
        case 'file-end':
          if (github) close();
          return;
        default:
          return;
      }
    },
    finish: close,
  };
}

// Names are the user's text: a line break in one must not start a new line of output, where
// GitHub would read a `::command::` at its start as a workflow command.
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function indentRest(text: string, prefix: string): string {
  return text.replace(/\r?\n/g, `\n${prefix}`);
}
