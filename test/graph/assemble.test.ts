// Assembly: packed batches in, one graph out, whatever order the batches arrive in; people merged by the rules.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, ExtractedEntity, ExtractedRelation } from '../../src/extract/pipeline.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { Assembler, assemble, MAX_EVIDENCE } from '../../src/graph/assemble.ts';
import { packBatch, unpackBatch } from '../../src/graph/pack.ts';
import { graphToJson } from '../../src/io/write-graph.ts';

const seeds = readArticles('data/articles').articles;
const knowledge = loadKnowledge();
const extractions = seeds.map((a) => extractArticle(a, knowledge));

function person(label: string, mentions = 1): ExtractedEntity {
  const key = `person:${label.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return { key, kind: 'person', label, canonical: false, aliases: [label], mentions, attrs: {} };
}
function rel(relation: ExtractedRelation['relation'], source: string, target: string, article: string, start: number, extra: Partial<ExtractedRelation> = {}): ExtractedRelation {
  return { relation, source, target, evidence: { article, sentence: `sentence at ${start}`, start, end: start + 10 }, ...extra };
}
function article(id: string, entities: ExtractedEntity[], relations: ExtractedRelation[] = []): ArticleExtraction {
  return { article: { id, file: `${id}.txt`, title: id }, entities, relations };
}

describe('pack', () => {
  it('round-trips the extractions of the seed articles', () => {
    expect(unpackBatch(packBatch(extractions))).toEqual(extractions);
  });
});

describe('Assembler', () => {
  it('gives the same graph whatever order the batches come in', () => {
    const whole = graphToJson(assemble(extractions));
    const parts = [extractions.slice(0, 2), extractions.slice(2, 3), extractions.slice(3)];
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
      const a = new Assembler();
      for (const i of order) a.add(packBatch([...parts[i]].reverse()));
      expect(graphToJson(a.finish())).toBe(whole);
    }
  });

  it('refuses two articles with the same id, naming it', () => {
    const a = new Assembler();
    a.add(packBatch([article('x', [person('Wang Yi')])]));
    expect(() => a.add(packBatch([article('x', [person('Wang Yi')])]))).toThrow(/two articles have the id "x"/);
  });

  it.each([
    ['a one-letter typo merges into the more frequent spelling', [person('Vladimir Putin', 3)], [person('Vladmir Putin')], ['person:vladimir-putin']],
    ['a lone name joins the one full name that has it', [person('Hua Chunying')], [person('Hua')], ['person:hua-chunying']],
    ['two people who share a surname stay apart', [person('Zhang Ming')], [person('Zhang Hanhui')], ['person:zhang-hanhui', 'person:zhang-ming']],
    ['a lone name shared by two full names stays apart', [person('Zhang Ming'), person('Zhang Hanhui')], [person('Zhang')], ['person:zhang', 'person:zhang-hanhui', 'person:zhang-ming']],
    ['names differing by one letter in a short part are not merged', [person('Li Wei')], [person('Li Wen')], ['person:li-wei', 'person:li-wen']],
    ['the same letters split differently merge', [person('Hossein Amir-Abdollahian', 2)], [person('Hossein Amirabdollahian')], ['person:hossein-amir-abdollahian']],
    ['transliterations x / ks merge', [person('Alexander Lukashenko', 2)], [person('Aleksandr Lukashenko')], ['person:alexander-lukashenko']],
    ['an initial joins the one full name it fits', [person('Subrahmanyam Jaishankar', 2)], [person('S. Jaishankar')], ['person:subrahmanyam-jaishankar']],
    ['an initial that fits two full names stays apart', [person('Sergey Lavrov'), person('Svetlana Lavrov')], [person('S. Lavrov')], ['person:s-lavrov', 'person:sergey-lavrov', 'person:svetlana-lavrov']],
    ['a surname-only form joins the one name ending with it', [person('Bilawal Bhutto Zardari'), person('Asif Ali Zardari')], [person('Bhutto Zardari'), person('Amir-Abdollahian'), person('Hossein Amirabdollahian')], ['person:asif-ali-zardari', 'person:bilawal-bhutto-zardari', 'person:hossein-amirabdollahian']],
    ['a patronymic in the middle is the same person', [person('Sergey Lavrov', 2)], [person('Sergey Viktorovich Lavrov'), person('Vladimir Vladimirovich Putin')], ['person:sergey-lavrov', 'person:vladimir-vladimirovich-putin']],
    ['the surname-first order (Kremlin lists) is the same person', [person('Ilham Aliyev', 2), person('Recep Tayyip Erdogan', 2)], [person('Aliyev Ilham'), person('Erdogan Recep Tayyip'), person('Erdogan Recep')], ['person:ilham-aliyev', 'person:recep-tayyip-erdogan']],
    ['one name in two transliterations (same consonants in every part) is one person', [person('Hassan Rouhani', 2), person('Nursultan Nazarbayev', 2)], [person('Hasan Rohani'), person('Nursultan Nazarbaev')], ['person:hassan-rouhani', 'person:nursultan-nazarbayev']],
    ['a transliterated initial and surname join the full name', [person('Tsakhia Elbegdorj', 2)], [person('Ts. Elbegdorzh')], ['person:tsakhia-elbegdorj']],
    ['a Soviet-era spelling with -ov and another first vowel is the same person', [person('Emomali Rahmon', 2), person('Akil Akilov', 2)], [person('Imomali Rakhmonov'), person('Oqil Oqilov')], ['person:akil-akilov', 'person:emomali-rahmon']],
    ['an initial written without a space joins the full name', [person('Tsakhia Elbegdorj', 2)], [person('Ts.Elbegdorj')], ['person:tsakhia-elbegdorj']],
    ['a Mongolian patronymic in the genitive is the father\'s name: one person', [person('Tsakhia Elbegdorj', 2)], [person('Tsakhiagiin Elbegdorj'), person('Ts. Elbegdorzh')], ['person:tsakhia-elbegdorj']],
    ['a Mongolian genitive patronymic in the other order (given name first) is one person', [person('Batbold Sukhbaatar', 2)], [person('Sukhbaataryn Batbold'), person('Sukhbaatar Batbold')], ['person:batbold-sukhbaatar']],
    ['a lone name one edit away from the one full name\'s surname joins it', [person('Nursultan Nazarbayev', 2)], [person('Narzarbayev')], ['person:nursultan-nazarbayev']],
    ['a lone name one edit away from two full names stays apart', [person('Nursultan Nazarbayev'), person('Erlan Nazarbayev')], [person('Narzarbayev')], ['person:erlan-nazarbayev', 'person:narzarbayev', 'person:nursultan-nazarbayev']],
    ['two parts of a three-part name, first part first, are that person', [person('Ashraf Gani Ahmadzai', 2)], [person('Ashraf Ghani'), person('Recep Erdogan'), person('Recep Tayyip Erdogan')], ['person:ashraf-gani-ahmadzai', 'person:recep-tayyip-erdogan']],
    ['two parts that fit two three-part names stay apart', [person('Mohammad Ali Khan'), person('Mohammad Ayub Khan')], [person('Mohammad Khan')], ['person:mohammad-ali-khan', 'person:mohammad-ayub-khan', 'person:mohammad-khan']],
    ['names whose consonants differ stay apart', [person('Ali Karimov')], [person('Ali Kurbanov')], ['person:ali-karimov', 'person:ali-kurbanov']],
    ['a patronymic in the middle, in another transliteration, is the same person', [person('Alexander Kovalenko', 2)], [person('Aleksandr Petrovich Kovalenko')], ['person:alexander-kovalenko']],
    ['a patronymic last (Russian order) is a name of its own', [person('Yury Bukhteev')], [person('Bukhteev Yury Nikolaevich')], ['person:bukhteev-yury-nikolaevich', 'person:yury-bukhteev']],
  ])('%s', (_, first, second, nodes) => {
    const g = assemble([article('a', first), article('b', second)]);
    expect(g.nodes().sort()).toEqual(nodes);
  });

  it('keeps MAX_EVIDENCE sentences per edge but counts them all; the first status in article order is overridden by the last', () => {
    const a = person('Wang Yi');
    const b = person('Sergei Lavrov');
    const rels = [...Array(MAX_EVIDENCE + 20).keys()].map((i) => rel('met', a.key, b.key, 'b', i * 100));
    const g = assemble([
      article('b', [a, b], rels),
      article('a', [a, b], [rel('met', b.key, a.key, 'a', 0, { planned: true, date: '2024-07-03' })]),
    ]);
    const edge = g.getEdgeAttributes('met:person:sergei-lavrov->person:wang-yi');
    expect(edge.weight).toBe(MAX_EVIDENCE + 21);
    expect(edge.evidence).toHaveLength(MAX_EVIDENCE);
    expect(edge.evidence[0]).toEqual({ article: 'a', sentence: 'sentence at 0', start: 0, end: 10 });
    expect(edge.date).toBe('2024-07-03');
    expect(edge.planned).toBeUndefined(); // not every sentence states it as planned

    const china = { key: 'country:china', kind: 'country' as const, label: 'China', canonical: true, aliases: ['China'], mentions: 1, attrs: {} };
    const sco = { key: 'organisation:sco', kind: 'organisation' as const, label: 'SCO', canonical: true, aliases: ['SCO'], mentions: 1, attrs: {} };
    const m = assemble([
      article('2', [china, sco], [rel('member_of', china.key, sco.key, '2', 5, { status: 'member' })]),
      article('1', [china, sco], [rel('member_of', china.key, sco.key, '1', 5, { status: 'observer' })]),
    ]);
    expect(m.getEdgeAttributes('member_of:country:china->organisation:sco')).toMatchObject({ status: 'member', weight: 2 });
  });
});
