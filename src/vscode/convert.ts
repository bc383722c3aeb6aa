// Conversions between the core's data and VS Code's: offsets to positions and ranges, Markdown text to
// untrusted MarkdownStrings.
import * as vscode from 'vscode';
import type { Span } from '../core/types';

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function toLocation(doc: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(doc.uri, toRange(doc, span));
}

/** Markdown built from article text (already escaped by core/cards): never trusted, no HTML, no icons. */
export function untrustedMarkdown(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}
