// Names a graph file may not use as node keys, edge keys or attribute names: graphology keeps neighbours in plain
// objects keyed by node, so a key naming a member of every object would reach Object.prototype ("__proto__") or read
// an inherited member as an edge ("constructor", "toString": a crash in neighbours, paths and exports). Browser-safe.

/** Keys that name members of every JavaScript object (all of Object.prototype's), and "prototype". */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** Whether `key` may name a node, an edge or an attribute. */
export function isSafeKey(key: unknown): boolean {
  return !FORBIDDEN_KEYS.has(String(key));
}

/** The first own key of `record` that is forbidden, if any (JSON.parse makes "__proto__" an own key). */
export function forbiddenKeyIn(record: object): string | undefined {
  for (const k of Object.keys(record)) if (FORBIDDEN_KEYS.has(k)) return k;
  return undefined;
}
