// The workspace bench in a process of its own (run by bench.ts): its main thread loads what the extension
// host loads (the analysis service and the index, not the engine), so the RSS it reports is the host's.
import { join } from 'node:path';
import { workspaceBench } from './workspace';

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

workspaceBench(join(__dirname, '..'), (s) => process.stderr.write(`${s}\n`), gc)
  .then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`))
  .catch((e) => {
    console.error(`workspace bench failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  });
