// The extraction stages declare what they require and provide; the pipeline refuses an order in which a stage would
// run before what it reads, and the declarations match what the stages do on real articles.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { STAGES, checkStageOrder, extractArticle } from '../../src/extract/pipeline.ts';
import type { Doc, Stage } from '../../src/extract/document.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { RELATION_KINDS } from '../../src/graph/relations.ts';


const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const byName = (name: string) => STAGES.find((s) => s.name === name)!;

/** STAGES with stage `a` moved to right before stage `b`. */
function moveBefore(a: string, b: string): Stage[] {
  const rest = STAGES.filter((s) => s.name !== a);
  rest.splice(rest.findIndex((s) => s.name === b), 0, byName(a));
  return rest;
}

describe('stage order', () => {
  it('the pipeline passes its own check, and every stage declares its needs', () => {
    expect(() => checkStageOrder(STAGES)).not.toThrow();
    for (const s of STAGES) expect(s.provides.length, s.name).toBeGreaterThan(0);
    expect(STAGES.filter((s) => s.requires.length === 0).map((s) => s.name)).toEqual(['sentences']);
  });

  it.each([
    ['attendance before meetings', moveBefore('attendance', 'meetings'), 'stage "attendance" requires "met", provided by "meetings" after it: move it before "attendance"'],
    ['commit before summits', moveBefore('commit', 'summits'), 'stage "commit" requires "summits", provided by "summits" after it'],
    ['descriptions before affiliation', moveBefore('descriptions', 'affiliation'), 'stage "descriptions" requires "roles", provided by "affiliation" after it'],
    ['meetings first after the sentences', moveBefore('meetings', 'gazetteer'), 'stage "meetings" requires "people", provided by "people" after it'],
    ['no people stage', STAGES.filter((s) => s.name !== 'people'), 'stage "coreference" requires "people", which no stage provides'],
    ['a stage twice', [...STAGES, byName('co-mentions')], 'stage "co-mentions" is listed twice'],
  ])('%s is refused', (_what, stages, message) => {
    expect(() => checkStageOrder(stages)).toThrow(`extraction pipeline: ${message}`);
  });

  it('extractArticle refuses a mis-ordered list before reading the article', () => {
    const article = { id: 't', file: 't.txt', title: 't', text: 'Wang Yi met Sergei Lavrov.' };
    expect(() => extractArticle(article, loadKnowledge(), moveBefore('attendance', 'meetings'))).toThrow('requires "met"');
  });
});

describe('stage declarations match what the stages do', () => {
  it('on the seeds and a dev set, each stage records only the relations it provides, and roles only if it provides them', () => {
    const knowledge = loadKnowledge();
    const articles = ['data/articles', 'data/dev/set-a/articles'].flatMap((dir) => readArticles(join(ROOT, dir)).articles);
    expect(articles.length).toBeGreaterThan(0);
    const seen = new Map<string, Set<string>>();
    for (const article of articles) {
      const doc: Doc = { article, knowledge, sentences: [], candidates: [], acronyms: new Map(), labels: new Map(), hits: [], roles: [] };
      for (const stage of STAGES) {
        const [hits, roles] = [doc.hits.length, doc.roles.length];
        stage.run(doc);
        const added = seen.get(stage.name) ?? new Set<string>();
        for (const h of doc.hits.slice(hits)) added.add(h.relation);
        if (doc.roles.length > roles) added.add('roles');
        seen.set(stage.name, added);
      }
    }
    for (const stage of STAGES) {
      const undeclared = [...seen.get(stage.name)!].filter((r) => !(stage.provides as readonly string[]).includes(r));
      expect(undeclared, stage.name).toEqual([]);
    }
    // and each relation a stage declares is one it records there (a declaration that is never true fails)
    for (const stage of STAGES) {
      const declared = stage.provides.filter((p) => (RELATION_KINDS as readonly string[]).includes(p));
      expect(declared.filter((r) => !seen.get(stage.name)!.has(r)), stage.name).toEqual([]);
    }
  });
});
