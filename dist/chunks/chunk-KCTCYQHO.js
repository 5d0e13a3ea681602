import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);
import {
  UsageError,
  describe
} from "./chunk-WQC4CHKN.js";

// src/config/parse.ts
function parseNumber(origin, raw, range = {}) {
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
  const { min, max, integer } = range;
  const expected = `${integer ? "a whole number" : "a number"}${boundsText(min, max)}`;
  if (!Number.isFinite(value)) throw new UsageError(`${origin}: expected ${expected}, found ${describe(raw)}`);
  if (integer && !Number.isInteger(value)) throw new UsageError(`${origin}: expected ${expected}, found ${value}`);
  if (min !== void 0 && value < min || max !== void 0 && value > max) {
    throw new UsageError(`${origin}: expected ${expected}, found ${value}`);
  }
  return value;
}
function parseFraction(origin, raw, range = {}) {
  const { min = 0, max = 1 } = range;
  if (typeof raw === "string" && raw.trim().endsWith("%")) {
    const pct = Number(raw.trim().slice(0, -1));
    if (Number.isFinite(pct) && pct / 100 >= min && pct / 100 <= max) return pct / 100;
    throw new UsageError(`${origin}: expected a fraction between ${min} and ${max} (such as 0.05 or 5%), found ${describe(raw)}`);
  }
  const value = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`${origin}: expected a fraction between ${min} and ${max} (such as 0.05 or 5%), found ${describe(raw)}`);
  }
  return value;
}
function parseDuration(origin, raw, range = {}) {
  const text = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text);
  const scale = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
  const ms = match ? Number(match[1]) * scale[match[2] ?? "ms"] : NaN;
  const { min, max } = range;
  if (!Number.isFinite(ms) || min !== void 0 && ms < min || max !== void 0 && ms > max) {
    throw new UsageError(`${origin}: expected a duration such as 250ms, 2s or 5m${boundsText(min, max, "ms")}, found ${describe(raw)}`);
  }
  return ms;
}
function parseChoice(origin, raw, choices) {
  const text = typeof raw === "string" ? raw.trim() : raw;
  if (typeof text === "string" && choices.includes(text)) return text;
  throw new UsageError(`${origin}: expected one of ${choices.join(", ")}, found ${describe(raw)}`);
}
function parseBoolean(origin, raw) {
  if (typeof raw === "boolean") return raw;
  const text = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (["true", "yes", "1", "on"].includes(text)) return true;
  if (["false", "no", "0", "off"].includes(text)) return false;
  throw new UsageError(`${origin}: expected true or false, found ${describe(raw)}`);
}
function parseName(origin, raw) {
  const text = typeof raw === "string" ? raw.trim() : "";
  if (/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(text) && !text.includes("..")) return text;
  throw new UsageError(`${origin}: expected a name of letters, digits, '.', '_' or '-' (up to 64, starting with a letter or digit), found ${describe(raw)}`);
}
function parseRegExp(origin, raw) {
  if (typeof raw !== "string" || raw === "") throw new UsageError(`${origin}: expected a regular expression, found ${describe(raw)}`);
  try {
    return new RegExp(raw);
  } catch (err) {
    throw new UsageError(`${origin}: expected a regular expression, found ${describe(raw)} (${err.message})`);
  }
}
function boundsText(min, max, unit = "") {
  if (min !== void 0 && max !== void 0) return ` from ${min}${unit} to ${max}${unit}`;
  if (min !== void 0) return ` of at least ${min}${unit}`;
  if (max !== void 0) return ` of at most ${max}${unit}`;
  return "";
}

export {
  parseNumber,
  parseFraction,
  parseDuration,
  parseChoice,
  parseBoolean,
  parseName,
  parseRegExp
};
