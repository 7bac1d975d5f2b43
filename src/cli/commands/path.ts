// `sco-kg path <graph.json> "<a>" "<b>"`: the shortest chain of stated relations between two entities, with evidence.
import { printable } from '../../io/printable.ts';
import type { Command } from '../command.ts';
import { KgError, UsageError } from '../../errors.ts';
import { RELATION_KINDS, type RelationKind } from '../../graph/relations.ts';
import { loadGraphFile } from '../graph-file.ts';
import { isStorePath } from '../../store/open-store.ts';
import { withStore } from '../../store/read-store.ts';
import { storePath } from '../../store/queries.ts';
import { evidenceArticles, withCopies } from '../../query/copies.ts';
import { PATH_RELATIONS, shortestPath } from '../../query/shortest-path.ts';
import { evidenceLines, listOption, parseCommandArgs } from '../args.ts';

const USAGE = `usage: sco-kg path <graph.json | graph.db> "<a>" "<b>" [options]
  --relation R  relations the path may use (repeatable or comma-separated; default: all but co_mentioned):
                ${RELATION_KINDS.join(', ')}`;

export const path: Command = {
  name: 'path',
  summary: 'shortest path between two entities over stated relations',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      relation: { type: 'string', multiple: true },
    });
    if (positionals.length !== 3) throw new UsageError('path takes a graph file and two names');
    const [file, a, b] = positionals;
    const relations = listOption(values.relation as string[] | undefined, RELATION_KINDS, '--relation') as RelationKind[] | undefined;
    const graph = isStorePath(file) ? undefined : loadGraphFile(file);
    const { result, articles } = graph
      ? { result: shortestPath(graph, a, b, { relations }), articles: graph.getAttribute('articles') }
      : withStore(file, (store) => {
          const result = storePath(store, a, b, { relations });
          return { result, articles: store.articleMetas(evidenceArticles(result)) };
        });
    if (!result) {
      if (values.json) console.log(JSON.stringify(null));
      throw new KgError('E_NO_PATH', `no path between "${a}" and "${b}" over ${(relations ?? PATH_RELATIONS).join(', ')}`, 1);
    }
    if (values.json) {
      console.log(JSON.stringify(result, withCopies(articles), 2));
      return 0;
    }
    const [first, ...rest] = result.nodes;
    const last = result.nodes.at(-1)!;
    console.log(printable(`${first.label} → ${last.label}: ${result.steps.length} hop${result.steps.length === 1 ? '' : 's'}`));
    console.log(printable(`${first.label} (${first.kind})`));
    result.steps.forEach((step, i) => {
      const node = rest[i];
      const link = step.direction === 'out' ? `—${step.relation}→` : step.direction === 'in' ? `←${step.relation}—` : `—${step.relation}—`;
      const also = step.relations.length > 1 ? `  (also: ${step.relations.filter((r) => r !== step.relation).join(', ')})` : '';
      console.log(printable(`  ${link} ${node.label} (${node.kind})${also}`));
      for (const line of evidenceLines(step.evidence, 1, articles)) console.log(`        ${line}`);
    });
    return 0;
  },
};
