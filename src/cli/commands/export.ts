// `sco-kg export <graph.json> --format gexf|csv|json --out <file-or-dir>`: write the graph (or an ego network) for other tools.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { loadGraphFile } from '../graph-file.ts';
import { isStorePath } from '../../store/open-store.ts';
import { withStore } from '../../store/read-store.ts';
import { EXPORTERS, findExporter } from '../../export/index.ts';
import type { GexfVersion, GexfVizNamespace } from '../../export/gexf.ts';
import { writeExport } from '../../export/write-export.ts';
import { egoNetwork } from '../../query/ego-network.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { printJson } from '../output.ts';

const USAGE = `usage: sco-kg export <graph.json | graph.db> --format ${EXPORTERS.map((e) => e.name).join('|')} --out <file-or-dir> [options]
${EXPORTERS.map((e) => `  ${e.name.padEnd(5)} ${e.description}`).join('\n')}
  --out PATH               file (gexf, json; a directory gets graph.gexf / graph.json) or directory (csv)
  --gexf-version 1.3|1.2   GEXF version (default 1.3)
  --viz-namespace viz|core where GEXF colours/positions go: viz = GEXF primer, Gephi, networkx (default);
                           core = validates against the official XSDs, but networkx then ignores them
  --ego "<name>"           export only the entity's ego network
  --depth N                ego network radius in hops (default 1)`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'export the graph as GEXF (Gephi), CSV (Neo4j) or JSON',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      'gexf-version': { type: 'string' },
      'viz-namespace': { type: 'string' },
      ego: { type: 'string' },
      depth: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('export takes one graph file');
    const format = values.format as string | undefined;
    if (!format) throw new UsageError('--format is required');
    if (!findExporter(format)) throw new UsageError(`--format "${format}" is not one of ${EXPORTERS.map((e) => e.name).join(', ')}`);
    const out = values.out as string | undefined;
    if (!out) throw new UsageError('--out is required');
    const version = (values['gexf-version'] as string | undefined) ?? '1.3';
    if (version !== '1.3' && version !== '1.2') throw new UsageError(`--gexf-version must be 1.3 or 1.2, got "${version}"`);
    const vizNamespace = (values['viz-namespace'] as string | undefined) ?? 'viz';
    if (vizNamespace !== 'viz' && vizNamespace !== 'core') throw new UsageError(`--viz-namespace must be viz or core, got "${vizNamespace}"`);
    if (format !== 'gexf' && (values['gexf-version'] || values['viz-namespace'])) {
      throw new UsageError('--gexf-version and --viz-namespace only apply to --format gexf');
    }
    const depth = intOption(values.depth as string | undefined, '--depth', 0);
    if (depth !== undefined && values.ego === undefined) throw new UsageError('--depth needs --ego');

    let graph = isStorePath(positionals[0]) ? withStore(positionals[0], (store) => store.wholeGraph()) : loadGraphFile(positionals[0]);
    if (values.ego !== undefined) graph = egoNetwork(graph, values.ego as string, depth ?? 1);
    const written = writeExport(graph, format, out, { version: version as GexfVersion, vizNamespace: vizNamespace as GexfVizNamespace });
    if (values.json) printJson({ written, nodes: graph.order, edges: graph.size });
    else console.log(`wrote ${written.join(', ')} (${graph.order} nodes, ${graph.size} edges)`);
    return 0;
  },
};
