// The viewer benchmark's graphs: a deterministic synthetic graph in the contract's shape, at any size (npm run
// bench:web, and the browser tests at the bench's size).
import { ENTITY_KINDS, type EntityKind } from '../graph/types.ts';
import { RELATIONS, STATED_RELATIONS, type RelationKind } from '../graph/relations.ts';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share of nodes per kind in the synthetic graph. */
const KIND_SHARE: Record<EntityKind, number> = { person: 0.62, organisation: 0.16, place: 0.1, initiative: 0.06, country: 0.04, summit: 0.02 };

/**
 * A graph in the contract's shape: `nodes` nodes in communities (positions clustered around community centres, as a
 * ForceAtlas2 layout would leave them), `edges` edges mostly inside communities, every relation kind, one evidence each.
 */
export function syntheticGraph(nodes: number, edges: number, seed = 42) {
  const rand = random(seed);
  const communities = Math.max(1, Math.round(nodes / 100));
  const centres = Array.from({ length: communities }, () => {
    const angle = rand() * 2 * Math.PI;
    const radius = Math.sqrt(rand()) * 1000;
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  });
  const kinds: EntityKind[] = [];
  for (const kind of ENTITY_KINDS) for (let i = 0; i < Math.round(KIND_SHARE[kind] * nodes); i++) kinds.push(kind);
  while (kinds.length < nodes) kinds.push('person');
  const articles: Record<string, { id: string; file: string; title: string; date: string }> = {};
  for (let i = 0; i < 500; i++) {
    const id = `a${i}`;
    articles[id] = { id, file: `${id}.txt`, title: `Synthetic article ${i} about SCO cooperation`, date: `${2015 + (i % 10)}-06-15` };
  }
  const nodeList = kinds.slice(0, nodes).map((kind, i) => {
    const c = centres[i % communities];
    const spread = 25 + rand() * 20;
    const label = `${kind[0].toUpperCase()}${kind.slice(1)} ${i}`;
    return {
      key: `${kind}:n${i}`,
      attributes: {
        kind,
        label,
        aliases: [label, `N${i}`],
        mentions: 1 + Math.floor(rand() * 20),
        articles: [`a${i % 500}`],
        ...(kind === 'person' ? { roles: ['Minister'] } : {}),
        ...(kind === 'summit' ? { year: 2001 + (i % 24), city: 'Astana', host: 'Kazakhstan', ordinal: null } : {}),
        x: c.x + (rand() - 0.5) * spread * 2,
        y: c.y + (rand() - 0.5) * spread * 2,
      },
    };
  });
  const byKind = new Map<EntityKind, number[]>(ENTITY_KINDS.map((k) => [k, []]));
  nodeList.forEach((n, i) => byKind.get(n.attributes.kind)!.push(i));
  const pick = (allowed: readonly EntityKind[], near: number) => {
    // 85 % inside the same community (same index modulo communities), else anywhere
    for (let tries = 0; tries < 20; tries++) {
      const kind = allowed[Math.floor(rand() * allowed.length)];
      const list = byKind.get(kind)!;
      if (!list.length) continue;
      const i = list[Math.floor(rand() * list.length)];
      if (rand() < 0.15 || i % communities === near % communities) return i;
    }
    return near;
  };
  const edgeList = [];
  for (let e = 0; e < edges; e++) {
    const relation: RelationKind = rand() < 0.45 ? 'co_mentioned' : STATED_RELATIONS[Math.floor(rand() * STATED_RELATIONS.length)];
    const spec = RELATIONS[relation];
    const fromKinds = byKind.get(spec.from[0]) ?? [];
    const s = fromKinds.length ? pick(spec.from, Math.floor(rand() * nodes)) : Math.floor(rand() * nodes);
    let t = pick(spec.to, s);
    if (t === s) t = (s + 1) % nodes;
    const article = `a${Math.floor(rand() * 500)}`;
    edgeList.push({
      key: `e${e}`,
      source: nodeList[s].key,
      target: nodeList[t].key,
      attributes: {
        relation,
        weight: 1 + Math.floor(-Math.log(1 - rand()) * 1.5),
        evidence: [{ article, sentence: `${nodeList[s].attributes.label} and ${nodeList[t].attributes.label} were named together in a synthetic sentence about cooperation.`, start: 0, end: 100 }],
      },
    });
  }
  return { attributes: { name: 'synthetic benchmark graph', articles }, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes: nodeList, edges: edgeList };
}
