// The viewer imports src/export/gexf.ts in the browser: nothing it loads may import node: modules or runtime packages.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

/** Every module `entry` loads at run time (type-only imports are erased), following relative imports. */
function runtimeImports(entry: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(entry)) return seen;
  const source = readFileSync(entry, 'utf8');
  const specs = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  seen.set(entry, specs);
  for (const spec of specs) if (spec.startsWith('.')) runtimeImports(resolve(dirname(entry), spec), seen);
  return seen;
}

describe('src/export/gexf.ts is browser-safe', () => {
  const graph = runtimeImports(resolve(ROOT, 'src/export/gexf.ts'));

  it('loads only project modules, no node: built-ins and no npm packages', () => {
    const external = [...graph].flatMap(([file, specs]) => specs.filter((s) => !s.startsWith('.')).map((s) => `${file}: ${s}`));
    expect(external).toEqual([]);
    expect(graph.size).toBeGreaterThan(2); // the walk did follow gexf.ts's own imports
  });

  it('the walk would notice a node: import (control)', () => {
    const found = runtimeImports(resolve(ROOT, 'src/export/write-export.ts'));
    expect([...found.values()].flat()).toContain('node:fs');
  });
});
