// Running from TypeScript source, a worker thread would need tsx's loader, which is slow to start in every thread (its
// own loader thread, every module transformed as it is imported: half a second before a thread's first result).
// Instead the worker's code is bundled into one plain ES module with esbuild (the transformer tsx itself uses) and
// reused until a source file changes. The bundle sits in node_modules/.sco-kg/, two folders below the project root
// as src/build/ is, so that the paths the code builds from import.meta.url ("../../data/gazetteer/") and its packages
// resolve as they do from the sources.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { reclaimTemporaries } from '../io/atomic-write.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLE_DIR = join(ROOT, 'node_modules', '.sco-kg');
const BUNDLE = join(BUNDLE_DIR, 'worker.mjs');

/** Newest modification time of the TypeScript sources under `dir` (0 when there are none). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The worker's script as plain JavaScript, bundled now if the sources changed since the last bundle; undefined when
 * it cannot be made (no esbuild, a read-only install), and the caller starts the thread through tsx instead.
 */
export function bundledWorker(): URL | undefined {
  try {
    const src = join(ROOT, 'src');
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSource(src)) {
      const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
      const out = esbuild.buildSync({
        entryPoints: [join(src, 'build', 'worker.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        packages: 'external',
        write: false,
        logLevel: 'silent',
      });
      mkdirSync(BUNDLE_DIR, { recursive: true });
      reclaimTemporaries(BUNDLE, false); // left by builds killed while bundling
      // written whole, then renamed: a build starting at the same moment never loads half a file
      const tmp = `${BUNDLE}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(tmp, out.outputFiles[0].contents);
      renameSync(tmp, BUNDLE);
    }
    return pathToFileURL(BUNDLE);
  } catch {
    return undefined;
  }
}
