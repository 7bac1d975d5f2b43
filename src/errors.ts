// Error classes with a code, so the CLI can map them to messages and exit codes (documented in the README).
import { printable } from './io/printable.ts';

/** The CLI's exit codes. */
export const EXIT = {
  ok: 0,
  /** a name, summit or path the graph does not have */
  notFound: 1,
  /** bad command-line usage or a bad option value */
  usage: 2,
  /** unreadable or malformed input: articles, graph, gold, gazetteer */
  input: 3,
  /** output that cannot be written */
  output: 4,
  /** anything else: a bug (run again with DEBUG=sco-kg for the stack, and report it) */
  internal: 5,
} as const;

/** The exit code of each error code that is not an input error (3). */
const EXIT_OF: Record<string, number> = {
  E_NOT_FOUND: EXIT.notFound,
  E_AMBIGUOUS: EXIT.notFound,
  E_NO_PATH: EXIT.notFound,
  E_USAGE: EXIT.usage,
  E_OPTION: EXIT.usage,
  E_FORMAT: EXIT.usage,
  E_GEXF_VERSION: EXIT.usage,
  E_OUT: EXIT.output,
  E_OUT_DIR: EXIT.output,
  E_WRITE: EXIT.output,
  E_STORE_WRITE: EXIT.output,
};

/** The exit code for an error code: see {@link EXIT}; codes not listed are input errors. */
export function exitCodeOf(code: string): number {
  return EXIT_OF[code] ?? EXIT.input;
}

/**
 * An error the user can act on: bad argument, missing file, unreadable input. `code` says which (`E_GRAPH_READ`,
 * `E_NOT_FOUND` …, listed in the README); `exitCode` is what the CLI exits with; the message names the file or argument.
 * The message is printable: a file name or argument holding control characters shows them as escapes.
 */
export class KgError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = exitCodeOf(code),
  ) {
    super(`sco-kg: ${printable(message)}`);
    this.name = 'KgError';
  }
}

/** Bad command-line usage: the CLI prints the command's usage and exits with 2. */
export class UsageError extends KgError {
  constructor(message: string) {
    super('E_USAGE', message, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** A name the graph does not know: exit code 1, with the closest matches. */
export class NotFoundError extends KgError {
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super('E_NOT_FOUND', message, EXIT.notFound);
    this.name = 'NotFoundError';
  }
}
