// `sco-kg eval <graph.json> <gold.json> [--show] [--json]`: precision, recall and F1 against a gold annotation,
// the same figures and the same output as `python3 data/gold/score.py` (see src/eval/score.ts).
import { readFileSync } from 'node:fs';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { KgError, UsageError } from '../../errors.ts';
import { formatScore, score, type GoldJson, type GraphJson } from '../../eval/score.ts';
import { sharedArticles } from '../../eval/shared-articles.ts';
import { warn } from '../output.ts';
import { fsReason } from '../../io/fs-errors.ts';

const USAGE = `usage: sco-kg eval <graph.json> <gold.json> [--show] [--json]

  graph.json   a graph written by \`sco-kg build\` (graphology JSON)
  gold.json    a gold annotation, e.g. data/gold/seeds.gold.json (rules in data/gold/README.md)
  --show       first list false positives, duplicates, misses and wrong edges`;

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new KgError('E_READ', `cannot read ${file}: ${fsReason(err)}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new KgError('E_JSON', `${file} is not valid JSON: ${(err as Error).message}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The parts of a graphology export the scorer reads; anything else is a clear error naming the file. */
function checkGraph(file: string, value: unknown): GraphJson {
  const bad = (what: string) => new KgError('E_GRAPH', `${file} is not a graphology JSON export: ${what}`);
  if (!isObject(value)) throw bad('expected an object with "nodes" and "edges"');
  for (const list of ['nodes', 'edges'] as const) {
    if (value[list] === undefined) continue;
    if (!Array.isArray(value[list])) throw bad(`"${list}" is not an array`);
    (value[list] as unknown[]).forEach((x, i) => {
      if (!isObject(x)) throw bad(`${list}[${i}] is not an object`);
      if (x.attributes !== undefined && !isObject(x.attributes)) throw bad(`${list}[${i}].attributes is not an object`);
      const ends = list === 'nodes' ? ['key'] : ['source', 'target'];
      for (const k of ends) if (typeof x[k] !== 'string' && typeof x[k] !== 'number') throw bad(`${list}[${i}] has no "${k}"`);
    });
  }
  return value as GraphJson;
}

function checkGold(file: string, value: unknown): GoldJson {
  const bad = (what: string) => new KgError('E_GOLD', `${file} is not a gold annotation: ${what}`);
  if (!isObject(value)) throw bad('expected an object with "entities" and "relations"');
  if (!Array.isArray(value.entities)) throw bad('"entities" is not an array');
  if (!Array.isArray(value.relations)) throw bad('"relations" is not an array');
  value.entities.forEach((g: unknown, i: number) => {
    if (!isObject(g)) throw bad(`entities[${i}] is not an object`);
    if (typeof g.id !== 'string' || typeof g.type !== 'string') throw bad(`entities[${i}] needs a string "id" and "type"`);
    if (!Array.isArray(g.names) || !g.names.length || g.names.some((n) => typeof n !== 'string')) throw bad(`entities[${i}] (${g.id}) needs a non-empty "names" list of strings`);
  });
  value.relations.forEach((r: unknown, i: number) => {
    if (!isObject(r)) throw bad(`relations[${i}] is not an object`);
    if (typeof r.type !== 'string' || typeof r.a !== 'string' || typeof r.b !== 'string') throw bad(`relations[${i}] needs string "type", "a" and "b"`);
  });
  return value as GoldJson;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score a graph against a gold annotation (same figures as data/gold/score.py)',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { show: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError(`eval takes a graph file and a gold file, got ${positionals.length} argument(s)`);
    const [graphFile, goldFile] = positionals;
    const graph = checkGraph(graphFile, readJson(graphFile));
    const gold = checkGold(goldFile, readJson(goldFile));
    const { gold: cited, shared } = sharedArticles(graph, gold);
    if (cited.length && !shared.length) {
      const list = cited.length > 4 ? `${cited.slice(0, 4).join(', ')} …` : cited.join(', ');
      warn(`${graphFile} and ${goldFile} share no article (the gold cites ${list}): the scores compare different texts`);
    }
    console.log(formatScore(score(graph, gold), { show: values.show, json: values.json }).replace(/\n$/, ''));
    return 0;
  },
};
