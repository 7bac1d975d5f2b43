// `sco-kg summit <graph.json> "<name, ordinal, year or city>"`: a summit's host, city, date and attendees.
import { printable } from '../../io/printable.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { loadGraphFile } from '../graph-file.ts';
import { isStorePath } from '../../store/open-store.ts';
import { withStore } from '../../store/read-store.ts';
import { storeSummit } from '../../store/queries.ts';
import { evidenceArticles, withAlsoIn } from '../../query/copies.ts';
import { summit as describeSummit } from '../../query/summit.ts';
import { detail, printJson, printTable } from '../output.ts';
import { evidenceLines, parseCommandArgs } from '../args.ts';

const USAGE = `usage: sco-kg summit <graph.json | graph.db> <summit> [--json]
  summit  a name or key ("Astana summit"), an ordinal ("24", "24th"), a year ("2024") or a city ("Astana");
          an ordinal or a year picks the numbered SCO summit (heads of state) before other meetings`;

export const summit: Command = {
  name: 'summit',
  summary: 'a summit by name, ordinal, year or city: host, city, date and attendees',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {});
    if (positionals.length !== 2) throw new UsageError('summit takes a graph file and a summit name, ordinal, year or city');
    const [file, which] = positionals;
    const graph = isStorePath(file) ? undefined : loadGraphFile(file);
    const { info, articles } = graph
      ? { info: describeSummit(graph, which), articles: graph.getAttribute('articles') }
      : withStore(file, (store) => {
          const info = storeSummit(store, which);
          return { info, articles: store.articleMetas(evidenceArticles(info)) };
        });
    detail(values, `"${which}" is ${info.key}`);
    if (values.json) {
      printJson(withAlsoIn(info, articles));
      return 0;
    }
    console.log(printable(`${info.label} (${info.key})`));
    const facts = [
      ['ordinal', info.ordinal],
      ['year', info.year],
      ['city', info.city],
      ['date', info.date],
    ].filter(([, v]) => v !== null && v !== undefined);
    if (facts.length) console.log(printable(facts.map(([k, v]) => `${k}: ${v}`).join('   ')));
    console.log(printable(`host: ${info.host ? info.host.label : 'unknown'}`));
    for (const line of evidenceLines(info.host?.evidence ?? [], 1, articles)) console.log(`    ${line}`);
    console.log(`attendees: ${info.attendees.length}`);
    if (info.attendees.length) {
      printTable(
        ['NAME', 'KIND', 'DATE', ''],
        info.attendees.map((a) => ({ cells: [a.label, a.kind, a.date ?? '', a.planned ? 'planned' : ''], details: evidenceLines(a.evidence, 1, articles) })),
      );
    }
    return 0;
  },
};
