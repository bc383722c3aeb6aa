// The indexer process's entry (see indexerProcess.ts): background summaries asked for by the extension
// host over IPC, run by an analysis service of its own (its worker threads load dist/worker.js beside this
// bundle). Exits when the host goes.
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { AnalysisService, CancelledError } from './analysisService';
import type { IndexerRequest, IndexerResponse, IndexerSettings } from './indexerProcess';

const settings = JSON.parse(process.argv[2] || '{}') as IndexerSettings;
const service = new AnalysisService(join(__dirname, 'worker.js'), { parallel: settings.parallel, gcSlackMb: settings.gcSlackMb });

function reply(res: IndexerResponse): void {
  if (process.connected) process.send!(res);
}

// background work: this process's own thread yields to the editor too (its workers lower theirs)
try {
  if (process.platform === 'linux') setPriority(10);
} catch {
  // not allowed: normal priority
}

process.on('message', (req: IndexerRequest) => {
  if (req.type === 'cancel') return service.cancelBackground();
  if (req.type === 'stats') {
    const cpu = process.cpuUsage();
    return reply({ id: req.id, rss: process.memoryUsage().rss, cpu: (cpu.user + cpu.system) / 1e6 });
  }
  service.summarize(req.text, req.options).then(
    (summary) => reply({ id: req.id, json: JSON.stringify(summary) }),
    (e: Error) => reply(e instanceof CancelledError ? { id: req.id, cancelled: true } : { id: req.id, error: e.message || String(e) }),
  );
});

process.on('disconnect', () => {
  service.dispose();
  process.exit(0);
});
