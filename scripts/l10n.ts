// Byline's code strings and vscode.l10n: finds the user-facing string literals of src/vscode and
// src/service that are not passed through vscode.l10n.t (test/unit/l10n.test.ts fails on any), and
// writes l10n/bundle.l10n.json from the vscode.l10n.t calls (the file a translation starts from:
// copy it to bundle.l10n.<locale>.json and translate the values).
//   npx tsx scripts/l10n.ts          writes l10n/bundle.l10n.json
//   npx tsx scripts/l10n.ts --check  lists unlocalized literals and a stale bundle, exit 1 if any
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

export const ROOT = join(__dirname, '..');
export const BUNDLE = join(ROOT, 'l10n', 'bundle.l10n.json');
const SCANNED = ['src/vscode', 'src/service'];

/** Properties and fields whose text a person reads: quick pick items, tree items, inputs, badges… */
const UI_PROPS = new Set(['title', 'label', 'description', 'detail', 'tooltip', 'placeHolder', 'placeholder', 'prompt', 'message', 'openLabel', 'saveLabel', 'text', 'contentText', 'name', 'problem']);
/** Calls whose arguments are shown as they are. */
const UI_CALLS = new Set([
  'showInformationMessage', 'showWarningMessage', 'showErrorMessage', 'setStatusBarMessage', 'appendLine',
  'untrusted', 'untrustedMarkdown', 'say', 'action', 'pickActor',
]);
/** Constructors whose first argument is shown. */
const UI_NEW = new Set(['TreeItem', 'MarkdownString', 'CodeAction', 'Hover', 'DocumentSymbol']);
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.InstanceOfKeyword, ts.SyntaxKind.InKeyword,
]);

export interface Finding { file: string; line: number; text: string }

export function sourceFiles(): string[] {
  return SCANNED.flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true }).map(String)
    .filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, dir, f))).sort();
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
}

const nameOf = (e: ts.Expression): string | undefined =>
  ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;

/** `vscode.l10n.t(…)` or `l10n.t(…)`. */
export function isL10nCall(n: ts.Node): n is ts.CallExpression {
  if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression) || n.expression.name.text !== 't') return false;
  const obj = n.expression.expression;
  return nameOf(obj) === 'l10n';
}

/** Text with words in it: not codicons ($(check)), punctuation, or ids such as `byline.markPerson`. */
const hasWords = (s: string): boolean => !/^[\w-]*\.[\w.-]*$/.test(s) && /[A-Za-z]{2,}/.test(s.replace(/\$\([\w~-]+\)/g, ''));

/** The literal pieces of text inside a shown expression, outside l10n.t, comparisons and conditions. */
function shownLiterals(e: ts.Node, out: ts.Node[]): void {
  if (isL10nCall(e)) { e.arguments.slice(1).forEach((a) => shownLiterals(a, out)); return; }
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) { if (hasWords(e.text)) out.push(e); return; }
  if (ts.isTemplateExpression(e)) {
    if ([e.head.text, ...e.templateSpans.map((s) => s.literal.text)].some(hasWords)) out.push(e);
    e.templateSpans.forEach((s) => shownLiterals(s.expression, out));
    return;
  }
  if (ts.isBinaryExpression(e) && COMPARISONS.has(e.operatorToken.kind)) return;
  if (ts.isConditionalExpression(e)) { shownLiterals(e.whenTrue, out); shownLiterals(e.whenFalse, out); return; }
  if (ts.isElementAccessExpression(e)) { shownLiterals(e.expression, out); return; }
  if (ts.isCallExpression(e) && !UI_CALLS.has(nameOf(e.expression) ?? '')) {
    // `[…].join(' · ')`, `x.filter(…)`: the receiver is shown; other calls compute from their arguments
    if (ts.isPropertyAccessExpression(e.expression)) shownLiterals(e.expression.expression, out);
    return;
  }
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return;
  ts.forEachChild(e, (c) => shownLiterals(c, out));
}

/** The user-facing literals of one file that are not passed through vscode.l10n.t. */
export function unlocalized(file: string): Finding[] {
  const sf = parse(file);
  const shown: ts.Node[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && UI_CALLS.has(nameOf(n.expression) ?? '')) n.arguments.forEach((a) => shownLiterals(a, shown));
    if (ts.isNewExpression(n) && UI_NEW.has(nameOf(n.expression) ?? '') && n.arguments?.[0]) shownLiterals(n.arguments[0], shown);
    if (ts.isPropertyAssignment(n) && UI_PROPS.has(n.name.getText(sf))) shownLiterals(n.initializer, shown);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && UI_PROPS.has(n.left.name.text)) shownLiterals(n.right, shown);
    if (isL10nCall(n) && !(n.arguments[0] && ts.isStringLiteral(n.arguments[0]))) shown.push(n);
    if (ts.isBinaryExpression(n) && COMPARISONS.has(n.operatorToken.kind)) compared.push(n.left, n.right);
    ts.forEachChild(n, visit);
  };
  const compared: ts.Expression[] = [];
  visit(sf);
  // `pick === 'Load'` after showing vscode.l10n.t('Load'): a translated button would never match
  // (buttons are capitalized; lower-case ids such as 'quote' or 'person' compare data, not labels)
  const own = new Set(Object.keys(messages([file])));
  for (const e of compared) if (ts.isStringLiteral(e) && /^[A-Z]/.test(e.text) && own.has(e.text)) shown.push(e);
  const seen = new Set<ts.Node>();
  return shown.filter((n) => !seen.has(n) && !!seen.add(n)).map((n) => ({
    file: relative(ROOT, file), line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: n.getText(sf),
  }));
}

/** Every message passed to vscode.l10n.t, in file order, each once: the bundle's keys and values. */
export function messages(files = sourceFiles()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of files) {
    const visit = (n: ts.Node): void => {
      if (isL10nCall(n) && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) out[n.arguments[0].text] = n.arguments[0].text;
      ts.forEachChild(n, visit);
    };
    visit(parse(file));
  }
  return out;
}

export function bundleText(): string {
  return JSON.stringify(messages(), null, 2) + '\n';
}

function main(): void {
  if (process.argv.includes('--check')) {
    const found = sourceFiles().flatMap(unlocalized);
    for (const f of found) console.error(`${f.file}:${f.line}: ${f.text}`);
    let stale = false;
    try { stale = readFileSync(BUNDLE, 'utf8') !== bundleText(); } catch { stale = true; }
    if (stale) console.error('l10n/bundle.l10n.json is not up to date: run npx tsx scripts/l10n.ts');
    process.exit(found.length || stale ? 1 : 0);
  }
  writeFileSync(BUNDLE, bundleText());
  console.log(`${Object.keys(messages()).length} messages in ${relative(ROOT, BUNDLE)}`);
}

if (require.main === module) main();
