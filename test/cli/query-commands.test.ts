// neighbours, path, meetings, summit: tables by default, JSON with --json, names resolved, bad arguments refused.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../src/export/json.ts';
import { NotFoundError, UsageError } from '../../src/errors.ts';
import { AmbiguousNameError } from '../../src/query/errors.ts';
import { makeGraph, MINI_GRAPH_PATH as G } from '../query/fixture.ts';
import type { Command } from '../../src/cli/command.ts';
import { meetings } from '../../src/cli/commands/meetings.ts';
import { neighbours } from '../../src/cli/commands/neighbours.ts';
import { path } from '../../src/cli/commands/path.ts';
import { summit } from '../../src/cli/commands/summit.ts';
import { runCommand as runCommandWith } from './helpers.ts';

const COMMANDS: Record<string, Command> = { neighbours, path, meetings, summit };
const runCommand = (name: string, argv: string[]) => runCommandWith(COMMANDS[name], argv);

describe('readable output', () => {
  it.each<[string, string[], (string | RegExp)[]]>([
    ['neighbours', [G, 'Wang Yi', '--relation', 'met'], ['Wang Yi (person:wang-yi): 2 relations', /^NAME\s+KIND\s+RELATION\s+DIR\s+WEIGHT\s+DATE$/m, /^Sergei Aleinik\s+person\s+met\s+—\s+1\s+2024-05-21$/m, '“During a meeting with Sergei Aleinik', 'Jeenbek Kulubaev']],
    ['neighbours', [G, 'Sergei Aleinik', '--relation', 'met', '--depth', '2'], [/^Jeenbek Kulubaev\s+person\s+met\s+—\s+1\s+2024-05-22\s+2\s+Wang Yi$/m]],
    ['neighbours', [G, 'China', '--kind', 'initiative,organisation'], [/Global Security Initiative\s+initiative\s+proposed\s+→/, /Shanghai Cooperation Organisation\s+organisation\s+member_of\s+→/]],
    ['path', [G, 'Zhang Ming', 'Belarus'], ['Zhang Ming → Belarus: 2 hops', '—affiliated_with→ Shanghai Cooperation Organisation (organisation)', '←member_of— Belarus (country)', '“SCO Secretary-General Zhang Ming']],
    ['meetings', [G, 'Wang'], ['Wang Yi (person:wang-yi) met 2 people', /^2024-05-21\s+Sergei Aleinik\s+1$/m, /^2024-05-22\s+Jeenbek Kulubaev\s+1$/m]],
    ['summit', [G, '2024'], ['SCO Summit 2024 (Astana) (summit:sco-2024-astana)', 'city: Astana', 'host: Kazakhstan', /^Xi Jinping\s+person\s+2024-07-03\s+planned$/m]],
  ])('%s %j', async (name, argv, expected) => {
    const { code, out, error } = await runCommand(name, argv);
    expect(error).toBeUndefined();
    expect(code).toBe(0);
    for (const e of expected) typeof e === 'string' ? expect(out).toContain(e) : expect(out).toMatch(e);
  });
});

describe('--json', () => {
  it.each<[string, string[], (json: any) => unknown, unknown]>([
    ['neighbours', [G, 'Wang Yi', '--relation', 'met', '--json'], (j) => j.neighbours.map((n: any) => [n.key, n.direction, n.evidence.length]), [['person:jeenbek-kulubaev', 'undirected', 1], ['person:sergei-aleinik', 'undirected', 1]]],
    ['path', [G, 'Sergei Aleinik', 'Jeenbek Kulubaev', '--json'], (j) => j.nodes.map((n: any) => n.key), ['person:sergei-aleinik', 'person:wang-yi', 'person:jeenbek-kulubaev']],
    ['meetings', [G, 'Wang Yi', '--json'], (j) => j.meetings.map((m: any) => m.date), ['2024-05-21', '2024-05-22']],
    ['summit', [G, 'Astana summit', '--json'], (j) => [j.host.label, j.attendees[0].label, j.ordinal], ['Kazakhstan', 'Xi Jinping', 24]],
  ])('%s %j', async (name, argv, pick, expected) => {
    const { code, out } = await runCommand(name, argv);
    expect(code).toBe(0);
    expect(pick(JSON.parse(out))).toEqual(expected);
  });
});

describe('errors', () => {
  it.each<[string, string[], new (...args: any[]) => Error, number, RegExp]>([
    ['neighbours', [G], UsageError, 2, /takes a graph file and a name/],
    ['neighbours', [G, 'Wang', 'Yi'], UsageError, 2, /takes a graph file and a name/],
    ['neighbours', [G, 'Wang Yi', '--bogus'], UsageError, 2, /--bogus/],
    ['neighbours', [G, 'Wang Yi', '--relation', 'friends'], UsageError, 2, /--relation "friends" is not one of met, attended/],
    ['neighbours', [G, 'Wang Yi', '--kind', 'city'], UsageError, 2, /--kind "city"/],
    ['neighbours', [G, 'Wang Yi', '--depth', '0'], UsageError, 2, /--depth must be a whole number ≥ 1/],
    ['neighbours', [G, 'Wang Yi', '--min-weight', 'x'], UsageError, 2, /--min-weight must be a number/],
    ['neighbours', [G, 'Wang Yi', '--from', 'May 2024'], UsageError, 2, /--from must be a date/],
    ['neighbours', [G, 'Wang Yu'], NotFoundError, 1, /no entity named "Wang Yu"/],
    ['path', [G, 'Zhang Ming'], UsageError, 2, /two names/],
    ['path', [G, 'Zhang Ming', 'Xi Jinping'], Error, 1, /no path between "Zhang Ming" and "Xi Jinping"/],
    ['meetings', [G, 'China'], NotFoundError, 1, /no person named "China"/],
    ['summit', [G, '1999'], NotFoundError, 1, /no summit in 1999/],
    ['summit', [G], UsageError, 2, /summit name, ordinal, year or city/],
    ['neighbours', ['/nonexistent/graph.json', 'Wang Yi'], Error, 3, /cannot read graph file "\/nonexistent\/graph\.json"/],
  ])('%s %j → %s, exit %i', async (name, argv, type, exitCode, message) => {
    const { error } = await runCommand(name, argv);
    expect(error).toBeInstanceOf(type);
    expect(error?.exitCode).toBe(exitCode);
    expect(error?.message).toMatch(message);
  });

  it('an unknown name answers with the closest matches', async () => {
    const { error } = await runCommand('meetings', [G, 'Sergey Aleinik']);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.suggestions).toEqual(['Sergei Aleinik']);
  });

  it('an ambiguous name lists its candidates', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sco-kg-cli-')), 'graph.json');
    writeFileSync(file, writeJson(makeGraph([['person:wang-yi', 'Wang Yi', { aliases: ['Wang'] }], ['person:wang-wenbin', 'Wang Wenbin', { aliases: ['Wang'] }]])));
    const { error } = await runCommand('neighbours', [file, 'Wang']);
    expect(error).toBeInstanceOf(AmbiguousNameError);
    expect(error?.exitCode).toBe(1);
    expect(error?.message).toMatch(/"Wang" matches 2 entities: .*Wang Wenbin \(person:wang-wenbin\)/);
  });
});
