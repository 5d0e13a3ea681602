// Where baselines and history live. One interface, several backends (local folder,
// git data branch, actions/cache). Backends never lose or corrupt what is stored:
// writes are atomic and a failed save leaves earlier runs as they were.
import type { RunResult } from '../results/model.ts';

export interface StoredRun {
  suite: string;
  branch: string;
  id: string;
  commit?: string;
  time: string;
}

export interface Store {
  /** For messages: where this store keeps its data. */
  readonly location: string;
  /** Keep `run` as the newest run of `branch`, then prune the branch to the retention limit. */
  save(run: RunResult, branch: string): Promise<StoredRun>;
  /** Runs of `suite` on `branch`, newest first, at most `limit`. */
  list(suite: string, branch: string, limit?: number): Promise<StoredRun[]>;
  /** Read and validate one stored run. */
  load(ref: StoredRun): Promise<RunResult>;
}
