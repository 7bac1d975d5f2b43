// Relations stated by the text, by pattern; negated meetings give nothing, planned ones are marked.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const CASES: [string, string[]][] = [
  // met
  ['During a meeting with Sergei Aleinik, Minister of Foreign Affairs of the Republic of Belarus, Wang Yi highlighted the friendship.', [
    'affiliated_with: Sergei Aleinik -> Belarus', 'met: Sergei Aleinik -> Wang Yi']],
  ['Prime Minister Narendra Modi met Russian President Vladimir Putin on the sidelines of the SCO summit in Samarkand.', [
    'affiliated_with: Vladimir Putin -> Russia', 'attended: Narendra Modi -> SCO Summit 2022 (Samarkand)', 'attended: Vladimir Putin -> SCO Summit 2022 (Samarkand)',
    'hosted: Uzbekistan -> SCO Summit 2022 (Samarkand)', 'met: Narendra Modi -> Vladimir Putin']],
  ["Pakistan's Prime Minister Shehbaz Sharif held talks with Chinese Premier Li Qiang in Beijing.", [
    'affiliated_with: Li Qiang -> China', 'affiliated_with: Shehbaz Sharif -> Pakistan', 'met: Li Qiang -> Shehbaz Sharif']],
  ['Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi discussed the crisis.', [
    'affiliated_with: Sergei Lavrov -> Russia', 'affiliated_with: Wang Yi -> China', 'met: Sergei Lavrov -> Wang Yi']],
  ['Wang Yi will meet Jeenbek Kulubaev, the Foreign Minister of Kyrgyzstan, on Friday.', [
    'affiliated_with: Jeenbek Kulubaev -> Kyrgyzstan', 'met: Jeenbek Kulubaev -> Wang Yi (planned)']],
  // negation: no meeting
  ["External Affairs Minister S. Jaishankar said India will not hold a bilateral meeting with Pakistan's Foreign Minister Bilawal Bhutto Zardari.", [
    'affiliated_with: Bilawal Bhutto Zardari -> Pakistan']],
  ['Vladimir Putin and Narendra Modi did not meet in Astana.', []],
  // attended, visited, hosted
  ['From Tuesday to Saturday, Xi Jinping will attend the 24th meeting of the SCO Heads of State Council and pay state visits to Kazakhstan and Tajikistan.', [
    'attended: Xi Jinping -> SCO Summit 2024 (Astana) (planned)', 'visited: Xi Jinping -> Kazakhstan', 'visited: Xi Jinping -> Tajikistan']],
  ['Tajik President Emomali Rahmon paid a state visit to China and attended the Tianjin summit.', [
    'affiliated_with: Emomali Rahmon -> Tajikistan', 'attended: Emomali Rahmon -> SCO Summit 2025 (Tianjin)', 'hosted: China -> SCO Summit 2025 (Tianjin)', 'visited: Emomali Rahmon -> China']],
  ['China will host the summit in 2025.', ['hosted: China -> SCO Summit 2025 (Tianjin)']],
  // the visit of a person, named after "of" or with a possessive (the name is a person's by this alone)
  ['The Head of State noted that the visit of Ebrahim Raisi to Dushanbe is his first foreign trip.', ['visited: Ebrahim Raisi -> Tajikistan']],
  ["Narendra Modi's visit to China was his first in seven years.", ['visited: Narendra Modi -> China']],
  ['The visit of Ebrahim Raisi was not announced.', []],
  // a possessive country in a title inside a list of attendees
  ["Russian President Vladimir Putin, Pakistan's Prime Minister Shehbaz Sharif and Indian External Affairs Minister Subrahmanyam Jaishankar were among the participants of the 2024 summit in Astana.", [
    'affiliated_with: Shehbaz Sharif -> Pakistan', 'affiliated_with: Subrahmanyam Jaishankar -> India', 'affiliated_with: Vladimir Putin -> Russia',
    'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Subrahmanyam Jaishankar -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)',
    'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
  // affiliations
  ['SCO Secretary-General Nurlan Yermekbayev spoke.', ['affiliated_with: Nurlan Yermekbayev -> Shanghai Cooperation Organisation']],
  ['Vladimir Norov, former secretary general of the SCO and former foreign minister of Uzbekistan, said the spirit matters.', [
    'affiliated_with: Vladimir Norov -> Shanghai Cooperation Organisation', 'affiliated_with: Vladimir Norov -> Uzbekistan']],
  ['Zhao Huirong, a researcher at the Chinese Academy of Social Sciences, said so.', ['affiliated_with: Zhao Huirong -> Chinese Academy of Social Sciences']],
  // member_of, chairs, proposed
  ['Belarus is set to become a full member of the Shanghai Cooperation Organization in July.', ['member_of: Belarus -> Shanghai Cooperation Organisation (planned)']],
  ["Saudi Arabia's cabinet approved the decision to join the SCO in 2023.", ['member_of: Saudi Arabia -> Shanghai Cooperation Organisation (planned)']],
  ["As China assumes the SCO's rotating chairmanship for 2024-25, talks may open.", ['chairs: China -> Shanghai Cooperation Organisation']],
  ['Tajikistan is the next rotational chair of the SCO.', ['chairs: Tajikistan -> Shanghai Cooperation Organisation']],
  ['The conference marked the end of the Russian presidency of the Shanghai Cooperation Organization.', ['chairs: Russia -> Shanghai Cooperation Organisation']],
  ['Kazakhstan backs the China-proposed Belt and Road Initiative.', ['proposed: China -> Belt and Road Initiative']],
  // a capital for its government, "all of them" for the initiatives listed, a relative clause, "the <demonym> initiative to"
  ['The Global Development Initiative and the Global Security Initiative, both proposed by Beijing, were discussed.', [
    'proposed: China -> Global Development Initiative', 'proposed: China -> Global Security Initiative']],
  ['The Global Development Initiative was praised in Tianjin, all of them proposed by the city.', []],
  ['Leaders praised the Belt and Road Initiative that President Xi Jinping launched in 2013.', ['proposed: Xi Jinping -> Belt and Road Initiative']],
  ['Leaders backed the Belarusian initiative to draft a Eurasian Charter of Diversity and Multipolarity.', ['proposed: Belarus -> Eurasian Charter of Diversity and Multipolarity']],
  ['The Chinese leader urged the member-states to join its global data security initiative.', ['proposed: China -> Global Data Security Initiative']],
  // a description of a person named before ("the Iranian president", "the Belarusian leader", "the President of Iran")
  // is that person when the article gives one person that office for that country, or the office with no country
  // to one person named with that country; never a guess between two
  ["President Ebrahim Raisi spoke from Tehran about Iran's membership. The Iranian president later paid a state visit to China.", [
    'affiliated_with: Ebrahim Raisi -> Iran', 'visited: Ebrahim Raisi -> China']],
  ['Belarus President Aleksandr Lukashenko arrived on Monday. On the sidelines the Belarusian leader met Chinese President Xi Jinping.', [
    'affiliated_with: Aleksandr Lukashenko -> Belarus', 'affiliated_with: Xi Jinping -> China', 'met: Aleksandr Lukashenko -> Xi Jinping']],
  ['Iranian President Ebrahim Raisi arrived on Monday. The President of Iran then visited Kazakhstan.', [
    'affiliated_with: Ebrahim Raisi -> Iran', 'visited: Ebrahim Raisi -> Kazakhstan']],
  ['Iranian President Ebrahim Raisi and Iranian Foreign Minister Hossein Amir-Abdollahian arrived on Monday. The Iranian foreign minister then visited Kazakhstan.', [
    'affiliated_with: Ebrahim Raisi -> Iran', 'affiliated_with: Hossein Amir-Abdollahian -> Iran', 'visited: Hossein Amir-Abdollahian -> Kazakhstan']],
  ['Russian President Vladimir Putin arrived on Monday. The Iranian president will visit China.', ['affiliated_with: Vladimir Putin -> Russia']],
  ['President Xi Jinping and President Vladimir Putin were quoted in Moscow and Beijing. The Chinese president then visited Kazakhstan.', []],
  ['Chinese President Xi Jinping arrived on Monday. The Chinese leadership met Vladimir Putin.', ['affiliated_with: Xi Jinping -> China']],
  ['The Iranian President Masoud Pezeshkian visited China.', ['affiliated_with: Masoud Pezeshkian -> Iran', 'visited: Masoud Pezeshkian -> China']],
  // … not the person who is "he" in that sentence, nor one whose sentence gives the country to someone else
  ['President Masoud Pezeshkian spoke after his return from China. He noted that the Chinese president proposed a framework.', []],
  ['No meeting is planned between Defence Minister Khawaja Asif and his Indian counterpart Rajnath Singh. The Indian defence minister will attend the forum.', [
    'affiliated_with: Rajnath Singh -> India']],
  // "the summit" is the one named just before; past a background paragraph on an earlier summit, the article's own
  ['The 24th SCO summit opened in Astana on 4 July. Belarus signed its memorandum at the Samarkand summit in 2022. It was ratified in 2023. On the sidelines of the summit, Xi Jinping met Shehbaz Sharif.', [
    'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)',
    'hosted: Uzbekistan -> SCO Summit 2022 (Samarkand)', 'met: Shehbaz Sharif -> Xi Jinping']],
  ['Belarus signed its memorandum at the Samarkand summit in 2022. On the sidelines of the summit, Xi Jinping met Shehbaz Sharif.', [
    'attended: Shehbaz Sharif -> SCO Summit 2022 (Samarkand)', 'attended: Xi Jinping -> SCO Summit 2022 (Samarkand)', 'hosted: Uzbekistan -> SCO Summit 2022 (Samarkand)',
    'met: Shehbaz Sharif -> Xi Jinping']],
  // "took part in the meeting" a sentence or two after the summit is named (not when negated, not three sentences on)
  ['The Dushanbe summit, the 21st meeting of the SCO Council of Heads of State, opened on Friday. President of Russia Vladimir Putin and Prime Minister of India Narendra Modi took part in the meeting via video link.', [
    'affiliated_with: Narendra Modi -> India', 'affiliated_with: Vladimir Putin -> Russia', 'attended: Narendra Modi -> SCO Summit 2021 (Dushanbe)',
    'attended: Vladimir Putin -> SCO Summit 2021 (Dushanbe)', 'hosted: Tajikistan -> SCO Summit 2021 (Dushanbe)']],
  ['The 24th SCO summit opened in Astana. Vladimir Putin and Xi Jinping did not take part in the meeting.', ['hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
  // past the two sentences a back-reference reaches, "the session" is the article's summit (the one its lead names)
  ['The 24th SCO summit opened in Astana. The weather was fine. Trade grew. Vladimir Putin and Xi Jinping joined the session.', [
    'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
  // co-occurrence is not a relation
  ['Narendra Modi and Vladimir Putin were both mentioned in the report on India and Russia.', []],
];

describe('relations', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(extract(sentence).relations).toEqual([...expected].sort());
  });

  it('takes back a planned meeting when the next sentence says there is no such plan', () => {
    const r = extract('Modi is expected to meet Nawaz Sharif, Prime Minister of Pakistan, in Astana.\nThere is no such plan, officials said.');
    expect(r.relations.filter((x) => x.startsWith('met'))).toEqual([]);
  });

  it.each([
    ['Bilawal Bhutto Zardari landed in Goa. In a video message, he said it mattered. After arriving, he held talks with Mr. Lavrov.', ['met: Bilawal Bhutto Zardari -> Lavrov', 'visited: Bilawal Bhutto Zardari -> India']],
    ['Bilawal Bhutto Zardari landed in Goa. He also met with Foreign Minister Sergey Lavrov.', ['met: Bilawal Bhutto Zardari -> Sergey Lavrov', 'visited: Bilawal Bhutto Zardari -> India']],
    // too far back: no one to stand for "he"
    ['Bilawal Bhutto Zardari landed in Goa. It rained. The talks were long. Then he met with Foreign Minister Sergey Lavrov.', ['visited: Bilawal Bhutto Zardari -> India']],
  ])('reads "he" before a meeting cue as the person named just before: %s', (text, expected) => {
    expect(extract(text).relations).toEqual(expected);
  });

  it.each([
    ['India is represented by External Affairs Minister Subrahmanyam Jaishankar. He is the first Indian foreign minister to travel to Pakistan in nine years.', ['affiliated_with: Subrahmanyam Jaishankar -> India', 'visited: Subrahmanyam Jaishankar -> Pakistan (planned)']],
    ["Prime Minister Narendra Modi arrived. The visit is Modi's first to China since 2018.", ['visited: Narendra Modi -> China']],
    ['It rained. He is the first Indian foreign minister to travel to Pakistan in nine years.', []],
    ['During his working visit to Uzbekistan to take part in the summit, President Vladimir Putin held a number of meetings.', ['visited: Vladimir Putin -> Uzbekistan']],
    ['During his visit to Uzbekistan, officials met President Vladimir Putin.', []],
  ])('reads a visit told with a pronoun or "X\'s first": %s', (text, expected) => {
    expect(extract(text).relations).toEqual(expected);
  });

  it('keeps a meeting told as done before a sentence denying another one', () => {
    const r = extract('Dr. Jaishankar also met Foreign Minister Bakhtiyor Saidov.\nNo meeting with Pakistan FM\nThere was no bilateral meeting with Bilawal Bhutto Zardari.');
    expect(r.relations.filter((x) => x.startsWith('met'))).toEqual(['met: Bakhtiyor Saidov -> Jaishankar']);
  });

  it('keeps co-mentions as co_mentioned edges with their sentence', () => {
    const r = extract('Narendra Modi and Vladimir Putin were both mentioned in the report on India and Russia.');
    const co = r.raw.relations.filter((x) => x.relation === 'co_mentioned');
    expect(co.length).toBeGreaterThan(0);
    expect(co[0].evidence.sentence).toContain('Narendra Modi');
  });
});

describe('relations in South Asian and Central Asian press style', () => {
  it.each([
    ['Indian PM Narendra Modi met with Chinese President Xi Jinping in Kazan.', [
      'affiliated_with: Narendra Modi -> India', 'affiliated_with: Xi Jinping -> China', 'met: Narendra Modi -> Xi Jinping']],
    ["Iran's new President Masoud Pezeshkian travelled to Astana where he met Turkish President Recep Tayyip Erdogan.", [
      'affiliated_with: Masoud Pezeshkian -> Iran', 'affiliated_with: Recep Tayyip Erdogan -> Türkiye', 'met: Masoud Pezeshkian -> Recep Tayyip Erdogan', 'visited: Masoud Pezeshkian -> Kazakhstan']],
    ['Pakistan hosted the SCO Council of Heads of Government meeting in Islamabad on October 15-16, 2024.', [
      'hosted: Pakistan -> SCO Heads of Government meeting 2024 (Islamabad)']],
    ['Kremlin spokesman Dmitry Peskov said Putin would not meet Zelensky.', ['affiliated_with: Dmitry Peskov -> Presidential Administration of Russia']],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    expect(extract(sentence).relations).toEqual([...expected].sort());
  });

  it('a title right after one word is not an apposition ("Kremlin spokesman")', () => {
    expect(extract('Kremlin spokesman Dmitry Peskov said so.').people).toEqual(['Dmitry Peskov']);
  });
});

describe('lists and headlines', () => {
  it('every person of a listed subject attends', () => {
    expect(extract('Leaders including Vladimir Putin, Shehbaz Sharif and Recep Tayyip Erdogan attended the summit in Kazakhstan in 2024.').relations).toEqual([
      'attended: Recep Tayyip Erdogan -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)',
      'hosted: Kazakhstan -> SCO Summit 2024 (Astana)',
    ]);
  });

  it('a Title-Case headline yields no pattern names, only known ones', () => {
    const r = extract('Leaders Sign Astana Declaration, Back Global Security Initiative');
    expect(r.people).toEqual([]);
    expect(r.labels('initiative')).toEqual(['Global Security Initiative']);
    expect(r.labels('organisation')).toEqual([]);
  });
});

describe('who did what in longer sentences', () => {
  it.each([
    ['Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin also attended the meeting.', [
      'affiliated_with: Li Qiang -> China', 'affiliated_with: Mikhail Mishustin -> Russia']],
    ['Turkish President Recep Tayyip Erdogan, Iranian President Masoud Pezeshkian and Belarusian President Alexander Lukashenko are attending the 25th SCO summit.', [
      'affiliated_with: Alexander Lukashenko -> Belarus', 'affiliated_with: Masoud Pezeshkian -> Iran', 'affiliated_with: Recep Tayyip Erdogan -> Türkiye',
      'attended: Alexander Lukashenko -> SCO Summit 2025 (Tianjin)', 'attended: Masoud Pezeshkian -> SCO Summit 2025 (Tianjin)', 'attended: Recep Tayyip Erdogan -> SCO Summit 2025 (Tianjin)']],
    ['Kremlin aide Yuri Ushakov told reporters that Vladimir Putin would hold talks with Narendra Modi on the sidelines of the 25th SCO summit.', [
      'affiliated_with: Yuri Ushakov -> Presidential Administration of Russia',
      'attended: Narendra Modi -> SCO Summit 2025 (Tianjin)', 'attended: Vladimir Putin -> SCO Summit 2025 (Tianjin)', 'met: Narendra Modi -> Vladimir Putin (planned)']],
    ['External Affairs Minister S. Jaishankar arrived in Islamabad to attend the meeting of the SCO Council of Heads of Government in 2024.', [
      'attended: S. Jaishankar -> SCO Heads of Government meeting 2024 (Islamabad)', 'hosted: Pakistan -> SCO Heads of Government meeting 2024 (Islamabad)', 'visited: S. Jaishankar -> Pakistan']],
    // a relative clause after the summit, its place and date between; negated; a clause about something else
    ['Iran applied at the 21st summit in Dushanbe, Tajikistan, in September 2021, which Iranian President Ebrahim Raisi attended in person.', [
      'affiliated_with: Ebrahim Raisi -> Iran', 'attended: Ebrahim Raisi -> SCO Summit 2021 (Dushanbe)', 'hosted: Tajikistan -> SCO Summit 2021 (Dushanbe)']],
    ['The Samarkand summit, which Prime Minister Narendra Modi also addressed, adopted a declaration.', [
      'attended: Narendra Modi -> SCO Summit 2022 (Samarkand)', 'hosted: Uzbekistan -> SCO Summit 2022 (Samarkand)']],
    ['The 2019 summit in Bishkek, which Pakistani Prime Minister Imran Khan did not attend, was short.', [
      'affiliated_with: Imran Khan -> Pakistan', 'hosted: Kyrgyzstan -> SCO Summit 2019 (Bishkek)']],
    ['The 2024 Astana summit, which Kazakh President Kassym-Jomart Tokayev said would be historic, opened on Thursday.', [
      'affiliated_with: Kassym-Jomart Tokayev -> Kazakhstan', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
    // "where X met Y": both were there
    ['Leaders gathered for the 2024 SCO summit in Astana, where Russian President Vladimir Putin met Chinese President Xi Jinping.', [
      'affiliated_with: Vladimir Putin -> Russia', 'affiliated_with: Xi Jinping -> China', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)',
      'attended: Xi Jinping -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)', 'met: Vladimir Putin -> Xi Jinping']],
    // "at the end of the summit"
    ['The chairmanship was handed over to President Sadyr Japarov at the end of the SCO summit in Tianjin on September 1.', [
      'attended: Sadyr Japarov -> SCO Summit 2025 (Tianjin)', 'hosted: China -> SCO Summit 2025 (Tianjin)']],
    // "spoke" alone is two speeches; "spoke by phone" a conversation
    ['President Sadyr Japarov and President Emomali Rahmon spoke at the plenary session.', []],
    ['President Sadyr Japarov and President Emomali Rahmon spoke on the phone on Monday.', ['met: Emomali Rahmon -> Sadyr Japarov']],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    expect(extract(sentence).relations).toEqual([...expected].sort());
  });
});

it('reads a list set off by dashes, two of its names known from before, as the subject of its verb', () => {
  const r = extract('Sadyr Japarov and Emomali Rahmon signed a treaty in March. Later the presidents of Kyrgyzstan, Tajikistan and Uzbekistan - Sadyr Japarov, Emomali Rahmon and Shavkat Mirziyoyev - met in Khujand.');
  expect(r.people).toEqual(['Emomali Rahmon', 'Sadyr Japarov', 'Shavkat Mirziyoyev']);
  expect([...new Set(r.relations)]).toEqual(['met: Emomali Rahmon -> Sadyr Japarov', 'met: Emomali Rahmon -> Shavkat Mirziyoyev', 'met: Sadyr Japarov -> Shavkat Mirziyoyev']);
});

describe('attendance told as participation', () => {
  const LEAD = 'The 22nd SCO summit was held in Samarkand on 16 September. ';
  const SAMARKAND = 'hosted: Uzbekistan -> SCO Summit 2022 (Samarkand)';
  it.each([
    ['The summit began with a meeting in narrow format with the participation of the leaders: President Xi Jinping and President Vladimir Putin.', [
      'attended: Vladimir Putin -> SCO Summit 2022 (Samarkand)', 'attended: Xi Jinping -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    ['The meeting then continued in extended format, joined by President Ilham Aliyev and President Serdar Berdimuhamedov.', [
      'attended: Ilham Aliyev -> SCO Summit 2022 (Samarkand)', 'attended: Serdar Berdimuhamedov -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    ['President Hassan Rouhani and President Khaltmaagiin Battulga attended the enlarged meeting.', [
      'attended: Hassan Rouhani -> SCO Summit 2022 (Samarkand)', 'attended: Khaltmaagiin Battulga -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    ['Belarus applied. The Council of Heads of State also appointed a new Secretary-General. The meeting was attended by President Hassan Rouhani.', [
      'attended: Hassan Rouhani -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    // a list closed by a group without names
    ['President Hassan Rouhani, President Khaltmaagiin Battulga, as well as SCO Secretary-General Zhang Ming and heads of international organisations including the United Nations, attended the enlarged meeting.', [
      'affiliated_with: Zhang Ming -> Shanghai Cooperation Organisation', 'attended: Hassan Rouhani -> SCO Summit 2022 (Samarkand)', 'attended: Khaltmaagiin Battulga -> SCO Summit 2022 (Samarkand)',
      'attended: Zhang Ming -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    ['President Hassan Rouhani met heads of delegations, who attended the enlarged meeting.', [SAMARKAND]],
    // the list after a group that introduces it
    ['The Summit was attended by the leaders of the SCO Member States: President of the People\'s Republic of China H.E. Mr. Xi Jinping, President of the Russian Federation H.E. Mr. Vladimir Putin.', [
      'affiliated_with: Vladimir Putin -> Russia', 'affiliated_with: Xi Jinping -> China', 'attended: Vladimir Putin -> SCO Summit 2022 (Samarkand)', 'attended: Xi Jinping -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    ['The meeting in the narrow format brought together the leaders of the member states - Russia, China and Kazakhstan: Vladimir Putin, Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev.', [
      'affiliated_with: Kassym-Jomart Tokayev -> Kazakhstan', 'affiliated_with: Xi Jinping -> China', 'attended: Kassym-Jomart Tokayev -> SCO Summit 2022 (Samarkand)', 'attended: Vladimir Putin -> SCO Summit 2022 (Samarkand)',
      'attended: Xi Jinping -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    ['The expanded session was also attended by the leaders of the observer states - Afghan President Ashraf Ghani and Iranian President Hassan Rouhani.', [
      'affiliated_with: Ashraf Ghani -> Afghanistan', 'affiliated_with: Hassan Rouhani -> Iran', 'attended: Ashraf Ghani -> SCO Summit 2022 (Samarkand)', 'attended: Hassan Rouhani -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    // no list: a clause of its own follows the group
    ['The summit was attended by the leaders of the member states, and President Xi Jinping later met the press.', [SAMARKAND]],
    ['SCO Secretary-General Zhang Ming also took part.', ['affiliated_with: Zhang Ming -> Shanghai Cooperation Organisation', 'attended: Zhang Ming -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    // a phone call or support "for the summit" is no attendance; a speech at it is
    ['Prime Minister Narendra Modi spoke by telephone with President Shavkat Mirziyoyev and conveyed full support for the success of the summit.', [
      SAMARKAND, 'met: Narendra Modi -> Shavkat Mirziyoyev']],
    ['Prime Minister Narendra Modi conveyed full support for the Samarkand summit.', [SAMARKAND]],
    ['Prime Minister Narendra Modi spoke at the summit.', ['attended: Narendra Modi -> SCO Summit 2022 (Samarkand)', SAMARKAND]],
    // not the meeting's: another subject; no participation
    ['President Ilham Aliyev, joined by President Serdar Berdimuhamedov, toured the city.', [SAMARKAND]],
    ['The meeting was not joined by President Ilham Aliyev.', [SAMARKAND]],
  ])('%s', (sentence, expected) => {
    expect([...new Set(extract(LEAD + sentence).relations)]).toEqual(expected);
  });
});

describe('attendance told as presence or travel, in an article about a summit', () => {
  const LEAD = 'The 25th SCO summit opened in Tianjin on Sunday. ';
  const TIANJIN = 'hosted: China -> SCO Summit 2025 (Tianjin)';
  it.each([
    [LEAD + "Pakistan's Shehbaz Sharif and Belarus's Alexander Lukashenko, leader of the bloc's newest member, were also among the guests.", undefined, [
      'attended: Alexander Lukashenko -> SCO Summit 2025 (Tianjin)', 'attended: Shehbaz Sharif -> SCO Summit 2025 (Tianjin)', TIANJIN]],
    [LEAD + 'Recep Tayyip Erdogan, Ilham Aliyev and Nikol Pashinyan all made the trip.', undefined, [
      'attended: Ilham Aliyev -> SCO Summit 2025 (Tianjin)', 'attended: Nikol Pashinyan -> SCO Summit 2025 (Tianjin)', 'attended: Recep Tayyip Erdogan -> SCO Summit 2025 (Tianjin)', TIANJIN]],
    [LEAD + 'The heads of ten organisations, among them UN Secretary-General Antonio Guterres, came to the port city.', undefined, [
      'affiliated_with: Antonio Guterres -> United Nations', 'attended: Antonio Guterres -> SCO Summit 2025 (Tianjin)', TIANJIN]],
    [LEAD + 'Sergey Lavrov arrived in Tianjin on Saturday.', undefined, ['attended: Sergey Lavrov -> SCO Summit 2025 (Tianjin)', TIANJIN, 'visited: Sergey Lavrov -> China']],
    // negated; or a trip to the country, which may be for something else
    [LEAD + 'Ilham Aliyev never made the trip.', undefined, [TIANJIN]],
    [LEAD + 'Sergey Lavrov arrived in China after a visit to North Korea.', undefined, [TIANJIN, 'visited: Sergey Lavrov -> China', 'visited: Sergey Lavrov -> North Korea']],
    // arriving for it is visiting the host country; an ordinal does not number heads-of-government meetings
    ['Leaders gathered for the 23rd meeting of the SCO Council of Heads of Government in Islamabad. Among the other dignitaries who landed on Tuesday were Kazakh Prime Minister Olzhas Bektenov and Uzbek Prime Minister Abdulla Aripov.', '2024-10-16', [
      'affiliated_with: Abdulla Aripov -> Uzbekistan', 'affiliated_with: Olzhas Bektenov -> Kazakhstan',
      'attended: Abdulla Aripov -> SCO Heads of Government meeting 2024 (Islamabad)', 'attended: Olzhas Bektenov -> SCO Heads of Government meeting 2024 (Islamabad)',
      'hosted: Pakistan -> SCO Heads of Government meeting 2024 (Islamabad)', 'visited: Abdulla Aripov -> Pakistan', 'visited: Olzhas Bektenov -> Pakistan']],
  ] as [string, string | undefined, string[]][])('%s', (text, date, expected) => {
    expect(extract(text, date).relations).toEqual([...expected].sort());
  });
});

describe('reference within an article', () => {
  it('"the summit" refers back to the summit named last; a pronoun subject is the sentence subject', () => {
    const r = extract([
      'The two leaders discussed the SCO summit in Astana, which Kazakhstan will host on July 3-4, 2024.',
      'Vladimir Putin thanked Kassym-Jomart Tokayev for the hospitality and confirmed that he would attend the summit.',
      'Moscow will not hold talks with Ukrainian President Volodymyr Zelensky on the sidelines of the summit.',
    ].join('\n'));
    expect(r.relations).toEqual([
      'affiliated_with: Volodymyr Zelensky -> Ukraine',
      'attended: Vladimir Putin -> SCO Summit 2024 (Astana) (planned)',
      'hosted: Kazakhstan -> SCO Summit 2024 (Astana)',
      'met: Kassym-Jomart Tokayev -> Vladimir Putin',
    ]);
  });
});

describe('verbs joined to an earlier one share its subject', () => {
  const NAMES = 'President Vladimir Putin spoke. President Xi Jinping spoke. Prime Minister Narendra Modi spoke. President Hassan Rouhani spoke. Prime Minister Nawaz Sharif spoke. ';
  it.each([
    // a pronoun subject, a second partner "and with", two more verbs joined by a comma and "and"; the one met after the
    // comma is no subject of the talks
    ['Vladimir Putin held bilateral meetings. He had talks with Xi and with Modi on Wednesday, met Rouhani on Thursday and received Nawaz Sharif on Friday.', [
      'met: Hassan Rouhani -> Vladimir Putin', 'met: Narendra Modi -> Vladimir Putin', 'met: Nawaz Sharif -> Vladimir Putin', 'met: Vladimir Putin -> Xi Jinping']],
    // the object of the first verb does not meet the object of the second
    ['Xi Jinping met Vladimir Putin and received Narendra Modi.', ['met: Narendra Modi -> Xi Jinping', 'met: Vladimir Putin -> Xi Jinping']],
    ['On Friday, Xi Jinping met Vladimir Putin, and then received Narendra Modi.', ['met: Narendra Modi -> Xi Jinping', 'met: Vladimir Putin -> Xi Jinping']],
    // adverbs between a pronoun subject and "called on"
    ['Xi Jinping held talks with Narendra Modi. He also called on President Hassan Rouhani.', ['met: Hassan Rouhani -> Xi Jinping', 'met: Narendra Modi -> Xi Jinping']],
    // no verb before: an apposition, not a joined verb
    ['Xi Jinping, the Chinese president, met Narendra Modi.', ['met: Narendra Modi -> Xi Jinping']],
  ])('%s', (text, expected) => {
    expect(extract(NAMES + text).relations.filter((r) => r.startsWith('met:'))).toEqual(expected);
  });
});

describe('an office opening a sentence stands for the article\'s first person, if they hold it', () => {
  it.each([
    ['Prime Minister Shehbaz Sharif met President Vladimir Putin. The prime minister arrived in Astana from Dushanbe, where he had paid a visit to Tajikistan.', [
      'met: Shehbaz Sharif -> Vladimir Putin', 'visited: Shehbaz Sharif -> Kazakhstan', 'visited: Shehbaz Sharif -> Tajikistan']],
    ['External Affairs Minister S Jaishankar spoke. The minister also met UN Secretary-General Antonio Guterres.', [
      'affiliated_with: Antonio Guterres -> United Nations', 'met: Antonio Guterres -> S Jaishankar']],
    // the first person holds no such office, and two others do: nobody is meant
    ['Kremlin aide Yuri Ushakov said President Vladimir Putin would meet President Xi Jinping. The president arrived in Astana.', [
      'affiliated_with: Yuri Ushakov -> Presidential Administration of Russia', 'met: Vladimir Putin -> Xi Jinping (planned)']],
  ])('%s', (text, expected) => {
    expect(extract(text).relations).toEqual(expected);
  });
});

describe('titles in wire copy', () => {
  it.each([
    ['Uzbek leader Shavkat Mirziyoyev received the delegation.', ['affiliated_with: Shavkat Mirziyoyev -> Uzbekistan']],
    ['Chinese Ambassador to Pakistan Jiang Zaidong attended the ceremony.', ['affiliated_with: Jiang Zaidong -> China']],
    ['Foreign Minister of Kyrgyzstan Jeenbek Kulubaev spoke.', ['affiliated_with: Jeenbek Kulubaev -> Kyrgyzstan']],
    ['Kremlin spokesman Dmitry Peskov said the president would attend.', ['affiliated_with: Dmitry Peskov -> Presidential Administration of Russia']],
    // a counterpart's country; a titled member of a country's delegation; acting on behalf of a country or its capital
    ['Wang Yi met his Pakistani counterpart Ishaq Dar on Monday.', ['affiliated_with: Ishaq Dar -> Pakistan', 'met: Ishaq Dar -> Wang Yi']],
    ['The Iranian delegation also included the Minister of Foreign Affairs Hossein Amir-Abdollahian.', ['affiliated_with: Hossein Amir-Abdollahian -> Iran']],
    ["Pakistan's delegation was led by Foreign Minister Bilawal Bhutto Zardari.", ['affiliated_with: Bilawal Bhutto Zardari -> Pakistan']],
    ['The Chinese delegation met Foreign Minister Sergey Lavrov.', []],
    ['Amir-Abdollahian signed the document on behalf of Tehran.', ['affiliated_with: Amir-Abdollahian -> Iran']],
    ['Ishaq Dar thanked Wang Yi on behalf of Pakistan.', ['met: Ishaq Dar -> Wang Yi']],
    ['Zhang Ming, speaking on behalf of Shanghai, welcomed the guests.', []],
    // a title in apposition, the name set off by commas
    ["Kazakhstan's Minister of Foreign Affairs, Murat Nurtleu, said the talks went well.", ['affiliated_with: Murat Nurtleu -> Kazakhstan']],
    ['The Chinese foreign minister, Wang Yi, met the Russian ambassador, Igor Morgulov.', ['affiliated_with: Igor Morgulov -> Russia', 'affiliated_with: Wang Yi -> China', 'met: Igor Morgulov -> Wang Yi']],
    ['Wang Yi held talks with the Russian ambassador, Igor Morgulov, in Beijing.', ['affiliated_with: Igor Morgulov -> Russia', 'met: Igor Morgulov -> Wang Yi']],
    ['In Russia, Wang Yi said the talks went well.', []],
    // more partners after the first: "as well as with", "and with"
    ['President Shavkat Mirziyoyev held talks with President Xi Jinping, who was on a state visit, as well as with Vladimir Putin and Shehbaz Sharif.', [
      'met: Shavkat Mirziyoyev -> Shehbaz Sharif', 'met: Shavkat Mirziyoyev -> Vladimir Putin', 'met: Shavkat Mirziyoyev -> Xi Jinping']],
    ['President Shavkat Mirziyoyev held talks with President Xi Jinping; Vladimir Putin later met with Shehbaz Sharif.', [
      'met: Shavkat Mirziyoyev -> Xi Jinping', 'met: Shehbaz Sharif -> Vladimir Putin']],
    // an honorific between a title and the next name: the title is that name's
    ['The meeting continued, joined by President of the Republic of Belarus Alexander Lukashenko, President of the Islamic Republic of Iran Sayyid Ebrahim Raisi.', [
      'affiliated_with: Alexander Lukashenko -> Belarus', 'affiliated_with: Ebrahim Raisi -> Iran']],
    // a second verb joined by "and" has the clause's subject; "called on X"; two capitalised titles joined by "and"
    ['External Affairs Minister S Jaishankar represented Prime Minister Narendra Modi at the annual summit and held talks with Chinese Foreign Minister Wang Yi.', [
      'affiliated_with: Wang Yi -> China', 'met: S Jaishankar -> Wang Yi']],
    ["External Affairs Minister S Jaishankar called on Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu and thanked him.", [
      'affiliated_with: Murat Nurtleu -> Kazakhstan', 'met: Murat Nurtleu -> S Jaishankar']],
    ['Later the Indian minister and PM Shehbaz Sharif exchanged greetings.', []],
    ['Foreign Minister Wang Yi spoke first. He also held separate meetings with Uzbek Foreign Minister Bakhtiyor Saidov and Belarusian Foreign Minister Maxim Ryzhenkov.', [
      'affiliated_with: Bakhtiyor Saidov -> Uzbekistan', 'affiliated_with: Maxim Ryzhenkov -> Belarus', 'met: Bakhtiyor Saidov -> Wang Yi', 'met: Maxim Ryzhenkov -> Wang Yi']],
    ['Asked whether a meeting between President Vladimir Putin and Indian Prime Minister Narendra Modi was planned, the spokesman said nothing.', ['affiliated_with: Narendra Modi -> India']],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    expect(extract(sentence).relations).toEqual(expected);
  });

  it("gives a counterpart the office of the one they meet", () => {
    const r = extract('Russian Foreign Minister Sergey Lavrov held talks with his Iranian counterpart Abbas Araghchi in Tianjin.').raw;
    const roles = r.relations.filter((x) => x.relation === 'affiliated_with').map((x) => [x.source, x.target, x.role]);
    expect(roles).toEqual([
      ['person:sergey-lavrov', 'country:russia', 'Foreign Minister'],
      ['person:abbas-araghchi', 'country:iran', 'Foreign Minister'],
    ]);
  });
});

describe('membership lists', () => {
  it.each([
    ['The SCO, which includes China, Russia, India and Pakistan, met in Astana.', [
      'member_of: China -> Shanghai Cooperation Organisation', 'member_of: India -> Shanghai Cooperation Organisation',
      'member_of: Pakistan -> Shanghai Cooperation Organisation', 'member_of: Russia -> Shanghai Cooperation Organisation']],
    ['SCO members China and Kyrgyzstan signed the deal.', ['member_of: China -> Shanghai Cooperation Organisation', 'member_of: Kyrgyzstan -> Shanghai Cooperation Organisation']],
    ['Turkey is not a member of the SCO.', []],
    ['The SCO was founded in 2001 by China, Russia and Kazakhstan; India and Pakistan were admitted as full members in 2017.', [
      'member_of: China -> Shanghai Cooperation Organisation', 'member_of: India -> Shanghai Cooperation Organisation', 'member_of: Kazakhstan -> Shanghai Cooperation Organisation',
      'member_of: Pakistan -> Shanghai Cooperation Organisation', 'member_of: Russia -> Shanghai Cooperation Organisation']],
    ['The SCO held its summit. Its members are Belarus, India and Iran.', [
      'member_of: Belarus -> Shanghai Cooperation Organisation', 'member_of: India -> Shanghai Cooperation Organisation', 'member_of: Iran -> Shanghai Cooperation Organisation']],
    // observer and dialogue partner are the SCO's terms: the article's SCO when no organisation is named
    ['The SCO met. Mongolia has been an observer since 2004, and Türkiye and Armenia are dialogue partners.', [
      'member_of: Armenia -> Shanghai Cooperation Organisation', 'member_of: Mongolia -> Shanghai Cooperation Organisation', 'member_of: Türkiye -> Shanghai Cooperation Organisation']],
    ['Mongolia has been an observer since 2004.', []],
    ['The SCO met. Turkmenistan is not an observer.', []],
    ['The report includes China and Russia.', []],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    // one edge per relation and pair: two cues in one sentence ("admitted as full members") state it once
    expect([...new Set(extract(sentence).relations)]).toEqual([...expected].sort());
  });
});

describe('passive attendance, subordinate meetings, long titles', () => {
  it.each([
    ['The Bishkek summit of June 2019, chaired by then-President Sooronbay Jeenbekov, was attended by Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.', [
      'affiliated_with: Narendra Modi -> India', 'affiliated_with: Xi Jinping -> China',
      'attended: Narendra Modi -> SCO Summit 2019 (Bishkek)', 'attended: Sooronbay Jeenbekov -> SCO Summit 2019 (Bishkek)', 'attended: Xi Jinping -> SCO Summit 2019 (Bishkek)',
      'hosted: Kyrgyzstan -> SCO Summit 2019 (Bishkek)']],
    // "It" refers back to the summit of the sentence before; a list with "of <country>" titles and "as well as"
    ['The 2021 SCO summit in Dushanbe opened on Friday. It was attended in person by President of Kyrgyzstan Sadyr Japarov, as well as SCO Secretary-General Vladimir Norov.', [
      'affiliated_with: Sadyr Japarov -> Kyrgyzstan', 'affiliated_with: Vladimir Norov -> Shanghai Cooperation Organisation',
      'attended: Sadyr Japarov -> SCO Summit 2021 (Dushanbe)', 'attended: Vladimir Norov -> SCO Summit 2021 (Dushanbe)', 'hosted: Tajikistan -> SCO Summit 2021 (Dushanbe)']],
    ['The 2024 Astana summit was not attended by Indian Prime Minister Narendra Modi.', ['affiliated_with: Narendra Modi -> India', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
    // a comma alone does not make a list of partners: the name after it is the subject
    ['When meeting with Armenian Prime Minister Nikol Pashinyan, Xi Jinping said the two countries enjoy a traditional friendship.', [
      'affiliated_with: Nikol Pashinyan -> Armenia', 'met: Nikol Pashinyan -> Xi Jinping']],
    ['Leader of the Nation Emomali Rahmon holds talks with President of the Islamic Republic of Iran Sayyid Ebrahim Raisi', [
      'affiliated_with: Ebrahim Raisi -> Iran', 'met: Ebrahim Raisi -> Emomali Rahmon']],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    expect(extract(sentence).relations).toEqual([...expected].sort());
  });

  it.each([
    // two partners after "with": neither is the other's subject
    ['On the sidelines of the summit, the Leader of the Nation also held meetings with the Prime Minister of Pakistan Imran Khan and the President of the Republic of Belarus Alexander Lukashenko.', [
      'affiliated_with: Alexander Lukashenko -> Belarus', 'affiliated_with: Imran Khan -> Pakistan']],
    ['On the sidelines of the 24th meeting of the SCO Heads of State Council, President of the Republic of Tajikistan, His Excellency Emomali Rahmon met with President of Belarus Alexander Lukashenko.', [
      'affiliated_with: Alexander Lukashenko -> Belarus', 'affiliated_with: Emomali Rahmon -> Tajikistan',
      'attended: Alexander Lukashenko -> SCO Summit 2024 (Astana)', 'attended: Emomali Rahmon -> SCO Summit 2024 (Astana)', 'met: Alexander Lukashenko -> Emomali Rahmon']],
    ['Among the participants of the summit in Astana were Russian President Vladimir Putin and Pakistani Prime Minister Shehbaz Sharif.', [
      'affiliated_with: Shehbaz Sharif -> Pakistan', 'affiliated_with: Vladimir Putin -> Russia',
      'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
    // the summit as the subject that gathers people; "acting" in a title
    ['The 24th summit of the organisation in Astana brought together Chinese President Xi Jinping and acting President of Iran Mohammad Mokhber, among others.', [
      'affiliated_with: Mohammad Mokhber -> Iran', 'affiliated_with: Xi Jinping -> China',
      'attended: Mohammad Mokhber -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
    ['The summit in Astana did not bring together Xi Jinping and Narendra Modi.', ['hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
    ['Among the participants of the 24th meeting of the SCO Heads of State Council in Astana were Russian President Vladimir Putin and Pakistani Prime Minister Shehbaz Sharif.', [
      'affiliated_with: Shehbaz Sharif -> Pakistan', 'affiliated_with: Vladimir Putin -> Russia',
      'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
    ['Russian President Vladimir Putin and Pakistani Prime Minister Shehbaz Sharif were among the participants of the summit in Astana.', [
      'affiliated_with: Shehbaz Sharif -> Pakistan', 'affiliated_with: Vladimir Putin -> Russia',
      'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'hosted: Kazakhstan -> SCO Summit 2024 (Astana)']],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    expect(extract(sentence, '2024-07-05').relations).toEqual([...expected].sort());
  });

  it.each([
    // a title as the subject: the person the article named with that title (and country)
    ['President of Kazakhstan Kassym-Jomart Tokayev opened the summit. The President of Kazakhstan also met with Ilham Aliyev to discuss transport.', [
      'affiliated_with: Kassym-Jomart Tokayev -> Kazakhstan', 'met: Ilham Aliyev -> Kassym-Jomart Tokayev']],
    ['Leader of the Nation Emomali Rahmon arrived. Later the Leader of the Nation also held meetings with the Prime Minister of Pakistan Imran Khan.', [
      'affiliated_with: Imran Khan -> Pakistan', 'met: Emomali Rahmon -> Imran Khan']],
    // a passive meeting: the agent after "by" is the one met; "he" is the person named before
    ['Russian Foreign Minister Sergey Lavrov arrived after a visit to the DPRK, where he was received by North Korean leader Kim Jong Un in Wonsan.', [
      'affiliated_with: Kim Jong Un -> North Korea', 'affiliated_with: Sergey Lavrov -> Russia', 'met: Kim Jong Un -> Sergey Lavrov', 'visited: Sergey Lavrov -> North Korea']],
    ['The envoy was received by President Xi Jinping.', []],
    // two people named with the title and the country left open: no guess
    ['Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev arrived. The President of Russia held talks with Ilham Aliyev.', [
      'affiliated_with: Kassym-Jomart Tokayev -> Kazakhstan', 'affiliated_with: Shavkat Mirziyoyev -> Uzbekistan']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(extract(text).relations).toEqual([...expected].sort());
  });

  it('takes honorifics and long titles off the name', () => {
    expect(extract('President of the Republic of Tajikistan, His Excellency Emomali Rahmon met President Shavkat Mirziyoyev.').people).toEqual(['Emomali Rahmon', 'Shavkat Mirziyoyev']);
  });
});

describe("attendance at the article's summit, stated without naming it", () => {
  const LEAD = 'The 24th summit of the SCO opened in Astana on Wednesday.';
  it.each([
    ['Among the other dignitaries who landed on Tuesday were Kazakh Prime Minister Olzhas Bektenov and Tajik Prime Minister Kohir Rasulzoda.', [
      'affiliated_with: Kohir Rasulzoda -> Tajikistan', 'affiliated_with: Olzhas Bektenov -> Kazakhstan',
      'attended: Kohir Rasulzoda -> SCO Summit 2024 (Astana)', 'attended: Olzhas Bektenov -> SCO Summit 2024 (Astana)',
      // those who landed came to the host country, except its own prime minister
      'visited: Kohir Rasulzoda -> Kazakhstan']],
    // a title in apposition between two names of a list; a "First Vice President"
    ['Among the other dignitaries were Akylbek Japarov, Chairman of the Cabinet of Ministers of the Kyrgyz Republic, Tajik Prime Minister Kohir Rasulzoda and Iran\'s First Vice President Mohammad Reza Aref.', [
      'affiliated_with: Akylbek Japarov -> Kyrgyzstan', 'affiliated_with: Kohir Rasulzoda -> Tajikistan', 'affiliated_with: Mohammad Reza Aref -> Iran',
      'attended: Akylbek Japarov -> SCO Summit 2024 (Astana)', 'attended: Kohir Rasulzoda -> SCO Summit 2024 (Astana)', 'attended: Mohammad Reza Aref -> SCO Summit 2024 (Astana)']],
    ['India is represented by External Affairs Minister Subrahmanyam Jaishankar.', ['affiliated_with: Subrahmanyam Jaishankar -> India', 'attended: Subrahmanyam Jaishankar -> SCO Summit 2024 (Astana)']],
    ['Mongolian Prime Minister Luvsannamsrain Oyun-Erdene is attending as the head of an observer state.', [
      'affiliated_with: Luvsannamsrain Oyun-Erdene -> Mongolia', 'attended: Luvsannamsrain Oyun-Erdene -> SCO Summit 2024 (Astana)']],
    ['Iranian President Masoud Pezeshkian met Vladimir Putin on the sidelines to discuss the nuclear dispute.', [
      'affiliated_with: Masoud Pezeshkian -> Iran', 'attended: Masoud Pezeshkian -> SCO Summit 2024 (Astana)',
      'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'met: Masoud Pezeshkian -> Vladimir Putin']],
    // another event named after "sidelines of", a dinner, a refusal: nothing about the summit
    ['Sergey Lavrov met Abbas Araghchi on the sidelines of the ASEAN Regional Forum.', ['met: Abbas Araghchi -> Sergey Lavrov']],
    ['Among the guests at the dinner were Vladimir Putin and Xi Jinping.', []],
    ['Pakistan is not represented by Shehbaz Sharif.', []],
  ] as [string, string[]][])('%s', (sentence, expected) => {
    const r = extract(`${LEAD}\n${sentence}`);
    expect(r.relations.filter((x) => !x.startsWith('hosted: Kazakhstan'))).toEqual([...expected].sort());
  });

  it('takes the meetings of an article whose lead says they were with leaders attending the summit as held there', () => {
    const lead = 'Xi meets foreign leaders attending SCO Tianjin summit\nTIANJIN, Sept. 1 -- Chinese President Xi Jinping has met with a number of foreign leaders who are in Tianjin for the SCO Summit 2025.';
    const body = 'Xi also held talks with Turkish President Recep Tayyip Erdogan.';
    const attended = (text: string) => [...new Set(extract(text).relations.filter((x) => x.startsWith('attended:')))];
    expect(attended(`${lead}\n${body}`)).toEqual(['attended: Recep Tayyip Erdogan -> SCO Summit 2025 (Tianjin)', 'attended: Xi Jinping -> SCO Summit 2025 (Tianjin)']);
    // a lead that only reports the summit says nothing of where the article's meetings were held
    expect(attended(`The SCO Summit 2025 opened in Tianjin on Monday.\n${body}`)).toEqual([]);
    // nor does one whose leaders are not at the summit
    expect(attended(`Xi met foreign leaders ahead of the SCO Summit 2025 in Tianjin.\n${body}`)).toEqual([]);
  });

  it('needs a summit in the lead', () => {
    expect(extract('Ministers met in Tianjin.\nIndia is represented by External Affairs Minister Subrahmanyam Jaishankar.').relations.filter((r) => r.startsWith('attended'))).toEqual([]);
  });

  it('reads a summit acronym defined in parentheses as that meeting later on', () => {
    const r = extract('Leaders arrived for the 2024 meeting of the SCO Council of Heads of Government (CHG) in Islamabad.\nOn the sidelines of the CHG, Shehbaz Sharif held a meeting with Roman Golovchenko.');
    expect(r.relations.filter((x) => x.startsWith('attended'))).toEqual(['attended: Roman Golovchenko -> SCO Heads of Government meeting 2024 (Islamabad)', 'attended: Shehbaz Sharif -> SCO Heads of Government meeting 2024 (Islamabad)']);
  });
});

/** member_of and chairs with their status, as "relation source target status". */
const STATUS_CASES: [string, string[]][] = [
  ['Kyrgyzstan chairs the SCO this year. At present, the Organization has four observer states - Afghanistan, Belarus, Iran and Mongolia - and six dialogue partners - Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri Lanka.', [
    'chairs kyrgyzstan sco', 'member_of afghanistan sco observer', 'member_of armenia sco dialogue_partner', 'member_of azerbaijan sco dialogue_partner',
    'member_of belarus sco observer', 'member_of cambodia sco dialogue_partner', 'member_of iran sco observer', 'member_of mongolia sco observer',
    'member_of nepal sco dialogue_partner', 'member_of sri-lanka sco dialogue_partner', 'member_of turkiye sco dialogue_partner']],
  ['The Kyrgyz Republic is one of the founding members of the SCO, established in Shanghai in 2001 together with China, Kazakhstan, Russia, Tajikistan and Uzbekistan.', [
    'member_of china sco member', 'member_of kazakhstan sco member', 'member_of kyrgyzstan sco member', 'member_of russia sco member',
    'member_of tajikistan sco member', 'member_of uzbekistan sco member']],
  ['The heads of state decided to start the procedure for granting the status of SCO dialogue partner to the Arab Republic of Egypt, the State of Qatar and the Kingdom of Saudi Arabia.', [
    'member_of egypt sco dialogue_partner', 'member_of qatar sco dialogue_partner', 'member_of saudi-arabia sco dialogue_partner']],
  ['At the end of the summit, Tajikistan handed over the chairmanship of the SCO to the Republic of Uzbekistan.', ['chairs tajikistan sco', 'chairs uzbekistan sco']],
  // the chairmanship as the subject of the handover
  ['The SCO met in Astana. According to the decision, the chairmanship of the organization for 2024-2025 passed from Kazakhstan to China.', ['chairs china sco', 'chairs kazakhstan sco']],
  ['The chairmanship of the SCO has now passed to Kyrgyzstan.', ['chairs kyrgyzstan sco']],
  ['The chairmanship of the SCO did not pass to India.', []],
  // no organisation named anywhere: "the Organization" stays unresolved
  ['At present, the Organization has four observer states - Afghanistan, Belarus, Iran and Mongolia.', []],
];

describe('membership status and chairs', () => {
  it.each(STATUS_CASES)('%s', (text, expected) => {
    const id = (key: string) => key.slice(key.indexOf(':') + 1);
    const got = extract(text).raw.relations
      .filter((r) => r.relation === 'member_of' || r.relation === 'chairs')
      .map((r) => [r.relation, id(r.source), id(r.target), r.status].filter(Boolean).join(' '))
      .sort();
    expect(got).toEqual(expected);
  });
});
