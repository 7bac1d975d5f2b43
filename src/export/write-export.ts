// Writes an export's files to disk, each atomically (Node only; the exporters themselves are pure).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../graph/types.ts';
import { KgError } from '../errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { writeChunksAtomic } from '../io/atomic-chunks.ts';
import { EXPORTERS, findExporter, type ExportOptions } from './index.ts';

/**
 * Exports `graph` in `format` to `out` and returns the paths written. For one-file formats `out` is the file, or a
 * directory (existing, or written with a trailing `/`) that receives the format's default file name; for `csv` it is
 * the directory. Every file is written to a temporary file and renamed, so a reader never sees half a file; formats
 * that can are written in pieces, never as one string.
 */
export function writeExport(graph: KnowledgeGraph, format: string, out: string, options: ExportOptions = {}): string[] {
  const exporter = findExporter(format);
  if (!exporter) {
    throw new KgError('E_FORMAT', `unknown export format "${format}" (expected ${EXPORTERS.map((e) => e.name).join(', ')})`);
  }
  const files = exporter.pieces ? exporter.pieces(graph, options) : exporter.write(graph, options);
  const intoDir = exporter.output === 'directory' || out.endsWith('/') || isDirectory(out);
  if (exporter.output === 'directory' && exists(out) && !isDirectory(out)) {
    throw new KgError('E_OUT', `--out "${out}" is a file; the ${format} export writes a directory`);
  }
  const written: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = intoDir ? join(out, name) : out;
    if (typeof content === 'string') writeFileAtomic(path, content);
    else writeChunksAtomic(path, content);
    written.push(path);
  }
  return written;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
