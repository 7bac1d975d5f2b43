// Writes a file atomically: to a temporary sibling first, then rename, so readers never see half a file.
import { chmodSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { KgError } from '../errors.ts';

import { fsReason } from './fs-errors.ts';

/** Creates the folder `path` goes into, or throws a KgError (E_WRITE, exit code 4) naming `path`; returns the folder. */
export function folderFor(path: string, code = 'E_WRITE'): string {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const errno = (err as NodeJS.ErrnoException).code;
    const reason = errno === 'EEXIST' || errno === 'ENOTDIR' ? `${dir} is not a folder` : fsReason(err);
    throw new KgError(code, `cannot write ${path}: ${reason}`);
  }
  return dir;
}

/** The temporary name of `path` for this process: `.<name>.<pid>.<time>.tmp` beside it. */
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

/** Whether a process with this id is running (a temporary file of a live one is still being written). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed writer left beside `path`: `.<name>.<pid>.<time>.tmp` (or, with `hidden` false,
 * `<name>.<pid>.<time>.tmp`) whose process is no longer running. Never throws.
 */
export function reclaimTemporaries(path: string, hidden = true): void {
  const dir = dirname(path);
  const prefix = `${hidden ? '.' : ''}${basename(path)}.`;
  try {
    for (const name of readdirSync(dir)) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const m = /^(\d+)\.\d+\.tmp$/.exec(name.slice(prefix.length));
      if (m && !alive(Number(m[1]))) rmSync(join(dir, name), { force: true });
    }
  } catch {
    // a folder that cannot be listed keeps its files; the write itself reports what matters
  }
}

/**
 * The file a write to `path` should replace: `path` itself, or the file a symbolic link there points to (so the link
 * stays a link). Throws a KgError when that is a folder or not a regular file.
 */
export function writeTarget(path: string): { file: string; mode?: number } {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return { file: path }; // a new file (a dangling link's target is written below as a new file)
  }
  let file = path;
  if (st.isSymbolicLink()) {
    try {
      file = realpathSync(path);
      st = statSync(file);
    } catch {
      throw new KgError('E_OUT', `${path} is a symbolic link to nothing; remove it or name another file`);
    }
  }
  if (st.isDirectory()) throw new KgError('E_OUT', `${path} is a folder; name a file to write`);
  if (!st.isFile()) throw new KgError('E_OUT', `${path} is not a regular file`);
  return { file, mode: st.mode & 0o7777 };
}

/**
 * Writes `data` to `path` via a temporary file in the same folder and a rename; creates the folder if needed. An
 * existing file keeps its permissions; a symbolic link keeps pointing where it did (its target is replaced).
 * Temporary files left by killed writers of the same file are removed first.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  folderFor(path);
  const { file, mode } = writeTarget(path);
  reclaimTemporaries(file);
  const tmp = temporaryName(file);
  try {
    writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    if (mode !== undefined) chmodSync(tmp, mode); // writeFileSync's mode is filtered by the umask
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof KgError) throw err;
    throw new KgError('E_WRITE', `cannot write ${path}: ${fsReason(err)}`);
  }
}
