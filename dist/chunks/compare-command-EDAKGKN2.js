import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  COMMANDS,
  localStore,
  readResults,
  requireFlag,
  stringFlag
} from "./chunk-UPSDZORJ.js";
import "./chunk-KCTCYQHO.js";
import "./chunk-3J6VE4A2.js";
import {
  gate
} from "./chunk-PS5IPZOA.js";
import {
  instructionNotes
} from "./chunk-2VUD333O.js";
import {
  compareRuns,
  loadBaseline,
  recentHistoryNotes,
  renderReport
} from "./chunk-LSQVKTWE.js";
import "./chunk-32OFYQXO.js";
import "./chunk-RPZOKY5D.js";
import "./chunk-4OGZUK54.js";
import "./chunk-7R5O4J34.js";
import "./chunk-BKZE4V4I.js";
import "./chunk-6276UR5Y.js";
import "./chunk-UAMIT3OO.js";
import "./chunk-T3JLG3ZN.js";
import "./chunk-P4TMX5AB.js";
import "./chunk-KKTEDBXK.js";
import "./chunk-YVCKGH6B.js";
import "./chunk-O2MIHHEZ.js";
import {
  sanitizeTerminal
} from "./chunk-GB4UPQNG.js";
import "./chunk-WOCULGFA.js";
import "./chunk-J3CZYFUD.js";
import "./chunk-ZDWY5RTS.js";
import "./chunk-7YACBLEX.js";
import "./chunk-UAHUT6WC.js";
import {
  InputError,
  UsageError
} from "./chunk-WQC4CHKN.js";
import "./chunk-B57NQ3GO.js";
import {
  __require
} from "./chunk-35VAMBZN.js";

// src/cli/compare-command.ts
var { resolve } = __require("node:path");
async function runCompare({ config, flags, io }) {
  const compareCommand = COMMANDS.compare;
  const headFile = requireFlag(flags, "head", compareCommand.usage);
  const baseFile = stringFlag(flags, "base");
  const baselineBranch = stringFlag(flags, "baseline-branch");
  if (baseFile === void 0 === (baselineBranch === void 0)) {
    throw new UsageError(`give exactly one of --base FILE or --baseline-branch NAME; usage: ${compareCommand.usage}`);
  }
  if (flags.paired && baseFile === void 0) {
    throw new UsageError(`--paired compares two files measured in one run: give --base FILE, not --baseline-branch; usage: ${compareCommand.usage}`);
  }
  const head = await readResults(io, headFile, config);
  let base;
  let store;
  if (baseFile !== void 0) {
    base = { baseline: await readResults(io, baseFile, config), history: [], source: baseFile };
  } else {
    const opened = await localStore(io, config);
    store = opened;
    base = await loadBaseline(opened, head.suite, baselineBranch, void 0, config.window);
    for (const unreadable of base.unreadable ?? []) {
      io.stderr.write(`benchgate compare: warning: left out of the history (a stored run that cannot be read): ${sanitizeTerminal(unreadable)}
`);
    }
  }
  const paired = baseFile !== void 0 && (Boolean(flags.paired) || markedAsPaired(head, base.baseline));
  const comparison = paired ? await comparePairedFiles(head, headFile, base.baseline, baseFile, config) : compareRuns(head, base, config);
  const pairedNote = paired ? [
    `Compared pair by pair (Wilcoxon signed-rank on round pairs): ${flags.paired ? "--paired says" : "both files say (written by `benchgate ab`)"} the samples were measured in alternating rounds of one run.`
  ] : [];
  const notes = [
    ...pairedNote,
    ...instructionNotes(head, base.baseline),
    ...store ? await recentHistoryNotes(store, head.suite, baselineBranch, comparison) : []
  ];
  const report = withNotes(renderReport(comparison, config.format, { color: config.format === "terminal" && colorWanted(io), notes }), config.format, notes);
  io.stdout.write(report.endsWith("\n") ? report : `${report}
`);
  const output = stringFlag(flags, "output");
  if (output) {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(resolve(io.cwd, output), withNotes(renderReport(comparison, config.format, { color: false, notes }), config.format, notes));
  }
  const outcome = gate(comparison, config.failOn);
  io.stderr.write(`benchgate: ${outcome.reason}
`);
  return outcome.exitCode;
}
function markedAsPaired(head, base) {
  return head.run.pairedWith === base.run.id && base.run.pairedWith === head.run.id;
}
async function comparePairedFiles(head, headFile, base, baseFile, config) {
  const { comparePaired, pairingProblems } = await import("./paired-compare-2KCRD46T.js");
  const problems = pairingProblems(head, base);
  if (problems.length > 0) {
    const name = (n) => sanitizeTerminal(JSON.stringify(n));
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more benchmark${problems.length === 2 ? "" : "s"})` : "";
    const why = "samples measured in alternating rounds pair by position, so both files need the same benchmarks, with as many samples, in the order they were measured";
    if (first.kind === "sample-counts") {
      throw new InputError(headFile, `benchmark ${name(first.name)} has ${first.head} samples, but ${first.base} in ${baseFile}${more}: not paired; ${why}`);
    }
    const [inFile, notIn] = first.kind === "only-in-head" ? [headFile, baseFile] : [baseFile, headFile];
    throw new InputError(inFile, `benchmark ${name(first.name)} is not in ${notIn}${more}: not paired; ${why}`);
  }
  if (base.suite !== head.suite) {
    throw new UsageError(`the baseline is of suite '${base.suite}' but the results are of suite '${head.suite}'; compare files of the same suite`);
  }
  return comparePaired(head, base, {
    alpha: config.alpha,
    threshold: config.threshold,
    correction: config.correction,
    confidence: config.confidence,
    minSamples: config.minSamples
  });
}
function withNotes(report, format, notes) {
  if (format !== "terminal" || notes.length === 0) return report;
  return `${report.trimEnd()}

${notes.map((note) => sanitizeTerminal(note)).join("\n")}
`;
}
function colorWanted(io) {
  return Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}
export {
  runCompare
};
