// Removes page chrome by general rules: repeated headlines, portal tails (tables, Q/A lists, short headings),
// social-media calls, comment counters, author/publisher profile blocks, copyright lines.

const SOCIAL = /\b(instagram|twitter|facebook|telegram|youtube|whatsapp|linkedin|tiktok|wechat|weibo|vk|x\.com)\b/i;
const SOCIAL_VERB = /\b(follow|subscribe|join|like|share|download|sign up|find us|connect)\b/i;
const PROFILE_HEADING = /^(about( the)? (author|writer|publisher|us)|author( profile| bio|'s profile)?|profile|biography|bio|publisher)$/i;
const TAIL_HEADING = /^(comments?|related( articles| news| stories| posts| content)?|read (more|also)|see also|more (news|stories) from|tags?|share( this( article)?)?|you may (also )?like|recommended|most (read|popular|viewed)|trending( now)?|latest( news)?|advertisement|sponsored( content)?|newsletter)\b/i;
const METADATA = /^(source|sources|via|by|the author is|written by|photo|image)\b/i;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code point at `i` is a letter or digit (ASCII by comparison, the rest by Unicode property). */
function wordCharAt(l: string, i: number): boolean {
  const c = l.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR.test(String.fromCodePoint(l.codePointAt(i)!));
}

/**
 * Number of words (runs of letters and digits) in a line, counting no further than `limit`: the rules only ask
 * whether a line is short, so a paragraph is not counted to its end.
 */
export function words(l: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    const w = wordCharAt(l, i);
    if (c >= 0xd800 && c <= 0xdbff) i++; // the low surrogate belongs to the same code point
    if (w && !inWord && ++n >= limit) return n;
    inWord = w;
  }
  return n;
}

/** Longest word count the rules care about: longer lines are prose. */
const PROSE = 31;
const norm = (l: string) => l.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A cell of a `|`-separated line that reads as a sentence ("ASTANA | July 4 | President X met Y in …"). */
function hasProseCell(l: string): boolean {
  return l.split('|').some((cell) => words(cell, 8) >= 8);
}

/**
 * `/^\S+@\S+\.\S+$/` in one linear pass (the regular expression backtracks cubically on a line of `@.@.@.`): no white
 * space, an `@` after the first character, and a `.` at least two characters after it, not last.
 */
export function isEmailAddress(l: string): boolean {
  if (/\s/.test(l)) return false;
  const at = l.indexOf('@', 1);
  const dot = l.lastIndexOf('.', l.length - 2);
  return at > 0 && dot >= at + 2;
}

/** A line that is page furniture rather than prose. */
export function isDebris(line: string, wordCount = words(line, PROSE)): boolean {
  const l = line.trim();
  if (!l) return false;
  if (wordCount > 30) return false; // the rules are for short lines: a prose paragraph is never page furniture
  if (l.indexOf('|', l.indexOf('|') + 1) > 0 && !hasProseCell(l)) return true; // table rows of a portal
  if (/^(q|a)\s*[:.]/i.test(l) && !/^A\.\s*\p{Lu}\p{Ll}/u.test(l)) return true; // FAQ lists ("A. Ivanov met …" is a name)
  if (/^comments?\s*\(\d+\)$/i.test(l)) return true;
  if (SOCIAL.test(l) && SOCIAL_VERB.test(l) && wordCount <= 25) return true;
  if (/(©|\bcopyright\b|all rights reserved)/i.test(l)) return true;
  if (/(\.\.\.|…)$/.test(l) && wordCount <= 12) return true; // truncated teasers
  if (/^(https?:\/\/|www\.)\S+$/i.test(l) || isEmailAddress(l)) return true;
  if (wordCount <= 4 && TAIL_HEADING.test(l) && !/[.!?]$/.test(l)) return true;
  return false;
}

/** Cleans article text. `title` is the headline, used to drop its repetitions. */
export function removeBoilerplate(text: string, title?: string): string {
  let lines = text.split('\n');
  // each line's word count (up to PROSE), read once: every step below asks it, and lines are dropped with their count
  let counts = lines.map((l) => words(l, PROSE));
  const keep = (ok: (line: string, i: number) => boolean) => {
    const kept: string[] = [];
    const keptCounts: number[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!ok(lines[i], i)) continue;
      kept.push(lines[i]);
      keptCounts.push(counts[i]);
    }
    lines = kept;
    counts = keptCounts;
  };
  // 1. repeated lines and headline echoes ("<headline> <section name>")
  const seen = new Set<string>();
  const t = title ? norm(title) : '';
  keep((line, i) => {
    if (counts[i] > 30) return true; // prose paragraphs are never page furniture repeated
    const n = norm(line);
    if (!n) return true;
    if (seen.has(n)) return false;
    seen.add(n);
    if (t && i > 0 && n !== t && n.startsWith(t) && words(n) - words(t) <= 3) return false;
    if (t && i > 0 && n === t) return false;
    return true;
  });
  // 2. a profile heading ("Author Profile", "About the author") starts the page's tail
  const firstContent = counts.findIndex((n) => n > 8);
  for (let i = Math.max(1, firstContent); i < lines.length; i++) {
    if (PROFILE_HEADING.test(lines[i].trim())) {
      lines = lines.slice(0, i);
      counts = counts.slice(0, i);
      break;
    }
  }
  // 3. the tail: from the earliest line after which everything is debris or short headings (metadata lines excepted)
  let cut = lines.length;
  let debris = 0;
  for (let i = lines.length - 1; i > 0; i--) {
    const l = lines[i].trim();
    if (!l) continue;
    if (METADATA.test(l)) break;
    if (isDebris(l, counts[i])) debris++;
    else if (!(counts[i] <= 4 && !/[.!?"”]$/.test(l))) break; // not a short line (a heading, a menu item)
    cut = i;
  }
  if (debris > 0) {
    lines = lines.slice(0, cut);
    counts = counts.slice(0, cut);
  }
  // 4. debris anywhere else
  keep((line, i) => !isDebris(line, counts[i]));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
