// The CLI's conventions: --version, --help on every command, the neighbors alias, --json everywhere, --quiet and
// --verbose, documented exit codes, NO_COLOR, one-line errors naming the file or argument, DEBUG=sco-kg for the stack.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_GRAPH_PATH as G } from '../query/fixture.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { colorEnabled, debugEnabled } from '../../src/cli/output.ts';
import { exitCodeOf, EXIT, KgError } from '../../src/errors.ts';
import { ROOT, runCli, runMain } from './helpers.ts';

const TMP = mkdtempSync(join(tmpdir(), 'kg-conventions-'));
const ARTICLE = join(ROOT, 'data/articles', '003_b5f2b146e8614988.txt');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('--version and --help', () => {
  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    expect(await runMain([flag])).toEqual({ code: 0, stdout: VERSION, stderr: '' });
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s --help prints its usage and the common options, exit 0', async (name) => {
    const { code, stdout } = await runMain([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^usage: sco-kg ${name}`));
    for (const option of ['--json', '--quiet', '--verbose']) expect(stdout).toContain(option);
  });

  it('--help lists every command and the exit codes; no command at all is a usage error', async () => {
    const { code, stdout } = await runMain(['--help']);
    expect(code).toBe(0);
    for (const c of COMMANDS) expect(stdout).toContain(`  ${c.name}`);
    expect(stdout).toContain('exit codes: 0 ok, 1 not found, 2 usage, 3 bad input, 4 cannot write output');
    expect((await runMain([])).code).toBe(2);
  });

  it('neighbors is neighbours', async () => {
    const us = await runMain(['neighbors', G, 'Wang Yi', '--json']);
    expect(us.code).toBe(0);
    expect(us.stdout).toBe((await runMain(['neighbours', G, 'Wang Yi', '--json'])).stdout);
    expect((await runMain(['help', 'neighbors'])).stdout).toMatch(/^usage: sco-kg neighbours\|neighbors/);
  });
});

describe('--json on every command', () => {
  it.each<[string, string[], (json: any) => unknown, unknown]>([
    ['explain', ['explain', ARTICLE, '--json'], (j) => [j.article.id, j.sentences.some((s: any) => s.relations.some((r: any) => r.relation === 'met'))], ['003_b5f2b146e8614988', true]],
    ['explain --grep', ['explain', ARTICLE, '--grep', 'Aleinik', '--json'], (j) => j.sentences.length, 1],
    ['neighbours', ['neighbours', G, 'Wang Yi', '--relation', 'met', '--json'], (j) => j.neighbours.length, 2],
    ['path', ['path', G, 'Zhang Ming', 'Belarus', '--json'], (j) => j.steps.length, 2],
    ['meetings', ['meetings', G, 'Wang Yi', '--json'], (j) => j.meetings.length, 2],
    ['summit', ['summit', G, '24th', '--json'], (j) => j.key, 'summit:sco-2024-astana'],
    ['export', ['export', G, '--format', 'json', '--out', join(TMP, 'e.json'), '--json'], (j) => [j.written, j.nodes > 0], [[join(TMP, 'e.json')], true]],
    ['eval', ['eval', G, join(ROOT, 'data/gold/seeds.gold.json'), '--json'], (j) => typeof j.entities, 'object'],
    ['a leading --json', ['--json', 'meetings', G, 'Wang Yi'], (j) => j.person.key, 'person:wang-yi'],
  ])('%s', async (_name, argv, pick, expected) => {
    const { code, stdout } = await runMain(argv);
    expect(code).toBe(0);
    expect(pick(JSON.parse(stdout))).toEqual(expected);
  });

  it('build --json prints one summary object whose counts are the graph\'s (the --full file; the default leaves co-mentions to the store)', async () => {
    const out = join(TMP, 'build-json', 'g.json');
    const { code, stdout } = await runCli(['build', 'data/articles', '--out', out, '--no-layout', '--json', '--full']);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    const graph = JSON.parse(readFileSync(out, 'utf8'));
    expect(summary).toMatchObject({ out, articles: 5, skipped: [], entities: graph.nodes.length, relations: graph.edges.length });
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(summary.relationsByKind)).toBe(graph.edges.length);
    expect(sum(summary.entitiesByKind)).toBe(graph.nodes.length);
    const compact = join(TMP, 'build-json', 'compact.json');
    expect((await runCli(['build', 'data/articles', '--out', compact, '--no-layout', '--json'])).code).toBe(0);
    const edges = JSON.parse(readFileSync(compact, 'utf8')).edges as { attributes: { relation: string; evidence: { sentence?: string; article: string }[] } }[];
    expect(edges.length).toBe(summary.relations - summary.relationsByKind.co_mentioned);
    expect(edges.every((e) => e.attributes.relation !== 'co_mentioned' && e.attributes.evidence.every((ev) => ev.sentence === undefined && typeof ev.article === 'string'))).toBe(true);
  });
});

describe('--quiet and --verbose', () => {
  it('--verbose says on stderr which entity a name resolved to; --quiet and the default do not', async () => {
    expect((await runMain(['neighbours', G, 'wang', '--verbose'])).stderr).toContain('"wang" is person:wang-yi');
    expect((await runMain(['neighbours', G, 'wang'])).stderr).toBe('');
    expect((await runMain(['neighbours', G, 'wang', '--verbose', '--quiet'])).stderr).toBe('');
    expect((await runMain(['summit', G, '24th', '-v'])).stderr).toBe('"24th" is summit:sco-2024-astana');
    expect((await runMain(['meetings', G, 'wang', '-v'])).stderr).toBe('"wang" is person:wang-yi');
  });
});

describe('exit codes and one-line errors', () => {
  const fileNotFolder = join(TMP, 'plain-file');
  writeFileSync(fileNotFolder, 'x');
  const otherGold = join(TMP, 'other.gold.json');
  writeFileSync(otherGold, JSON.stringify({ entities: [], relations: [{ type: 'met', a: 'x', b: 'y', article: 'zz9' }] }));

  it.each<[string, string[], number, RegExp]>([
    ['unknown name', ['meetings', G, 'Wang Yu'], 1, /^sco-kg: no person named "Wang Yu" in the graph; closest matches: Wang Yi$/],
    ['meetings of a country points to neighbours', ['meetings', G, 'China'], 1, /^sco-kg: no person named "China" in the graph: "China" is a country; for its links run: sco-kg neighbours .*mini-graph\.json "China"$/],
    ['no summit of that ordinal', ['summit', G, '7th'], 1, /^sco-kg: no summit numbered 7 in the graph \(it has 24\)$/],
    ['unknown command', ['neighbour', G, 'x'], 2, /^sco-kg: unknown command "neighbour"; the commands are build, /],
    ['missing graph file', ['neighbours', join(TMP, 'none.json'), 'Wang Yi'], 3, /^sco-kg: cannot read graph file ".*none\.json": no such file$/],
    ['explain of a missing file', ['explain', 'nope.txt'], 3, /^sco-kg: cannot read article file nope\.txt: no such file or folder$/],
    ['explain of a graph', ['explain', G], 3, /^sco-kg: .*mini-graph\.json is a graph \(written by build\), not an article; explain takes an article file/],
    ['explain of a folder', ['explain', join(ROOT, 'data/articles')], 3, /^sco-kg: .*data\/articles is a folder; explain takes one article file/],
    ['explain of another kind of file', ['explain', join(ROOT, 'package-lock.jsonc')], 3, /^sco-kg: cannot read article file .*package-lock\.jsonc: no such file or folder$/],
    ['export under a file', ['export', G, '--format', 'json', '--out', join(fileNotFolder, 'g.json')], 4, /^sco-kg: cannot write .*plain-file\/g\.json: .*plain-file is not a folder$/],
  ])('%s: exit %i, one line', async (_name, argv, exit, message) => {
    const { code, stderr } = await runMain(argv);
    expect(code).toBe(exit);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('a usage error is one line, then the command\'s usage', async () => {
    const { code, stderr } = await runMain(['summit', G, '24', '--bogus']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toMatch(/^sco-kg: Unknown option '--bogus'/);
    expect(stderr.split('\n')[1]).toBe('');
    expect(stderr).toContain('usage: sco-kg summit');
  });

  it('eval warns when the graph and the gold share no article, and not when they do', async () => {
    const other = await runMain(['eval', G, otherGold]);
    expect(other.code).toBe(0);
    expect(other.stderr).toMatch(/^warning: .*mini-graph\.json and .*other\.gold\.json share no article \(the gold cites zz9\)/);
    const seeds = await runMain(['eval', G, join(ROOT, 'data/gold/seeds.gold.json')]);
    expect(seeds.stderr).toBe('');
  });

  it.each<[string, number]>([
    ['E_NOT_FOUND', EXIT.notFound],
    ['E_AMBIGUOUS', 1],
    ['E_NO_PATH', 1],
    ['E_USAGE', 2],
    ['E_OPTION', 2],
    ['E_GRAPH_READ', 3],
    ['E_GRAPH_FORMAT', 3],
    ['E_NO_ARTICLES', 3],
    ['E_SOMETHING_NEW', 3],
    ['E_WRITE', 4],
    ['E_OUT', 4],
  ])('error code %s exits %i', (code, exit) => {
    expect(exitCodeOf(code)).toBe(exit);
    expect(new KgError(code, 'x').exitCode).toBe(exit);
  });
});

describe('build --out', () => {
  it('an existing folder, or a path ending in /, gets graph.json inside it; a path under a file exits 4 in one line', async () => {
    const dir = join(TMP, 'existing');
    mkdirSync(dir);
    const a = await runCli(['build', 'data/articles', '--out', dir, '--no-layout', '--quiet']);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(`wrote ${join(dir, 'graph.json')}`);
    expect(existsSync(join(dir, 'graph.json'))).toBe(true);
    const b = await runCli(['build', 'data/articles', '--out', join(TMP, 'new') + '/', '--no-layout', '--quiet']);
    expect(b.code).toBe(0);
    expect(existsSync(join(TMP, 'new', 'graph.json'))).toBe(true);
    const c = await runCli(['build', 'data/articles', '--out', join(dir, 'graph.json', 'g.json'), '--no-layout', '--quiet']);
    expect(c.code).toBe(4);
    expect(c.stderr.trim()).toMatch(/^sco-kg: cannot write .*graph\.json\/g\.json: .*graph\.json is not a folder$/);
  });
});

describe('colour and DEBUG', () => {
  it.each<[string, NodeJS.ProcessEnv, boolean, boolean]>([
    ['a terminal', {}, true, true],
    ['a pipe', {}, false, false],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, false],
    ['NO_COLOR empty is unset', { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR on a pipe', { FORCE_COLOR: '1' }, false, true],
    ['NO_COLOR beats FORCE_COLOR', { NO_COLOR: '1', FORCE_COLOR: '1' }, false, false],
    ['a dumb terminal', { TERM: 'dumb' }, true, false],
  ])('%s', (_name, env, isTTY, expected) => {
    expect(colorEnabled({ isTTY }, env)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['sco-kg', true],
    ['*', true],
    ['express,sco-kg', true],
    ['sco-kg-other', false],
    ['', false],
  ])('DEBUG=%j → %s', (value, expected) => {
    expect(debugEnabled({ DEBUG: value })).toBe(expected);
  });

  it('colours the table header only when asked, and never with NO_COLOR or --no-color', async () => {
    const args = ['neighbours', G, 'Wang Yi'];
    expect((await runCli(args, { FORCE_COLOR: '1' })).stdout).toContain('\u001b[1mNAME');
    expect((await runCli(args, { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toContain('\u001b[');
    expect((await runCli([...args, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toContain('\u001b[');
  });

  it('DEBUG=sco-kg adds the stack to the error line; without it there is none', async () => {
    const plain = await runCli(['explain', 'nope.txt'], { DEBUG: '' });
    expect(plain.code).toBe(3);
    expect(plain.stderr.trim().split('\n')).toEqual(['sco-kg: cannot read article file nope.txt: no such file or folder']);
    const debug = await runCli(['explain', 'nope.txt'], { DEBUG: 'sco-kg' });
    expect(debug.code).toBe(3);
    expect(debug.stderr).toMatch(/KgError: sco-kg: cannot read article file nope\.txt[^\n]*\n\s+at /);
  });
});
