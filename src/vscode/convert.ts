// Conversions between the core's UTF-16 offsets and VS Code positions and ranges.
import * as vscode from 'vscode';
import type { Span } from '../core/types';

export function toRange(doc: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function toLocation(doc: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(doc.uri, toRange(doc, span));
}
