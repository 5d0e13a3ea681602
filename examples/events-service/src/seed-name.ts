// Where a seed is cached: its file name carries the seed version, so a changed generator or schema
// never reuses an old file.
import { SEED_VERSION } from './data.ts';

export function seedFileName(events: number): string {
  return `benchgate-events-v${SEED_VERSION}-${events}.db`;
}
