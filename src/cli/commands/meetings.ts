// `sco-kg meetings <graph.json> "<person>"`: whom a person met, when, with the sentences that say so.
import { printable } from '../../io/printable.ts';
import type { Command } from '../command.ts';
import { NotFoundError, UsageError } from '../../errors.ts';
import type { KnowledgeGraph } from '../../graph/types.ts';
import { loadGraphFile } from '../graph-file.ts';
import { isStorePath } from '../../store/open-store.ts';
import { withStore } from '../../store/read-store.ts';
import { storeMeetings } from '../../store/queries.ts';
import { evidenceArticles, withAlsoIn } from '../../query/copies.ts';
import { meetings as findMeetings } from '../../query/meetings.ts';
import { findEntity } from '../../query/find-entity.ts';
import { detail, printJson, printTable } from '../output.ts';
import { evidenceLines, parseCommandArgs } from '../args.ts';

const USAGE = `usage: sco-kg meetings <graph.json | graph.db> "<person>" [--json]
  person  a person's name or key; for other entities use neighbours`;

/** The meetings, or for a name that is no person but another entity, a not-found error pointing to `neighbours`. */
function meetingsOf(graph: KnowledgeGraph, file: string, name: string) {
  try {
    return findMeetings(graph, name);
  } catch (err) {
    if (!(err instanceof NotFoundError)) throw err;
    const others = findEntity(graph, name);
    if (!others.length) throw err;
    const what = [...new Set(others.map((o) => o.kind))].join(' or ');
    throw new NotFoundError(`no person named "${name}" in the graph: "${name}" is a ${what}; for its links run: sco-kg neighbours ${file} "${name}"`);
  }
}

export const meetings: Command = {
  name: 'meetings',
  summary: 'whom a person met, when, with evidence',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {});
    if (positionals.length !== 2) throw new UsageError("meetings takes a graph file and a person's name");
    const [file, name] = positionals;
    // a store answers without the whole graph (the cited articles' metadata read for their copies); a graph file is loaded whole
    const graph = isStorePath(file) ? undefined : loadGraphFile(file);
    const { result, articles } = graph
      ? { result: meetingsOf(graph, file, name), articles: graph.getAttribute('articles') }
      : withStore(file, (store) => {
          const result = storeMeetings(store, name);
          return { result, articles: store.articleMetas(evidenceArticles(result)) };
        });
    detail(values, `"${name}" is ${result.person.key}`);
    if (values.json) {
      printJson(withAlsoIn(result, articles));
      return 0;
    }
    const n = result.meetings.length;
    console.log(printable(`${result.person.label} (${result.person.key}) met ${n} ${n === 1 ? 'person' : 'people'}`));
    if (!n) return 0;
    printTable(
      ['DATE', 'NAME', 'WEIGHT', ''],
      result.meetings.map((m) => ({
        cells: [m.date ?? '', m.label, String(m.weight), m.planned ? 'planned' : ''],
        details: evidenceLines(m.evidence, 3, articles),
      })),
    );
    return 0;
  },
};
