// Typed, defaulted view of the byline.* settings, read fresh on each call (never cached globally).
import * as vscode from 'vscode';
import { isCalendarDate } from '../core/dates/calendar';

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
  const rawDate = c.get<unknown>('articleDate');
  const date = typeof rawDate === 'string' ? rawDate.trim() : '';
  const languages = c.get<unknown>('languages');
  return {
    enable: c.get<boolean>('enable', true),
    languages: Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : ['plaintext', 'markdown', 'news'],
    highlights: c.get<boolean>('highlights.enabled', true),
    kinds,
    maxFileSize: Math.max(1000, c.get<number>('maxFileSize', 5_000_000)),
    articleDate: isCalendarDate(date) ? date : undefined,
    debounceMs: Math.min(5000, Math.max(0, c.get<number>('debounceMs', 300))),
  };
}

/** Why a set byline.articleDate is ignored (not a real YYYY-MM-DD date), for a warning; else undefined. */
export function articleDateProblem(scope?: vscode.ConfigurationScope): string | undefined {
  const raw = vscode.workspace.getConfiguration('byline', scope).get<unknown>('articleDate');
  const date = typeof raw === 'string' ? raw.trim() : raw;
  if (date === undefined || date === null || date === '' || (typeof date === 'string' && isCalendarDate(date))) return undefined;
  return vscode.l10n.t('Byline: the setting byline.articleDate is "{0}", which is not a date as YYYY-MM-DD (for example 2024-03-15). Byline ignores it and resolves relative dates from the dateline only.', String(date));
}

/** The part of the settings that changes analysis results: part of the store's cache key. */
export function analysisKey(cfg: BylineConfig): string {
  return cfg.articleDate ?? '';
}

export interface WorkspaceIndexConfig {
  enabled: boolean;
  include: string;
  exclude: string[];
  maxArticles: number;
}

export const DEFAULT_WORKSPACE_EXCLUDE = [
  '**/node_modules/**', '**/.git/**', '**/.hg/**', '**/.svn/**', '**/out/**', '**/dist/**', '**/build/**',
  '**/.vscode-test/**', '**/.byline/**', '**/bower_components/**', '**/.venv/**', '**/__pycache__/**',
];

/** The byline.workspace.* settings: which files of the open folders are articles. */
export function readWorkspaceConfig(): WorkspaceIndexConfig {
  const c = vscode.workspace.getConfiguration('byline');
  const include = (c.get<string>('workspace.include') ?? '').trim();
  const exclude = c.get<string[]>('workspace.exclude', DEFAULT_WORKSPACE_EXCLUDE);
  return {
    enabled: c.get<boolean>('enable', true) && c.get<boolean>('workspace.enabled', true),
    include: include || '**/*.{txt,md,news}',
    exclude: Array.isArray(exclude) ? exclude.filter((g) => typeof g === 'string' && g.trim()) : DEFAULT_WORKSPACE_EXCLUDE,
    maxArticles: Math.max(1, Math.floor(c.get<number>('workspace.maxArticles', 20000))),
  };
}
