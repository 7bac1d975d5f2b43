// Typography made plain before lookup, with offsets back into the article's own text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseTypography } from '../../src/extract/text/normalise-typography.ts';
import { extract } from './helpers.ts';

describe('normaliseTypography', () => {
  it.each([
    ['People’s Republic of China', "People's Republic of China"],
    ['“Quoted” ‘words’ „low“ «guillemets»', `"Quoted" 'words' "low" "guillemets"`],
    ['Xi\u00a0Jinping and\u202fModi\u2009met', 'Xi Jinping and Modi met'],
    ['Shang\u200bhai Co\u00adoperation', 'Shanghai Cooperation'],
    ['non\u2011aligned \u2212 5 \u2010 x', 'non-aligned - 5 - x'],
    ['Astana – the capital — hosted', 'Astana – the capital — hosted'],
    ['ＳＣＯ ﬁnance', 'SCO finance'],
    ['Tashke\u0301nt and Bishkek', 'Tashként and Bishkek'],
    ['plain ASCII text', 'plain ASCII text'],
    ['Москва 北京 𝒳', 'Москва 北京 𝒳'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseTypography(input).text).toBe(expected);
  });

  it('maps every span of the result back to the span of the original it came from', () => {
    const alphabet = fc.constantFrom('a', 'Z', ' ', '.', '’', '“', '\u00a0', '\u200b', '\u00ad', 'e\u0301', 'ﬁ', 'Ａ', '𝒳', '\u2011', '—', 'é', '\u0301');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), fc.nat(), fc.nat(), (s, x, y) => {
        const r = normaliseTypography(s);
        // unit boundaries: positions where a new piece of the original starts
        const cuts = [0];
        for (let k = 1; k <= r.text.length; k++) if (k === r.text.length || r.start(k) !== r.start(k - 1)) cuts.push(k);
        const a = cuts[x % cuts.length];
        const b = cuts[Math.max(x % cuts.length, y % cuts.length)];
        expect(normaliseTypography(s.slice(r.start(a), r.end(b))).text).toBe(r.text.slice(a, b));
        for (let k = 1; k < r.text.length; k++) expect(r.start(k)).toBeGreaterThanOrEqual(r.start(k - 1));
      }),
      { numRuns: 1000 },
    );
  });

  it('returns the very same string when nothing changes', () => {
    const s = 'Nothing to change here.';
    expect(normaliseTypography(s).text).toBe(s);
  });
});

describe('extraction over curly typography', () => {
  const curly = 'The People’s Republic of China hosted the meeting.\nOn Tuesday, Chinese President Xi\u00a0Jinping met Russian President Vladimir Putin in Beijing — the two leaders’ “strategic” talks lasted three hours.';
  const straight = curly.replace(/’/g, "'").replace(/[“”]/g, '"').replace(/\u00a0/g, ' ');

  it('finds what the straight form finds', () => {
    const c = extract(curly);
    const s = extract(straight);
    expect(c.labels('country')).toEqual(s.labels('country'));
    expect(c.labels('country')).toContain('China');
    expect(c.people).toEqual(s.people);
    expect(c.relations).toEqual(s.relations);
    expect(c.relations).toContain('met: Vladimir Putin -> Xi Jinping');
    // the whole name matched the gazetteer, not only its last word
    expect(c.entities.find((e) => e.key === 'country:china')!.aliases).toContain("People's Republic of China");
  });

  it('gives evidence whose offsets slice the original text to the sentence, as written', () => {
    const text = `\u200b${curly}`;
    const { raw } = extract(text);
    const ev = raw.relations.map((r) => r.evidence);
    expect(ev.length).toBeGreaterThan(0);
    for (const e of ev) expect(text.slice(e.start, e.end)).toBe(e.sentence);
    expect(ev.map((e) => e.sentence)).toContain(curly.split('\n')[1]);
  });
});
