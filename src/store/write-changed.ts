// Writing a generated folder (the dashboard) so that only what changed is touched: a file
// whose content is already there is left alone, so a data-branch commit holds only real changes.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../results/atomic.ts';

export interface GeneratedFile {
  /** '/'-separated, relative to the folder written. */
  path: string;
  content: string;
}

/** Writes the files whose content differs; returns the paths written. */
export async function writeChangedFiles(root: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    if (file.path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) {
      throw new RangeError(`refusing to write ${JSON.stringify(file.path)}: not a plain path inside the folder`);
    }
    const target = join(root, ...parts);
    let current: string | undefined;
    try {
      current = await readFile(target, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (current === file.content) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content);
    written.push(file.path);
  }
  return written;
}
