// `sco-kg build [dir] --out <file>`: read articles, extract, write graphology JSON, print a summary.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../command.ts';
import { KgError, UsageError } from '../../errors.ts';
import { buildFromDirectory } from '../../build/index.ts';
import { tuneV8ForBuild } from '../../build/v8-flags.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { detail, printJson, warn } from '../output.ts';
import { COMPACT_GRAPH_FILE, writeGraph } from '../../io/write-graph.ts';
import { printable } from '../../io/printable.ts';
import { folderFor } from '../../io/atomic-write.ts';
import { storePathFor } from '../../store/open-store.ts';
import { progressReporter } from '../progress.ts';

const USAGE = `usage: sco-kg build [dir] [--out path] [--store file] [--full] [--workers N] [--no-layout] [--json] [--quiet]

  dir            folder of articles (.txt .md .html .json .jsonl .csv .tsv .warc .warc.gz), read recursively (default: data/articles)
  --out PATH     where to write the graph, graphology JSON (default: out/graph.json); a folder (an existing one,
                 or a path ending in /) gets graph.json inside it
  --store FILE   the SQLite store: extraction cache, every evidence sentence, full-text search
                 (default: next to the graph, out/graph.db); a folder built before is only
                 extracted where files were added or changed
  --full         a graph file with everything: co_mentioned edges and the first evidence sentences
                 of each edge (by default it has the stated relations, their counts and their first
                 evidence as references, article and offsets; the store keeps everything)
  --lean         the default (kept for old scripts)
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
      store: { type: 'string' },
      full: { type: 'boolean' },
      lean: { type: 'boolean' },
      workers: { type: 'string' },
      'no-layout': { type: 'boolean' },
    });
    if (positionals.length > 1) throw new UsageError(`build takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
    const dir = positionals[0] ?? 'data/articles';
    if (values.out === '') throw new UsageError('--out needs a path');
    const out = graphPath(values.out ?? 'out/graph.json');
    const workers = intOption(values.workers, '--workers', 1);
    const store = values.store ?? storePathFor(out);
    // a graph that cannot be written is said before the build, not after it
    folderFor(out);
    const progress = progressReporter('extracting', process.stderr, !!values.quiet || !!values.json);
    tuneV8ForBuild();
    let built: Awaited<ReturnType<typeof buildFromDirectory>>;
    try {
      built = await buildFromDirectory(dir, { workers, layout: !values['no-layout'], onProgress: progress.update, store });
    } finally {
      progress.finish();
    }
    const { graph, report } = built;
    const skipped = report.skipped.filter((s) => !s.altered);
    const altered = report.skipped.filter((s) => s.altered);
    for (const s of skipped) warn(printable(`skipped ${s.file}: ${s.reason}`));
    for (const s of altered) warn(printable(`read ${s.file} with a change: ${s.reason}`));
    try {
      writeGraph(graph, out, values.full ? {} : COMPACT_GRAPH_FILE);
    } catch (err) {
      if (err instanceof KgError) throw err;
      throw new KgError('E_WRITE', `cannot write graph "${out}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    detail(values, `built with ${workers ?? 'the default number of'} thread(s), layout ${values['no-layout'] ? 'off' : 'on'}`);
    const files = report.files!;
    if (values.json) {
      printJson({
        out,
        store,
        articles: report.articlesRead,
        skipped: skipped.map(({ file, reason }) => ({ file, reason })),
        altered: altered.map(({ file, reason }) => ({ file, reason })),
        duplicates: report.duplicates ?? 0,
        files,
        entities: graph.order,
        entitiesByKind: sorted(report.entities),
        relations: graph.size,
        relationsByKind: sorted(report.relations),
        seconds: Number(report.seconds.toFixed(2)),
      });
      return 0;
    }
    const fmt = (r: Record<string, number>) => Object.entries(sorted(r)).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`read ${report.articlesRead} article(s), skipped ${skipped.length}${altered.length ? `, altered ${altered.length}` : ''}${report.duplicates ? `, ${report.duplicates} duplicate(s) counted once` : ''}`);
    console.log(`files: ${files.extracted} extracted, ${files.kept} from the store's cache${files.removed ? `, ${files.removed} gone` : ''}`);
    console.log(`entities: ${graph.order} (${fmt(report.entities)})`);
    console.log(`relations: ${graph.size} (${fmt(report.relations)})`);
    console.log(printable(`wrote ${out} and ${store} in ${report.seconds.toFixed(2)} s`));
    return 0;
  },
};

/** The counts by key in key order. */
function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
