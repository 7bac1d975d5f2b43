// `kg build [dir] --out <file>`: read articles, extract, write graphology JSON, print a summary.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { buildFromDirectory } from '../../build/index.ts';
import { tuneV8ForBuild } from '../../build/v8-flags.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { writeGraph } from '../../io/write-graph.ts';

const USAGE = `usage: npm run kg -- build [dir] [--out file] [--workers N] [--no-layout] [--quiet]

  dir            folder of articles (.txt .md .html .json .jsonl), read recursively (default: data/articles)
  --out FILE     where to write the graph, graphology JSON (default: out/graph.json)
  --workers N    extraction threads (default: all cores for corpora over 1 MB)
  --no-layout    skip the ForceAtlas2 positions
  --quiet        no progress line`;

export const build: Command = {
  name: 'build',
  summary: 'build the knowledge graph from a folder of articles',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string', short: 'o' },
      workers: { type: 'string' },
      'no-layout': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (positionals.length > 1) throw new UsageError(`build takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
    const dir = positionals[0] ?? 'data/articles';
    const out = values.out ?? 'out/graph.json';
    const workers = intOption(values.workers, '--workers', 1);
    const tty = process.stderr.isTTY && !values.quiet;
    const onProgress = (done: number, total: number) => {
      if (tty) process.stderr.write(`\rextracting: ${done}/${total} files`);
    };
    tuneV8ForBuild();
    const { graph, report } = await buildFromDirectory(dir, { workers, layout: !values['no-layout'], onProgress });
    if (tty) process.stderr.write('\n');
    for (const s of report.skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
    writeGraph(graph, out);
    const fmt = (r: Record<string, number>) => Object.entries(r).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`read ${report.articlesRead} article(s), skipped ${report.skipped.length}`);
    console.log(`entities: ${graph.order} (${fmt(report.entities)})`);
    console.log(`relations: ${graph.size} (${fmt(report.relations)})`);
    console.log(`wrote ${out} in ${report.seconds.toFixed(2)} s`);
    return 0;
  },
};
