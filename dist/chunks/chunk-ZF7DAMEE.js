import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/measure/micro/progress.ts
var CLEAR_LINE = "\r\x1B[2K";
function progressMode(stream, env = process.env) {
  if (env.GITHUB_ACTIONS === "true") return "github";
  return stream.isTTY ? "tty" : "plain";
}
function createProgressReporter(stream, options = {}) {
  const mode = options.mode ?? progressMode(stream, options.env);
  return mode === "tty" ? terminalReporter(stream) : logReporter(stream, mode === "github");
}
function terminalReporter(stream) {
  let line = "";
  const draw = () => {
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    stream.write(CLEAR_LINE + (line.length > width ? `${line.slice(0, width - 1)}\u2026` : line));
  };
  return {
    onEvent(event) {
      switch (event.type) {
        case "round":
          line = `[${event.done}/${event.total}] ${oneLine(event.benchmark)} \xB7 round ${event.round}/${event.rounds} \xB7 process ${event.process + 1}/${event.processes}`;
          draw();
          return;
        case "error":
          stream.write(`${CLEAR_LINE}\u2717 ${oneLine(event.benchmark)} (${event.file}): ${indentRest(event.message, "  ")}
`);
          if (line) draw();
          return;
        default:
          return;
      }
    },
    finish() {
      if (line) stream.write(CLEAR_LINE);
      line = "";
    }
  };
}
function logReporter(stream, github) {
  let open = false;
  let held = [];
  const flush = () => {
    for (const text of held) stream.write(text);
    held = [];
  };
  const close = () => {
    if (open) stream.write("::endgroup::\n");
    open = false;
    flush();
  };
  return {
    onEvent(event) {
      const title = `${oneLine(event.file)} \xB7 process ${event.process + 1}/${event.processes}`;
      switch (event.type) {
        case "file-start":
          if (github) {
            close();
            stream.write(`::group::${title}
`);
            open = true;
          } else {
            stream.write(`${title}
`);
          }
          return;
        case "round-end":
          stream.write(`  [${event.done}/${event.total}] round ${event.round}/${event.rounds} done
`);
          return;
        case "error": {
          const text = `  error: ${oneLine(event.benchmark)} (${title}): ${indentRest(event.message, "    | ")}
`;
          if (github && open) held.push(text);
          else stream.write(text);
          return;
        }
        case "file-end":
          if (github) close();
          return;
        default:
          return;
      }
    },
    finish: close
  };
}
function oneLine(text) {
  return text.replace(/[\r\n]+/g, " ");
}
function indentRest(text, prefix) {
  return text.replace(/\r?\n/g, `
${prefix}`);
}

export {
  progressMode,
  createProgressReporter
};
