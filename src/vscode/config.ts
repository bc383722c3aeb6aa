// Typed, defaulted view of the byline.* settings, read fresh on each call (never cached globally).
import * as vscode from 'vscode';

export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'date', 'event', 'quote'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface BylineConfig {
  enable: boolean;
  languages: string[];
  highlights: boolean;
  kinds: Record<HighlightKind, boolean>;
  maxFileSize: number;
  articleDate?: string;
  debounceMs: number;
}

export function readConfig(scope?: vscode.ConfigurationScope): BylineConfig {
  const c = vscode.workspace.getConfiguration('byline', scope);
  const kindsSetting = c.get<Partial<Record<HighlightKind, boolean>>>('highlights.kinds') ?? {};
  const kinds = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, kindsSetting[k] !== false])) as Record<HighlightKind, boolean>;
  const date = (c.get<string>('articleDate') ?? '').trim();
  return {
    enable: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'news']),
    highlights: c.get<boolean>('highlights.enabled', true),
    kinds,
    maxFileSize: Math.max(1000, c.get<number>('maxFileSize', 5_000_000)),
    articleDate: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
    debounceMs: Math.min(5000, Math.max(0, c.get<number>('debounceMs', 300))),
  };
}

/** The part of the settings that changes analysis results: part of the store's cache key. */
export function analysisKey(cfg: BylineConfig): string {
  return cfg.articleDate ?? '';
}
