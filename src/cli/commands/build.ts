// `kg build [dir] --out <file>`: read articles, extract, write graphology JSON, print a summary.
import type { Command } from '../command.ts';
import { KgError, UsageError } from '../../errors.ts';
import { buildFromDirectory } from '../../build/index.ts';
import { tuneV8ForBuild } from '../../build/v8-flags.ts';
import { intOption, parseCommandArgs } from '../args.ts';
import { writeGraph } from '../../io/write-graph.ts';
import { storePathFor } from '../../store/open-store.ts';
import { progressReporter } from '../progress.ts';

const USAGE = `usage: npm run kg -- build [dir] [--out file] [--store file] [--lean] [--workers N] [--no-layout] [--quiet]

  dir            folder of articles (.txt .md .html .json .jsonl), read recursively (default: data/articles)
  --out FILE     where to write the graph, graphology JSON (default: out/graph.json)
  --store FILE   the SQLite store: extraction cache, every evidence sentence, full-text search
                 (default: next to the graph, out/graph.db); a folder built before is only
                 extracted where files were added or changed
  --lean         a smaller graph file for large corpora: no co_mentioned edges and evidence as
                 references (article, offsets) without sentences; the store keeps everything
  --workers N    extraction threads (default: all cores for corpora over 1 MB)
  --no-layout    skip the ForceAtlas2 positions
  --quiet        no progress`;

export const build: Command = {
  name: 'build',
  summary: 'build the knowledge graph from a folder of articles',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string', short: 'o' },
      store: { type: 'string' },
      lean: { type: 'boolean' },
      workers: { type: 'string' },
      'no-layout': { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
    });
    if (positionals.length > 1) throw new UsageError(`build takes one folder, got ${positionals.length}: ${positionals.join(' ')}`);
    const dir = positionals[0] ?? 'data/articles';
    const out = values.out ?? 'out/graph.json';
    const workers = intOption(values.workers, '--workers', 1);
    const store = values.store ?? storePathFor(out);
    const progress = progressReporter('extracting', process.stderr, !!values.quiet);
    tuneV8ForBuild();
    let built: Awaited<ReturnType<typeof buildFromDirectory>>;
    try {
      built = await buildFromDirectory(dir, { workers, layout: !values['no-layout'], onProgress: progress.update, store });
    } finally {
      progress.finish();
    }
    const { graph, report } = built;
    for (const s of report.skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
    try {
      writeGraph(graph, out, values.lean ? { coMentions: false, sentences: false } : {});
    } catch (err) {
      throw new KgError('E_GRAPH_WRITE', `cannot write graph "${out}": ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const fmt = (r: Record<string, number>) => Object.entries(r).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`read ${report.articlesRead} article(s), skipped ${report.skipped.length}${report.duplicates ? `, ${report.duplicates} duplicate(s) counted once` : ''}`);
    const files = report.files!;
    console.log(`files: ${files.extracted} extracted, ${files.kept} from the store's cache${files.removed ? `, ${files.removed} gone` : ''}`);
    console.log(`entities: ${graph.order} (${fmt(report.entities)})`);
    console.log(`relations: ${graph.size} (${fmt(report.relations)})`);
    console.log(`wrote ${out} and ${store} in ${report.seconds.toFixed(2)} s`);
    return 0;
  },
};
