// Error classes with a code, so the CLI can map them to messages and exit codes.
import { printable } from './io/printable.ts';

/**
 * An error the user can act on: bad argument, missing file, unreadable input. `exitCode` is what the CLI exits with.
 * The message is printable: a file name or argument holding control characters shows them as escapes.
 */
export class KgError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode = 2,
  ) {
    super(`sco-kg: ${printable(message)}`);
    this.name = 'KgError';
  }
}

/** Bad command-line usage: the CLI prints the command's usage and exits with 2. */
export class UsageError extends KgError {
  constructor(message: string) {
    super('E_USAGE', message, 2);
    this.name = 'UsageError';
  }
}

/** A name the graph does not know: exit code 1, with the closest matches. */
export class NotFoundError extends KgError {
  constructor(
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super('E_NOT_FOUND', message, 1);
    this.name = 'NotFoundError';
  }
}
