// activate(): build the services and register every provider and command (placeholder until the adapter lands).
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';

export function activate(context: vscode.ExtensionContext): void {
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }, { language: 'markdown' }, { language: 'news' }];
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, {
    provideHover(doc, pos) {
      const a = analyze(doc.getText());
      const off = doc.offsetAt(pos);
      const m = a.mentions.find((x) => x.start <= off && off < x.end);
      if (!m) return undefined;
      const md = new vscode.MarkdownString();
      md.appendText(`${m.text} — ${m.type}`);
      md.isTrusted = false;
      return new vscode.Hover(md, new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
    },
  }));
}

export function deactivate(): void {}
