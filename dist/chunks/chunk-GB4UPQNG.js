import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/report/escape.ts
var ZWSP = "\u200B";
var BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\n\r\t\v\f\u0085\u2028\u2029]/g;
var OTHER_CONTROLS = /[\u0000-\u001F\u007F-\u009F]/g;
var ANSI_SEQUENCES = /\u001B\[[0-?]*[ -/]*[@-~]|\u009B[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u001B[ -/]*[0-~]?/g;
function toSingleLine(text) {
  return text.replace(LINE_BREAKS, " ").replace(OTHER_CONTROLS, "").replace(BIDI_CONTROLS, "");
}
function truncate(text, max) {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
function neutralizeGitHubReferences(text) {
  return text.replace(/@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/:(?=[\p{L}\p{N}_/+-])/gu, `:${ZWSP}`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
var MARKDOWN_ESCAPES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;"
};
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~$]/;
function escapeMarkdown(text) {
  let out = "";
  for (const ch of neutralizeGitHubReferences(toSingleLine(text))) {
    const entity = MARKDOWN_ESCAPES[ch];
    if (entity !== void 0) out += entity;
    else if (MARKDOWN_PUNCTUATION.test(ch)) out += `\\${ch}`;
    else out += ch;
  }
  return out;
}
function sanitizeTerminal(text) {
  return toSingleLine(text.replace(ANSI_SEQUENCES, ""));
}

export {
  truncate,
  escapeMarkdown,
  sanitizeTerminal
};
