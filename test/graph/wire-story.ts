// An invented agency story printed by three outlets (two with their own header, footer and a word changed), and an
// independent report of the same meeting: the fixture of the wire-copy tests.
import type { Article } from '../../src/build/index.ts';

export const STORY = [
  'Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov in Astana on Monday.',
  'The two leaders discussed water sharing on the rivers that cross their border, new rail links and the trade in farm goods.',
  'Officials said a joint commission would meet in the autumn to draft an agreement on the use of reservoirs in the dry months.',
  'Tokayev said the neighbours had never been closer, and Japarov invited him to visit Bishkek next year for a state visit.',
].join('\n');
export const OTHER = [
  'Uzbek President Shavkat Mirziyoyev met Tajik President Emomali Rahmon in Dushanbe on Friday to discuss energy and transit.',
  'The presidents opened a new border crossing near Khujand and signed documents on hydropower, gas supplies and a common customs post.',
  'Rahmon said the region could become a bridge between south and north if its roads and power lines were joined together.',
].join('\n');

export const copy = (header: string, footer: string, edit = (s: string) => s) => `${header}\n${edit(STORY)}\n${footer}`;

/** The four articles: the story from the agency and two papers, and another outlet's own report. */
export function wireArticles(): Article[] {
  const article = (id: string, source: string, text: string): Article => ({ id, file: `${id}.txt`, title: text.split('\n')[0], text, source });
  return [
    article('agency', 'Wire Agency', STORY),
    article('paper-1', 'Daily One', copy('Daily One World News', 'Copyright notice of the paper')),
    article('paper-2', 'Evening Two', copy('Evening Two', 'Read more stories from the region', (s) => s.replace('new rail links', 'new railway links'))),
    article('own-report', 'Third Post', `Kazakh President Kassym-Jomart Tokayev met Kyrgyz President Sadyr Japarov again in Bishkek on Friday.\n${OTHER}`),
  ];
}
