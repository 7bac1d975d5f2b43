// Every shell example of the README whose output is shown (a ```text block of `$ command` lines, each followed by
// its output) is run, in order, in a scratch folder with the repository's data, and its output compared. Only a
// build's time ("in 0.95 s") may differ.
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.ts';

interface Example {
  command: string;
  expected: string;
}

/** The `$ command` + output pairs of every text block that starts with a `$` line, in document order. */
export function readmeExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const block of markdown.matchAll(/^```text\n([\s\S]*?)^```$/gm)) {
    const lines = block[1].replace(/\n$/, '').split('\n');
    if (!lines[0].startsWith('$ ')) continue;
    for (const line of lines) {
      if (line.startsWith('$ ')) examples.push({ command: line.slice(2), expected: '' });
      else examples.at(-1)!.expected += `${line}\n`;
    }
  }
  return examples.map((e) => ({ ...e, expected: e.expected.replace(/\n+$/, '') }));
}

/** Splits a command line into words: double or single quotes group, as in a shell (no escapes, no variables). */
export function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Output with the build time and the progress lines (stderr, timed) left out, and trailing spaces dropped. */
const normalise = (text: string) =>
  text
    .replace(/^extracting: .*\n/gm, '')
    .replace(/ in \d+(\.\d+)? s$/gm, ' in <time> s')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

const CLI = ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];

/** The README's command as a node command line: `npm run kg -- …`, `sco-kg …` and `npx sco-kg …` are the CLI. */
function toArgv(command: string): string[] {
  const w = words(command);
  if (w.slice(0, 4).join(' ') === 'npm run kg --') return [...CLI, ...w.slice(4)];
  if (w[0] === 'sco-kg') return [...CLI, ...w.slice(1)];
  if (w.slice(0, 2).join(' ') === 'npx sco-kg') return [...CLI, ...w.slice(2)];
  throw new Error(`the README example "${command}" is not a sco-kg command; teach test/docs/readme-examples.test.ts to run it`);
}

const examples = readmeExamples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'kg-readme-'));
symlinkSync(join(ROOT, 'data'), join(scratch, 'data'));
symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README examples', () => {
  it('the README shows examples with their output, a build among them', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
    expect(examples[0].command).toBe('npm run kg -- build');
  });

  it.each([
    ['npm run kg -- neighbours out/graph.json "Wang Yi" --relation met', ['neighbours', 'out/graph.json', 'Wang Yi', '--relation', 'met']],
    ["sco-kg summit g.json 'Astana summit'", ['summit', 'g.json', 'Astana summit']],
  ])('reads %s as a command line', (command, expected) => {
    expect(toArgv(command).slice(CLI.length)).toEqual(expected);
  });

  // in order: the queries read the graph the first example builds
  for (const { command, expected } of examples) {
    it(`$ ${command}`, () => {
      const r = spawnSync(process.execPath, toArgv(command), { cwd: scratch, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DEBUG: '' } });
      expect(normalise(`${r.stdout}${r.stderr}`)).toBe(normalise(expected));
    });
  }
});
