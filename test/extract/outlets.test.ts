// News outlets named by the article itself: the agency a dateline credits, an agency under its full form.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

describe('outlets', () => {
  it.each([
    ['org.wire-credit (an agency in brackets after a dateline\'s place and date)', 'Bishkek, Jun 3 (KNA) Foreign ministers met on Monday.', ['KNA']],
    ['org.wire-credit (an agency between slashes after a dateline)', 'Dushanbe, March 2, 2023 /Khovar Daily/. The ministers met.', ['Khovar Daily']],
    ['org.wire-credit (a dateline with its country before the agency)', 'Tashkent, Uzbekistan (Dunyo Wire) -- The talks began.', ['Dunyo Wire']],
    ['org.wire-credit (a place in brackets is no agency)', 'Almaty, Jun 3 (Kazakhstan) The talks began.', []],
    ['org.wire-credit (brackets later in a sentence that opens with no place are no credit)', 'The ministers met on Monday (PTR) and left.', []],
    ['org.glossed (a name glossed in brackets by a head noun of bodies)', 'They signed a loan with Orienbonk (Tajikistan\'s oldest private bank) on Monday.', ['Orienbonk']],
    ['org.glossed (a gloss that names no body is none)', 'Rustam Nazarov (the minister) signed for Dushanbe.', []],
    ['org.agency-suffix (a known outlet under its full form is that outlet)', 'Almaty, Jun 3 /MONTSAME/. MONTSAME National News Agency reported it.', ['Montsame']],
  ])('%s', (_rule, text, orgs) => {
    expect(extract(text).labels('organisation')).toEqual(orgs);
  });
});
