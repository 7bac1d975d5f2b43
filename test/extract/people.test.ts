// People are found by method: titles, appositions, attribution, first names; short forms resolve in the article.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const CASES: [string, string[]][] = [
  ['Kyrgyz President Sadyr Japarov welcomed Uzbek President Shavkat Mirziyoyev to Bishkek.', ['Sadyr Japarov', 'Shavkat Mirziyoyev']],
  ['Sun Zhuangzhi, director of the Institute of Russian, Eastern European and Central Asian Studies, said the summit matters.', ['Sun Zhuangzhi']],
  ['Wang Yi the Minister of Foreign Affairs of China emphasized solidarity.', ['Wang Yi']],
  ['The SCO can take a leap forward, said Shi Ze, standing director of the Chinese Center for SCO Studies.', ['Shi Ze']],
  ['Cui Heng scholar from China National Institute for SCO International Exchange told the Global Times.', ['Cui Heng']],
  ["Kazakhstan's President Kassym-Jomart Tokayev spoke first.", ['Kassym-Jomart Tokayev']],
  ['Iranian President Ebrahim Raisi and Minister of Foreign Affairs Hossein Amir-Abdollahian died in May.', ['Ebrahim Raisi', 'Hossein Amir-Abdollahian']],
  ['Speaking to Xinhua, Bukhteev Yury Nikolaevich, director of the Belarusian institute, praised the plan.', ['Bukhteev Yury Nikolaevich']],
  ['External Affairs Minister S. Jaishankar arrived in Astana.', ['S. Jaishankar']],
  // listed with a person, each item with a possessive country
  ["Pakistan's Shehbaz Sharif and Belarus's Alexander Lukashenko were also among the guests.", ['Alexander Lukashenko', 'Shehbaz Sharif']],
  ["Belarus's Alexander Lukashenko and Pakistan's Shehbaz Sharif were also among the guests.", ['Alexander Lukashenko', 'Shehbaz Sharif']],
  ['Russian Foreign Minister Sergei Lavrov and his Chinese counterpart Wang Yi discussed the crisis.', ['Sergei Lavrov', 'Wang Yi']],
  ['According to Zhang Hanhui, the trip is important.', ['Zhang Hanhui']],
  ['President of the Russian Federation Vladimir Putin arrived in Tianjin.', ['Vladimir Putin']],
  // an abbreviated title is the office even where its letters head organisations elsewhere ("Capital FM")
  ['Pakistan FM Bilawal Bhutto Zardari met him in Goa.', ['Bilawal Bhutto Zardari']],
  ['"EAM Dr. S. Jaishankar and FM Lavrov carried out a comprehensive review," the ministry said.', ['Lavrov', 'S. Jaishankar']],
  ['The author is Gulnar Shaimergenova, director of the China Studies Center (Kazakhstan).', ['Gulnar Shaimergenova']],
  // a role noun in apposition before a name; a full name that travels
  ["The government allowed a doctor to examine the party's incarcerated founder, Imran Khan, at Adiala jail.", ['Imran Khan']],
  ['It was the first such visit since Hina Rabbani Khar travelled to New Delhi in 2011.', ['Hina Rabbani Khar']],
  // a title in apposition before a name closed by a comma
  ['The current Chairman of the Cabinet of Ministers, Adylbek Kasymaliev, is expected to take part.', ['Adylbek Kasymaliev']],
  // person.title: a monarch's title before a regnal name (gazetteer offices Queen, Tsar/Czar/Emperor)
  ['He will not attend the funeral of Queen Margaret II in London.', ['Margaret II']],
  ['The palace was built for Tsar Alexander III and later for Emperor Peter II.', ['Alexander III', 'Peter II']],
  // person.list: items of a list with a bracket and years after each name, separated by semicolons
  ["The post was held by Secretary-General Li Wenhai (People's Republic of China) in 2004-2006; Bolat Kemelov (Republic of Kazakhstan) in 2007-2009; Muratbek Asanov (Kyrgyz Republic) in 2010-2012.", ['Bolat Kemelov', 'Li Wenhai', 'Muratbek Asanov']],
  // person.title: offices of advisers and senators before the name (gazetteer offices: Adviser/Presidential Aide, Senator)
  ['Presidential Aide Igor Volkov and Senator Amir Hassan Khan attended.', ['Amir Hassan Khan', 'Igor Volkov']],
  // person.relation-noun: a noun of a person's relation after a possessive ("his moderate rival X", "Sharif's predecessor X")
  ["The vote went against his moderate rival Hamid Rostami; Karimov's successor Bakhtiyor Aliev spoke.", ['Bakhtiyor Aliev', 'Hamid Rostami']],
  // person.possessive-country: two or three uncommon words after a country's possessive (not a place: "China's Shandong Province")
  ["It gathered their ministers, Uzbekistan's Bakhtiyor Nazarov and Tajikistan's Sirojiddin Rahimzoda, and China's Hubei Province.", ['Bakhtiyor Nazarov', 'Sirojiddin Rahimzoda']],
  // person.counterpart-apposition: "the Tajik counterpart, X, on …"
  ['He held talks with the Tajik counterpart, Emomali Sobirov, on border security.', ['Emomali Sobirov']],
  // person.role-after: "first" may open an apposition ("X, first vice premier of …")
  ['He was received by Ding Xuefeng, first vice premier of the State Council.', ['Ding Xuefeng']],
  // not people
  ['In March, President of Tajikistan Emomali Rahmon paid a state visit to Kyrgyzstan.', ['Emomali Rahmon']],
  ["Xi'an hosted the forum.", []],
  ['Because the SCO member states face common challenges, they share a consensus.', []],
  ['Comprehensive agenda set for Astana SCO summit', []],
  ['Follow Daryo on Instagram.', []],
  ['The Global Security Initiative and the Belt and Road Initiative were discussed in Central Asia.', []],
  // the plural of a common word after a title is no name; an Indian honorific is no part of one
  ['The leaders of the SCO Member States adopted the declaration.', []],
  ['Prime Minister Shri Narendra Modi chaired the summit.', ['Narendra Modi']],
];

describe('people', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(extract(sentence).people).toEqual([...expected].sort());
  });

  it('resolves short forms to the full name in the same article', () => {
    const r = extract('SCO Secretary-General Zhang Ming spoke in Tashkent.\nZhang also called for reform.\nVice Foreign Minister Zhang Hanhui did not.');
    expect(r.people).toEqual(['Zhang Hanhui', 'Zhang Ming']);
    const zm = r.entities.find((e) => e.label === 'Zhang Ming')!;
    expect(zm.mentions).toBe(2);
  });

  it('reads a first name with a patronymic as the one person of the article with that first name', () => {
    const text = 'Belarus President Aleksandr Lukashenko arrived.\nAddressing him as "dear Aleksandr Grigoryevich", Kassym-Jomart Tokayev welcomed Belarus.';
    expect(extract(text).people).toEqual(['Aleksandr Lukashenko', 'Kassym-Jomart Tokayev']);
    // two Aleksandrs: the address form is nobody's in particular
    const two = extract(`${text}\nAleksandr Novak, Deputy Prime Minister of Russia, was there too.`).people;
    expect(two).toContain('Aleksandr Grigoryevich');
    // a full name in the Russian order keeps its patronymic ("Bukhteev Yury Nikolaevich")
    expect(extract('Speaking to Xinhua, Bukhteev Yury Nikolaevich, director of the institute, praised the plan.').people).toEqual(['Bukhteev Yury Nikolaevich']);
  });

  it('resolves a lone surname to the initialled name of the article ("Jaishankar" after "Dr. S Jaishankar")', () => {
    const r = extract('Jaishankar hails talks. External Affairs Minister Dr. S Jaishankar met his counterpart. Later, Jaishankar flew home.');
    expect(r.people).toEqual(['S Jaishankar']);
  });

  it('keeps two people who share a surname apart', () => {
    const r = extract('Foreign Minister Zhang Ming met Vice Minister Zhang Hanhui.');
    expect(r.people).toEqual(['Zhang Hanhui', 'Zhang Ming']);
  });
});

describe('organisations at the start of a sentence', () => {
  it.each([
    // names from the gazetteer: the hyphenated spelling of the SCO, a militant group
    ['The heads of state of the Shanghai Co-operation Organization met.', ['Shanghai Cooperation Organisation']],
    ['He noted the increased activity of the Islamic State group.', ['Islamic State']],
    ['The Shanghai Cooperation Organization was founded in 2001.', ['Shanghai Cooperation Organisation']],
    ['The Valdai Discussion Club hosted the panel.', ['Valdai Discussion Club']],
    ['Pakistan FM Bilawal Bhutto Zardari met him in Goa.', []],
    // an organisation's name does not run on into a person's
    ['The Minister of Foreign Affairs of the Russian Federation Sergey Lavrov spoke.', []],
    ['The leaders opened the New Gwadar International Airport.', ['New Gwadar International Airport']],
    // a name before "of the …" is not part of it, nor is "in" + a city after it
    ['Dana Allin of the Eurasian Institute for Regional Studies in London said so.', ['Eurasian Institute for Regional Studies']],
    ['The Council of Defence Ministers in Tianjin agreed on a plan.', ['Council of Defence Ministers']],
    ['The Conference on Interaction and Security Measures in Asia met.', ['Conference on Interaction and Security Measures in Asia']],
    // a body named only by ordinary words is part of the one it is "of" or follows, not an organisation of its own
    ['He directs the General Office of the Eurasian Development Bank.', ['Eurasian Development Bank']],
    ['He sits on the Eurasian Development Bank (EDB) Supervisory Board.', ['Eurasian Development Bank']],
    ['The National Security Council of the Islamic Republic met.', ['National Security Council of the Islamic Republic']],
    // a name spelled out by the acronym after it, with or without a head noun
    ["Supporters of the former prime minister's party, Qaumi Tehreek-i-Inqilab (QTI), protested.", ['Qaumi Tehreek-i-Inqilab']],
    // (a hyphenated name with a lower-case half is found in the gazetteer as written there)
    ["Supporters of the former prime minister's party, Pakistan Tehreek-i-Insaf (PTI), protested.", ['Pakistan Tehreek-e-Insaf']],
    ['The United Arab Emirates (UAE) joined as a dialogue partner.', []],
    ['They discussed the Line of Actual Control (LAC) in eastern Ladakh.', []],
    ['Kazakh Foreign Minister (KFM) spoke, and the Tehreek-i-Inqilab (QTI) did not.', []],
  ])('%s', (sentence, expected) => {
    expect(extract(sentence).labels('organisation')).toEqual(expected);
  });
});
