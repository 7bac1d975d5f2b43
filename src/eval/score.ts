// Scores a graph (graphology JSON export) against a gold annotation: a line-by-line port of
// data/gold/score.py, which stays the reference. Same matching, same ranking, same rounding
// (Python's round(x, 3): half to even on the exact binary value), same text and JSON output.
// The rules are in data/gold/README.md; the comments below point at the Python they mirror.
import { KgError } from '../errors.ts';
import { normName, pyFloat, pyStr } from './normalise.ts';

/** Node kinds that are scored (score.py KINDS). */
export const SCORED_KINDS = ['person', 'country', 'organisation', 'summit', 'initiative'] as const;
export type ScoredKind = (typeof SCORED_KINDS)[number];
/** Relations that are scored (score.py RELATIONS): the relation registry's `scored` ones, in its order. */
export { SCORED_RELATIONS, type ScoredRelation } from '../graph/relations.ts';
import { SCORED_RELATIONS, type ScoredRelation } from '../graph/relations.ts';

/** graphology's JSON export, as read from disk: only `nodes[].key/attributes` and `edges[].source/target/attributes` are read. */
export interface GraphJson {
  nodes?: Array<{ key: unknown; attributes?: Record<string, unknown> }>;
  edges?: Array<{ key?: unknown; source: unknown; target: unknown; attributes?: Record<string, unknown>; undirected?: boolean }>;
  [key: string]: unknown;
}

export interface GoldEntity {
  id: string;
  type: string;
  names: string[];
  optional?: boolean;
  year?: number | null;
  city?: string | null;
  ordinal?: number | null;
  [key: string]: unknown;
}

export interface GoldRelation {
  type: string;
  /** gold entity id, or several joined by `|` (any of them is accepted) */
  a: string;
  b: string;
  optional?: boolean;
  [key: string]: unknown;
}

/** data/gold/seeds.gold.json */
export interface GoldJson {
  entities: GoldEntity[];
  relations: GoldRelation[];
  [key: string]: unknown;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}
export interface KindScore extends Prf {
  tp: number;
  fp: number;
  dup: number;
  gold: number;
}
export interface RelationScore extends Prf {
  tp: number;
  fp: number;
  gold: number;
}

/** score.py's result dict, with its key names and key order. */
export interface ScoreResult {
  entities: Prf & { by_kind: Record<ScoredKind, KindScore> };
  relations: Prf & { by_relation: Record<ScoredRelation, RelationScore> };
  false_positives: string[];
  duplicates: string[];
  missed: string[];
  wrong_edges: string[];
  missed_relations: string[];
}

// --- Python semantics the port needs ------------------------------------------------------------------

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** d.get(key, dflt) */
function get(d: unknown, key: string, dflt: unknown = null): unknown {
  if (!isDict(d)) throw new KgError('E_SHAPE', `expected an object, got ${pyStr(d)}`);
  return Object.hasOwn(d, key) ? d[key] : dflt;
}

/** d[key] (KeyError in Python) */
function item(d: unknown, key: string, what: string): unknown {
  if (!isDict(d) || !Object.hasOwn(d, key)) throw new KgError('E_SHAPE', `${what} has no "${key}": ${pyStr(d)}`);
  return d[key];
}

/** bool(value) */
function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return false;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** a == b (True == 1, lists and dicts by value) */
function pyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const num = (v: unknown) => typeof v === 'number' || typeof v === 'boolean';
  if (num(a) && num(b)) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => pyEq(v, b[i]));
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && pyEq(a[k], b[k]));
  }
  return (a === null || a === undefined) && (b === null || b === undefined);
}

/** x in list */
function pyIn(x: unknown, list: readonly unknown[]): boolean {
  return list.some((y) => y === x || pyEq(x, y));
}

/** a key that is equal exactly when Python's dict/set would treat the values as the same key */
function hashKey(value: unknown): string {
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `n${Number(value)}`;
  if (value === null || value === undefined) return 'None';
  throw new KgError('E_SHAPE', `unhashable key ${pyStr(value)}`);
}

/** for x in value */
function iter(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return Array.from(value);
  if (isDict(value)) return Object.keys(value);
  throw new KgError('E_SHAPE', `not iterable: ${pyStr(value)}`);
}

/** x rounded to `digits` decimals as an integer count of 10^-digits, half to even on the exact binary value (CPython's round and '%.3f'). */
function roundScaled(x: number, digits: number): bigint {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`);
  if (x < 0 || Object.is(x, -0)) return -roundScaled(-x, digits);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  const scaled = mant * 10n ** BigInt(digits); // x * 10^digits = scaled * 2^exp exactly
  if (exp >= 0) return scaled << BigInt(exp);
  const den = 1n << BigInt(-exp);
  const q = scaled / den;
  const twice = 2n * (scaled % den);
  if (twice > den || (twice === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** Python's round(x, 3) */
export function pyRound3(x: number): number {
  if (!Number.isFinite(x)) return x;
  const q = roundScaled(x, 3);
  const r = Number(q) / 1000; // the double nearest q/1000, as float('…') gives
  return r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r;
}

/** Python's f'{x:.3f}' */
export function pyFixed3(x: number): string {
  const q = roundScaled(x, 3);
  const neg = x < 0 || Object.is(x, -0);
  const abs = q < 0n ? -q : q;
  return `${neg ? '-' : ''}${abs / 1000n}.${String(abs % 1000n).padStart(3, '0')}`;
}

// --- score() -------------------------------------------------------------------------------------------

type How = 'label' | 'alias' | 'attrs' | null;
const RANK: Record<string, number> = { label: 0, alias: 1, attrs: 2, null: 3 };

function nodeKind(attrs: unknown): unknown {
  const k = get(attrs, 'kind', get(attrs, 'type'));
  return k === 'organization' ? 'organisation' : k;
}

function edgeRelation(attrs: unknown): unknown {
  return get(attrs, 'relation', get(attrs, 'type'));
}

function prf(tp: number, fp: number, goldN: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0.0;
  const r = goldN ? tp / goldN : 0.0;
  const f = p + r ? (2 * p * r) / (p + r) : 0.0;
  return { precision: pyRound3(p), recall: pyRound3(r), f1: pyRound3(f) };
}

/** Scores `graph` against `gold` exactly as data/gold/score.py does. */
export function score(graph: GraphJson, gold: GoldJson): ScoreResult {
  const golds = iter(item(gold, 'entities', 'gold')) as unknown[];
  const byName = new Map<string, unknown[]>();
  for (const g of golds) {
    for (const n of iter(item(g, 'names', 'gold entity'))) {
      const key = normName(n);
      if (!byName.has(key)) byName.set(key, []);
      byName.get(key)!.push(g);
    }
  }

  const candidates = (attrs: unknown): [unknown[], How] => {
    const label = get(attrs, 'label');
    let found: unknown[] = truthy(label) ? [...(byName.get(normName(label)) ?? [])] : [];
    if (found.length) return [found, 'label'];
    const aliases = get(attrs, 'aliases');
    for (const a of truthy(aliases) ? iter(aliases) : []) {
      const add = (byName.get(normName(a)) ?? []).filter((g) => !pyIn(g, found));
      found = [...found, ...add];
    }
    if (found.length) return [found, 'alias'];
    if (nodeKind(attrs) === 'summit') {
      const city = truthy(get(attrs, 'city')) ? normName(item(attrs, 'city', 'node')) : null;
      const year = get(attrs, 'year');
      const ordinal = get(attrs, 'ordinal');
      for (const g of golds) {
        if (item(g, 'type', 'gold entity') !== 'summit') continue;
        if (ordinal !== null && pyEq(get(g, 'ordinal'), ordinal)) found.push(g);
        else if (
          truthy(city) &&
          truthy(get(g, 'city')) &&
          normName(item(g, 'city', 'gold entity')) === city &&
          (year === null || pyIn(get(g, 'year'), [null, year]))
        )
          found.push(g);
        else if (year !== null && !truthy(get(g, 'city')) && pyEq(get(g, 'year'), year)) found.push(g);
      }
      if (found.length) return [found, 'attrs'];
    }
    return [[], null];
  };

  const kinds: readonly unknown[] = SCORED_KINDS;
  const nodes = iter(get(graph, 'nodes', [])).filter((n) => kinds.includes(nodeKind(get(n, 'attributes', {}))));
  const matched: Array<[number, unknown, unknown, unknown]> = [];
  for (const n of nodes) {
    const attrs = get(n, 'attributes', {});
    const [cands, how] = candidates(attrs);
    const kind = nodeKind(attrs);
    const same = cands.filter((g) => pyEq(item(g, 'type', 'gold entity'), kind));
    matched.push([RANK[String(how)], n, attrs, same.length ? same[0] : cands.length ? cands[0] : null]);
  }
  matched.sort((x, y) => x[0] - y[0]); // stable, like list.sort

  const nodeGold = new Map<string, unknown>();
  const taken = new Set<string>();
  const stats = Object.fromEntries(SCORED_KINDS.map((k) => [k, { tp: 0, fp: 0, dup: 0, gold: 0 }])) as Record<ScoredKind, { tp: number; fp: number; dup: number; gold: number }>;
  const falsePos: string[] = [];
  const dups: string[] = [];
  for (const [, n, attrs, g] of matched) {
    const kind = nodeKind(attrs) as ScoredKind;
    if (g !== null) nodeGold.set(hashKey(item(n, 'key', 'node')), item(g, 'id', 'gold entity'));
    if (g === null) {
      stats[kind].fp += 1;
      falsePos.push(`${kind}:${pyStr(get(attrs, 'label'))}`);
    } else if (truthy(get(g, 'optional'))) {
      // ignored
    } else if (!pyEq(item(g, 'type', 'gold entity'), kind)) {
      stats[kind].fp += 1;
      falsePos.push(`${kind}:${pyStr(get(attrs, 'label'))} (gold says ${pyStr(item(g, 'type', 'gold entity'))})`);
    } else if (taken.has(hashKey(item(g, 'id', 'gold entity')))) {
      stats[kind].fp += 1;
      stats[kind].dup += 1;
      dups.push(`${kind}:${pyStr(get(attrs, 'label'))} (again ${pyStr(item(g, 'id', 'gold entity'))})`);
    } else {
      taken.add(hashKey(item(g, 'id', 'gold entity')));
      stats[kind].tp += 1;
    }
  }
  const missed: string[] = [];
  for (const g of golds) {
    const type = item(g, 'type', 'gold entity');
    if (kinds.includes(type) && !truthy(get(g, 'optional'))) {
      stats[type as ScoredKind].gold += 1;
      if (!taken.has(hashKey(item(g, 'id', 'gold entity')))) missed.push(`${pyStr(type)}:${pyStr(iter(item(g, 'names', 'gold entity'))[0])}`);
    }
  }

  const rels = iter(item(gold, 'relations', 'gold'));
  const relations: readonly unknown[] = SCORED_RELATIONS;
  const rstats = Object.fromEntries(SCORED_RELATIONS.map((r) => [r, { tp: 0, fp: 0, gold: 0 }])) as Record<ScoredRelation, { tp: number; fp: number; gold: number }>;
  const foundRel = new Set<number>();
  const wrongEdges: string[] = [];
  const ends = (value: unknown) => {
    if (typeof value !== 'string') throw new KgError('E_SHAPE', `gold relation end is not a string: ${pyStr(value)}`);
    return value.split('|');
  };
  for (const e of iter(get(graph, 'edges', []))) {
    const attrs = get(e, 'attributes', {});
    const rel = edgeRelation(attrs);
    if (!relations.includes(rel)) continue;
    const source = item(e, 'source', 'edge');
    const target = item(e, 'target', 'edge');
    const a = nodeGold.get(hashKey(source)) ?? null;
    const b = nodeGold.get(hashKey(target)) ?? null;
    let hit: [number, unknown] | null = null;
    if (truthy(a) && truthy(b)) {
      for (let i = 0; i < rels.length; i++) {
        const r = rels[i];
        if (!pyEq(item(r, 'type', 'gold relation'), rel)) continue;
        const ra = ends(item(r, 'a', 'gold relation'));
        const rb = ends(item(r, 'b', 'gold relation'));
        if ((pyIn(a, ra) && pyIn(b, rb)) || (pyIn(a, rb) && pyIn(b, ra))) {
          hit = [i, r];
          if (!truthy(get(r, 'optional'))) break;
        }
      }
    }
    if (hit === null) {
      rstats[rel as ScoredRelation].fp += 1;
      wrongEdges.push(`${pyStr(rel)}: ${pyStr(source)} -> ${pyStr(target)}`);
    } else if (!truthy(get(hit[1], 'optional'))) {
      if (!foundRel.has(hit[0])) {
        foundRel.add(hit[0]);
        rstats[rel as ScoredRelation].tp += 1;
      }
    }
  }
  const missedRel: string[] = [];
  rels.forEach((r, i) => {
    if (!truthy(get(r, 'optional'))) {
      const type = item(r, 'type', 'gold relation');
      if (!relations.includes(type)) throw new KgError('E_SHAPE', `gold relation of unknown type ${pyStr(type)}`);
      rstats[type as ScoredRelation].gold += 1;
      if (!foundRel.has(i)) missedRel.push(`${pyStr(type)}: ${pyStr(item(r, 'a', 'gold relation'))} -> ${pyStr(item(r, 'b', 'gold relation'))}`);
    }
  });

  const total = (st: Record<string, { tp: number; fp: number; gold: number }>) => {
    const t = { tp: 0, fp: 0, gold: 0 };
    for (const s of Object.values(st)) {
      t.tp += s.tp;
      t.fp += s.fp;
      t.gold += s.gold;
    }
    return t;
  };
  const et = total(stats);
  const rt = total(rstats);
  return {
    entities: {
      ...prf(et.tp, et.fp, et.gold),
      by_kind: Object.fromEntries(SCORED_KINDS.map((k) => [k, { ...prf(stats[k].tp, stats[k].fp, stats[k].gold), ...stats[k] }])) as Record<ScoredKind, KindScore>,
    },
    relations: {
      ...prf(rt.tp, rt.fp, rt.gold),
      by_relation: Object.fromEntries(SCORED_RELATIONS.map((k) => [k, { ...prf(rstats[k].tp, rstats[k].fp, rstats[k].gold), ...rstats[k] }])) as Record<ScoredRelation, RelationScore>,
    },
    false_positives: falsePos,
    duplicates: dups,
    missed,
    wrong_edges: wrongEdges,
    missed_relations: missedRel,
  };
}

// --- output --------------------------------------------------------------------------------------------

/** Keys whose numbers Python holds as floats (printed 1.0, 0.5); every other number is an int. */
const FLOAT_KEYS = new Set(['precision', 'recall', 'f1']);

/** json.dumps's string encoding (ensure_ascii): everything outside space..~ escaped, \uXXXX per UTF-16 unit. */
function jsonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || c > 0x7e) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** json.dumps(value, indent=2) */
function pyJsonDumps(value: unknown, indent = '', key = ''): string {
  const inner = indent + '  ';
  if (typeof value === 'string') return jsonString(value);
  if (typeof value === 'number') return FLOAT_KEYS.has(key) ? pyFloat(value) : pyStr(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => inner + pyJsonDumps(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Dict);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${jsonString(k)}: ${pyJsonDumps(v, inner, k)}`).join(',\n')}\n${indent}}`;
}

export interface FormatOptions {
  /** list false positives, duplicates, misses and wrong edges first (score.py --show) */
  show?: boolean;
  /** the result as JSON instead of the table (score.py --json; wins over show) */
  json?: boolean;
}

/** What `score.py … [--show] [--json]` prints for `result`, byte for byte, ending in a newline. */
export function formatScore(result: ScoreResult, { show = false, json = false }: FormatOptions = {}): string {
  if (json) return `${pyJsonDumps(result)}\n`;
  const out: string[] = [];
  if (show) {
    for (const key of ['false_positives', 'duplicates', 'missed', 'wrong_edges', 'missed_relations'] as const) {
      out.push(`${key} (${result[key].length}):`);
      for (const line of result[key]) out.push(`    ${line}`);
    }
  }
  const f = pyFixed3;
  const int = (n: number, width: number) => pyStr(n).padStart(width);
  out.push('kind          P      R      F1    tp  fp dup gold');
  for (const [k, s] of Object.entries(result.entities.by_kind)) {
    out.push(`${k.padEnd(12)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)} ${int(s.tp, 4)} ${int(s.fp, 3)} ${int(s.dup, 3)} ${int(s.gold, 4)}`);
  }
  out.push('relation      P      R      F1    tp  fp gold');
  for (const [k, s] of Object.entries(result.relations.by_relation)) {
    out.push(`${k.padEnd(15)} ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)} ${int(s.tp, 3)} ${int(s.fp, 3)} ${int(s.gold, 4)}`);
  }
  const e = result.entities;
  const r = result.relations;
  const met = result.relations.by_relation.met;
  out.push(`entities P=${f(e.precision)} R=${f(e.recall)} F1=${f(e.f1)} | relations P=${f(r.precision)} R=${f(r.recall)} F1=${f(r.f1)} | met F1=${f(met.f1)}`);
  return `${out.join('\n')}\n`;
}
