// `sco-kg neighbours <graph.json> "<name>"`: an entity's neighbours with relation, direction, weight, dates and evidence.
import { printable } from '../../io/printable.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { ENTITY_KINDS, type EntityKind, type KnowledgeGraph } from '../../graph/types.ts';
import { RELATION_KINDS, type RelationKind } from '../../graph/relations.ts';
import { loadGraphFile } from '../graph-file.ts';
import { neighboursWithTotals, type Neighbour } from '../../query/neighbours.ts';
import { isStorePath } from '../../store/open-store.ts';
import { StoreReader } from '../../store/read-store.ts';
import { storeNeighbours } from '../../store/queries.ts';
import { withAlsoIn } from '../../query/copies.ts';
import { resolveEntity, labelOf } from '../../query/find-entity.ts';
import { detail, printJson, printTable } from '../output.ts';
import { dateOption, evidenceLines, intOption, listOption, numberOption, parseCommandArgs } from '../args.ts';

/** Relations of each kind listed per node by default: a hub has thousands of some kinds, tens of thousands of co-mentions. */
export const DEFAULT_LIMIT = 100;

const USAGE = `usage: sco-kg neighbours|neighbors <graph.json | graph.db> "<name>" [options]
  a store (graph.db, written by build next to the graph) answers without loading the whole graph
  --relation R    only relation R (repeatable or comma-separated): ${RELATION_KINDS.join(', ')}
  --kind K        only neighbours of kind K (repeatable or comma-separated): ${ENTITY_KINDS.join(', ')}
  --depth N       hops away (default 1)
  --min-weight N  only relations supported by at least N sentences
  --from DATE     only relations attested on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --to DATE       only relations attested on or before DATE
  --limit N|all   of each node, at most N relations of each kind, the heaviest (default ${DEFAULT_LIMIT}; all: every one)`;

export const neighbours: Command = {
  name: 'neighbours',
  aliases: ['neighbors'],
  summary: 'list the entities linked to one entity, with evidence',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      relation: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      depth: { type: 'string' },
      'min-weight': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string' },
    });
    if (positionals.length !== 2) throw new UsageError('neighbours takes a graph file and a name');
    const [file, name] = positionals;
    const relation = listOption(values.relation as string[] | undefined, RELATION_KINDS, '--relation') as RelationKind[] | undefined;
    const kind = listOption(values.kind as string[] | undefined, ENTITY_KINDS, '--kind') as EntityKind[] | undefined;
    const depth = intOption(values.depth as string | undefined, '--depth', 1) ?? 1;
    const minWeight = numberOption(values['min-weight'] as string | undefined, '--min-weight');
    const from = dateOption(values.from as string | undefined, '--from');
    const to = dateOption(values.to as string | undefined, '--to');

    const rawLimit = values.limit as string | undefined;
    const limit = rawLimit === 'all' ? undefined : (intOption(rawLimit, '--limit', 0) ?? DEFAULT_LIMIT);
    const options = { relation, kind, depth, minWeight, from, to, limit };
    let entity: { key: string; label: string; kind: string };
    let list: Neighbour[];
    let leftOut: number;
    let graph: KnowledgeGraph;
    if (isStorePath(file)) {
      // a store answers from the node's part of the graph; a graph file is loaded whole
      const store = new StoreReader(file);
      try {
        ({ entity, neighbours: list, leftOut, graph } = storeNeighbours(store, name, options));
      } finally {
        store.close();
      }
    } else {
      graph = loadGraphFile(file);
      const key = resolveEntity(graph, name);
      entity = { key, label: labelOf(key, graph.getNodeAttributes(key)), kind: graph.getNodeAttribute(key, 'kind') };
      ({ neighbours: list, leftOut } = neighboursWithTotals(graph, key, options));
    }
    detail(values, `"${name}" is ${entity.key}`);
    if (values.json) {
      printJson(withAlsoIn({ entity, neighbours: list, ...(leftOut ? { leftOut } : {}) }, graph.getAttribute('articles')));
      return 0;
    }
    console.log(printable(`${entity.label} (${entity.key}): ${list.length} relation${list.length === 1 ? '' : 's'} to neighbours`));
    if (leftOut) console.log(`(${leftOut} lighter relation${leftOut === 1 ? '' : 's'} left out: at most ${limit} of each kind per node; --limit all lists them)`);
    if (!list.length) return 0;
    const deep = depth > 1;
    const header = ['NAME', 'KIND', 'RELATION', 'DIR', 'WEIGHT', 'DATE', ...(deep ? ['DEPTH', 'VIA'] : [])];
    const arrow = { out: '→', in: '←', undirected: '—' } as const;
    printTable(
      header,
      list.map((n) => ({
        cells: [n.label, n.kind, n.relation, arrow[n.direction], String(n.weight), n.date ?? '', ...(deep ? [String(n.depth), labelOf(n.via, graph.getNodeAttributes(n.via))] : [])],
        details: evidenceLines(n.evidence, 3, graph.getAttribute('articles')),
      })),
    );
    return 0;
  },
};
