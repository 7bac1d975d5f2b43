// Writes a file from a sequence of strings, atomically: to a temporary sibling in pieces of about a megabyte, then a
// rename. No step holds the whole file in memory, so files larger than V8's longest string (~512 MB) can be written.
import { chmodSync, closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { KgError } from '../errors.ts';
import { folderFor, reclaimTemporaries, temporaryName, writeTarget } from './atomic-write.ts';
import { fsReason } from './fs-errors.ts';

const FLUSH_AT = 1 << 20;

/**
 * Writes the concatenation of `chunks` to `path` via a temporary file in the same folder and a rename, like
 * writeFileAtomic: an existing file keeps its permissions, a symbolic link keeps pointing where it did, a folder is
 * refused, and temporary files of killed writers are removed. A failure throws a KgError naming the path.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  folderFor(path);
  const { file, mode } = writeTarget(path);
  reclaimTemporaries(file);
  const tmp = temporaryName(file);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w', mode);
    let pending: string[] = [];
    let length = 0;
    for (const chunk of chunks) {
      pending.push(chunk);
      length += chunk.length;
      if (length >= FLUSH_AT) {
        writeSync(fd, pending.join(''));
        pending = [];
        length = 0;
      }
    }
    if (pending.length) writeSync(fd, pending.join(''));
    closeSync(fd);
    fd = undefined;
    if (mode !== undefined) chmodSync(tmp, mode); // the open's mode is filtered by the umask
    renameSync(tmp, file);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    if (err instanceof KgError) throw err;
    throw new KgError('E_WRITE', `cannot write ${path}: ${fsReason(err)}`);
  }
}
