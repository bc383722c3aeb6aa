// Where an article's corrections are kept: `article.txt.byline.json` beside it, or (setting
// byline.corrections.location = "workspace") under the workspace folder's `.byline/` folder.
import * as vscode from 'vscode';

export const SIDECAR_SUFFIX = '.byline.json';

export function sidecarUri(article: vscode.Uri): vscode.Uri | undefined {
  if (article.scheme === 'untitled') return undefined;
  const where = vscode.workspace.getConfiguration('byline', article).get<string>('corrections.location', 'beside');
  const folder = vscode.workspace.getWorkspaceFolder(article);
  if (where === 'workspace' && folder) {
    const rel = article.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return vscode.Uri.joinPath(folder.uri, '.byline', rel + SIDECAR_SUFFIX);
  }
  return article.with({ path: article.path + SIDECAR_SUFFIX });
}

/** `article.txt` -> `article.ann`: the brat file an annotation tool would keep beside it. */
export function siblingAnn(article: vscode.Uri): vscode.Uri | undefined {
  if (article.scheme === 'untitled') return undefined;
  return article.with({ path: article.path.replace(/\.[^./]+$/, '') + '.ann' });
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
    if (e instanceof TypeError) throw new Error('it is not valid UTF-8 text', { cause: e });
    throw e;
  }
}
