// `sco-kg build [dir] --out <file>`: read articles, extract, write graphology JSON, print a summary.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError } from '../../errors.ts';
import { buildFromDirectory } from '../../build/index.ts';
import { tuneV8ForBuild } from '../../build/v8-flags.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { detail, printJson, warn } from '../output.ts';
import { writeGraph } from '../../io/write-graph.ts';

const USAGE = `usage: sco-kg build [dir] [--out file] [--workers N] [--no-layout] [--json] [--quiet]

  dir            folder of articles (.txt .md .html .json .jsonl), read recursively (default: data/articles)
  --out PATH     where to write the graph, graphology JSON (default: out/graph.json); a folder (an existing one,
                 or a path ending in /) gets graph.json inside it
  --workers N    extraction threads (default: all cores for corpora over 1 MB)
  --no-layout    skip the ForceAtlas2 positions`;

/** Where `--out` writes: the path itself, or graph.json inside it when it names a folder. */
export function graphPath(out: string): string {
  if (/[\\/]$/.test(out)) return join(out, 'graph.json');
  try {
    if (statSync(out).isDirectory()) return join(out, 'graph.json');
  } catch {
    // does not exist yet: a file
  }
  return out;
}

export const build: Command = {
  name: 'build',
  summary: 'build the knowledge graph from a folder of articles',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string', short: 'o' },
      workers: { type: 'string' },
      'no-layout': { type: 'boolean' },
    });
    if (positionals.length > 1) throw new UsageError(`build takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
    const dir = positionals[0] ?? 'data/articles';
    if (values.out === '') throw new UsageError('--out needs a path');
    const out = graphPath(values.out ?? 'out/graph.json');
    const workers = intOption(values.workers, '--workers', 1);
    const tty = process.stderr.isTTY && !values.quiet && !values.json;
    const onProgress = (done: number, total: number) => {
      if (tty) process.stderr.write(`\rextracting: ${done}/${total} files`);
    };
    tuneV8ForBuild();
    const { graph, report } = await buildFromDirectory(dir, { workers, layout: !values['no-layout'], onProgress });
    if (tty) process.stderr.write('\n');
    for (const s of report.skipped) warn(`skipped ${s.file}: ${s.reason}`);
    writeGraph(graph, out);
    detail(values, `built with ${workers ?? 'the default number of'} thread(s), layout ${values['no-layout'] ? 'off' : 'on'}`);
    if (values.json) {
      printJson({
        out,
        articles: report.articlesRead,
        skipped: report.skipped,
        entities: graph.order,
        entitiesByKind: sorted(report.entities),
        relations: graph.size,
        relationsByKind: sorted(report.relations),
        seconds: Number(report.seconds.toFixed(2)),
      });
      return 0;
    }
    const fmt = (r: Record<string, number>) => Object.entries(sorted(r)).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`read ${report.articlesRead} article(s), skipped ${report.skipped.length}`);
    console.log(`entities: ${graph.order} (${fmt(report.entities)})`);
    console.log(`relations: ${graph.size} (${fmt(report.relations)})`);
    console.log(`wrote ${out} in ${report.seconds.toFixed(2)} s`);
    return 0;
  },
};

/** The counts by key in key order. */
function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
