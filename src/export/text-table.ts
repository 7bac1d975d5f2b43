// Plain-text tables for the CLI: aligned columns, optional indented detail lines under a row. Browser-safe.
import { printable } from '../io/printable.ts';

/** One row: its cells, and lines printed indented under it (e.g. evidence sentences). */
export interface TableRow {
  cells: string[];
  details?: string[];
}

/**
 * Renders a header and rows as left-aligned columns separated by two spaces; trailing spaces are trimmed. Cells and
 * details are made printable (control characters escaped).
 */
export function formatTable(header: string[], table: TableRow[]): string {
  const rows = table.map((r) => ({ cells: r.cells.map(printable), details: r.details?.map(printable) }));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(header)];
  for (const row of rows) {
    out.push(line(row.cells));
    for (const detail of row.details ?? []) out.push(`    ${detail}`);
  }
  return out.join('\n');
}

/** Cuts a string to `max` characters (with an ellipsis) and folds whitespace runs, for one-line display. */
export function clip(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
