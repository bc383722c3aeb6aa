// Spellings of one transliterated name: Bagheri / Baqeri, Mohammed / Mohammad.
import { Generations } from '../generations';

/**
 * Spelling keys already computed, by name: one per document session (see session.ts). Generational, like
 * the piece cache: a key survives only while the latest run still asks for it, so memory follows the
 * document and not its edit history.
 */
export class SpellingMemo extends Generations<string> {
  override set(name: string, key: string): void {
    // a pathological document (a megabyte of distinct names) does not grow the memo without bound
    if (this.current.size > 50000) this.current.clear();
    super.set(name, key);
  }
}

/** A spelling key for transliterated names: Bagheri, Baqeri -> "bagari"; Mohammed, Mohammad -> "mohamad". */
export function spellingKey(name: string, memo?: SpellingMemo): string {
  let key = memo?.get(name);
  if (key === undefined) {
    key = computeSpellingKey(name);
    memo?.set(name, key);
  }
  return key;
}

function computeSpellingKey(name: string): string {
  let s = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '');
  s = s.replace(/gh/g, 'g').replace(/kh/g, 'k').replace(/q/g, 'g').replace(/ck/g, 'k').replace(/c(?=[aou])/g, 'k')
    .replace(/ph/g, 'f').replace(/y/g, 'i').replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/e/g, 'a')
    .replace(/(.)\1+/g, '$1');
  return s;
}

function editDistance1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Are these two surnames spellings of one name? Conservative: same spelling key, or one edit apart on long names. */
export function sameSurname(a: string, b: string, memo?: SpellingMemo): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (a[0]?.toLowerCase() !== b[0]?.toLowerCase()) return false;
  const ka = spellingKey(a, memo), kb = spellingKey(b, memo);
  if (ka === kb && ka.length >= 4) return true;
  return a.length >= 6 && b.length >= 6 && editDistance1(ka, kb);
}
