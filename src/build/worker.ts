// Worker thread: runs the jobs it is sent and posts each packed batch back (its typed arrays transferred, not copied).
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.ts';
import { transferables } from '../graph/pack.ts';
import { runJob } from './job.ts';
import type { Job, JobResult } from './pool.ts';

const knowledge = loadKnowledge();
parentPort!.on('message', (job: Job) => {
  let result: JobResult;
  try {
    result = runJob(job, knowledge);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).stack ?? String(err) } satisfies JobResult);
    return;
  }
  parentPort!.postMessage(result, transferables(result.batch!));
});
