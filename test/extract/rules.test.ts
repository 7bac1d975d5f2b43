// Every relation rule (src/extract/relations/rules.ts) has a row here that makes it fire, and the relation found
// carries the rule's id: a rule that no sentence exercises, or a hit credited to the wrong rule, fails.
import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../src/extract/relations/rules.ts';
import { extract } from './helpers.ts';

const LEAD = 'The SCO summit opened in Astana on 4 July 2024.\n';

const ROWS: [RuleId, string, string][] = [
  ['met.with', 'Prime Minister Shehbaz Sharif held talks with Chinese Premier Li Qiang in Beijing.', 'met: Li Qiang -> Shehbaz Sharif'],
  ['met.between', 'The talks between Foreign Minister Wang Yi and Foreign Minister Sergei Lavrov lasted three hours.', 'met: Sergei Lavrov -> Wang Yi'],
  ['met.direct', 'Foreign Minister Jeyhun Bayramov received the delegation led by Secretary General Zhang Ming.', 'met: Jeyhun Bayramov -> Zhang Ming'],
  ['met.group', 'Russian President Vladimir Putin and Chinese President Xi Jinping met in Kazan.', 'met: Vladimir Putin -> Xi Jinping'],
  ['attended.summit-cue', 'Turkish President Recep Tayyip Erdogan and Uzbek President Shavkat Mirziyoyev also attend the 2024 Astana summit.', 'attended: Recep Tayyip Erdogan -> SCO Summit 2024 (Astana)'],
  ['attended.by-list', `${LEAD}The meeting was attended by President A. Japarov of the Kyrgyz Republic and Chairman Xi Jinping of China.`, 'attended: A. Japarov -> SCO Summit 2024 (Astana)'],
  ['attended.represented-by', `${LEAD}China was represented by Premier Li Qiang; Russia by Prime Minister Mikhail Mishustin.`, 'attended: Mikhail Mishustin -> SCO Summit 2024 (Astana)'],
  ['attended.were-list', `${LEAD}Taking part in it were Prime Minister of the Republic of Kazakhstan Alikhan Smailov and Premier Li Qiang.`, 'attended: Alikhan Smailov -> SCO Summit 2024 (Astana)'],
  ['attended.speech', `${LEAD}In his address at the summit, Prime Minister Shehbaz Sharif said connectivity mattered.`, 'attended: Shehbaz Sharif -> SCO Summit 2024 (Astana)'],
  ['attended.relative', 'He recalled the 21st summit in Dushanbe in September 2021, which President Ebrahim Raisi attended in person.', 'attended: Ebrahim Raisi -> SCO Summit 2021 (Dushanbe)'],
  ['attended.focus', `${LEAD}Mongolian Prime Minister Luvsannamsrain Oyun-Erdene is attending as the head of an observer state.`, 'attended: Luvsannamsrain Oyun-Erdene -> SCO Summit 2024 (Astana)'],
  ['attended.guests', `${LEAD}Russian President Vladimir Putin and Chinese President Xi Jinping were also among the guests.`, 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)'],
  ['attended.back-reference', `${LEAD}Prime Minister Shehbaz Sharif along with a delegation, including Foreign Minister Ishaq Dar, attended the meeting.`, 'attended: Ishaq Dar -> SCO Summit 2024 (Astana)'],
  ['attended.participation', `${LEAD}The summit began with the participation of Russian President Vladimir Putin and Chinese President Xi Jinping.`, 'attended: Xi Jinping -> SCO Summit 2024 (Astana)'],
  ['attended.leaders-of', `${LEAD}The presidents of China, Russia and Kazakhstan signed a declaration. Russian President Vladimir Putin praised it.`, 'attended: Vladimir Putin -> SCO Summit 2024 (Astana)'],
  ['attended.group-list', `${LEAD}The three -- Russia's Vladimir Putin, China's Xi Jinping and Kazakhstan's Kassym-Jomart Tokayev -- discussed trade.`, 'attended: Xi Jinping -> SCO Summit 2024 (Astana)'],
  ['visited.travel', 'Tajik President Emomali Rahmon paid a state visit to China.', 'visited: Emomali Rahmon -> China'],
  ['hosted.summit', 'China will host the summit in 2025.', 'hosted: China -> SCO Summit 2025 (Tianjin)'],
  ['member_of.cue', 'Iran joined the SCO in 2023.', 'member_of: Iran -> Shanghai Cooperation Organisation'],
  ['member_of.list', 'The SCO includes China, Russia and Kazakhstan.', 'member_of: Russia -> Shanghai Cooperation Organisation'],
  ['member_of.members-are', 'The SCO was founded in 2001 by China, Russia, Kazakhstan and Tajikistan.', 'member_of: Tajikistan -> Shanghai Cooperation Organisation'],
  ['chairs.cue', "Kyrgyzstan's chairmanship of the SCO began in July.", 'chairs: Kyrgyzstan -> Shanghai Cooperation Organisation'],
  ['chairs.cue', 'The chairmanship of the SCO passed from Kazakhstan to China.', 'chairs: China -> Shanghai Cooperation Organisation'],
  ['proposed.compound', 'The China-proposed Belt and Road Initiative drew praise.', 'proposed: China -> Belt and Road Initiative'],
  ['proposed.possessive', "China's Belt and Road Initiative expanded.", 'proposed: China -> Belt and Road Initiative'],
  ['proposed.verb', 'President Xi Jinping proposed the Global Development Initiative in 2021.', 'proposed: Xi Jinping -> Global Development Initiative'],
  ['proposed.verb', 'Leaders praised the Belt and Road Initiative and the Global Development Initiative, both proposed by Beijing.', 'proposed: China -> Global Development Initiative'],
  ['proposed.relative', 'The Belt and Road Initiative that President Xi Jinping launched in 2013 expanded.', 'proposed: Xi Jinping -> Belt and Road Initiative'],
  ['proposed.noun', 'Delegates discussed the Kazakh proposal for the Global Security Initiative.', 'proposed: Kazakhstan -> Global Security Initiative'],
  ['proposed.all-of', 'Leaders praised the Belt and Road Initiative and the Global Development Initiative, both proposed by Beijing.', 'proposed: China -> Belt and Road Initiative'],
];

describe('relation rules by id', () => {
  it('every rule has a row', () => {
    expect(Object.keys(RULES).filter((id) => !ROWS.some(([r]) => r === id))).toEqual([]);
  });

  it.each(ROWS)('%s: %s', (id, text, expected) => {
    const ex = extract(text);
    const label = new Map(ex.entities.map((e) => [e.key, e.label]));
    const found = ex.raw.relations.filter((r) => `${r.relation}: ${label.get(r.source)} -> ${label.get(r.target)}` === expected);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((r) => r.rule)).toContain(id);
  });
});
