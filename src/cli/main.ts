#!/usr/bin/env node
// The `sco-kg` command (`npm run kg -- …` from a checkout); the work is in run.ts, so that tests can import it.
import { main, report } from './run.ts';

// output piped into a program that stops reading (`| head`) ends the command quietly, as other tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.exitCode = report(err);
  },
);
