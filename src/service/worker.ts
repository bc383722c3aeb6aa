// Worker thread entry: runs analyze() off the host thread, one request at a time, skipping cancelled ones.
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, CancelledError, dropCache } from '../core/analyze';
import { CANCEL_SLOTS, type WorkerRequest, type AnalyzeResponse } from './protocol';

const cancelled = new Int32Array(workerData.cancel as SharedArrayBuffer);
const isCancelled = (id: number) => () => Atomics.load(cancelled, id % CANCEL_SLOTS) === id;

parentPort!.on('message', (req: WorkerRequest) => {
  if (req.type === 'forget') return dropCache(req.key);
  let res: AnalyzeResponse;
  try {
    if (isCancelled(req.id)()) res = { id: req.id, cancelled: true };
    else res = { id: req.id, analysis: analyze(req.text, { ...req.options, isCancelled: isCancelled(req.id) }) };
  } catch (e) {
    res = e instanceof CancelledError ? { id: req.id, cancelled: true } : { id: req.id, error: (e as Error).message || String(e) };
  }
  parentPort!.postMessage(res);
});
