// Two judgements about short strings of a page: is a byline a person's name, and which part of a <title> is the site.

/** Lower-case words allowed inside a name ("Ursula von der Leyen", "Abu al-Fadl"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'dos', 'das', 'y', 'e', 'ter', 'ten', 'zu', 'ul', 'ud']);
/** Words that make a byline an institution or a desk, not a person. */
const NOT_NAME = /\b(?:news|staff|desk|team|editor(?:s|ial)?|reporters?|correspondents?|agency|agencies|press|times|post|daily|media|online|service|wire|bureau|contributors?|admin|guest|network|channel|tv|radio|magazine|group|reuters|afp|ap|xinhua|tass|bbc|cnn)\b/i;

/**
 * A byline that reads as one to four people's names: each 2–4 capitalised words (initials and particles allowed),
 * joined by "and", "&" or commas; no digits, addresses or desk words ("BBC News", "Staff Reporter").
 */
export function looksLikeName(s: string): boolean {
  if (!s || s.length > 120 || /[\d@/\\<>{}=:;?!]|https?|www\./i.test(s) || NOT_NAME.test(s)) return false;
  const people = s.split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/).filter(Boolean);
  if (!people.length || people.length > 4) return false;
  return people.every((p) => {
    const words = p.split(/\s+/);
    if (words.length < 2 || words.length > 5) return false;
    let capitals = 0;
    for (const w of words) {
      if (PARTICLES.has(w)) continue;
      if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w)) return false;
      capitals++;
    }
    // all capitals ("JOHN SMITH") is a name too; a run of one-letter words is not
    return capitals >= 2 && words.some((w) => w.replace(/[.'’-]/g, '').length > 1);
  });
}

/** Separators between a headline and its site's name in a <title>. */
const SEPARATOR = /\s+[-|–—•·:»«/]{1,2}\s+|\s+::\s+/g;

const squash = (s: string) => s.toLowerCase().replace(/^www\./, '').replace(/\.(?:com|org|net|co\.uk|co|ru|cn|kz|uz|in|pk)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The headline without the site's name: " - Site", " | Site" at the end or "Site - " at the start go when they name the
 * site (its og:site_name or host) or, failing that, when they are a short name after a headline of several words.
 */
export function stripSiteName(title: string, site?: string, host?: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  const seps: string[] = [];
  let last = 0;
  for (const m of t.matchAll(SEPARATOR)) {
    parts.push(t.slice(last, m.index));
    seps.push(m[0]);
    last = m.index! + m[0].length;
  }
  parts.push(t.slice(last));
  if (parts.length < 2) return t;
  const names = [site, host, host?.split('.')[0]].filter((x): x is string => !!x).map(squash).filter(Boolean);
  const isSite = (p: string) => {
    const q = squash(p);
    return q.length > 0 && names.some((n) => n === q || (q.length > 3 && (n.startsWith(q) || q.startsWith(n))));
  };
  const join = (from: number, to: number) => {
    let s = parts[from];
    for (let i = from + 1; i < to; i++) s += seps[i - 1] + parts[i];
    return s.trim();
  };
  let from = 0;
  let to = parts.length;
  // drop named site parts from either end ("Headline - Section - Site", "Site | Headline")
  while (to - from > 1 && isSite(parts[to - 1])) to--;
  while (to - from > 1 && isSite(parts[from])) from++;
  if (from === 0 && to === parts.length) {
    // no part names the site: a last part of one to three words after a headline of four or more is the site's name
    const tail = parts[parts.length - 1];
    const head = join(0, parts.length - 1);
    if (wordCount(tail) <= 3 && wordCount(head) >= 4 && /\s[-|–—•·:]\s/.test(seps[seps.length - 1]) && !/:/.test(seps[seps.length - 1])) to--;
  }
  return join(from, to) || t;
}
