// Sentences and tokens. The tokenizer reads code points by hand; a plain regular expression is the oracle it must
// agree with.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/text/sentences.ts';
import { tokenize, type Token } from '../../src/extract/text/tokenize.ts';
import { cueBit, cuesOf, hasCue } from '../../src/extract/text/cues.ts';
import { extractArticle } from '../../src/extract/pipeline.ts';
import { narrow } from '../../src/extract/text/narrow.ts';
import { serialize } from 'node:v8';
import { loadKnowledge } from '../../src/knowledge/load.ts';

/** The definition: the regular expression the hand-written scanner replaces, with the same possessive split. */
function reference(text: string, offset = 0, end = text.length): Token[] {
  const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*|\S/gu;
  const make = (t: string, start: number, attached: boolean): Token => {
    const word = /[\p{L}\p{N}]/u.test(t[0]);
    const first = t.charCodeAt(0);
    return { text: t, lower: t.toLowerCase(), start, end: start + t.length, cap: word && first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(t), word, attached };
  };
  const out: Token[] = [];
  const slice = text.slice(offset, end);
  let prevEnd = -1;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const s = offset + m.index;
    if (t.length > 2 && /['’]s$/u.test(t)) {
      t = t.slice(0, -2);
      out.push(make(t, s, s === prevEnd));
      out.push(make(m[0].slice(-2), s + t.length, true));
    } else out.push(make(t, s, s === prevEnd));
    prevEnd = s + m[0].length;
  }
  return out;
}

const texts = (t: Token[]) => t.map((x) => x.text);

describe('tokenize', () => {
  it.each([
    ['China’s President Xi Jinping met U.S. envoys.', ['China', '’s', 'President', 'Xi', 'Jinping', 'met', 'U.S.', 'envoys', '.']],
    ["Xi'an's mayor, Kassym-Jomart Tokayev (SCO) — 2024", ['Xi\'an', "'s", 'mayor', ',', 'Kassym', '-', 'Jomart', 'Tokayev', '(', 'SCO', ')', '—', '2024']],
    ['A. B. Vajpayee', ['A', '.', 'B', '.', 'Vajpayee']],
    ['Şanghay İşbirliği Örgütü’nün', ['Şanghay', 'İşbirliği', 'Örgütü’nün']],
    ['Москва 24th 𝒳Y 🙂', ['Москва', '24th', '𝒳Y', '🙂']],
    ["rock'n'roll isn't it's", ["rock'n'roll", "isn't", 'it', "'s"]],
  ])('%j', (text, expected) => {
    expect(texts(tokenize(text))).toEqual(expected);
  });

  it('keeps offsets absolute, flags capitals, words and attachment', () => {
    const text = 'xx Wang Yi’s (SCO) yy';
    const t = tokenize(text, 3, 18);
    expect(t.map((x) => [x.text, x.start, x.end, x.cap, x.word, x.attached])).toEqual([
      ['Wang', 3, 7, true, true, false],
      ['Yi', 8, 10, true, true, false],
      ['’s', 10, 12, false, false, true],
      ['(', 13, 14, false, false, false],
      ['SCO', 14, 17, true, true, true],
      [')', 17, 18, false, false, true],
    ]);
  });

  it('adds the base offset of a sentence cut from a longer text', () => {
    const t = tokenize('Wang Yi’s (SCO)', 0, 15, 100);
    expect(t.map((x) => [x.text, x.start, x.end])).toEqual([
      ['Wang', 100, 104],
      ['Yi', 105, 107],
      ['’s', 107, 109],
      ['(', 110, 111],
      ['SCO', 111, 114],
      [')', 114, 115],
    ]);
  });

  it('agrees with the regular expression on any text, whole or in part', () => {
    const pieces = fc.constantFrom('a', 'Z', 'É', 'é', 'Ж', '中', '7', '٣', ' ', '\u00a0', '\u2003', '\n', '.', "'", '’', '-', 's', 'S', 'U.', '\u0301', '𝒳', '🙂', '\ud800', '\udc00', '|', '(', '"');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        expect(tokenize(text)).toEqual(reference(text));
        const s = Math.min(a, b) % (text.length + 1);
        const e = s + (Math.max(a, b) % (text.length + 1 - s));
        expect(tokenize(text, s, e)).toEqual(reference(text, s, e));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it.each([
    ['Mr. Khan met Dr. Sharif. They talked.', ['Mr. Khan met Dr. Sharif.', 'They talked.']],
    ['A. B. Vajpayee visited the U.S. in 2000. He left.', ['A. B. Vajpayee visited the U.S. in 2000.', 'He left.']],
    ['"We agree." Then he left! Why? Because.', ['"We agree."', 'Then he left!', 'Why?', 'Because.']],
    ['Headline\nFirst line (see below.) Next one', ['Headline', 'First line (see below.)', 'Next one']],
    ['the summit ended. talks went on', ['the summit ended. talks went on']],
    ['Prices rose 3.5 per cent.   Ещё одно. Élan', ['Prices rose 3.5 per cent.', 'Ещё одно.', 'Élan']],
  ])('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('cuts a run longer than MAX_SENTENCE at spaces', () => {
    const text = 'word '.repeat(400_000);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1000);
    expect(Math.max(...spans.map((s) => s.end - s.start))).toBeLessThanOrEqual(1500);
  });
});

describe('cue words', () => {
  it('a sentence carries the bit of each list one of its words is in, whatever its case', () => {
    const a = cueBit(['zorbing']);
    const b = cueBit(['quidditch', 'zorbing']);
    const cues = cuesOf(tokenize('Zorbing is not quidditch.'));
    expect([hasCue(cues, a), hasCue(cues, b)]).toEqual([true, true]);
    expect(hasCue(cuesOf(tokenize('Nothing of the kind.')), b)).toBe(false);
  });

  it('past 31 lists, bits are shared: a sentence with a cue word is never held back', () => {
    const words = Array.from({ length: 40 }, (_, i) => `cueword${i}`);
    const bits = words.map((w) => cueBit([w]));
    expect(new Set(bits).size).toBe(31);
    words.forEach((w, i) => expect(hasCue(cuesOf(tokenize(`It is ${w}.`)), bits[i])).toBe(true));
  });

  it('the sentences stage gives every sentence its bits, so the relation rules see their cues', () => {
    const x = extractArticle({ id: 'cues', file: 'cues.txt', title: 'cues', text: 'Kazakhstan joined the SCO in 2001. Nothing else happened.' }, loadKnowledge());
    expect(x.relations.filter((r) => r.relation === 'member_of').map((r) => [r.source, r.target])).toEqual([['country:kazakhstan', 'organisation:sco']]);
  });
});

/** Whether V8 holds `s` in one byte per character (the serializer writes such strings with tag '"', others with 'c'). */
const oneByte = (s: string) => serialize(s)[2] === 0x22;

describe('narrow (one-byte strings)', () => {
  const article = 'Putin met “Xi” in Astana. Tokayev hosted the summit.';

  it.each([
    ['Putin met', true],
    ['Tokayev hosted', true],
    ['Müller and Ørsted', true],
    ['“Xi”', false],
    ['Москва', false],
  ])('%j: one byte afterwards = %s, same characters', (words, expected) => {
    const cut = `${article}${words}`.slice(article.length); // a slice of a two-byte string is two-byte
    expect(oneByte(cut)).toBe(false);
    expect(narrow(cut)).toBe(words);
    expect(oneByte(narrow(cut))).toBe(expected);
  });

  it('gives one-byte node keys for an article with curly quotes', () => {
    const text = 'President Kassym-Jomart Tokayev hosted the summit in Astana. He spoke of the “Shanghai spirit”.';
    const x = extractArticle({ id: 'q', file: 'q.txt', title: 'T', text }, loadKnowledge());
    const keys = x.entities.map((e) => e.key);
    expect(keys).toContain('person:kassym-jomart-tokayev');
    for (const k of keys) expect(oneByte(k), k).toBe(true);
    expect(x.entities.find((e) => e.key === 'person:kassym-jomart-tokayev')!.label).toBe('Kassym-Jomart Tokayev');
  });
});
