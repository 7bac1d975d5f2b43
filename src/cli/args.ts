// Argument parsing and display helpers shared by the CLI commands.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.ts';
import type { Evidence } from '../graph/types.ts';
import { alsoIn, type ArticleIndex } from '../query/copies.ts';
import { dateInterval } from '../query/dates.ts';
import { clip } from '../export/text-table.ts';
import { printable } from '../io/printable.ts';

/** Up to three evidence sentences as display lines: the sentence, then its article (and where else it was printed). */
export function evidenceLines(evidence: Evidence[], max = 3, articles?: ArticleIndex): string[] {
  const lines = evidence.slice(0, max).map((e) => {
    const also = alsoIn(articles, e.article);
    return printable(`“${clip(e.sentence ?? '')}” [${e.article}${e.date ? `, ${e.date}` : ''}${also ? `; also in ${also.join(', ')}` : ''}]`);
  });
  if (evidence.length > max) lines.push(`(+${evidence.length - max} more)`);
  return lines;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
} as const;

/** The lines `--help` adds under every command's usage. */
export const COMMON_USAGE = `  --json          the result as JSON on stdout
  -q, --quiet     no progress or notes on stderr (warnings and errors still)
  -v, --verbose   more detail on stderr
  -h, --help      this help`;

/**
 * `util.parseArgs` in strict mode with positionals, with the common options added; a parse error becomes a
 * `UsageError` (usage printed, exit 2).
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** A repeatable, comma-separable option checked against the allowed values. */
export function listOption<T extends string>(raw: string[] | undefined, allowed: readonly T[], flag: string): T[] | undefined {
  if (!raw) return undefined;
  const items = raw.flatMap((r) => r.split(',')).map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (!allowed.includes(item as T)) throw new UsageError(`${flag} "${item}" is not one of ${allowed.join(', ')}`);
  }
  return items as T[];
}

/** A whole-number option ≥ `min`. */
export function intOption(raw: string | undefined, flag: string, min: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new UsageError(`${flag} must be a whole number ≥ ${min}, got "${raw}"`);
  return Number(raw);
}

/** A finite number option. */
export function numberOption(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag} must be a number, got "${raw}"`);
  return n;
}

/** A date option: YYYY, YYYY-MM or YYYY-MM-DD. */
export function dateOption(raw: string | undefined, flag: string): string | undefined {
  if (raw === undefined) return undefined;
  if (!dateInterval(raw)) throw new UsageError(`${flag} must be a date (YYYY, YYYY-MM or YYYY-MM-DD), got "${raw}"`);
  return raw;
}
