// Worker thread: runs the jobs it is sent and posts each packed batch back (its typed arrays transferred, not copied);
// once extraction is over it may be asked for the layout.
import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/load.ts';
import { transferables } from '../graph/pack.ts';
import { runJob } from './job.ts';
import type { Job, JobResult, LayoutRequest, LayoutResult } from './pool.ts';
import { positionsFor } from '../graph/layout.ts';

const knowledge = loadKnowledge();
parentPort!.on('message', (msg: Job | LayoutRequest) => {
  if ('layout' in msg) {
    let answer: LayoutResult;
    try {
      answer = { positions: positionsFor(msg.layout) };
    } catch (err) {
      answer = { error: (err as Error).stack ?? String(err) };
    }
    parentPort!.postMessage(answer);
    return;
  }
  const job = msg;
  let result: JobResult;
  try {
    result = runJob(job, knowledge);
  } catch (err) {
    parentPort!.postMessage({ id: job.id, error: (err as Error).stack ?? String(err) } satisfies JobResult);
    return;
  }
  parentPort!.postMessage(result, result.batch ? transferables(result.batch) : result.perFile!.flatMap((f) => transferables(f.batch)));
});
