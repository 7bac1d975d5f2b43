// Name normalisation of data/gold/score.py, ported exactly: `norm(s)` and the `str(s)` it starts with.
//
// score.py does, in this order: str(); NFKD; drop every character whose canonical combining class is
// not 0 (unicodedata.combining); lower(); ’ → '  – — → -; organisation → organization, centre\b → center,
// programme → program; drop " “ ”; collapse \s+ to one space; strip " .,;:'" from both ends; drop a
// leading "the " and a trailing "'s".
//
// Python's regex classes are Unicode-aware and differ from JavaScript's, so they are spelled out here:
// - `\s` is str.isspace(): adds U+001C–U+001F and U+0085 to JavaScript's set, and lacks U+FEFF.
// - `\b` after "centre" means the next character is not a Python word character (str.isalnum() or "_"),
//   i.e. not [\p{L}\p{N}_]; JavaScript's own \b only knows ASCII words.
// - unicodedata.combining() is not the Mark category (many spacing and some non-spacing marks have class 0),
//   so the code points with a non-zero class are listed below, taken from Python 3.11's unicodedata
//   (Unicode 14.0.0), the version score.py was checked against:
//     python3 -c 'import unicodedata as u; print([c for c in range(0x110000) if u.combining(chr(c))])'
// NFKD and lower() come from the JavaScript engine (Node 20: Unicode 15+); they agree with Python on every
// character assigned in Unicode 14.

/** Code points with a non-zero canonical combining class (Unicode 14.0.0), as hex ranges. */
const COMBINING_RANGES =
  '300-34e 350-36f 483-487 591-5bd 5bf 5c1-5c2 5c4-5c5 5c7 610-61a 64b-65f 670 6d6-6dc 6df-6e4 6e7-6e8 6ea-6ed ' +
  '711 730-74a 7eb-7f3 7fd 816-819 81b-823 825-827 829-82d 859-85b 898-89f 8ca-8e1 8e3-8ff 93c 94d 951-954 9bc ' +
  '9cd 9fe a3c a4d abc acd b3c b4d bcd c3c c4d c55-c56 cbc ccd d3b-d3c d4d dca e38-e3a e48-e4b eb8-eba ec8-ecb ' +
  'f18-f19 f35 f37 f39 f71-f72 f74 f7a-f7d f80 f82-f84 f86-f87 fc6 1037 1039-103a 108d 135d-135f 1714-1715 1734 ' +
  '17d2 17dd 18a9 1939-193b 1a17-1a18 1a60 1a75-1a7c 1a7f 1ab0-1abd 1abf-1ace 1b34 1b44 1b6b-1b73 1baa-1bab 1be6 ' +
  '1bf2-1bf3 1c37 1cd0-1cd2 1cd4-1ce0 1ce2-1ce8 1ced 1cf4 1cf8-1cf9 1dc0-1dff 20d0-20dc 20e1 20e5-20f0 2cef-2cf1 ' +
  '2d7f 2de0-2dff 302a-302f 3099-309a a66f a674-a67d a69e-a69f a6f0-a6f1 a806 a82c a8c4 a8e0-a8f1 a92b-a92d a953 ' +
  'a9b3 a9c0 aab0 aab2-aab4 aab7-aab8 aabe-aabf aac1 aaf6 abed fb1e fe20-fe2f 101fd 102e0 10376-1037a 10a0d 10a0f ' +
  '10a38-10a3a 10a3f 10ae5-10ae6 10d24-10d27 10eab-10eac 10f46-10f50 10f82-10f85 11046 11070 1107f 110b9-110ba ' +
  '11100-11102 11133-11134 11173 111c0 111ca 11235-11236 112e9-112ea 1133b-1133c 1134d 11366-1136c 11370-11374 ' +
  '11442 11446 1145e 114c2-114c3 115bf-115c0 1163f 116b6-116b7 1172b 11839-1183a 1193d-1193e 11943 119e0 11a34 ' +
  '11a47 11a99 11c3f 11d42 11d44-11d45 11d97 16af0-16af4 16b30-16b36 16ff0-16ff1 1bc9e 1d165-1d169 1d16d-1d172 ' +
  '1d17b-1d182 1d185-1d18b 1d1aa-1d1ad 1d242-1d244 1e000-1e006 1e008-1e018 1e01b-1e021 1e023-1e024 1e026-1e02a ' +
  '1e130-1e136 1e2ae 1e2ec-1e2ef 1e8d0-1e8d6 1e944-1e94a ';

const COMBINING: ReadonlySet<number> = (() => {
  const set = new Set<number>();
  for (const range of COMBINING_RANGES.trim().split(/ +/)) {
    const [lo, hi = lo] = range.split('-').map((h) => parseInt(h, 16));
    for (let c = lo; c <= hi; c++) set.add(c);
  }
  return set;
})();

/** unicodedata.combining(c) != 0 */
export function isCombining(codePoint: number): boolean {
  return COMBINING.has(codePoint);
}

/** Python's `\s` (str.isspace()). */
const PY_SPACE = '\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_SPACES_RE = new RegExp(`[${PY_SPACE}]+`, 'gu');

/** The spelling substitutions of score.py, in its order. */
const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/organisation/gu, 'organization'],
  [/centre(?![\p{L}\p{N}_])/gu, 'center'],
  [/programme/gu, 'program'],
];

const STRIP_CHARS = " .,;:'";

/** str.strip(chars) */
function strip(s: string, chars: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s[start])) start++;
  while (end > start && chars.includes(s[end - 1])) end--;
  return s.slice(start, end);
}

/** score.py's norm(s): the key names are compared by. */
export function normName(value: unknown): string {
  let s = pyStr(value).normalize('NFKD');
  let kept = '';
  for (const ch of s) if (!COMBINING.has(ch.codePointAt(0)!)) kept += ch;
  s = kept.toLowerCase().replaceAll('\u2019', "'").replaceAll('\u2013', '-').replaceAll('\u2014', '-');
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  s = s.replace(/["\u201c\u201d]/gu, '');
  s = strip(s.replace(PY_SPACES_RE, ' '), STRIP_CHARS);
  s = s.replace(/^the /u, '');
  s = s.replace(/'s$/u, '');
  return s;
}

// --- Python's str() and repr() for the JSON values a graph or gold file can hold ---------------------
// JSON.parse cannot tell 24 from 24.0, so whole numbers print as Python ints; everything else as Python does.

/** repr(float) for a non-integral number: shortest round-trip digits, exponent form below 1e-4 (e.g. 1e-05). */
function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mant, exp] = x.toExponential().split('e');
    const e = Number(exp);
    return `${mant}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return String(x);
}

/** repr(float) for a value Python holds as a float (1.0, 0.5, 0.667). */
export function pyFloat(x: number): string {
  const s = pyFloatRepr(x);
  return Number.isInteger(x) && !/e/.test(s) ? `${s}.0` : s;
}

function pyNumber(x: number): string {
  if (Number.isInteger(x)) return BigInt(x).toString();
  return pyFloatRepr(x);
}

function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\' || ch === quote) out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

/** repr(value) */
export function pyRepr(value: unknown): string {
  if (typeof value === 'string') return pyStrRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${pyStrRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
  return pyStr(value);
}

/** str(value), also what an f-string prints. */
export function pyStr(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pyNumber(value);
  return pyRepr(value);
}
