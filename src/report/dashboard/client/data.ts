/// <reference lib="dom" />
// What the page reads: the manifest, each suite's summary, and the suite's monthly history
// shards, newest first, turned into columns of typed arrays as they arrive so a long history
// costs a few bytes per value and the parsed JSON is let go.
import type { DashboardManifest, SuiteChanges, SuiteSummary } from '../model.ts';
import { type ShardReader, type LoadedShard } from './shard.ts';

export { columnKey, type Column, type LoadedShard } from './shard.ts';

export const MANIFEST_URL = 'benchgate-dashboard/suites.json';

export class LoadError extends Error {
  override name = 'LoadError';
}

async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (err) {
    throw new LoadError(`Could not load ${url}: ${(err as Error).message}`);
  }
  if (!response.ok) throw new LoadError(`Could not load ${url}: HTTP ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch (err) {
    throw new LoadError(`${url} is not valid JSON: ${(err as Error).message}`);
  }
}

export function loadManifest(): Promise<DashboardManifest> {
  // Revalidated every time: it is what tells the page the rest has changed.
  // Fetched as the page's <link rel="preload"> asked for it, so the request started with the page.
  return getJson<DashboardManifest>(MANIFEST_URL).then((m) => {
    if (m.format !== 'benchgate/dashboard' || m.version !== 1) throw new LoadError(`${MANIFEST_URL}: not a benchgate dashboard manifest of version 1`);
    return m;
  });
}

/** Store folder names are file names ("%" and all): each becomes one URL path segment. */
export function segment(name: string): string {
  return encodeURIComponent(name);
}

export function loadSummary(entry: DashboardManifest['suites'][number]): Promise<SuiteSummary> {
  const url = `benchgate-dashboard/suites/${segment(entry.folder)}.json?v=${segment(entry.stamp)}`;
  return getJson<SuiteSummary>(url).then((s) => {
    if (s.format !== 'benchgate/dashboard-suite' || s.version !== 1) throw new LoadError(`${url}: not a suite summary of version 1`);
    return s;
  });
}

export function loadChanges(entry: DashboardManifest['suites'][number]): Promise<SuiteChanges> {
  const url = `benchgate-dashboard/changes/${segment(entry.folder)}.json?v=${segment(entry.changesStamp)}`;
  return getJson<SuiteChanges>(url).then((c) => {
    if (c.format !== 'benchgate/dashboard-changes' || c.version !== 1) throw new LoadError(`${url}: not a changes file of version 1`);
    return c;
  });
}

/** A suite's history as far as it has loaded: shards arrive newest first. */
export class SuiteHistory {
  readonly summary: SuiteSummary;
  private readonly loaded = new Map<string, LoadedShard>();
  private readonly pending = new Map<string, Promise<LoadedShard>>();
  private readonly reader: ShardReader;

  constructor(summary: SuiteSummary, reader: ShardReader) {
    this.summary = summary;
    this.reader = reader;
  }

  /** Shards holding runs of `branch`, newest first. */
  shardsOf(branch: string): SuiteSummary['shards'] {
    return this.summary.shards.filter((s) => s.branches.includes(branch)).reverse();
  }

  isLoaded(month: string): boolean {
    return this.loaded.has(month);
  }

  load(shard: SuiteSummary['shards'][number], onPage = false): Promise<LoadedShard> {
    const known = this.loaded.get(shard.month);
    if (known) return Promise.resolve(known);
    let pending = this.pending.get(shard.month);
    if (!pending) {
      const url = `${segment(this.summary.folder)}/history/${segment(shard.file)}?v=${shard.runs}`;
      pending = this.reader.read(url, onPage).then((columns) => {
        this.loaded.set(shard.month, columns);
        this.pending.delete(shard.month);
        return columns;
      });
      this.pending.set(shard.month, pending);
    }
    return pending;
  }

  /** Loaded shards of `branch`, oldest first. */
  loadedOf(branch: string): LoadedShard[] {
    return this.shardsOf(branch)
      .map((s) => this.loaded.get(s.month))
      .filter((s): s is LoadedShard => s !== undefined)
      .reverse();
  }
}

export interface Series {
  /** Runs of the branch with a value for the benchmark, oldest first. */
  ids: string[];
  commits: Array<string | undefined>;
  times: Float64Array;
  median: Float64Array;
  low: Float64Array;
  high: Float64Array;
  n: Float32Array;
  cv: Float32Array;
}

/**
 * The band is a 95% interval of each run's median, from the run's own samples: the large-sample
 * standard error of a median is √(π/2) · σ/√n, and with the run's spread cv taken on the log scale
 * (times and rates are ratios: they are never below zero, and a 10% spread means the same at
 * 1 µs as at 1 s) that is median ×÷ exp(1.96 · √(π/2) · cv / √n). A run with one sample has none.
 */
export const MEDIAN_SE_FACTOR = 1.96 * Math.sqrt(Math.PI / 2);

/** Lower and upper end of the band of one run. */
export function band(value: number, n: number, cv: number): [number, number] {
  if (!(n > 1) || !(cv > 0)) return [value, value];
  const spread = (MEDIAN_SE_FACTOR * cv) / Math.sqrt(n);
  if (value > 0) {
    const factor = Math.exp(spread);
    return [value / factor, value * factor];
  }
  return [value - spread * Math.abs(value), value + spread * Math.abs(value)];
}

export function seriesOf(shards: LoadedShard[], branch: string, key: string): Series {
  let count = 0;
  for (const shard of shards) {
    const column = shard.columns.get(key);
    if (!column) continue;
    for (let r = 0; r < shard.ids.length; r++) if (shard.branches[r] === branch && !Number.isNaN(column.median[r]!)) count++;
  }
  const series: Series = {
    ids: new Array(count),
    commits: new Array(count),
    times: new Float64Array(count),
    median: new Float64Array(count),
    low: new Float64Array(count),
    high: new Float64Array(count),
    n: new Float32Array(count),
    cv: new Float32Array(count),
  };
  let i = 0;
  for (const shard of shards) {
    const column = shard.columns.get(key);
    if (!column) continue;
    for (let r = 0; r < shard.ids.length; r++) {
      const value = column.median[r]!;
      if (shard.branches[r] !== branch || Number.isNaN(value)) continue;
      series.ids[i] = shard.ids[r]!;
      series.commits[i] = shard.commits[r];
      series.times[i] = shard.times[r]!;
      series.median[i] = value;
      const n = column.n[r]!;
      const cv = column.cv[r]!;
      const [low, high] = band(value, n, cv);
      series.low[i] = low;
      series.high[i] = high;
      series.n[i] = n;
      series.cv[i] = cv;
      i++;
    }
  }
  return series;
}
