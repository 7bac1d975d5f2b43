// Summit mentions resolve to one gazetteer summit via ordinal, year, city and the article's reference year.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const CASES: [string, string | undefined, string[]][] = [
  ['Xi will attend the 24th meeting of the SCO Heads of State Council.', undefined, ['SCO Summit 2024 (Astana)']],
  ['Addressing the 20th meeting of the heads of state on November 10, Xi spoke.', undefined, ['SCO Summit 2020 (Moscow)']],
  ['Xi, in a speech at the SCO Qingdao summit in 2018, called for unity.', undefined, ['SCO Summit 2018 (Qingdao)']],
  ['Leaders will gather in Bishkek for this year\'s summit.', '2019-06-01', ['SCO Summit 2019 (Bishkek)']],
  ["At last year's summit, hosted by India, he spoke.", '2024-07-01', ['SCO Summit 2023 (New Delhi)']],
  ['China will host the summit in 2025.', undefined, ['SCO Summit 2025 (Tianjin)']],
  ['The Astana SCO summit is scheduled for July 3–4 2024.', undefined, ['SCO Summit 2024 (Astana)']],
  // gazetteer.chg-ordinals: the heads-of-government meetings are numbered too (4th = Moscow 2005)
  ['The prime ministers met at the 4th meeting of the SCO Council of Heads of Government.', undefined, ['SCO Heads of Government meeting 2005 (Moscow)']],
  // names.council-of-heads: the councils of the heads named in words, not as one organisation
  ['Putin attended the 9th Meeting of the Council of the Heads of State of the SCO.', undefined, ['SCO Summit 2009 (Yekaterinburg)']],
  ['A meeting of the Council of Heads of member states of the SCO was held on 12 September 2014 in Dushanbe.', undefined, ['SCO Summit 2014 (Dushanbe)']],
  ['Pakistan became a member during the 17th meeting of its Heads of the State Council on Friday.', undefined, ['SCO Summit 2017 (Astana)']],
  ['He spoke at the meeting of the expanded circle of the heads of SCO states.', '2019-06-14', ['SCO Summit 2019 (Bishkek)']],
  ['Li chaired the 14th meeting of Prime Ministers of Member States of the SCO.', undefined, ['SCO Heads of Government meeting 2015 (Zhengzhou)']],
  ['Li spoke at a meeting of prime ministers of the Commonwealth of Independent States.', undefined, []],
  // names.heads-after-org: "a meeting of SCO heads of government" (the heads after the organisation's name)
  ['Kyrgyzstan will host a meeting of SCO heads of government in Bishkek in October.', '2023-07-04', ['SCO Heads of Government meeting 2023 (Bishkek)']],
  // names.ordinal-of-host: "the fourth SCO summit hosted by China" counts China's summits, not the SCO's numbering
  ['It is the second SCO summit hosted by Kazakhstan and the fourth SCO summit hosted by China.', undefined, ['SCO Summit 2011 (Astana)', 'SCO Summit 2018 (Qingdao)']],
  // (an ordinal that agrees with the host keeps the SCO's numbering)
  ['It was the 24th SCO summit, hosted by Kazakhstan.', undefined, ['SCO Summit 2024 (Astana)']],
  // names.next-council: "the next meeting of the Council" (named bare) with its place and year
  ['The summit closed in Bishkek. The next meeting of the Council will take place in Russia in 2020, the leader said.', '2019-06-14', ['SCO Summit 2019 (Bishkek)', 'SCO Summit 2020 (Moscow)']],
  // (a council meeting not said to come next is no summit)
  ['A meeting of the Council of Europe took place.', '2019-06-14', []],
  // resolve.placed-in-clause: a bare "the SCO summit" whose clause names one summit's year and city is that one …
  ['The format was first tried in Tashkent in 2016 on the sidelines of the SCO summit; the next round took place in Bishkek in 2019.', '2022-09-16', ['SCO Summit 2016 (Tashkent)']],
  // … unless another summit of the sentence takes them
  ['The SCO summit opened in Qingdao on 9 June. Kyrgyzstan took over from China at the end of the summit and will host the next meeting of the Council of Heads of State in Bishkek in 2019.', '2018-06-10', ['SCO Summit 2018 (Qingdao)', 'SCO Summit 2019 (Bishkek)']],
  // names.council-held-its: "the Council … held its (regular) meeting on <date> in <city>"
  ['The Council of Heads of Member States held its regular meeting on 4 July 2024 in Astana.', undefined, ['SCO Summit 2024 (Astana)']],
  ['The SCO Council of Heads of Government held its meeting on 26 October 2023 in Bishkek.', undefined, ['SCO Heads of Government meeting 2023 (Bishkek)']],
  // names.last: "the last SCO Heads of State Summit" is the latest before the article's date
  ['He spoke at the last SCO Heads of State Summit.', '2019-08-01', ['SCO Summit 2019 (Bishkek)']],
  ['The last summit was held in a warm spirit.', '2019-03-01', ['SCO Summit 2018 (Qingdao)']],
  // names.either-council: "the fourth conference of the Council of the SCO" is the meeting of that number in the
  // article's year, of the heads of state or of government; without a date, the heads of state's
  ['The fourth conference of the Council of the Shanghai Cooperation Organization (SCO) opened on Wednesday.', '2005-10-27', ['SCO Heads of Government meeting 2005 (Moscow)']],
  ['The fourth session of the Council of the SCO opened on Wednesday.', undefined, ['SCO Summit 2004 (Tashkent)']],
  ['He spoke at the 7th meeting of the Council of the SCO.', '2008-10-30', ['SCO Heads of Government meeting 2008 (Astana)']],
  ['He spoke at the fourth session of the Council of Foreign Ministers of the SCO.', '2005-10-27', []],
  // names.namesake: "the Shanghai summit" in a report of a year with no summit in Shanghai is the SCO's summit
  ['Focus on unity as Shanghai summit opens in China', '2018-06-09', ['SCO Summit 2018 (Qingdao)']],
  ['The Shanghai summit opened on Thursday.', '2006-06-15', ['SCO Summit 2006 (Shanghai)']],
  // names.plural: "the A and B summits" are one summit of each organisation
  ['Leaders discussed the CSTO and SCO summits in Dushanbe in 2021.', undefined, ['CSTO summit 2021', 'SCO Summit 2021 (Dushanbe)']],
  ['He will attend the SCO and BRICS summits this year.', '2024-06-01', ['BRICS summit 2024', 'SCO Summit 2024 (Astana)']],
  // venue.in-sentence: the city the sentence places its event in, outside the summit phrase; not a city travelled from
  ['The leaders met for talks in the Russian city of Yekaterinburg, where they attended the SCO summit.', undefined, ['SCO Summit 2009 (Yekaterinburg)']],
  ['Putin flew in from Moscow to attend the summit.', undefined, []],
  // venue.lead-needs-its-year: leaders meeting in a city that hosted no summit in the article's year are at none of its summits
  ['Leaders are meeting in Moscow to discuss trade. They spoke at the summit.', '2018-06-09', ['SCO Summit 2018 (Qingdao)']],
  // incidental.past-event: the year of a founding dates neither the article nor a summit named without a year
  ["The one-day summit coincides with the anniversary of the organisation's founding on June 15, 2001.", '2006-06-10', ['SCO Summit 2006 (Shanghai)']],
  ['He went to the summit of the SCO and that of the Conference on Interaction and Confidence Building Measures in Asia (CICA).', '2019-06-01', ['CICA summit 2019', 'SCO Summit 2019 (Bishkek)']],
  ["Xi'an hosted the China-Central Asia summit in May 2023.", undefined, ['China-Central Asia Summit 2023']],
  ['Xi Jinping has attended the SCO summit for 11 consecutive years since 2013.', undefined, []],
  // no clue in the mention: the one year (and host city) the rest of the sentence names
  ['In October 2023, Bishkek also hosted the meeting of the SCO Council of Heads of Government.', '2025-09-03', ['SCO Heads of Government meeting 2023 (Bishkek)']],
  // "the next …": the first of the series after the article's date
  ['He will take part in the next meeting of the SCO Council of Heads of Government, which will be held in Moscow in November.', '2025-09-03', ['SCO Heads of Government meeting 2025 (Moscow)']],
  ['The next summit will be held in Bishkek.', '2025-09-03', ['SCO Summit 2026 (Bishkek)']],
  ['The next summit will be held in Bishkek.', '2019-01-10', ['SCO Summit 2019 (Bishkek)']],
  // "of the heads of state" between the key word and its place and year
  ['We intend to hold the jubilee summit of the heads of state in Bishkek in 2026.', '2025-09-03', ['SCO Summit 2026 (Bishkek)']],
  ['Bishkek to host 2026 summit', undefined, ['SCO Summit 2026 (Bishkek)']],
  // "first" says first of a kind, not the SCO's first summit, before a clause, "since", "as" or after a possessive
  ['Lukashenko took part in the meeting of the SCO Heads of State Council in Tianjin, the first summit of the SCO that Belarus attends as a member.', undefined, ['SCO Summit 2025 (Tianjin)']],
  ['For Mirziyoyev, elected last December, it was the first SCO summit as head of state.', '2017-06-09', ['SCO Summit 2017 (Astana)']],
  ["It was Modi's first SCO summit.", '2017-06-09', ['SCO Summit 2017 (Astana)']],
  ['The first SCO summit was held in Shanghai in 2001.', undefined, ['SCO Summit 2001 (Shanghai)']],
  // a summit of an organisation with no series in the gazetteer is its own, not the SCO's
  ['Modi accepted an invitation to the SAARC summit in 2016.', undefined, ['SAARC summit 2016']],
  // "the next … in 2018": the year says which
  ['China will host the next SCO summit in 2018.', undefined, ['SCO Summit 2018 (Qingdao)']],
];

/** Whole articles without a date: the dateline's city, the years named, what "the summit" refers back to. */
const ARTICLES: [string, string, string[]][] = [
  // a dateline in capitals names the city of "the summit"; an appointment "from January 1, 2016" is not the article's year
  ['the dateline city', 'UFA, July 10. /TASS/. Putin spoke after the summit of the organization. Rashid Alimov will be Secretary-General from January 1, 2016.', [
    'SCO Summit 2015 (Ufa)']],
  ['several summits in the dateline city: the one nearest the years named', 'ASTANA. KAZINFORM - Nazarbayev announced it at the summit on Friday. Kazakhstan chaired the SCO in 2016-2017.', [
    'SCO Summit 2017 (Astana)']],
  // the year of "the next summit" is not the article's; "the summit" after it is the one the article reports
  ['the next summit is not the reference', 'The Astana summit closed on Friday. China will host the next SCO summit in 2018. On the sidelines of the summit, Xi Jinping met Narendra Modi.', [
    'SCO Summit 2017 (Astana)', 'SCO Summit 2018 (Qingdao)']],
  // "The Summit" opening a sentence is the article's summit, not the one named inside the sentence before
  ['a summit named in passing', 'Modi chaired the 23rd Summit of the SCO Council of Heads of State. The theme drew on an acronym coined at the SCO Summit held in Qingdao in 2018. The Summit was attended by President Xi Jinping.', [
    'SCO Summit 2018 (Qingdao)', 'SCO Summit 2023 (New Delhi)']],  // incidental.past-event / incidental.future: a founding's year, or a planned event's, never dates the article, so a
  // city that hosted several summits stays without one
  ['a founding year dates no article', 'Leaders of the group, which was formed in 2001, gathered in Astana. They spoke at the summit.', []],
  // city.several-need-a-year: without any year, a city or country that hosted several summits is none of them, not the latest
  ['a city of several summits without a year', 'The summit in Astana opened on Friday. Putin addressed the summit.', []],
  ['a country of several summits without a year', 'Leaders met at a summit in Kazakhstan.', []],
  ['a city of one summit', 'The summit in Qingdao opened on Friday.', ['SCO Summit 2018 (Qingdao)']],
  // venue.lead: the city the lead gathers leaders in
  ['the city of the lead', 'The leaders of six countries are meeting in Qingdao to discuss security. Nations attending the summit expect side talks.', ['SCO Summit 2018 (Qingdao)']],
  ['a lead city of several summits without a year', 'The leaders are meeting in Tashkent. They attended the summit.', []],
  // dateline.title-case: "Ufa:", "Samarkand (Agency) -", "Qingdao, China (Agency)", "Qingdao, June 9" open a dateline; "here" is its city
  ['a title-case dateline with a colon', 'Ufa: Putin spoke after the summit here on Friday.', ['SCO Summit 2015 (Ufa)']],
  ['a title-case dateline with a country and an agency', 'Qingdao, China (AFP) Xi spoke at the summit.', ['SCO Summit 2018 (Qingdao)']],
  ['a title-case dateline with a date', 'Samarkand, Sept. 16 (Xinhua) -- Xi spoke at the summit.', ['SCO Summit 2022 (Samarkand)']],
  ['a city opening a sentence is no dateline', 'Qingdao, Ufa and Samarkand have hosted summits. Xi spoke at the summit.', []],
  // background.quoted: a numbered summit inside a quotation neither dates the article nor is the one "the summit" means
  ['a quoted numbered summit', 'Leaders gathered in Qingdao for the summit on Saturday. "At the end of the 16th Summit, held in Tashkent, the leaders agreed on a plan," the ministry said. Xi Jinping attended the summit.', [
    'SCO Summit 2016 (Tashkent)', 'SCO Summit 2018 (Qingdao)']],
  // reference.founding: an undated article that reports the SCO's founding as it happens speaks from its first summit's year
  ['the founding reported as it happens', 'The heads of six states signed a declaration on the establishment of the Shanghai Cooperation Organisation. Putin addressed the summit.', ['SCO Summit 2001 (Shanghai)']],
  ['a founding mentioned in passing does not date', 'The heads of six states discussed the establishment of the SCO. Putin addressed the summit.', []],
  ['a planned meeting dates no article', 'TASHKENT, May 5 - Mongolia hopes to host a ministerial meeting in 2012. Rahmon met Mirziyoyev on the sidelines of the summit.', []],
];

describe('summits in articles without a date', () => {
  it.each(ARTICLES)('%s', (_, text, expected) => {
    expect(extract(text).labels('summit')).toEqual(expected);
  });

  it('reads "The Summit" after a summit named in passing as the reported one', () => {
    const r = extract(ARTICLES[3][1]);
    expect(r.relations).toContain('attended: Xi Jinping -> SCO Summit 2023 (New Delhi)');
    expect(r.relations).not.toContain('attended: Xi Jinping -> SCO Summit 2018 (Qingdao)');
  });

  it('reads the summit after the next one as the reported one', () => {
    const r = extract(ARTICLES[2][1]);
    expect(r.relations).toContain('attended: Narendra Modi -> SCO Summit 2017 (Astana)');
    expect(r.relations).not.toContain('attended: Narendra Modi -> SCO Summit 2018 (Qingdao)');
  });
});

describe('background summits', () => {
  it.each([
    // background.quoted
    ['Leaders gathered in Qingdao for the summit on Saturday. "At the end of the 16th Summit, held in Tashkent, the leaders agreed on a plan," the ministry said. Xi Jinping attended the summit.', undefined],
    // background.other-year: in a dated report, a summit numbered as one of another year
    ['Leaders gathered for the summit on Saturday. The 16th Summit, held in Tashkent, agreed on a plan. Xi Jinping attended the summit.', '2018-06-09'],
  ] as [string, string | undefined][])('%s', (text, date) => {
    const r = extract(text, date);
    expect(r.relations).toContain('attended: Xi Jinping -> SCO Summit 2018 (Qingdao)');
    expect(r.relations).not.toContain('attended: Xi Jinping -> SCO Summit 2016 (Tashkent)');
  });
});

describe('summits', () => {
  it.each(CASES)('%s', (text, date, expected) => {
    expect(extract(text, date).labels('summit')).toEqual(expected);
  });

  // names.council-of-heads: capitals before a meeting the right side names as the SCO's are no series' name
  it('keeps a headline\'s capitals out of the summit\'s name', () => {
    const s = extract('PRESS RELEASE Meeting of the Council of Heads of Member States of the Shanghai Cooperation Organization', '2014-09-12').entities.find((e) => e.kind === 'summit')!;
    expect(s.aliases).toEqual(['Meeting of the Council of Heads of Member States of the Shanghai Cooperation Organization']);
  });

  it('gives summit nodes ordinal, year, city and host', () => {
    const s = extract('Xi will attend the 24th meeting of the SCO Heads of State Council.').entities.find((e) => e.kind === 'summit')!;
    expect(s.attrs).toMatchObject({ ordinal: 24, year: 2024, city: 'Astana', host: 'Kazakhstan' });
  });
});

describe('a summit placed by "take place in"', () => {
  it.each([
    ['hosted.summit (the country after "will take place in" hosts the next meeting)', 'The summit closed in Bishkek. The next meeting of the Council will take place in Russia in 2020.', '2019-06-14',
      ['hosted: Kyrgyzstan -> SCO Summit 2019 (Bishkek)', 'hosted: Russia -> SCO Summit 2020 (Moscow)']],
    ['hosted.summit ("took place in" a country and a year)', 'The SCO summit took place in Kazakhstan in 2011.', undefined, ['hosted: Kazakhstan -> SCO Summit 2011 (Astana)']],
  ])('%s', (_rule, text, date, expected) => {
    expect(extract(text, date).relations.filter((r) => r.startsWith('hosted'))).toEqual(expected);
  });
});

describe('who hosts', () => {
  it.each([
    ['hosted.summit (a country after "from" is no subject of "will host")', 'Kyrgyzstan took over the presidency from China at the end of the summit and will host the next meeting of the Council of Heads of State in Bishkek in 2019.', '2018-06-10',
      ['hosted: Kyrgyzstan -> SCO Summit 2019 (Bishkek)']],
    ['hosted.summit (a country after "to" still may be: "handed over to China, which will host the summit in 2025")', 'Kazakhstan handed the chairmanship to China, which will host the summit in 2025.', '2024-07-04',
      ['hosted: China -> SCO Summit 2025 (Tianjin)']],
  ])('%s', (_rule, text, date, expected) => {
    expect([...new Set(extract(text, date).relations.filter((r) => r.startsWith('hosted')))]).toEqual(expected);
  });
});
