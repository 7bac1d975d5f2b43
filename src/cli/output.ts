// How the CLI talks: colour only on a terminal and never with NO_COLOR, notes on stderr that --quiet silences and
// --verbose adds to, warnings always, and errors as one line (the stack only with DEBUG=sco-kg).
import { formatTable, type TableRow } from '../export/text-table.ts';

/** The options every command takes (see `parseCommandArgs`). */
export interface Verbosity {
  quiet?: boolean;
  verbose?: boolean;
}

/**
 * Colour for `stream`: never when NO_COLOR is set to anything but "" (https://no-color.org), else when FORCE_COLOR is
 * set (not "0"), else on a terminal that is not "dumb".
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

const CODES = { red: [31, 39], yellow: [33, 39], bold: [1, 22], dim: [2, 22] } as const;

/** `text` in a colour or weight when `stream` takes colour. */
export function paint(style: keyof typeof CODES, text: string, stream: { isTTY?: boolean } = process.stdout): string {
  if (!colorEnabled(stream)) return text;
  const [on, off] = CODES[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** Whether DEBUG names this program (`DEBUG=sco-kg`, `DEBUG=*`, or a list containing either). */
export function debugEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === 'sco-kg' || name === '*' || name === 'sco-kg:*');
}

/** A note for the user on stderr (progress, what was done); --quiet silences it. */
export function note(v: Verbosity, message: string): void {
  if (!v.quiet) console.error(message);
}

/** A detail only --verbose shows, on stderr. */
export function detail(v: Verbosity, message: string): void {
  if (v.verbose && !v.quiet) console.error(paint('dim', message, process.stderr));
}

/** A warning on stderr, shown even with --quiet: something the user should know about the result. */
export function warn(message: string): void {
  console.error(`${paint('yellow', 'warning:', process.stderr)} ${message}`);
}

/** One error line on stderr: "sco-kg: …" with the prefix in red on a terminal. */
export function errorLine(message: string): string {
  const text = message.startsWith('sco-kg: ') ? message.slice('sco-kg: '.length) : message;
  return `${paint('red', 'sco-kg:', process.stderr)} ${text}`;
}

/** A table on stdout, its header in bold on a terminal. */
export function printTable(header: string[], rows: TableRow[]): void {
  const [head, ...rest] = formatTable(header, rows).split('\n');
  console.log([paint('bold', head), ...rest].join('\n'));
}

/** A value as the JSON a command prints with --json. */
export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}
