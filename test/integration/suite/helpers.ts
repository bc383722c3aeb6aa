// Shared helpers for integration suites: where the seeds are, opening them, waiting for the extension.
import * as path from 'path';
import * as vscode from 'vscode';

/** The repository root: suites are bundled to out/test/integration/*.js. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const EXTENSION_ID = 'byline-news.byline';

export function seedUri(name = 'seed-article.txt'): vscode.Uri {
  return vscode.Uri.file(path.join(repoRoot, 'seeds', name));
}

/** Opens a file in an editor and makes sure Byline is active. */
export async function openAndActivate(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  await ext.activate();
  return editor;
}

/** Polls `probe` until it returns a value other than undefined, or fails after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The text of every hover at a position, joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}
