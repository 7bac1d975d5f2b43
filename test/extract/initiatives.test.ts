// Initiatives and bodies named by pattern: themed years and dialogues, and where such a name starts and ends.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('initiatives by pattern', () => {
  it.each([
    ['initiative.themed-head (a year with its theme is an initiative)', 'Bishkek declared 2026 the SCO Year of Mountain Tourism.', ['SCO Year of Mountain Tourism'], []],
    ['initiative.themed-head (a dialogue on a theme is an initiative)', 'The Astana Dialogue on Water Security, launched in 2019, remains open.', ['Astana Dialogue on Water Security'], []],
    ['initiative.themed-head (no theme after it: no initiative)', 'The Year ended well and the Dialogue went on.', [], []],
    ['initiative.themed-head (an organisation after "in" is no part of the theme; a comma ends the item)', 'The year was named the Year of Culture in the SCO, and the SCO Forum on Media met.', ['Year of Culture'], ['SCO Forum on Media']],
    ['initiative.quoted (a quoted name before "national campaign")', 'He spoke of the “Clean Steppe Rivers” national campaign he started.', ['Clean Steppe Rivers'], []],
    ['initiative.quoted (a quoted name after "initiative")', 'He asked partners to back the initiative "Towards a Shared Water Future".', ['Towards a Shared Water Future'], []],
    ['initiative.quoted (a quotation with no such noun beside it is none)', 'He said "We Are Ready" to reporters, and the "Spirit" of the talks held.', [], []],
    ['initiative.proposed-founding (a body proposed, not yet founded, is an initiative)', 'He proposed establishing an Alliance of Mountain Cities and praised the Asian Development Bank.', ['Alliance of Mountain Cities'], ['Asian Development Bank']],
    ['initiative.proposed-founding ("called for the creation of")', 'The minister called for the creation of a Eurasian Water Council.', ['Eurasian Water Council'], []],
    ['org.sentence-start (a preposition opening the sentence is no part of a name)', 'In the Bishkek Declaration adopted at the end, the members condemned the strikes.', ['Bishkek Declaration'], []],
  ])('%s', (_rule, text, initiatives, orgs) => {
    const r = extract(text);
    expect(r.labels('initiative')).toEqual(initiatives);
    expect(r.labels('organisation').filter((o) => o !== 'Shanghai Cooperation Organisation')).toEqual(orgs);
  });

  it('person.plural-group (words ending in a plural noun, with no first name or title, are no person: "The Dialogue Partners met")', () => {
    expect(extract('The Dialogue Partners met in Astana. The Observer States met too.').people).toEqual([]);
  });
});
