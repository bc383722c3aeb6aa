// The second pass: every occurrence of a name the document has typed, also where the first pass did not
// propose it (a headline, a spelling variant "Baqeri" of a known surname "Bagheri").
import { isKnownPlace } from '../lexicon/places';
import { STRONG_FUNCTION_TAGS } from '../lexicon/name-words';
import type { EntityType } from '../types';
import { hasTag, joined, namey, type Candidate, type Env } from './env';
import { spellingKey } from './spelling';
import { lowerKey } from './words';

/** The first pass's candidates, longest first where they overlap, each with its name's voted type; marks their words covered. */
export function typedSpans(env: Env, cands: Candidate[], typeOf: ReadonlyMap<string, EntityType>, covered: Uint8Array): Candidate[] {
  const spans: Candidate[] = [];
  cands.sort((x, y) => x.a - y.a || y.b - x.b);
  for (const c of cands) {
    let clash = false;
    for (let k = c.a; k < c.b; k++) if (covered[k]) clash = true;
    if (clash) continue;
    for (let k = c.a; k < c.b; k++) covered[k] = 1;
    const type = c.fixed ? c.type : typeOf.get(lowerKey(env.ws, c.a, c.b)) ?? c.type;
    spans.push({ ...c, type, why: type === c.type || !env.explain ? c.why : `the document's vote for this name (read alone as ${c.type}: ${c.why})` });
  }
  return spans;
}

/** Known names at uncovered words, appended to spans. */
export function recallKnownNames(env: Env, typeOf: ReadonlyMap<string, EntityType>, surnames: ReadonlySet<string>, covered: Uint8Array, spans: Candidate[]): void {
  const { ws } = env;
  let maxLen = 1;
  const firstWords = new Set<string>();
  for (const k of typeOf.keys()) {
    const parts = k.split(' ');
    maxLen = Math.max(maxLen, parts.length);
    firstWords.add(parts[0]);
  }
  maxLen = Math.min(maxLen, 8);
  // spelling keys of known surnames, for variants ("Baqeri" after "Bagheri")
  const surnameByKey = new Map<string, string>();
  for (const sn of surnames) if (sn.length >= 6 && typeOf.get(sn) === 'person') surnameByKey.set(spellingKey(sn, env.spelling), sn);
  for (let i = 0; i < ws.length; i++) {
    if (covered[i] || !ws[i].cap || ws[i].punct) continue;
    const variantOk = ws[i].text.length >= 6 && surnameByKey.has(spellingKey(ws[i].text, env.spelling));
    if (!firstWords.has(ws[i].lower) && !variantOk && !(env.capsSentence[ws[i].sentence] && isKnownPlace(ws[i].lower))) {
      if (!env.capsSentence[ws[i].sentence]) continue;
    }
    // the words joined to word i, uncovered, and their keys (one word more each)
    const top = Math.min(maxLen, ws.length - i);
    const keys: string[] = [];
    for (let k = i; k < i + top; k++) {
      if (covered[k] || (k > i && !joined(env, k - 1, k))) break;
      keys.push(k === i ? ws[k].lower : keys[keys.length - 1] + ' ' + ws[k].lower);
    }
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1];
      let type = typeOf.get(key);
      if (!type && env.capsSentence[ws[i].sentence] && isKnownPlace(key)) type = 'place';
      if (!type && n === 1 && ws[i].text.length >= 6 && !env.lowerVocabulary.has(ws[i].lower) && !hasTag(ws[i], ...STRONG_FUNCTION_TAGS)) {
        // "Baqeri" after "Bagheri": a spelling variant of a surname already known
        if (variantOk) type = 'person';
      }
      if (!type) continue;
      // the next word continues a name we do not know: leave it
      if (i + n < ws.length && joined(env, i + n - 1, i + n) && namey(ws[i + n], env) && !ws[i + n - 1].possessive && !env.capsSentence[ws[i].sentence]) break;
      for (let k = i; k < i + n; k++) covered[k] = 1;
      const why = !env.explain ? undefined : typeOf.has(key) ? `the name "${key}" is a ${type} elsewhere in the document` : type === 'place' ? 'a known place in a headline' : 'a spelling variant of a surname named before';
      spans.push({ a: i, b: i + n, type, strength: 1, why });
      break;
    }
  }
}
