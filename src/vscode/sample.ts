// The walkthrough's sample article: the seed article shipped in the .vsix, copied once into the
// extension's global storage (so corrections can be saved beside it and the shipped file stays as it
// is), then opened.
import * as vscode from 'vscode';

export const SAMPLE_NAME = 'seed-article.txt';

export async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor | undefined> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'seeds', SAMPLE_NAME);
  const dir = vscode.Uri.joinPath(context.globalStorageUri, 'sample');
  const copy = vscode.Uri.joinPath(dir, SAMPLE_NAME);
  try {
    const exists = await vscode.workspace.fs.stat(copy).then(() => true, () => false);
    if (!exists) {
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(source));
    }
    return await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(copy), { preview: false });
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Byline: could not open the sample article: {0}', (e as Error).message));
    return undefined;
  }
}
