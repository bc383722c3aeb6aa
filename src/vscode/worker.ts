// Worker thread entry: runs analyze() off the extension host thread.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';

parentPort?.on('message', (msg: { id: number; text: string }) => {
  parentPort?.postMessage({ id: msg.id, analysis: analyze(msg.text) });
});
