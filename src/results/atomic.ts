// Atomic file writes: readers see the old file or the new one, never half of either.
// Lives with results (not store) so that results/io.ts need not import from the store,
// which sits to its right in the pipeline.
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp files are hidden and end in `.tmp`, so folder listings can tell them from real files. */
export const TEMP_SUFFIX = '.tmp';

export function isTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/**
 * Write `data` to `path` through a temp file in the same folder (so the rename cannot
 * cross file systems), flushed to disk before the rename so a crash cannot leave an
 * empty file under the final name. A failure removes the temp file and leaves `path` as it was.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const folder = dirname(path);
  const temp = join(
    folder,
    `.${basename(path)}.${process.pid}.${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex')}${TEMP_SUFFIX}`,
  );
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw err;
  }
  await syncFolder(folder);
}

/** Make the rename itself durable. Not every platform can open a folder: best effort. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a folder; the rename is still atomic there.
  }
}

/** Remove temp files older than `maxAgeMs` left in `folder` by writers that crashed. */
export async function removeStaleTempFiles(folder: string, maxAgeMs: number, now = Date.now()): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!isTempFile(name)) continue;
    const file = join(folder, name);
    try {
      const info = await stat(file);
      // A younger temp file may belong to a save still in progress in another process.
      if (now - info.mtimeMs > maxAgeMs) {
        await unlink(file);
        removed++;
      }
    } catch {
      // Gone already (another process cleaned it, or its writer finished): nothing to do.
    }
  }
  return removed;
}
