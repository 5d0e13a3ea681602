import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  COMMANDS
} from "./chunk-UPSDZORJ.js";
import {
  OPTIONS,
  resolveConfig
} from "./chunk-BZDX5EEX.js";
import "./chunk-KCTCYQHO.js";
import "./chunk-3J6VE4A2.js";
import {
  EXIT_BAD_INPUT,
  EXIT_OK
} from "./chunk-PS5IPZOA.js";
import "./chunk-4OGZUK54.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-UAMIT3OO.js";
import "./chunk-MWBVEDBA.js";
import "./chunk-GB4UPQNG.js";
import "./chunk-WOCULGFA.js";
import {
  InputError,
  UsageError,
  describe,
  isUserError
} from "./chunk-WQC4CHKN.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/config/file.ts
var { readFileSync } = __require("node:fs");
var CONFIG_FILE = "benchgate.config.json";
async function readConfigFile(path, explicit) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT" && !explicit) return void 0;
    throw new InputError(path, `cannot read the config file (${err.code ?? err.message})`);
  }
  let values;
  try {
    values = JSON.parse(text);
  } catch (err) {
    throw new InputError(path, `not valid JSON: ${err.message}`);
  }
  if (typeof values !== "object" || values === null || Array.isArray(values)) {
    throw new InputError(path, `expected an object of options such as {"threshold": "5%"}, found ${describe(values)}`);
  }
  const { $schema: _ignored, ...options } = values;
  return { values: options, origin: (name) => `${path}: ${name}` };
}

// src/cli/help.ts
function helpText(commandName) {
  const command = commandName ? COMMANDS[commandName] : void 0;
  if (!command) {
    const rows = Object.values(COMMANDS).map((c) => `  ${c.name.padEnd(9)} ${c.summary}`);
    return [
      "benchgate: catch performance regressions with statistics, not single numbers.",
      "",
      "Usage: benchgate <command> [options]",
      "",
      "Commands:",
      ...rows,
      "",
      "Run 'benchgate help <command>' for its options. Options can also be set in benchgate.config.json.",
      "Exit codes: 0 no regression, 1 regression or failed benchmark, 2 bad usage or bad input.",
      ""
    ].join("\n");
  }
  const lines = [`Usage: ${command.usage}`, "", command.summary, ""];
  const own = Object.entries(command.flags).map(([name, spec]) => flagLine(name, spec.type === "string" ? "VALUE" : "", spec.description));
  const shared = OPTIONS.filter((o) => command.options.includes(o.name)).map(
    (o) => flagLine(o.name, "VALUE", `${o.description} (default: ${o.defaultText ?? String(o.default)})`)
  );
  lines.push("Options:", ...own, ...shared, flagLine("config", "FILE", "Read options from this JSON file (default: benchgate.config.json when present)."), "");
  return lines.join("\n");
}
function flagLine(name, value, description) {
  const flag = `--${name}${value ? ` ${value}` : ""}`;
  return `  ${flag.padEnd(26)} ${description}`;
}

// src/cli/main.ts
var { parseArgs } = __require("node:util");
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(helpText(rest[0]));
    return name === void 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}
`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`benchgate: unknown command '${name}'. Commands: ${Object.keys(COMMANDS).join(", ")}. See 'benchgate help'.
`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { flags, positionals } = parseFlags(command, rest);
    if (flags.help) {
      io.stdout.write(helpText(name));
      return EXIT_OK;
    }
    const config = await loadConfig(command, flags, io.cwd);
    const ctx = { config, flags, positionals, io };
    return await command.run(ctx);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr.write(`benchgate ${name}: ${err.message}
`);
      return EXIT_BAD_INPUT;
    }
    throw err;
  }
}
var VERSION = true ? "0.1.0" : "dev";
function parseFlags(command, args) {
  const options = { help: { type: "boolean", short: "h" }, config: { type: "string" } };
  for (const name of command.options) options[name] = { type: "string" };
  for (const [name, spec] of Object.entries(command.flags)) options[name] = { type: spec.type };
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    const variadic = command.positionals.at(-1)?.endsWith("...") ?? false;
    if (!variadic && positionals.length > command.positionals.length) {
      throw new UsageError(`unexpected argument '${positionals[command.positionals.length]}'; usage: ${command.usage}`);
    }
    return { flags: values, positionals };
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`${err.message.replace(/\. To specify a positional.*$/s, "")}. See 'benchgate help ${command.name}'.`);
  }
}
async function loadConfig(command, flags, cwd) {
  const explicit = typeof flags.config === "string";
  const path = explicit ? flags.config : CONFIG_FILE;
  const { resolve } = await import("node:path");
  const file = await readConfigFile(resolve(cwd, path), explicit);
  const known = new Set(OPTIONS.map((o) => o.name).filter((name) => command.options.includes(name)));
  const fromFlags = {
    values: Object.fromEntries(Object.entries(flags).filter(([name]) => known.has(name))),
    origin: (name) => `--${name}`
  };
  return resolveConfig(file ? [{ ...file, origin: (name) => `${path}: ${name}` }, fromFlags] : [fromFlags]);
}

// src/cli/entry.ts
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err) => {
    if (err.code !== "EPIPE" && err.code !== "ERR_STREAM_DESTROYED") throw err;
  });
}
main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`benchgate: unexpected error, please report it: ${err?.stack ?? String(err)}
`);
    process.exitCode = 2;
  }
);
