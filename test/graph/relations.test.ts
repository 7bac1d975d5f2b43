// The relation registry (src/graph/relations.ts) is the one place a relation type is declared: every part of the
// project that lists relations derives its list from it. A relation added to the registry reaches the legend, the
// exports, the CLI's options and the scorer with no other edit, and no other source file may keep a list of its own.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, RELATIONS, RULES, SCORED_RELATIONS, STATED_RELATIONS, isStated, relationSpec, type RelationKind } from '../../src/graph/relations.ts';
import { ENTITY_KINDS } from '../../src/graph/types.ts';
import { RELATION_LEGEND, UNKNOWN_COLOR, relationColor } from '../../src/graph/style.ts';
import { writeGexf } from '../../src/export/gexf.ts';
import { writeNeo4jCsv } from '../../src/export/neo4j-csv.ts';
import { checkRelations } from '../../src/query/check-options.ts';
import { PATH_RELATIONS } from '../../src/query/shortest-path.ts';
import { SCORED_KINDS } from '../../src/eval/score.ts';
import { DEFAULT_HIDDEN_RELATIONS } from '../../web/src/core/view-state.ts';
import { SUMMIT_VIEW_RELATIONS } from '../../web/src/core/visibility.ts';
import { makeGraph } from '../query/fixture.ts';
import { ROOT } from '../export/helpers.ts';

/** One edge of every registry relation, between nodes of its first source and target kinds. */
function oneEdgeEach() {
  const nodes = ENTITY_KINDS.flatMap((k) => [[`${k}:a`, `${k} a`], [`${k}:b`, `${k} b`]] as [string, string][]);
  const edges = RELATION_KINDS.map((r) => [r, `${RELATIONS[r].from[0]}:a`, `${RELATIONS[r].to[0]}:b`] as [RelationKind, string, string]);
  return makeGraph(nodes, edges);
}

describe('the relation registry', () => {
  it('declares each relation with kinds of the contract, a colour of its own and rule ids under its name', () => {
    const colours = RELATION_KINDS.map((r) => RELATIONS[r].color);
    expect(new Set(colours).size).toBe(colours.length);
    for (const r of RELATION_KINDS) {
      const spec = RELATIONS[r];
      expect([...spec.from, ...spec.to].every((k) => (ENTITY_KINDS as readonly string[]).includes(k)), r).toBe(true);
      expect(spec.color, r).toMatch(/^#[0-9a-f]{6}$/);
      expect(spec.color).not.toBe(UNKNOWN_COLOR);
      expect(spec.label.length, r).toBeGreaterThan(0);
      for (const id of Object.keys(spec.rules)) expect(id.startsWith(`${r}.`), id).toBe(true);
    }
    expect(Object.keys(RULES).length).toBe(RELATION_KINDS.reduce((n, r) => n + Object.keys(RELATIONS[r].rules).length, 0));
  });

  it.each([
    ['met', true, true],
    ['co_mentioned', false, false],
    ['allied_with', undefined, true],
    ['constructor', undefined, true],
  ])('relationSpec(%s) is found: %s; isStated: %s', (relation, stated, expected) => {
    expect(relationSpec(relation)?.stated).toBe(stated);
    expect(isStated(relation)).toBe(expected);
  });

  it('drives the legend, the GEXF colours and labels and the CSV relationship types', () => {
    expect(RELATION_LEGEND.map((l) => [l.relation, l.name, l.color])).toEqual(RELATION_KINDS.map((r) => [r, RELATIONS[r].label, RELATIONS[r].color]));
    const graph = oneEdgeEach();
    const gexf = writeGexf(graph);
    const csv = writeNeo4jCsv(graph)['relationships.csv'];
    for (const r of RELATION_KINDS) {
      const [, rr, gg, bb] = /^#(..)(..)(..)$/.exec(relationColor(r))!.map((h) => parseInt(h, 16));
      const edge = new RegExp(`<edge [^>]*label="${r}"[^>]*>[\\s\\S]*?<viz:color r="${rr}" g="${gg}" b="${bb}"`);
      expect(gexf, r).toMatch(edge);
      expect(csv, r).toContain(`"${r.toUpperCase()}"`);
    }
  });

  it('drives the query options, the default path relations and the viewer\'s hidden and summit relations', () => {
    for (const r of RELATION_KINDS) expect(() => checkRelations(r)).not.toThrow();
    expect(() => checkRelations('allied_with' as RelationKind)).toThrow(/not one of met, attended/);
    expect(PATH_RELATIONS).toEqual(STATED_RELATIONS);
    expect(DEFAULT_HIDDEN_RELATIONS).toEqual(['co_mentioned']);
    expect(SUMMIT_VIEW_RELATIONS).toEqual(['attended', 'hosted']);
  });

  it('scores exactly the relations and kinds data/gold/score.py scores, in its order', () => {
    const py = 'import importlib.util, json, sys\nspec = importlib.util.spec_from_file_location("score", sys.argv[1])\nm = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\nprint(json.dumps([m.RELATIONS, m.KINDS]))';
    const [relations, kinds] = JSON.parse(execFileSync('python3', ['-c', py, join(ROOT, 'data/gold/score.py')], { encoding: 'utf8' }));
    expect(SCORED_RELATIONS).toEqual(relations);
    expect([...SCORED_KINDS]).toEqual(kinds);
  });
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Where a file keeps its own list of relations: an array or object literal naming two or more, or a map by relation. */
export function relationLists(text: string, names: readonly string[] = RELATION_KINDS): string[] {
  const name = `(?:${names.join('|')})`;
  const found: string[] = [];
  for (const m of text.matchAll(/\[[^[\]]*\]/g)) {
    // a stage's own declaration of the relations it records is part of its patterns
    if (/\b(requires|provides):\s*$/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // a list of relations: two or more string items, all of them relation names (word lists may hold "met", "hosted")
    const items = m[0].match(/'[^']*'|"[^"]*"/g) ?? [];
    if (items.length >= 2 && items.every((i) => new RegExp(`^['"]${name}['"]$`).test(i))) found.push(m[0].replace(/\s+/g, ' ').slice(0, 80));
  }
  const keys = text.match(new RegExp(`^\\s*${name}\\s*:`, 'gm')) ?? [];
  if (keys.length >= 2) found.push(`object keys ${keys.map((k) => k.trim()).join(' ')}`);
  for (const m of text.matchAll(/Record<RelationKind,[^>]*>\s*=\s*\{/g)) found.push(m[0]);
  return found;
}

describe('no list of relations outside the registry', () => {
  it.each([
    ["const SHOWN = ['attended', 'hosted'];", 1],
    ['const STYLE = {\n  met: 1,\n  visited: 2,\n};', 1],
    ['const S: Record<RelationKind, string> = { met: "x" };', 1],
    ["if (a.relation === 'met' || b.relation === 'visited') return;", 0],
    ["const SHOWN = ['met'];", 0],
    ["const VERBS = ['met', 'hosted', 'greeted'];", 0],
    ["perSentence({ name: 'x', requires: ['met'], provides: ['attended', 'visited'] }, rule)", 0],
  ])('relationLists(%j) finds %i', (text, n) => {
    expect(relationLists(text).length).toBe(n);
  });

  it('src/ and web/src/ name relations one at a time only (a new relation needs no edit there)', () => {
    const files = [...sources(join(ROOT, 'src')), ...sources(join(ROOT, 'web/src'))].filter((f) => !f.endsWith(join('graph', 'relations.ts')));
    const lists = files.flatMap((f) => relationLists(readFileSync(f, 'utf8')).map((l) => `${relative(ROOT, f)}: ${l}`));
    expect(lists).toEqual([]);
  });
});
