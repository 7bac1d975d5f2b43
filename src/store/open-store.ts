// Opening the store: a SQLite file, read by queries and the local API, written by `kg build`.
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { KgError } from '../errors.ts';
import { SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

/** Whether `path` names a store rather than a graph file (by its extension). */
export function isStorePath(path: string): boolean {
  return /\.(db|sqlite3?)$/i.test(path);
}

/** The store that goes with a graph file: out/graph.json → out/graph.db. */
export function storePathFor(graphFile: string): string {
  return graphFile.replace(/\.json$/i, '') + '.db';
}

/** The store's schema version, or undefined when the file is no store of ours (or not SQLite at all). */
export function schemaVersionOf(db: Db): number | undefined {
  try {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
    return row ? Number(row.value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Opens a store built by `kg build` for reading. Throws KgError (exit code 3) naming the file when it is missing, not
 * SQLite, of another schema version, or holds no graph yet.
 */
export function openStoreForReading(path: string): Db {
  if (!existsSync(path)) throw new KgError('E_STORE_READ', `cannot read store "${path}": no such file`);
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new KgError('E_STORE_READ', `cannot read store "${path}": ${(err as Error).message}`);
  }
  const version = schemaVersionOf(db);
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new KgError('E_STORE_FORMAT', `"${path}" is not a store written by this version of \`kg build\`${version === undefined ? '' : ` (schema ${version}, expected ${SCHEMA_VERSION})`}`);
  }
  return db;
}
