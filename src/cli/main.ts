#!/usr/bin/env node
// CLI entry: `npm run kg -- <command> …`. Parses only the command word; each command parses its own arguments.
import { printable } from '../io/printable.ts';
import { COMMANDS } from './commands/index.ts';
import { KgError, NotFoundError, UsageError } from '../errors.ts';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: npm run kg -- <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `npm run kg -- <command> --help` for a command\'s options.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`sco-kg: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${command.usage}`);
      return err.exitCode;
    }
    if (err instanceof NotFoundError) {
      console.error(err.message);
      if (err.suggestions.length) console.error(printable(`closest matches: ${err.suggestions.join(', ')}`));
      return err.exitCode;
    }
    if (err instanceof KgError) {
      console.error(err.message);
      return err.exitCode;
    }
    throw err;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  },
);
