// PolNeAR dev: direct quotes and reported speech found, their cues, their speakers (a speaker is right
// when the Byline speaker actor has a mention on the head word of the gold Source), quote precision.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn } from './brat.mjs';
import { annotate, f3, notAnnotated, overlaps, ratio, round } from './common.mjs';
import { isNamedSource, lowerCaseWords, sourceHeads } from './source-head.mjs';

/** Marks the characters inside quotation marks (“…”, "…", and the newspaper style ''…'' with two apostrophes), the marks included; a paragraph break closes. */
export function quoteMask(text) {
  const mask = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' && text[i + 1] === '\n') open = false;
    if (ch === '“') open = true;
    else if (ch === '"') { mask[i] = 1; open = !open; continue; }
    else if (ch === "'" && text[i + 1] === "'") { mask[i] = mask[i + 1] = 1; open = !open; i++; continue; }
    if (open) mask[i] = 1;
    if (ch === '”') { mask[i] = 1; open = false; }
  }
  return mask;
}

/** A content is a direct quote when at least half of its letters and digits are inside quotation marks. */
function isDirect(text, mask, frags) {
  let inside = 0, all = 0;
  for (const f of frags) {
    for (let i = f.start; i < f.end; i++) {
      if (!/[\p{L}\p{N}]/u.test(text[i])) continue;
      all++;
      inside += mask[i];
    }
  }
  return all > 0 && inside / all >= 0.5;
}

const overlapLen = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const touches = (frags, span) => frags.some((f) => overlaps(f, span));

/** The claim with the most characters in the gold content, among those passing `keep`. */
function bestClaim(claims, frags, keep = () => true) {
  let best = null, most = 0;
  for (const c of claims) {
    if (!keep(c)) continue;
    const n = frags.reduce((s, f) => s + overlapLen(f, c), 0);
    if (n > most) { most = n; best = c; }
  }
  return best;
}

function actorSpans(ann, id) {
  const actor = ann.actors?.find((a) => a.id === id);
  return [...(actor?.mentions ?? []), ...(ann.mentions ?? []).filter((m) => m.actor === id)];
}

function speakerRight(ann, claim, heads) {
  if (!claim?.speaker) return false;
  const spans = actorSpans(ann, claim.speaker);
  return heads.some((h) => spans.some((m) => overlaps(m, h)));
}

// verbs and phrases of saying (the "speech cue": said that, told, according to, tweeted, denied,
// accused…), as opposed to PolNeAR's cues of belief, intention or evidence (believes, wants, polls show)
const SPEECH_CUE = new RegExp('\\b(sa(y|ys|id|ying)|told|tell|according to|add|wr[io]te?|writes|note|announc|ask|acknowledg|' +
  'warn|claim|argu|suggest|report|tweet|respond|recall|insist|declar|mention|explain|emphasi|stress|den(y|ied|ies)|' +
  'accus|cit(e|ed|es|ing)|describ|critici|condemn|call|urg|vow|pledg|promis|question|blast|attack|charg|demand|' +
  'confirm|admit|stat(ed|es|ing)|testif|repl(y|ied|ies)|predict|conced|echo|jok|quip|prais|complain|alleg|repeat|' +
  'counter|contend|indicat|point(ed|s)? out|put it)');

function speakerName(ann, claim) {
  if (!claim) return 'no claim';
  return claim.speaker ? ann.actors?.find((a) => a.id === claim.speaker)?.name ?? claim.speaker : 'no speaker';
}

function articleList(root, split) {
  const rows = readFileSync(join(root, 'primary-annotation.tsv'), 'utf8').trim().split('\n').slice(1);
  return rows.map((r) => r.split('\t')).filter(([s]) => s === split).map(([, article, annotator]) => ({
    id: article,
    path: join(root, split, 'text', `${article}.txt`),
    ann: join(root, split, 'attributions', `${article}_${annotator}.ann`),
  }));
}

function newCounts() {
  return { n: 0, found: 0, any: 0, named: 0, namedRight: 0, withSource: 0, right: 0 };
}

function add(k, o) {
  k.n++;
  if (o.found) k.found++;
  if (o.any) k.any++;
  if (!o.hasSource) return;
  k.withSource++;
  if (o.right) k.right++;
  if (o.named) { k.named++; if (o.right) k.namedRight++; }
}

const spanText = (text, frags) => frags.map((f) => text.slice(f.start, f.end)).join(' … ');

/**
 * One gold attribution: direct (mostly inside quotation marks) is found by an overlapping quote claim;
 * reported is found by an overlapping reported claim whose cue overlaps the gold cue. The speaker is
 * judged on the overlapping claim (a quote claim for direct quotes) with the most characters in the content.
 */
function scoreAttribution(a, ctx, c, errs) {
  const { text, ann, claims } = ctx;
  const direct = isDirect(text, ctx.mask, a.content);
  const hits = claims.filter((cl) => touches(a.content, cl));
  const found = direct ? hits.some((cl) => cl.kind === 'quote')
    : !!a.cue && hits.some((cl) => cl.kind === 'reported' && cl.cue && touches(a.cue.frags, cl.cue));
  const where = `“${text.slice(a.content[0].start, a.content[0].end).slice(0, 60)}”`;
  const cueText = a.cue ? spanText(text, a.cue.frags) : '';
  const speech = !direct && !!a.cue && SPEECH_CUE.test(cueText.toLowerCase());
  const tag = direct ? '' : ` [cue "${cueText}"${speech ? ', speech' : ''}]`;
  if (!found) errs.push(direct ? `  missed quote ${where}` : `  reported speech without its cue found${tag} ${where}`);
  const o = { found, any: hits.length > 0, hasSource: !!a.source, right: false, named: false };
  if (a.source) {
    const heads = sourceHeads(text, a.source);
    const claim = bestClaim(hits, a.content, direct ? (cl) => cl.kind === 'quote' : undefined);
    o.right = speakerRight(ann, claim, heads);
    o.named = isNamedSource(text, a.source, ctx.lower);
    if (!o.right && claim) errs.push(`  speaker of${tag}${o.named ? ' named' : ''} ${where}: got ${speakerName(ann, claim)}, want "${heads.map((h) => h.w).join('" or "')}" of "${spanText(text, a.source.frags)}"`);
  }
  if (o.any) c.recalled++;
  if (direct) { add(c.direct, o); return; }
  add(c.reported, o);
  if (speech) add(c.speech, o);
}

function scoreArticle(art, ann, c, verbose, log) {
  const text = readFileSync(art.path, 'utf8');
  const gold = parseAnn(readFileSync(art.ann, 'utf8'));
  const claims = ann?.claims ?? [];
  const ctx = { text, ann: ann ?? {}, claims, mask: quoteMask(text), lower: lowerCaseWords(text) };
  const errs = [];
  const attributions = gold.attributions.filter((a) => a.content.length);
  c.contents += attributions.length;
  for (const a of attributions) scoreAttribution(a, ctx, c, errs);
  for (const q of claims.filter((cl) => cl.kind === 'quote')) {
    if (gold.discard.some((d) => d.start <= q.start && q.end <= d.end)) continue;
    c.quotes++;
    if (attributions.some((a) => touches(a.content, q))) c.quoteHits++;
    else errs.push(`  quote not in any gold content “${q.text.slice(0, 60)}”`);
  }
  if (verbose && errs.length) log(`${art.id}:\n${errs.join('\n')}`);
}

function line(c, docs) {
  const named = (k) => `right named speaker ${f3(ratio(k.namedRight, k.named))} (of ${k.named}), of all ${f3(ratio(k.right, k.withSource))}`;
  const rep = (k, label) => `${label} (${k.n}): cue found ${f3(ratio(k.found, k.n))} (any claim ${f3(ratio(k.any, k.n))}), ${named(k)}`;
  return `${docs} articles; direct quotes (${c.direct.n}): found ${f3(ratio(c.direct.found, c.direct.n))}, ${named(c.direct)}; ` +
    `${rep(c.speech, 'reported with a speech cue')}; ${rep(c.reported, 'all reported')}; ` +
    `quote precision ${f3(ratio(c.quoteHits, c.quotes))} (${c.quotes} quotes); claim recall ${f3(ratio(c.recalled, c.contents))}`;
}

function figures(c) {
  const k = (x, pre) => ({
    [`${pre}_found`]: round(ratio(x.found, x.n)), [`${pre}_any_claim`]: round(ratio(x.any, x.n)),
    [`${pre}_named_speaker`]: round(ratio(x.namedRight, x.named)), [`${pre}_speaker_all`]: round(ratio(x.right, x.withSource)),
  });
  return { ...k(c.direct, 'direct'), ...k(c.speech, 'speech_cue'), ...k(c.reported, 'reported'),
    quote_precision: round(ratio(c.quoteHits, c.quotes)), claim_recall: round(ratio(c.recalled, c.contents)) };
}

export async function runPolnear({ data, cli, verbose, log, polnearSplit = 'dev' }) {
  const root = join(data, 'polnear');
  if (!existsSync(join(root, 'primary-annotation.tsv'))) return { skip: `${root} not found` };
  if (polnearSplit !== 'dev' && polnearSplit !== 'train') throw new Error(`--polnear-split ${polnearSplit}: dev or train (test is held out)`);
  const arts = articleList(root, polnearSplit).filter((a) => existsSync(a.path) && existsSync(a.ann));
  const anns = await annotate(cli, arts, { name: 'polnear' });
  const c = { direct: newCounts(), reported: newCounts(), speech: newCounts(), contents: 0, recalled: 0, quotes: 0, quoteHits: 0 };
  for (const art of arts) scoreArticle(art, anns.get(art.id), c, verbose, log);
  return { line: line(c, `${arts.length}${notAnnotated(arts.map((a) => a.id), anns)}`), figures: figures(c) };
}
