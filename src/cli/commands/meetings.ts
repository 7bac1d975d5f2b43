// `kg meetings <graph.json> "<person>"`: whom a person met, when, with the sentences that say so.
import { printable } from '../../io/printable.ts';
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { loadGraph } from '../../io/load-graph.ts';
import { meetings as findMeetings } from '../../query/meetings.ts';
import { formatTable } from '../../export/text-table.ts';
import { evidenceLines, parseCommandArgs } from '../args.ts';

const USAGE = `usage: npm run kg -- meetings <graph.json> "<person>" [--json]
  --json  JSON instead of a table`;

export const meetings: Command = {
  name: 'meetings',
  summary: 'whom a person met, when, with evidence',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 2) throw new UsageError('meetings takes a graph file and a person\'s name');
    const [file, name] = positionals;
    const result = findMeetings(loadGraph(file), name);
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    const n = result.meetings.length;
    console.log(printable(`${result.person.label} (${result.person.key}) met ${n} ${n === 1 ? 'person' : 'people'}`));
    if (!n) return 0;
    console.log(
      formatTable(
        ['DATE', 'NAME', 'WEIGHT', ''],
        result.meetings.map((m) => ({
          cells: [m.date ?? '', m.label, String(m.weight), m.planned ? 'planned' : ''],
          details: evidenceLines(m.evidence),
        })),
      ),
    );
    return 0;
  },
};
