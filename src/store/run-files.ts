// How a store names its files: one file per run, found by listing a folder, never by an
// index that two writers could fight over.
//
//     <suite>/<branch, encoded>/<time>_<commit>_<id, encoded>.json
//
// <time> is the run's start in UTC as YYYYMMDDTHHMMSSmmmZ, so names sort oldest first;
// <commit> is the first 12 hex digits of the commit, or "nocommit".
import { createHash } from 'node:crypto';
import { describe, UsageError } from '../errors.ts';
import type { StoredRun } from './store.ts';

const SAFE = /^[A-Za-z0-9._-]$/;
const LONGEST_SEGMENT = 200;
const LONGEST_ID = 120;
const SHORT_COMMIT = 12;
const RUN_FILE = /^(\d{8}T\d{9}Z)_([0-9a-f]{1,12}|nocommit)_(.+)\.json$/;

/**
 * `text` made safe as one path segment on any OS: letters, digits, "-", "_" and inner
 * "." kept, everything else (slashes, spaces, ":", "%", a leading ".") written as %XX of
 * its UTF-8 bytes, so distinct names stay distinct and ".." cannot climb out.
 */
export function encodeSegment(text: string): string {
  let out = '';
  for (const char of text) {
    if (SAFE.test(char) && !(out === '' && char === '.')) out += char;
    else for (const byte of Buffer.from(char, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Folder names too long for a file system get a readable head and a hash of the whole name. */
function folderName(text: string): string {
  const encoded = encodeSegment(text);
  if (encoded.length <= LONGEST_SEGMENT) return encoded;
  // "~" never comes out of encodeSegment, so this cannot collide with a short name.
  return `${encoded.slice(0, LONGEST_SEGMENT - 20)}~${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The folder of a suite. Suites are named by users: no path tricks, said plainly. */
export function suiteFolder(suite: string): string {
  if (typeof suite !== 'string' || suite === '') throw new UsageError(`suite: expected a non-empty name, found ${describe(suite)}`);
  if (suite === '.' || suite === '..' || /[/\\\0]/.test(suite)) {
    throw new UsageError(`suite: expected a name without "/", "\\" or NUL that is not "." or "..", found ${describe(suite)}`);
  }
  return folderName(suite);
}

/** The folder of a branch. Branch names contain slashes ("feature/x"): they are encoded, not refused. */
export function branchFolder(branch: string): string {
  if (typeof branch !== 'string' || branch === '') throw new UsageError(`branch: expected a non-empty name, found ${describe(branch)}`);
  if (branch.includes('\0')) throw new UsageError(`branch: expected a name without NUL characters, found ${describe(branch)}`);
  return folderName(branch);
}

export function shortCommit(commit: string | undefined): string | undefined {
  return commit !== undefined && /^[0-9a-f]+$/i.test(commit) ? commit.slice(0, SHORT_COMMIT).toLowerCase() : undefined;
}

function timeKey(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) throw new UsageError(`run.time: expected an ISO 8601 time, found ${describe(time)}`);
  return date.toISOString().replace(/[-:.]/g, '');
}

/** The file name of a run. */
export function runFileName(ref: { id: string; commit?: string; time: string }): string {
  const id = encodeSegment(ref.id);
  if (id.length > LONGEST_ID) {
    throw new UsageError(`run.id: expected an id short enough for a file name (at most ${LONGEST_ID} characters once encoded), found ${id.length}`);
  }
  return `${timeKey(ref.time)}_${shortCommit(ref.commit) ?? 'nocommit'}_${id}.json`;
}

/** Whether `name` is a run file, and which run; anything else in the folder (temp files, notes) is not. */
export function parseRunFileName(name: string, suite: string, branch: string): StoredRun | undefined {
  const match = RUN_FILE.exec(name);
  if (!match) return undefined;
  const [, key, commit, encodedId] = match as unknown as [string, string, string, string];
  let id: string;
  try {
    id = decodeURIComponent(encodedId);
  } catch {
    return undefined;
  }
  const time = `${key.slice(0, 4)}-${key.slice(4, 6)}-${key.slice(6, 8)}T${key.slice(9, 11)}:${key.slice(11, 13)}:${key.slice(13, 15)}.${key.slice(15, 18)}Z`;
  if (Number.isNaN(Date.parse(time))) return undefined;
  return { suite, branch, id, ...(commit !== 'nocommit' ? { commit } : {}), time };
}

/** Whether a run file name is that of the run with `id`, whatever its time and commit. */
export function isFileOfRun(name: string, id: string): boolean {
  return name.endsWith(`_${encodeSegment(id)}.json`) && RUN_FILE.test(name);
}

/** The git branch the data-branch store keeps its runs on unless told otherwise. */
export const DEFAULT_DATA_BRANCH = 'benchgate-data';
