// Lists of people, read by one primitive (src/extract/relations/parties.ts) for every relation: each row names the
// rule it exercises, and the sentences are invented in the shapes real communiqués, wire round-ups and readouts use.
import { describe, expect, it } from 'vitest';
import { extract } from './helpers.ts';

const SUMMIT = 'The SCO summit opened in Astana on 4 July 2024. ';

const CASES: [rule: string, text: string, expected: string[]][] = [
  ['party.list (meeting partners with titles, possessives and "of <country>")',
    'On the sidelines, President Kassym-Jomart Tokayev held meetings with Mongolian President Ukhnaa Khurelsukh, Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and Prime Minister Nikol Pashinyan of Armenia.',
    ['met: Kassym-Jomart Tokayev -> Nikol Pashinyan', 'met: Kassym-Jomart Tokayev -> Tamim bin Hamad Al Thani', 'met: Kassym-Jomart Tokayev -> Ukhnaa Khurelsukh']],
  ['party.item-of-country ("President X of the Republic of Y" items after "attended by")',
    SUMMIT + 'The meeting was attended by President A. Japarov of the Kyrgyz Republic, Chairman Xi Jinping of the People\'s Republic of China and President I. Karimov of the Republic of Uzbekistan.',
    ['attended: A. Japarov -> SCO Summit 2024 (Astana)', 'attended: I. Karimov -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)']],
  ['attended.by-list (loose titles, "attended and addressed by", a group introducing the list, "as well as a guest of the host –")',
    SUMMIT + 'The meeting was attended and addressed by the heads of delegations of the observer states: President H. Karzai of Afghanistan, adviser to the Prime Minister of Pakistan on national security and foreign affairs S. Aziz, as well as a guest of the host – President G. Berdymukhamedov of Turkmenistan.',
    ['attended: G. Berdymukhamedov -> SCO Summit 2024 (Astana)', 'attended: H. Karzai -> SCO Summit 2024 (Astana)', 'attended: S. Aziz -> SCO Summit 2024 (Astana)']],
  ['attended.were-list ("Taking part in it were", titles before the names)',
    SUMMIT + 'Taking part in it were Minister of External Affairs of the Republic of India Subrahmanyam Jaishankar, First Vice President of the Islamic Republic of Iran Mohammad Mokhber, and Prime Minister of the Republic of Kazakhstan Alikhan Smailov.',
    ['attended: Alikhan Smailov -> SCO Summit 2024 (Astana)', 'attended: Mohammad Mokhber -> SCO Summit 2024 (Astana)', 'attended: Subrahmanyam Jaishankar -> SCO Summit 2024 (Astana)']],
  ['attended.were-list ("Also present were:" a colon before the list)',
    SUMMIT + 'Also present were: Prime Minister Shehbaz Sharif of Pakistan and President Masoud Pezeshkian of Iran.',
    ['attended: Masoud Pezeshkian -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)']],
  ['attended.represented-by ("A was represented by X; B by Y; and C by Z")',
    SUMMIT + 'China was represented by Premier Li Qiang; Russia by Prime Minister Mikhail Mishustin; and Uzbekistan by Deputy Prime Minister Jamshid Khodjaev.',
    ['attended: Jamshid Khodjaev -> SCO Summit 2024 (Astana)', 'attended: Li Qiang -> SCO Summit 2024 (Astana)', 'attended: Mikhail Mishustin -> SCO Summit 2024 (Astana)']],
  ['attended.list-then-verb (a list ending with an item without a name and a group)',
    SUMMIT + 'Prime Minister Olzhas Bektenov of Kazakhstan, Prime Minister Shehbaz Sharif of Pakistan, President Representative of Belarus and representatives of other observer states attended the meeting.',
    ['attended: Olzhas Bektenov -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)']],
  ['summit.bare-after-council (a bare "summit" after a council meeting of the SCO named just before)',
    'Prime Minister Shehbaz Sharif chaired the 23rd meeting of the SCO Council of Heads of Government in Islamabad on 16 October 2024. Pakistan hosted the two-day summit. The meeting was attended by Chinese Premier Li Qiang.',
    ['attended: Li Qiang -> SCO Heads of Government meeting 2024 (Islamabad)', 'attended: Shehbaz Sharif -> SCO Heads of Government meeting 2024 (Islamabad)', 'hosted: Pakistan -> SCO Heads of Government meeting 2024 (Islamabad)']],
  ['met.direct-list (an adverb before the verb, a list of hosted leaders with "the" and an emir\'s honorific)',
    'President Kassym-Jomart Tokayev has already hosted President of Azerbaijan Ilham Aliyev, the President of China Xi Jinping, Emir of Qatar, Sheikh Tamim bin Hamad Al Thani and President of Russia Vladimir Putin.',
    ['met: Ilham Aliyev -> Kassym-Jomart Tokayev', 'met: Kassym-Jomart Tokayev -> Tamim bin Hamad Al Thani', 'met: Kassym-Jomart Tokayev -> Vladimir Putin', 'met: Kassym-Jomart Tokayev -> Xi Jinping']],
  ['attended.list-then-verb (a long list: the distance to the summit counts from its end)',
    'Turkish President Recep Tayyip Erdogan, Uzbek President Shavkat Mirziyoyev, Belarusian President Aleksandr Lukashenko, acting President of Iran Mohammad Mokhber, Kyrgyz President Sadyr Japarov, Mongolia’s President Ukhnaagiin Khurelsukh and Pakistani Prime Minister Shehbaz Sharif also attend the 2024 Astana summit.',
    ['attended: Aleksandr Lukashenko -> SCO Summit 2024 (Astana)', 'attended: Mohammad Mokhber -> SCO Summit 2024 (Astana)', 'attended: Recep Tayyip Erdogan -> SCO Summit 2024 (Astana)',
      'attended: Sadyr Japarov -> SCO Summit 2024 (Astana)', 'attended: Shavkat Mirziyoyev -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Ukhnaagiin Khurelsukh -> SCO Summit 2024 (Astana)']],
  ['attended.with-delegation ("X along with a delegation, including A, B and C, attended the meeting")',
    SUMMIT + 'Prime Minister Shehbaz Sharif along with a delegation, including Foreign Minister Ishaq Dar and Commerce Minister Jam Kamal Khan, attended the meeting.',
    ['attended: Ishaq Dar -> SCO Summit 2024 (Astana)', 'attended: Jam Kamal Khan -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)']],
  ['attended.speech ("A, B and C, in their speeches, …")',
    SUMMIT + 'President of China Xi Jinping, Russian President Vladimir Putin and President of Belarus Alexander Lukashenko, in their speeches, welcomed the new member.',
    ['attended: Alexander Lukashenko -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)']],
  ['attended.speech ("In his address at the summit, X said")',
    SUMMIT + 'In his address at the summit, Prime Minister Shehbaz Sharif said connectivity mattered. In his speech on Monday, President Sadyr Japarov spoke of trade.',
    ['attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)']],
  ['visited.list (a delegation listed with titles that are not in the gazetteer, brackets and "and" between titles)',
    'Foreign Minister Mevlut Cavusoglu, Energy and Natural Resources Minister Fatih Donmez, National Intelligence Organization (MIT) head Hakan Fidan and Deputy Chairperson and party spokesperson Omer Celik also traveled to Kazakhstan.',
    ['visited: Fatih Donmez -> Kazakhstan', 'visited: Hakan Fidan -> Kazakhstan', 'visited: Mevlut Cavusoglu -> Kazakhstan', 'visited: Omer Celik -> Kazakhstan']],
  ['attended.guests (a delegation with ministers in it that travels to the summit city comes to the city, not to the summit)',
    SUMMIT + 'Trade Minister Mehmet Mus, Foreign Minister Mevlut Cavusoglu and Defense Minister Hulusi Akar also traveled to Astana.',
    ['visited: Hulusi Akar -> Kazakhstan', 'visited: Mehmet Mus -> Kazakhstan', 'visited: Mevlut Cavusoglu -> Kazakhstan']],
  ['attended.speech ("X said in his opening address that …"; "he said in his speech")',
    SUMMIT + 'President Kassym-Jomart Tokayev said in his opening address that the bloc had grown. Prime Minister Shehbaz Sharif spoke next. He said in his speech that trade mattered. President Sadyr Japarov said in his address to the nation that taxes would fall.',
    ['attended: Kassym-Jomart Tokayev -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)']],
  ['attended.summit-cue ("X told the summit"; "X opened the annual summit")',
    'President Xi Jinping told the 2024 Astana summit that the bloc must stay open. President Kassym-Jomart Tokayev told reporters after the Astana summit that it went well.',
    ['attended: Xi Jinping -> SCO Summit 2024 (Astana)']],
  ['visited.travel (visits to "the SCO members A, B and C")',
    'Indian Prime Minister Narendra Modi combined the trip with visits to the Shanghai Cooperation Organization (SCO) members Kazakhstan, Kyrgyzstan and Tajikistan.',
    ['member_of: Kazakhstan -> Shanghai Cooperation Organisation', 'member_of: Kyrgyzstan -> Shanghai Cooperation Organisation', 'member_of: Tajikistan -> Shanghai Cooperation Organisation',
      'visited: Narendra Modi -> Kazakhstan', 'visited: Narendra Modi -> Kyrgyzstan', 'visited: Narendra Modi -> Tajikistan']],
  ['attended.back-reference (the article\'s summit when the paragraph before names none: "… also attended the conference as observers")',
    'The SCO summit opened in Astana on 4 July 2024. Taking part were the heads of state of China, Russia and Kazakhstan. They adopted a declaration. Mongolian Prime Minister Luvsannamsrain Oyun-Erdene and Turkmen President Serdar Berdimuhamedov also attended the conference as guests.',
    ['attended: Luvsannamsrain Oyun-Erdene -> SCO Summit 2024 (Astana)', 'attended: Serdar Berdimuhamedov -> SCO Summit 2024 (Astana)']],
  ['attended.back-reference (a list that took part "as" something, with no object: "… participated as leaders of the Observer States")',
    'The SCO summit opened in Astana on 4 July 2024. Taking part were the heads of state of China, Russia and Kazakhstan. President of Mongolia Ukhnaagiin Khurelsukh and President of Belarus Alexander Lukashenko participated as leaders of the observer states. President of Turkmenistan Serdar Berdimuhamedov participated as a guest of the chair.',
    ['attended: Alexander Lukashenko -> SCO Summit 2024 (Astana)', 'attended: Serdar Berdimuhamedov -> SCO Summit 2024 (Astana)', 'attended: Ukhnaagiin Khurelsukh -> SCO Summit 2024 (Astana)']],
  ['attended.summit-cue (a cue inside a relative clause on a country is not the person\'s: "Mongolia, which was granted … at the Tashkent Summit in 2004")',
    'The SCO summit opened in Samarkand on 15 September 2022. President Battulga noted that Mongolia, which was granted observer status at the SCO Tashkent Summit in 2004, takes part in its meetings.',
    ['hosted: Uzbekistan -> SCO Summit 2004 (Tashkent)', 'hosted: Uzbekistan -> SCO Summit 2022 (Samarkand)']],
  ['attended.summit-cue (thanks for the arrangements for the summit are no trip to it)',
    'The SCO summit opened in Astana on 4 July 2024. External Affairs Minister S. Jaishankar thanked Foreign Minister Murat Nurtleu for the arrangements for the summit.',
    ['met: Murat Nurtleu -> S. Jaishankar']],
  ['attended.were-list ("Leaders attending the summit included A, B and C")',
    'The SCO summit opened in Astana on 4 July 2024. Leaders attending the summit included Russian President Vladimir Putin, Kyrgyz President Sadyr Japarov and Pakistani Prime Minister Shehbaz Sharif.',
    ['attended: Sadyr Japarov -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)']],
  ['party.portfolio (a minister\'s portfolio between the title and the name, and a role noun ending an unknown title)',
    SUMMIT + 'Minister of State Vijay Singh of India, Minister of Information and Communications Technology Mahmoud Vaezi of Iran and Chief Executive Officer Abdullah Abdullah of Afghanistan attended the meeting.',
    ['attended: Abdullah Abdullah -> SCO Summit 2024 (Astana)', 'attended: Mahmoud Vaezi -> SCO Summit 2024 (Astana)', 'attended: Vijay Singh -> SCO Summit 2024 (Astana)']],
  ['org.name-after-title (a name after a title and before "and <organisation>" is a person, not part of it)',
    'Presidential Spokesperson Ibrahim Kalin and Justice and Development Party spokesperson Omer Celik also traveled to Kazakhstan.',
    ['visited: Ibrahim Kalin -> Kazakhstan', 'visited: Omer Celik -> Kazakhstan']],
  ['met.delegation-led-by ("received the delegation led by X": its head)',
    'Foreign Minister Jeyhun Bayramov received the delegation led by Secretary General of the Shanghai Cooperation Organization Zhang Ming.',
    ['met: Jeyhun Bayramov -> Zhang Ming']],
  ['met.partner-item (an organisation with its acronym in brackets before the name)',
    'President Ilham Aliyev has met with Secretary General of the Shanghai Cooperation Organization (SCO) Zhang Ming.',
    ['met: Ilham Aliyev -> Zhang Ming']],
  ['description.after-opening-phrase ("Meanwhile, the prime minister also met X")',
    'Prime Minister Shehbaz Sharif arrived in Samarkand. Meanwhile, the prime minister also met President of Uzbekistan Shavkat Mirziyoyev.',
    ['met: Shavkat Mirziyoyev -> Shehbaz Sharif', 'visited: Shehbaz Sharif -> Uzbekistan']],
  ['description.leading-person ("the head of Kazakhstan" / "the President of Kazakhstan": the article\'s leader named without an office)',
    'Kassym-Jomart Tokayev said the visit went well. Tokayev praised Kazakhstan\'s ties with China. Additionally, the head of Kazakhstan held a meeting with the Chairman of the Standing Committee of the National People\'s Congress Zhao Leji.',
    ['met: Kassym-Jomart Tokayev -> Zhao Leji']],
  ['person.korean-given-name ("Ban Ki-moon": a lower-case syllable after a hyphen)',
    'Earlier, President Kassym-Jomart Tokayev also met with Ban Ki-moon in Astana.',
    ['met: Ban Ki-moon -> Kassym-Jomart Tokayev']],
];

describe('lists of people', () => {
  it.each(CASES)('%s', (_rule, text, expected) => {
    const got = [...new Set(extract(text).relations)].filter((r) => !r.startsWith('affiliated_with') && !r.startsWith('hosted: Kazakhstan'));
    expect(got).toEqual(expected);
  });
});

describe('names with initials', () => {
  it.each([
    ['a transliterated two-letter initial does not end the sentence', 'The talks were attended by President Ts. Elbegdorj of Mongolia.', ['Ts. Elbegdorj']],
    ['"I." before a surname is an initial, not the pronoun', 'The document was signed by President I. Karimov of Uzbekistan.', ['I. Karimov']],
    ['a name after a body\'s part named after its acronym ("Director of the X Structure (RATS) Executive Committee Y")', 'Director of the Regional Anti-Terrorist Structure (RATS) Executive Committee Zhang Xinfeng spoke.', ['Zhang Xinfeng']],
    ['an initial before a capitalised word is a name on its own', 'Also in Astana was S. Aziz on Tuesday.', ['S. Aziz']],
  ])('%s', (_rule, text, people) => {
    expect(extract(text).people).toEqual(people);
  });
});

describe('affiliation in lists', () => {
  it.each([
    ['affiliated.of-after-name ("President X of the Republic of Y")', 'The meeting was attended by President A. Japarov of the Kyrgyz Republic and Minister of State Vijay Singh of India.',
      ['affiliated_with: A. Japarov -> Kyrgyzstan', 'affiliated_with: Vijay Singh -> India']],
    ['affiliated.represented-by ("China was represented by Premier A; Russia by Prime Minister B")', 'China was represented by Premier Li Qiang; Russia by Prime Minister Mikhail Mishustin.',
      ['affiliated_with: Li Qiang -> China', 'affiliated_with: Mikhail Mishustin -> Russia']],
    ['affiliated.posting (an ambassador "to <city>" is the next name\'s, not the one before)', 'He was welcomed by Deputy Foreign Minister Gayrat Fazilov, Türkiye\'s Ambassador to Tashkent Olgan Bekar and other officials.',
      ['affiliated_with: Olgan Bekar -> Türkiye']],
    ['affiliated.counterparts-respectively ("his Pakistani and Chinese counterparts A and B": the demonyms pair with the names in order)', 'He did not hold talks with his Pakistani and Chinese counterparts Bilawal Bhutto and Wang Yi, respectively.',
      ['affiliated_with: Bilawal Bhutto -> Pakistan', 'affiliated_with: Wang Yi -> China']],
    ['affiliated.and-title (a head of government after "and" does not inherit the first leader\'s country)', 'Russian President Vladimir Putin and Prime Minister Shehbaz Sharif met today in Samarkand.',
      ['affiliated_with: Vladimir Putin -> Russia']],
    ['affiliated.delegation-list (different offices listed after a country\'s official are that country\'s)', 'He was welcomed by Uzbek Prime Minister Abdulla Aripov, Deputy Prime Minister Jamshid Khodjaev and Deputy Minister of Foreign Affairs Gayrat Fazilov.',
      ['affiliated_with: Abdulla Aripov -> Uzbekistan', 'affiliated_with: Gayrat Fazilov -> Uzbekistan', 'affiliated_with: Jamshid Khodjaev -> Uzbekistan']],
    ['affiliated.delegation-list (the same office again is another country\'s)', 'The meeting was attended by Russian Foreign Minister Sergey Lavrov, Foreign Minister Wang Yi and others.',
      ['affiliated_with: Sergey Lavrov -> Russia']],
    ['affiliated.and-title (a minister after "and" does inherit it)', 'Iranian President Masoud Pezeshkian and Foreign Minister Abbas Araghchi arrived in Tianjin.',
      ['affiliated_with: Abbas Araghchi -> Iran', 'affiliated_with: Masoud Pezeshkian -> Iran']],
    ['affiliated.national-body (an office of a country\'s national body serves that country)', 'Taking part were Premier of the State Council of the People\'s Republic of China Li Qiang and others.',
      ['affiliated_with: Li Qiang -> China']],
    ['affiliated.delegation-leader (members of a leader\'s delegation serve the leader\'s country)', 'Pakistani Prime Minister Nawaz Sharif arrived on Thursday. Prime Minister Nawaz Sharif along with a delegation, including Commerce Minister Khurram Dastagir, attended the meeting.',
      ['affiliated_with: Khurram Dastagir -> Pakistan', 'affiliated_with: Nawaz Sharif -> Pakistan']],
    ['affiliated.office-chain (an office "of" a body "of" a country: the person serves the country)', 'Secretary of the National Security Council of Mongolia Batbold Tsend and Secretary of the Security Council of the Russian Federation Ivan Sorokin spoke.',
      ['affiliated_with: Batbold Tsend -> Mongolia', 'affiliated_with: Ivan Sorokin -> Russia']],
    ['affiliated.office-chain (a role noun the gazetteer lacks opens the chain)', 'Also present was National Security Division Secretary of the Islamic Republic of Pakistan Kamran Aziz.',
      ['affiliated_with: Kamran Aziz -> Pakistan']],
    ['affiliated.honorific-after-comma ("Emir of Qatar, Sheikh X" is X\'s title, not the name before)', 'He hosted President of Tajikistan Emomali Rahmon, Emir of Qatar, Sheikh Tamim bin Hamad Al Thani and others.',
      ['affiliated_with: Emomali Rahmon -> Tajikistan', 'affiliated_with: Tamim bin Hamad Al Thani -> Qatar']],
  ])('%s', (_rule, text, expected) => {
    expect(extract(text).relations.filter((r) => r.startsWith('affiliated_with'))).toEqual(expected);
  });
});

describe('a summit that comes after the article is not the meeting it reports', () => {
  it('attended.by-list ("The meeting was attended by" in a report on a ministers\' meeting held a month before the summit)', () => {
    const text = 'Tashkent hosted a meeting of the foreign ministers. The meeting was attended by Foreign Minister Wang Yi. They prepared the meeting of the SCO Council of Heads of State due to be held in Tashkent on June 23-24, 2016.';
    expect(extract(text, '2016-05-24').relations.filter((r) => r.startsWith('attended'))).toEqual([]);
    expect(extract(text, '2016-06-24').relations.filter((r) => r.startsWith('attended'))).toEqual(['attended: Wang Yi -> SCO Summit 2016 (Tashkent)']);
  });
});

describe('organisations that are no body of their own', () => {
  it.each([
    ['org.name-after-head (a person named after a body\'s head noun is not part of its name)', 'Director of the SCO Regional Anti-Terrorist Structure Executive Committee Ruslan Mirzayev spoke.',
      ['SCO Regional Anti-Terrorist Structure Executive Committee'], ['Ruslan Mirzayev']],
    ['org.meeting-name (a meeting of a council is no organisation)', 'The Meeting of the Council of Heads of Member States opened on Friday.', [], []],
    ['org.portfolio (a minister\'s portfolio is no organisation, nor a person)', 'Mahmoud Vaezi, Minister of Information and Communications Technology, spoke. Energy and Natural Resources Minister Fatih Donmez spoke too.',
      [], ['Fatih Donmez', 'Mahmoud Vaezi']],
    ['org.office-of (an office holder\'s title before "of" is not part of the body, nor is the country\'s next name)', 'Secretary of the National Security Council of Mongolia Batbold Tsend spoke.',
      ['National Security Council of Mongolia'], ['Batbold Tsend']],
    ['org.list-item (a list of titled people is not one body: the name before "and" ends an item)', 'State Secretary of the Security Council of the Republic of Belarus Ivan Sorokin and Secretary of the National Security Council of Mongolia Batbold Tsend spoke.',
      ['National Security Council of Mongolia'], ['Batbold Tsend', 'Ivan Sorokin']],
    ['org.office-compound (a head word that opens an office\'s title is the office\'s: "Press Secretary")', 'Presidential Press Secretary Ivan Sorokin denied it; National Security Division Secretary of Pakistan Kamran Aziz agreed.',
      ['National Security Division'], ['Ivan Sorokin', 'Kamran Aziz']],
    ['org.portfolio-for (the field after "Minister of State for" is no body; the name after it is a person)', 'The delegation included Minister of State for Petroleum Kamran Jamali.', [], ['Kamran Jamali']],
    ['org.speech-title (the title of a speech is no body)', 'He delivered a keynote speech entitled Strengthening Good-neighborly Mutual Trust and Promoting Peace and Development.', [], []],
    ['org.country-list (a country ends a body\'s name before "and" another country)', 'They signed an agreement between the Government of Tajikistan and China on roads.', ['Government of Tajikistan'], []],
    ['org.country-list (a country before "and" is a list item, not the start of a body)', 'Talks opened with the State of Kuwait, the United Arab Emirates and the Republic of the Union of Myanmar.', [], []],
    ['org.body-list (a known organisation before "and" is a list item, not the start of a body)', 'On Thursday the leaders of BRICS, the SCO and the Eurasian Economic Union held a session.', ['BRICS', 'Eurasian Economic Union'], []],
    ['org.and-the-body (a complement ends before "and the" another body with its own head)', 'They set up the Special Working Group on Startups and Innovation and the Experts Working Group on Traditional Medicine.',
      ['Experts Working Group on Traditional Medicine', 'Special Working Group on Startups and Innovation'], []],
    ['org.bare-the (a bare "the" after a capitalised word ends the name)', 'The Council declared Almaty the SCO Tourism and Cultural Capital for 2023-24.', ['SCO Tourism and Cultural Capital'], []],
    ['org.participle-start (a participle and a preposition opening the sentence are no part of a name)', 'Published in The Express Tribune, October 17th, 2024.', ['The Express Tribune'], []],
    ['org.status-words (a status of states is no body)', 'They took part as leaders of the Observer States.', [], []],
    ['org.outlet-domain (an outlet named by its web address)', 'He told News.Az that the talks went well, and Kun.uz agreed.', ['Kun.uz', 'News.Az'], []],
    ['person.facility (a name before a lower-case noun of places is the place\'s)', 'He was received at Nur Khan airbase by Ahmed Raza.', [], ['Ahmed Raza']],
    ['person.office-building (a lone head noun after a title is a building, no one\'s name)', 'He hosted a dinner at the PM House.', [], []],
    ['org.head-force (armed forces are bodies, not people: "the Tajik Air Force flew")', 'The Tajik Air Force flew over the parade.', ['Tajik Air Force'], []],
    ['org.plural-group (two common words ending in a plural after a lower-case word name a group)', 'They became privileged Global Partners of the bloc, and the Asian Development Bank agreed.', ['Asian Development Bank'], []],
    ['org.venue (a convention or exhibition centre is a venue, not a body)', 'The premiers met at the Zhengzhou International Convention and Exhibition Centre and then at the Media Centre.', [], []],
    ['org.group-of-people (common words ending in a plural noun are no person)', 'The President will hold meetings with State Heads and representatives of other countries.', [], []],
    ['person.role-noun-common-word (a lone common word after a role noun is no name: "an SCO Member State")', 'Belarus was granted the status of an SCO Member State.', [], []],
    ['org.slogan (a quoted slogan is no organisation)', 'The summit was titled “Strengthening Multilateral Dialogue – Striving for Sustainable Peace and Development”.', [], []],
  ])('%s', (_rule, text, orgs, people) => {
    const r = extract(text);
    expect(r.labels('organisation').filter((o) => o !== 'Shanghai Cooperation Organisation' && o !== 'Regional Anti-Terrorist Structure')).toEqual(orgs);
    expect(r.people).toEqual(people);
  });
});

describe('leaders named as a group', () => {
  const LEAD = 'The SCO summit opened in Astana on 4 July 2024.\n';
  const attended = (text: string) => extract(text).relations.filter((r) => r.startsWith('attended'));
  it.each([
    ['attended.leaders-of (presidents of a list of countries sign; the article titles one of them)',
      `${LEAD}The one-day meeting closed after the presidents of China, Russia and Kyrgyzstan signed three documents. Kyrgyz President Sadyr Japarov called it a success. Former President Askar Akayev did not comment.`,
      ['attended: Sadyr Japarov -> SCO Summit 2024 (Astana)']],
    ['attended.leaders-of (heads of state from the member countries: the SCO\'s members that year)',
      `${LEAD}The heads of state from the nine member countries of the SCO met in the Palace of Independence. Indian Prime Minister Narendra Modi sent a message. Tajik President Emomali Rahmon spoke first.`,
      ['attended: Emomali Rahmon -> SCO Summit 2024 (Astana)']],
    ['attended.leaders-of (a lead that names no summit: the one summit the article names later)',
      'The leaders of China, Russia and Kazakhstan are meeting in Astana. Russian President Vladimir Putin said security came first. Trade was discussed. Energy was discussed. Transport was discussed. Water was discussed. Nations attending the 2024 SCO summit in Astana agreed on a plan.',
      ['attended: Vladimir Putin -> SCO Summit 2024 (Astana)']],
    ['attended.leaders-of (a group that will meet has not attended)',
      `${LEAD}The presidents of China and Russia will meet next year. Chinese President Xi Jinping is expected.`, []],
    ['attended.leaders-of (a founding president named "First President" is no attendee)',
      `${LEAD}The leaders of all member states met in person. He laid flowers at the grave of the First President of Uzbekistan Islam Karimov.`, []],
    ['attended.group-list (a group of observer states\' heads spelled out between dashes, each "of <country>")',
      `${LEAD}The heads of the three observer states - Ashraf Ghani of Afghanistan, Alexander Lukashenko of Belarus and Khaltmaagiin Battulga of Mongolia - joined the session.`,
      ['attended: Alexander Lukashenko -> SCO Summit 2024 (Astana)', 'attended: Ashraf Ghani -> SCO Summit 2024 (Astana)', 'attended: Khaltmaagiin Battulga -> SCO Summit 2024 (Astana)']],
    ['attended.back-reference (a relative clause on one item does not end the list)',
      `${LEAD}Kazakhstan hosted the leaders of the member states: Chinese President Xi Jinping, President of Kyrgyzstan Sadyr Japarov, who was re-elected a week earlier, President of Tajikistan Emomali Rahmon and Prime Minister of Pakistan Shehbaz Sharif took part.`,
      ['attended: Emomali Rahmon -> SCO Summit 2024 (Astana)', 'attended: Sadyr Japarov -> SCO Summit 2024 (Astana)', 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)']],
    ['attended.group-list (a counted group spelled out between dashes)',
      `${LEAD}The four -- Russia's Vladimir Putin, China's Xi Jinping, Kazakhstan's Kassym-Jomart Tokayev and Tajikistan's Emomali Rahmon -- focused on security.`,
      ['attended: Emomali Rahmon -> SCO Summit 2024 (Astana)', 'attended: Kassym-Jomart Tokayev -> SCO Summit 2024 (Astana)', 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)', 'attended: Xi Jinping -> SCO Summit 2024 (Astana)']],
  ])('%s', (_rule, text, expected) => {
    expect(attended(text)).toEqual(expected);
  });
});

describe('a leader introduced without an office, then described', () => {
  it.each([
    ['met.with (a full name known by its surname elsewhere, "the President of <country>" for that person, a partner after a body\'s acronym in brackets)',
      'Kassym-Jomart Tokayev continues to hold important meetings in China. This time, the President of Kazakhstan met with the Secretary-General of the Shanghai Cooperation Organization (SCO) Zhang Ming. Zhang Ming praised the efforts of Kazakhstan and of President Tokayev.',
      ['Kassym-Jomart Tokayev', 'Zhang Ming'], ['affiliated_with: Kassym-Jomart Tokayev -> Kazakhstan', 'met: Kassym-Jomart Tokayev -> Zhang Ming']],
  ])('%s', (_rule, text, people, relations) => {
    const r = extract(text);
    expect(r.people).toEqual(people);
    expect(r.relations).toEqual(relations);
  });
});

describe('a headline that describes the protagonist', () => {
  it('met.with / visited.travel ("President of Belarus pays visit to Tajikistan", then the name, then "the President of Belarus held a meeting with …")', () => {
    const r = extract('Alexander Lukashenko talked to the prime minister at the airport. A little later, the President of Belarus held a meeting with the President of Tajikistan Emomali Rahmon.',
      undefined, 'President of Belarus pays working visit to Tajikistan');
    expect(r.relations).toEqual(['affiliated_with: Alexander Lukashenko -> Belarus', 'affiliated_with: Emomali Rahmon -> Tajikistan', 'met: Alexander Lukashenko -> Emomali Rahmon', 'visited: Alexander Lukashenko -> Tajikistan']);
  });
  it('a headline\'s office does not go to a first-named person who holds another office', () => {
    const r = extract('Foreign Minister Sergey Lavrov arrived first. The President of Belarus met him.', undefined, 'President of Belarus pays working visit to Tajikistan');
    expect(r.relations.filter((x) => x.includes('Lavrov') && x.includes('Belarus'))).toEqual([]);
  });
});

describe('a participle clause opening the sentence', () => {
  it.each([
    ['met.direct ("While meeting X, Y said": the main clause\'s subject met X)', 'While meeting his Tajik counterpart Emomali Rahmon yesterday afternoon, President Hu Jintao said the summit mattered.',
      ['met: Emomali Rahmon -> Hu Jintao']],
    ['met.with (one meeting with two partners: all three met)', 'President Vladimir Putin also held a separate meeting with Xi Jinping and Mongolian President Khaltmaagin Battulga on pipelines.',
      ['met: Khaltmaagin Battulga -> Vladimir Putin', 'met: Khaltmaagin Battulga -> Xi Jinping', 'met: Vladimir Putin -> Xi Jinping'].sort()],
    ['met.with ("talks with A and B" may be two meetings: the partners are not paired)', 'President Vladimir Putin held talks with Xi Jinping and Mongolian President Khaltmaagin Battulga.',
      ['met: Khaltmaagin Battulga -> Vladimir Putin', 'met: Vladimir Putin -> Xi Jinping']],
    ['met.direct (a passive with words of place or manner before its agent: "was received in Beijing by X")', 'Secretary-General Zhang Ming was received together in Beijing by Chinese Foreign Minister Wang Yi.',
      ['met: Wang Yi -> Zhang Ming']],
    ['met.direct (no agent across a clause boundary)', 'Secretary-General Zhang Ming was received warmly, and the talks were praised by Foreign Minister Wang Yi.', []],
    ['met.direct (a participle clause whose object is the subject after the comma is no meeting)', 'While meeting reporters yesterday, President Hu Jintao said the summit mattered.', []],
  ])('%s', (_rule, text, expected) => {
    expect(extract(text).relations.filter((r) => r.startsWith('met'))).toEqual(expected);
  });
});
