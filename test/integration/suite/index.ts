// The mocha runner inside the extension host: runTests() loads this (bundled to
// out/test/integration/index.js) and calls run(). Every *.test.js beside it is a suite.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    timeout: 60_000,
    color: false,
    // The spec reporter writes through console.log, which the extension host forwards to the window
    // (desktop) or to window.codeAutomationLog (code-server shim): either way it reaches stdout.
    reporter: 'spec',
    grep: process.env.BYLINE_TEST_GREP || undefined,
  });
  // restricted*.test.js run only in the Restricted Mode pass (BYLINE_RESTRICTED=1), the others only outside it
  const restricted = process.env.BYLINE_RESTRICTED === '1';
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js') && f.startsWith('restricted') === restricted).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
