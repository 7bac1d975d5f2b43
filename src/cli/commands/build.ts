// `kg build [dir] --out <file>`: read articles, extract, write graphology JSON, print a summary.
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { buildFromDirectory } from '../../build/index.ts';
import { tuneV8ForBuild } from '../../build/v8-flags.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { writeGraph } from '../../io/write-graph.ts';
import { printable } from '../../io/printable.ts';

const USAGE = `usage: npm run kg -- build [dir] [--out file] [--workers N] [--no-layout] [--quiet] [--json]

  dir            folder of articles (.txt .md .html .json .jsonl), read recursively (default: data/articles)
  --out FILE     where to write the graph, graphology JSON (default: out/graph.json)
  --workers N    extraction threads (default: all cores for corpora over 1 MB)
  --no-layout    skip the ForceAtlas2 positions
  --quiet        no progress line
  --json         the summary as JSON on stdout: counts, and every skipped or altered file with the reason`;

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
      json: { type: 'boolean' },
    });
    if (positionals.length > 1) throw new UsageError(`build takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
    const dir = positionals[0] ?? 'data/articles';
    const out = values.out ?? 'out/graph.json';
    const workers = intOption(values.workers, '--workers', 1);
    const tty = process.stderr.isTTY && !values.quiet && !values.json;
    const onProgress = (done: number, total: number) => {
      if (tty) process.stderr.write(`\rextracting: ${done}/${total} files`);
    };
    tuneV8ForBuild();
    const { graph, report } = await buildFromDirectory(dir, { workers, layout: !values['no-layout'], onProgress });
    if (tty) process.stderr.write('\n');
    writeGraph(graph, out);
    const skipped = report.skipped.filter((s) => !s.altered);
    const altered = report.skipped.filter((s) => s.altered);
    if (values.json) {
      const list = (l: typeof skipped) => l.map(({ file, reason }) => ({ file, reason }));
      const summary = { out, articles: report.articlesRead, skipped: list(skipped), altered: list(altered), entities: report.entities, relations: report.relations, nodes: graph.order, edges: graph.size, seconds: report.seconds };
      console.log(JSON.stringify(summary, null, 2));
      return 0;
    }
    for (const s of skipped) console.error(printable(`warning: skipped ${s.file}: ${s.reason}`));
    for (const s of altered) console.error(printable(`warning: read ${s.file} with a change: ${s.reason}`));
    const fmt = (r: Record<string, number>) => Object.entries(r).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`read ${report.articlesRead} article(s), skipped ${skipped.length}${altered.length ? `, altered ${altered.length}` : ''}`);
    console.log(`entities: ${graph.order} (${fmt(report.entities)})`);
    console.log(`relations: ${graph.size} (${fmt(report.relations)})`);
    console.log(printable(`wrote ${out} in ${report.seconds.toFixed(2)} s`));
    return 0;
  },
};
