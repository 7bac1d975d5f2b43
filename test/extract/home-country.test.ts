// A national office named with no country is the article's home country's: its outlet's, else its dateline's.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

function affiliations(text: string, source?: string): string[] {
  const ex = extractArticle({ id: 't', file: 't.txt', title: 't', text, ...(source ? { source } : {}) }, loadKnowledge());
  const label = new Map(ex.entities.map((e) => [e.key, e.label]));
  return ex.relations.filter((r) => r.relation === 'affiliated_with').map((r) => `${label.get(r.source)} -> ${label.get(r.target)}`).sort();
}

describe('home country', () => {
  it.each([
    ['affiliation.home-country (the outlet names its country in brackets)', 'Foreign Minister Ali Kaya and Trade Minister Deniz Tas also travelled to Samarkand.', 'Daily Bugle (Türkiye)',
      ['Ali Kaya -> Türkiye', 'Deniz Tas -> Türkiye']],
    ['affiliation.home-country (an outlet of the gazetteer)', 'Information Minister Tariq Aziz said the talks went well.', 'Dawn', ['Tariq Aziz -> Pakistan']],
    ['affiliation.home-country (the dateline\'s city)', 'ISLAMABAD: Information Minister Tariq Aziz said the talks went well.', undefined, ['Tariq Aziz -> Pakistan']],
    ['affiliation.home-country (not in a sentence that names another country)', 'ISLAMABAD: Information Minister Tariq Aziz said China would help.', undefined, []],
    ['affiliation.home-country (not a head of state or government: a visitor as often as the host)', 'ISLAMABAD: President Ali Rahimov arrived on Monday.', undefined, []],
    ['affiliation.home-country (not a body\'s office)', 'ISLAMABAD: Justice Party (JP) spokesperson Nadia Malik said so.', undefined, []],
    ['affiliation.home-country (no outlet, no dateline: nothing)', 'Information Minister Tariq Aziz said the talks went well.', undefined, []],
  ])('%s', (_rule, text, source, expected) => {
    expect(affiliations(text, source)).toEqual(expected);
  });
});
