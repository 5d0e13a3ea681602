// What the micro-benchmark runner tells its caller while it runs, for progress output.
// `process` is 0-based; `done` and `total` count rounds of a file in one process.

// Type aliases, not interfaces: they keep events assignable to a plain `{ type: string; [key: string]: unknown }`.
type Where = {
  /** The benchmark file, relative to cwd. */
  file: string;
  process: number;
  processes: number;
};

type Progress = {
  done: number;
  total: number;
};

export type ProgressEvent =
  /** A benchmark process for `file` starts. */
  | ({ type: 'file-start' } & Where & Progress)
  /** One benchmark's round starts. */
  | ({ type: 'round'; benchmark: string; round: number; rounds: number } & Where & Progress)
  | ({ type: 'sample'; benchmark: string; round: number; value: number; unit: string } & Where)
  /** Every benchmark of the file has had its turn in this round. */
  | ({ type: 'round-end'; round: number; rounds: number } & Where & Progress)
  /** A benchmark failed, or the whole file did (then `benchmark` is the file). */
  | ({ type: 'error'; benchmark: string; message: string } & Where)
  | ({ type: 'file-end' } & Where & Progress);
