// Errors meant for people. Each names the input, file or field, what was expected and what was found.
// The CLI maps them to exit code 2 (bad usage or bad input); anything else is a bug.

/** Bad flag, input or configuration value. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--filter` left no benchmark to run: a usage error the pipeline catches when scenarios may still match. */
export class NothingMatchedError extends UsageError {
  override name = 'NothingMatchedError';
}

/** A file that cannot be read or does not have the expected shape. */
export class InputError extends Error {
  override name = 'InputError';
  readonly file: string;
  constructor(file: string, message: string, options?: ErrorOptions) {
    super(`${file}: ${message}`, options);
    this.file = file;
  }
}

export function isUserError(err: unknown): err is UsageError | InputError {
  return err instanceof UsageError || err instanceof InputError;
}

/** Describe a value briefly for an error message: what was found. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
