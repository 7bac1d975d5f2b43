// Writes a file from a sequence of strings, atomically: to a temporary sibling in pieces of about a megabyte, then a
// rename. No step holds the whole file in memory, so files larger than V8's longest string (~512 MB) can be written.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const FLUSH_AT = 1 << 20;

/** Writes the concatenation of `chunks` to `path` via a temporary file in the same folder and a rename. */
export function writeChunksAtomic(path: string, chunks: Iterable<string>): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
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
    renameSync(tmp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
}
