// The worker thread's script bundled from the sources: it runs a job as this thread does, and is rebuilt when stale.
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledWorker } from '../../src/build/worker-bundle.ts';
import { runJob } from '../../src/build/job.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Job, JobResult } from '../../src/build/pool.ts';

const ARTICLES = fileURLToPath(new URL('../../data/articles/', import.meta.url));

function runOnThread(script: URL, job: Job): Promise<JobResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(script);
    w.once('message', (m: JobResult) => {
      void w.terminate();
      resolve(m);
    });
    w.once('error', reject);
    w.postMessage(job);
  });
}

describe('bundled worker', () => {
  it('runs an extraction job and gives what this thread gives', async () => {
    const script = bundledWorker();
    expect(script?.protocol).toBe('file:');
    const files = readdirSync(ARTICLES).sort().map((f) => join(ARTICLES, f));
    const job: Job = { id: 7, files, root: ARTICLES };
    const there = await runOnThread(script!, job);
    const here = runJob(job, loadKnowledge());
    expect(there.error).toBeUndefined();
    expect(there.articles).toBe(files.length);
    expect(there.perFile!.map((f) => f.path)).toEqual(files);
    expect(there.perFile!.map((f) => f.hash)).toEqual(here.perFile!.map((f) => f.hash));
    there.perFile!.forEach((f, i) => {
      expect(f.batch.strings).toEqual(here.perFile![i].batch.strings);
      expect([...f.batch.relations]).toEqual([...here.perFile![i].batch.relations]);
    });
  });

  it('is bundled again when a source file is newer than it', () => {
    const path = fileURLToPath(bundledWorker()!);
    const old = new Date('2001-06-15T00:00:00Z');
    utimesSync(path, old, old);
    expect(statSync(path).mtimeMs).toBe(old.getTime());
    expect(fileURLToPath(bundledWorker()!)).toBe(path);
    expect(statSync(path).mtimeMs).toBeGreaterThan(old.getTime());
  });
});
