// The first highlights of a long document: the part on screen is analyzed on its own first (a few
// paragraphs: a fraction of a second, where the whole document takes seconds) and drawn until the
// analysis of the whole document lands. Only the highlights use it; views, hovers and commands wait
// for the whole analysis.
import * as vscode from 'vscode';
import type { AnalysisIndex } from '../core/query';

/** Documents from this length get a preview of the part on screen when they are first analyzed. */
export const PREVIEW_MIN_CHARS = 30_000;
/** About how much text the preview reads: a screen of text and some paragraphs around it. */
const PREVIEW_CHARS = 6_000;

export interface Preview {
  /** Offset of the previewed text in the document: the preview's spans are relative to it. */
  base: number;
  index: AnalysisIndex;
}

/**
 * The lines to preview in `text` (the document's text now): from a line start a little above what an
 * editor shows (or the top) to a line end below it, about PREVIEW_CHARS; undefined for a short document.
 */
export function previewRange(doc: vscode.TextDocument, text: string): [number, number] | undefined {
  if (text.length < PREVIEW_MIN_CHARS) return undefined;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.visibleRanges[0];
  const top = visible ? doc.offsetAt(visible.start) : 0;
  const bottom = visible ? doc.offsetAt(visible.end) : 0;
  const from = Math.max(0, top - PREVIEW_CHARS / 6);
  let start = from > 0 ? text.lastIndexOf('\n', from) + 1 : 0;
  if (top - start > PREVIEW_CHARS / 2) start = from; // one very long line: cut inside it
  const to = Math.max(bottom + PREVIEW_CHARS / 6, start + PREVIEW_CHARS);
  let end = text.indexOf('\n', to);
  if (end < 0 || end - to > PREVIEW_CHARS / 2) end = Math.min(text.length, to);
  return end - start < text.length / 2 ? [start, end] : undefined;
}
