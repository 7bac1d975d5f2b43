// Names a graph file may not use as node keys, edge keys or attribute names: graphology and plain objects keyed by
// them would reach Object.prototype ("__proto__") or inherited members ("constructor"). Browser-safe.

/** Keys that name members of every JavaScript object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether `key` may name a node, an edge or an attribute. */
export function isSafeKey(key: unknown): boolean {
  return !FORBIDDEN_KEYS.has(String(key));
}

/** The first own key of `record` that is forbidden, if any (JSON.parse makes "__proto__" an own key). */
export function forbiddenKeyIn(record: object): string | undefined {
  for (const k of Object.keys(record)) if (FORBIDDEN_KEYS.has(k)) return k;
  return undefined;
}
