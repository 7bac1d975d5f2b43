// `kg summit <graph.json> "<name or year>"`: a summit's host, city, date and attendees.
import { printable } from '../../io/printable.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { loadGraph } from '../../io/load-graph.ts';
import { summit as describeSummit } from '../../query/summit.ts';
import { formatTable } from '../../export/text-table.ts';
import { evidenceLines, parseCommandArgs } from '../args.ts';

const USAGE = `usage: npm run kg -- summit <graph.json> "<name or year>" [--json]
  a year picks that year's numbered SCO summit (heads of state) before other meetings
  --json  JSON instead of text`;

export const summit: Command = {
  name: 'summit',
  summary: 'a summit: host, city, date and attendees',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError('summit takes a graph file and a summit name or year');
    const [file, nameOrYear] = positionals;
    const info = describeSummit(loadGraph(file), nameOrYear);
    if (values.json) {
      console.log(JSON.stringify(info, null, 2));
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
    for (const line of evidenceLines(info.host?.evidence ?? [], 1)) console.log(`    ${line}`);
    console.log(`attendees: ${info.attendees.length}`);
    if (info.attendees.length) {
      console.log(
        formatTable(
          ['NAME', 'KIND', 'DATE', ''],
          info.attendees.map((a) => ({ cells: [a.label, a.kind, a.date ?? '', a.planned ? 'planned' : ''], details: evidenceLines(a.evidence, 1) })),
        ),
      );
    }
    return 0;
  },
};
