// Node keys are ASCII slugs of names: accents folded, letters NFKD keeps whole spelled out.
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/graph/keys.ts';

describe('slug', () => {
  it.each([
    ['accents fold', 'Mevlüt Çavuşoğlu', 'mevlut-cavusoglu'],
    ['a dotless ı is an i, not a break', 'İbrahim Kalın', 'ibrahim-kalin'],
    ['ł, ø, ß and æ are spelled out', 'Łukasz Strøm Groß Ærø', 'lukasz-strom-gross-aero'],
    ['apostrophes vanish, other marks break', "People's Republic of China", 'peoples-republic-of-china'],
  ])('%s', (_rule, name, expected) => {
    expect(slug(name)).toBe(expected);
  });
});
