import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var NothingMatchedError = class extends UsageError {
  name = "NothingMatchedError";
};
var InputError = class extends Error {
  name = "InputError";
  file;
  constructor(file, message, options) {
    super(`${file}: ${message}`, options);
    this.file = file;
  }
};
function isUserError(err) {
  return err instanceof UsageError || err instanceof InputError;
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : String(value);
  if (typeof value === "object") return "an object";
  return typeof value;
}

export {
  UsageError,
  NothingMatchedError,
  InputError,
  isUserError,
  describe
};
