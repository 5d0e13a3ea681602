import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/measure/instruments/callgrind.ts
var { readdirSync, readFileSync, rmSync } = __require("node:fs");
var { join } = __require("node:path");
var MARKER = "getegid";
var DUMP_NAME = "callgrind.out";
function parseDump(text, file = "callgrind dump") {
  let names;
  let summary;
  let totals;
  let part;
  let trigger;
  for (const line of text.split("\n")) {
    if (line.startsWith("events:")) names = line.slice("events:".length).trim().split(/\s+/);
    else if (line.startsWith("summary:")) summary = line.slice("summary:".length);
    else if (line.startsWith("totals:")) totals = line.slice("totals:".length);
    else if (line.startsWith("part:")) part = Number(line.slice("part:".length));
    else if (line.startsWith("desc: Trigger:")) trigger = line.slice("desc: Trigger:".length).trim();
  }
  if (!names || names.length === 0 || names[0] === "") throw new Error(`${file}: no "events:" line; is this a callgrind dump?`);
  const costs = totals ?? summary;
  if (costs === void 0) throw new Error(`${file}: no "totals:" or "summary:" line; the dump is cut short`);
  const values = costs.trim() === "" ? [] : costs.trim().split(/\s+/).map(Number);
  if (values.some((v) => !Number.isSafeInteger(v) || v < 0)) throw new Error(`${file}: the totals are not whole numbers: "${costs.trim()}"`);
  const events = Object.fromEntries(names.map((name, i) => [name, values[i] ?? 0]));
  return { ...part !== void 0 && Number.isInteger(part) ? { part } : {}, ...trigger ? { trigger } : {}, events };
}
function addEvents(dumps) {
  const sum = {};
  for (const events of dumps) for (const [name, value] of Object.entries(events)) sum[name] = (sum[name] ?? 0) + value;
  return sum;
}
var DumpFolder = class {
  #dir;
  #prefix;
  constructor(dir, pid) {
    this.#dir = dir;
    this.#prefix = `${DUMP_NAME}.${pid}.`;
  }
  /** Part numbers present, ascending. */
  parts() {
    const parts = [];
    for (const name of readdirSync(this.#dir)) {
      if (!name.startsWith(this.#prefix)) continue;
      const part = Number(name.slice(this.#prefix.length));
      if (Number.isInteger(part) && part > 0) parts.push(part);
    }
    return parts.sort((a, b) => a - b);
  }
  read(part) {
    const file = join(this.#dir, this.#prefix + part);
    return parseDump(readFileSync(file, "utf8"), file);
  }
  /**
   * The section between two markers, given the last part written before the opening one: the
   * first newer part is what ran up to the opening marker, every part after it (more than one when
   * something in the section called getegid itself) is the section. `last` is its final part.
   */
  section(before) {
    const parts = this.parts().filter((part) => part > before);
    if (parts.length < 2) {
      throw new Error(
        `no callgrind dump appeared at the markers (${parts.length} new); the benchmark process must run under valgrind --tool=callgrind --dump-before=${MARKER} with its dumps in ${this.#dir}`
      );
    }
    return { events: addEvents(parts.slice(1).map((part) => this.read(part).events)), last: parts.at(-1) };
  }
  /** Removes parts up to `last`: a long run writes hundreds of them. */
  removeUpTo(last) {
    for (const part of this.parts()) if (part <= last) rmSync(join(this.#dir, this.#prefix + part), { force: true });
  }
};

export {
  MARKER,
  DUMP_NAME,
  DumpFolder
};
