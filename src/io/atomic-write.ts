// Writes a file atomically: to a temporary sibling first, then rename, so readers never see half a file.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Writes `data` to `path` via a temporary file in the same folder and a rename; creates the folder if needed. A
 * failure throws a KgError (code E_WRITE, exit code 4) naming the path, and leaves no temporary file behind.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = folderFor(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new KgError('E_WRITE', `cannot write ${path}: ${fsReason(err)}`);
  }
}
