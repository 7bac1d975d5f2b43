// `kg explain <file> [--sentence N]`: shows the mentions each sentence of one article gets, and its relations — for debugging rules.
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError } from '../../errors.ts';
import { readArticleFile } from '../../ingest/read-articles.ts';
import { loadKnowledge } from '../../knowledge/load.ts';
import { STAGES } from '../../extract/pipeline.ts';
import type { Doc } from '../../extract/document.ts';
import { dirname } from 'node:path';

export const explain: Command = {
  name: 'explain',
  summary: 'show the mentions and relations extracted from one article, sentence by sentence',
  usage: 'usage: npm run kg -- explain <article-file> [--grep TEXT]',
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { grep: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('explain takes one article file');
    const skipped: { file: string; reason: string }[] = [];
    const [article] = readArticleFile(positionals[0], dirname(positionals[0]), skipped);
    if (!article) throw new UsageError(`no article in ${positionals[0]}: ${skipped.map((s) => s.reason).join('; ')}`);
    const doc: Doc = { article, knowledge: loadKnowledge(), sentences: [], candidates: [], acronyms: new Map(), labels: new Map(), hits: [], roles: [] };
    for (const st of STAGES) st.run(doc);
    console.log(`title: ${article.title} | date: ${article.date ?? '-'} | source: ${article.source ?? '-'} | author: ${article.author ?? '-'} | refYear: ${doc.refYear ?? '-'}`);
    for (const s of doc.sentences) {
      if (values.grep && !s.text.includes(values.grep)) continue;
      console.log(`\n[${s.index}] ${s.text}`);
      for (const m of s.mentions) console.log(`    ${m.kind.padEnd(12)} ${JSON.stringify(m.text)} -> ${m.ref} (${m.via})`);
      for (const h of doc.hits) if (h.sentence === s.index && h.relation !== 'co_mentioned') console.log(`    => ${h.relation} ${h.source} -> ${h.target}${h.role ? ` [${h.role}]` : ''}${h.planned ? ' (planned)' : ''}${h.rule ? `  [${h.rule}]` : ''}`);
    }
    return 0;
  },
};
