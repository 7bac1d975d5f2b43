// Name folding for lookups: case, accents, quotes and punctuation do not matter.

/**
 * Folds a name for comparison: Unicode-decomposes and drops accents, lower-cases, unifies quotes,
 * drops a leading "the" and a trailing "'s", and turns every run of non-letters/digits into one space.
 * `normalizeName("Kassym-Jomart Tokayev’s") === "kassym jomart tokayev"`.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The folded words of a name. */
export function nameTokens(name: string): string[] {
  const folded = normalizeName(name);
  return folded ? folded.split(' ') : [];
}

/** Edit distance between two strings (Levenshtein, by code unit), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row;
  }
  return prev[b.length];
}
