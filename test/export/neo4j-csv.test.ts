// Neo4j CSV: headers in neo4j-admin import format, files a strict CSV parser (Python's csv) reads, every relationship's ends exist.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_ARRAY_DELIMITER, writeNeo4jCsv } from '../../src/export/neo4j-csv.ts';
import { exec, exportFixture, tempDir } from './helpers.ts';

const READ_CSV_PY = fileURLToPath(new URL('./read_csv.py', import.meta.url));
const graph = exportFixture();
graph.setNodeAttribute('person:xss', 'roles', ['a|b', 'say "hi", twice']);

let nodes: string[][];
let relationships: string[][];
beforeAll(async () => {
  const dir = tempDir('sco-kg-csv-');
  const files = writeNeo4jCsv(graph);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const { stdout } = await exec('/usr/bin/python3', [READ_CSV_PY, join(dir, 'nodes.csv'), join(dir, 'relationships.csv')]);
  const parsed = JSON.parse(stdout);
  nodes = parsed[join(dir, 'nodes.csv')];
  relationships = parsed[join(dir, 'relationships.csv')];
});

/** A header field of neo4j-admin import: `name:type`, or a special `:ID`/`:LABEL`/`:START_ID`/`:END_ID`/`:TYPE` column. */
const HEADER = /^(\w*:(ID|LABEL|START_ID|END_ID|TYPE)|\w+(:(int|long|double|float|boolean|date|string)(\[\])?)?)$/;
const column = (rows: string[][], name: string) => rows[0].indexOf(name);
const records = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0].map((h, i) => [h, r[i]])));

describe('Neo4j CSV export', () => {
  it('has the header format of neo4j-admin database import', () => {
    for (const header of [...nodes[0], ...relationships[0]]) expect(header).toMatch(HEADER);
    expect(nodes[0].slice(0, 2)).toEqual(['key:ID', ':LABEL']);
    expect(relationships[0].slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
  });

  it('has one row per node and per edge, every row as wide as its header', () => {
    expect(nodes.length - 1).toBe(graph.order);
    expect(relationships.length - 1).toBe(graph.size);
    for (const rows of [nodes, relationships]) for (const row of rows) expect(row.length).toBe(rows[0].length);
  });

  it("every relationship's ends exist among the node IDs", () => {
    const ids = new Set(nodes.slice(1).map((r) => r[column(nodes, 'key:ID')]));
    expect(ids.size).toBe(graph.order);
    for (const r of records(relationships)) {
      expect(ids.has(r[':START_ID'])).toBe(true);
      expect(ids.has(r[':END_ID'])).toBe(true);
    }
  });

  it('round-trips labels, kinds, arrays and relation properties through a strict CSV parser', () => {
    const byKey = new Map(records(nodes).map((r) => [r['key:ID'], r]));
    graph.forEachNode((key, attrs) => {
      const row = byKey.get(key)!;
      expect(row.label).toBe(attrs.label);
      expect(row[':LABEL'].split(NEO4J_ARRAY_DELIMITER)).toEqual(['Entity', attrs.kind[0].toUpperCase() + attrs.kind.slice(1)]);
      expect(row['aliases:string[]'].split(NEO4J_ARRAY_DELIMITER)).toEqual(attrs.aliases);
      expect(Number(row['mentions:int'])).toBe(attrs.mentions);
    });
    expect(byKey.get('person:xss')!['roles:string[]'].split(NEO4J_ARRAY_DELIMITER)).toEqual(['a¦b', 'say "hi", twice']);
    expect(byKey.get('summit:sco-2024-astana')).toMatchObject({ 'year:int': '2024', 'ordinal:int': '24', city: 'Astana', 'date:date': '2024-07-03' });
    expect(byKey.get('country:china')!['year:int']).toBe(''); // missing → empty field → no property

    const byEdge = new Map(records(relationships).map((r) => [r.key, r]));
    graph.forEachEdge((key, attrs, source, target) => {
      const row = byEdge.get(key)!;
      expect([row[':START_ID'], row[':END_ID'], row[':TYPE']]).toEqual([source, target, attrs.relation.toUpperCase()]);
      expect(Number(row['weight:int'])).toBe(attrs.weight);
      expect(row['evidence:string[]'].split(NEO4J_ARRAY_DELIMITER).length).toBe(attrs.evidence.length);
    });
    const nasty = byEdge.get('co_mentioned:person:sergei-aleinik->person:wang-yi')!;
    expect(nasty['evidence:string[]']).toBe('Talks <b>"frank" & \'open\'</b> said Wang   — 🤝🏽 done.|Second sentence.');
    expect(byEdge.get('attended:person:xi-jinping->summit:sco-2024-astana')!['planned:boolean']).toBe('true');
  });
});
