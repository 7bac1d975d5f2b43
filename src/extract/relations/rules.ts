// The relation rules by id. Every hit a rule records carries its id (Hit.rule), `kg explain` prints it, and each id has
// rows of its own in the extraction test tables (test/extract/rules.test.ts checks that every id here is exercised).
import type { Doc, Sentence } from '../document.ts';

export const RULES = {
  'met.with': 'a meeting noun or verb with "with": "held talks with X", "during a meeting with X, Y said"',
  'met.between': '"talks between X and Y"',
  'met.direct': 'a verb whose object is the person met: "X met Y", "X received the delegation led by Y", "X has already hosted A, B and C"',
  'met.group': 'a list before a verb of meeting: "X and Y met", "A and B held talks"',
  'attended.summit-cue': 'a verb or preposition of attendance between people and a named summit: "A, B and C attend the Astana summit"',
  'attended.by-list': 'a passive with "by": "The meeting was attended (and addressed) by …", "brought together …", "Among the participants … were"',
  'attended.represented-by': '"China was represented by Premier A; Russia by Prime Minister B"',
  'attended.were-list': '"Taking part in it were …", "Also present were: …"',
  'attended.speech': '"In his address at the summit, X said", "A, B and C, in their speeches, …"',
  'attended.relative': 'a relative clause after a summit: "the summit, which X attended", "…, where X met Y"',
  'attended.focus': 'attendance at the article\'s summit without naming it: "X is attending as …", meetings on the sidelines',
  'attended.guests': 'presence or travel: "A and B were among the guests", "A, B and C all made the trip"',
  'attended.back-reference': 'a list before "took part in / attended the meeting" that refers back to a summit (a delegation "including …" with its leader)',
  'attended.participation': '"with the participation of A, B and C", "joined by D and E"',
  'attended.leaders-of': 'leaders named by their countries: "the presidents of A, B and C signed …", "heads of state from the six member countries met" (the people the article titles so)',
  'attended.group-list': 'a group of leaders spelled out at the start of a sentence: "The six -- A, B, … -- focused on …", "The leaders: A, B and C"',
  'visited.travel': 'a visit or journey: "X paid a state visit to Y", "A, B and C also traveled to Samarkand", "X\'s first to Y"',
  'hosted.summit': 'a country hosting a summit: "hosted by India", "the summit in Astana"',
} as const;

export type RuleId = keyof typeof RULES;

/** A per-sentence rule function wrapped so that every hit it records carries `id`. */
export function rule(id: RuleId, fn: (doc: Doc, s: Sentence) => void): (doc: Doc, s: Sentence) => void {
  const wrapped = (doc: Doc, s: Sentence) => {
    doc.rule = id;
    fn(doc, s);
    doc.rule = undefined;
  };
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped;
}
