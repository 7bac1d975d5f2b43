// `sco-kg explain <file> [--grep TEXT]`: shows the mentions each sentence of one article gets, and its relations — for
// debugging rules.
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { KgError, UsageError } from '../../errors.ts';
import { readArticleFile } from '../../ingest/read-articles.ts';
import { EXTENSIONS } from '../../ingest/formats.ts';
import { loadKnowledge } from '../../knowledge/load.ts';
import { STAGES } from '../../extract/pipeline.ts';
import type { Doc } from '../../extract/document.ts';
import { isStated } from '../../graph/relations.ts';
import { fsReason } from '../../io/fs-errors.ts';
import { printJson } from '../output.ts';

const USAGE = `usage: sco-kg explain <article-file> [--grep TEXT] [--json]
  article-file  one article (${EXTENSIONS.join(' ')})
  --grep TEXT   only the sentences containing TEXT`;

/** Checks that `file` is one readable article file; throws a one-line KgError naming it otherwise. */
function checkArticleFile(file: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(file).isDirectory();
  } catch (err) {
    throw new KgError('E_READ', `cannot read article file ${file}: ${fsReason(err)}`);
  }
  if (isDir) throw new KgError('E_NOT_ARTICLE', `${file} is a folder; explain takes one article file (build reads a folder)`);
  if (!(EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase())) {
    throw new KgError('E_NOT_ARTICLE', `${file} is not an article file: explain reads ${EXTENSIONS.join(' ')}`);
  }
  if (extname(file).toLowerCase() === '.json' && looksLikeGraph(file)) {
    throw new KgError('E_NOT_ARTICLE', `${file} is a graph (written by build), not an article; explain takes an article file, the query commands take a graph`);
  }
}

/** A graphology export: an object with a "nodes" array. */
function looksLikeGraph(file: string): boolean {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof json === 'object' && json !== null && Array.isArray((json as { nodes?: unknown }).nodes);
  } catch {
    return false;
  }
}

export const explain: Command = {
  name: 'explain',
  summary: 'show the mentions and relations extracted from one article, sentence by sentence',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { grep: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError(`explain takes one article file, got ${positionals.length} argument(s)`);
    const [file] = positionals;
    checkArticleFile(file);
    const skipped: { file: string; reason: string }[] = [];
    const [article] = readArticleFile(file, dirname(file), skipped);
    if (!article) throw new KgError('E_NO_ARTICLES', `no article in ${file}: ${skipped.map((s) => s.reason).join('; ')}`);
    const doc: Doc = { article, knowledge: loadKnowledge(), sentences: [], candidates: [], acronyms: new Map(), labels: new Map(), hits: [], roles: [] };
    for (const st of STAGES) st.run(doc);
    const sentences = doc.sentences
      .filter((s) => !values.grep || s.text.includes(values.grep))
      .map((s) => ({
        index: s.index,
        text: s.text,
        mentions: s.mentions.map((m) => ({ kind: m.kind, text: m.text, ref: m.ref, via: m.via })),
        relations: doc.hits
          .filter((h) => h.sentence === s.index && isStated(h.relation))
          .map((h) => ({ relation: h.relation, source: h.source, target: h.target, ...(h.role && { role: h.role }), ...(h.planned && { planned: true }), ...(h.rule && { rule: h.rule }) })),
      }));
    if (values.json) {
      const { text: _text, ...meta } = article;
      printJson({ article: { ...meta, refYear: doc.refYear ?? null }, sentences });
      return 0;
    }
    console.log(`title: ${article.title} | date: ${article.date ?? '-'} | source: ${article.source ?? '-'} | author: ${article.author ?? '-'} | refYear: ${doc.refYear ?? '-'}`);
    for (const s of sentences) {
      console.log(`\n[${s.index}] ${s.text}`);
      for (const m of s.mentions) console.log(`    ${m.kind.padEnd(12)} ${JSON.stringify(m.text)} -> ${m.ref} (${m.via})`);
      for (const r of s.relations) console.log(`    => ${r.relation} ${r.source} -> ${r.target}${r.role ? ` [${r.role}]` : ''}${r.planned ? ' (planned)' : ''}${r.rule ? `  [${r.rule}]` : ''}`);
    }
    return 0;
  },
};
