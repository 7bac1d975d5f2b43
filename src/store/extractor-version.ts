// The extractor's version: a hash of everything that decides what an article file gives (reading and cleaning,
// extraction stages, gazetteers, packing), so that a cached extraction is reused only by the code that made it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION } from './schema.ts';

/** The source folder this module runs from (src/ from TypeScript, the compiled folder otherwise). */
const SRC = fileURLToPath(new URL('../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Folders and files, relative to the source folder, whose contents decide an extraction. */
const PARTS = ['extract', 'ingest', 'knowledge', 'build/job.ts', 'build/job.js', 'graph/pack.ts', 'graph/pack.js', 'graph/keys.ts', 'graph/keys.js'];

function files(path: string, out: string[]): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    out.push(path);
    return;
  }
  for (const name of readdirSync(path).sort()) files(join(path, name), out);
}

let cached: string | undefined;

/** sha1 (hex, 16 characters) of the extractor's sources and gazetteers, the store schema and V8's serialiser version. */
export function extractorVersion(): string {
  if (cached) return cached;
  const list: string[] = [];
  for (const p of PARTS) files(join(SRC, p), list);
  files(join(ROOT, 'data', 'gazetteer'), list);
  const h = createHash('sha1');
  h.update(`schema ${SCHEMA_VERSION}\nv8 ${process.versions.v8}\n`);
  for (const f of list) {
    h.update(f.slice(ROOT.length));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  cached = h.digest('hex').slice(0, 16);
  return cached;
}
