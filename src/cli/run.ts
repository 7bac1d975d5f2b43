// The CLI: parses only the command word and the options every command shares; each command parses its own
// arguments. Errors become one line and a documented exit code.
import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/index.ts';
import type { Command } from './command.ts';
import { COMMON_USAGE } from './args.ts';
import { debugEnabled, errorLine } from './output.ts';
import { EXIT, KgError, NotFoundError, UsageError } from '../errors.ts';
import { fsReason, isFsError } from '../io/fs-errors.ts';
import { printable } from '../io/printable.ts';

/** The package's version (package.json is two folders up from src/cli/ and from lib/cli/ alike). */
export function version(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

export function help(): string {
  const names = COMMANDS.map((c) => [c.name, ...(c.aliases ?? [])].join(', '));
  const width = Math.max(...names.map((n) => n.length));
  return [
    'usage: sco-kg <command> [options]        (from a checkout: npm run kg -- <command> [options])',
    '',
    'commands:',
    ...COMMANDS.map((c, i) => `  ${names[i].padEnd(width)}  ${c.summary}`),
    '',
    'options of every command:',
    COMMON_USAGE,
    '  --no-color      no colour (also NO_COLOR=1)',
    '  -V, --version   the version',
    '',
    'exit codes: 0 ok, 1 not found, 2 usage, 3 bad input, 4 cannot write output, 5 internal error',
    'DEBUG=sco-kg prints the stack of an error. Run `sco-kg <command> --help` for a command\'s options.',
  ].join('\n');
}

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

/** Prints the error as one line (and a command's usage after a usage error); returns the exit code. */
export function report(err: unknown, command?: Command): number {
  if (debugEnabled()) console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  if (err instanceof UsageError) {
    console.error(errorLine(err.message));
    if (command) console.error(`\n${command.usage}\n${COMMON_USAGE}`);
    return err.exitCode;
  }
  if (err instanceof NotFoundError) {
    console.error(errorLine(err.suggestions.length ? `${err.message}; closest matches: ${printable(err.suggestions.join(', '))}` : err.message));
    return err.exitCode;
  }
  if (err instanceof KgError) {
    console.error(errorLine(err.message));
    return err.exitCode;
  }
  if (isFsError(err) && err.path) {
    console.error(errorLine(`${err.path}: ${fsReason(err)}`));
    return EXIT.input;
  }
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.error(errorLine(`internal error: ${message}${debugEnabled() ? '' : ' (DEBUG=sco-kg shows the stack)'}`));
  return EXIT.internal;
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--no-color');
  if (args.length !== argv.length) process.env.NO_COLOR = '1';
  // options every command takes may come before the command word
  const lead = args.findIndex((a) => !['--quiet', '-q', '--verbose', '-v', '--json'].includes(a));
  const [name, ...rest] = lead > 0 ? [args[lead], ...args.slice(0, lead), ...args.slice(lead + 1)] : args;
  if (!name) {
    console.error(help());
    return EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    console.log(version());
    return EXIT.ok;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const command = rest[0] === undefined ? undefined : findCommand(rest[0]);
    console.log(command ? `${command.usage}\n${COMMON_USAGE}` : help());
    return rest[0] === undefined || command ? EXIT.ok : report(new UsageError(`unknown command "${rest[0]}"`));
  }
  const command = findCommand(name);
  if (!command) {
    console.error(errorLine(`unknown command "${printable(name)}"; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (sco-kg --help)`));
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${command.usage}\n${COMMON_USAGE}`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    return report(err, command);
  }
}
