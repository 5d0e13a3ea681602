import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-WQC4CHKN.js";

// src/results/import/json.ts
function parseJson(text, source) {
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  if (body.trim() === "") throw new InputError(source, "the file is empty; expected JSON");
  try {
    return JSON.parse(body);
  } catch (err) {
    const { offset, problem } = locateSyntaxError(body);
    const { line, column } = lineAndColumn(body, offset);
    throw new InputError(source, `line ${line}, column ${column}: not valid JSON: ${problem}`, { cause: err });
  }
}
function lineAndColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
var JsonSyntaxError = class extends Error {
  offset;
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
};
function locateSyntaxError(text) {
  let i = 0;
  const found = () => i >= text.length ? "the end of the file" : JSON.stringify(text[i]);
  const fail = (expected) => {
    throw new JsonSyntaxError(i, `expected ${expected}, found ${found()}`);
  };
  const space = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
  };
  const literal = (word) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail("a value");
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 32) fail("a closing quote before the end of the line");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail("four hex digits after \\u");
          i += 5;
        } else if (i < text.length && '"\\/bfnrt'.includes(text[i])) i++;
        else fail('an escape such as \\n or \\"');
      } else i++;
    }
    if (i >= text.length) fail("a closing quote");
    i++;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === "" || match[0] === "-") fail("a value");
    i += match[0].length;
  };
  const value = () => {
    space();
    const c = text[i];
    if (c === "{") {
      i++;
      space();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (; ; ) {
        space();
        if (text[i] !== '"') fail("a property name in double quotes");
        string();
        space();
        if (text[i] !== ":") fail('":" after the property name');
        i++;
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          return;
        }
        fail('"," or "}"');
      }
    } else if (c === "[") {
      i++;
      space();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (; ; ) {
        value();
        space();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          return;
        }
        fail('"," or "]"');
      }
    } else if (c === '"') string();
    else if (c === "t") literal("true");
    else if (c === "f") literal("false");
    else if (c === "n") literal("null");
    else if (c === "-" || c !== void 0 && c >= "0" && c <= "9") number();
    else fail("a value");
  };
  try {
    value();
    space();
    if (i < text.length) fail("the end of the file");
  } catch (err) {
    if (err instanceof JsonSyntaxError) return { offset: err.offset, problem: err.message };
    throw err;
  }
  return { offset: 0, problem: "the JSON parser rejected it" };
}

export {
  parseJson
};
