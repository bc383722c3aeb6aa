// Dates a happening takes from another happening the text ties it to, when its own clause gives none:
// "signed the day after the lifting of the embargo" (the lifting's date), and a visit whose arrival is
// dated ("arriving in Moscow on Sunday" dates the visit to Russia, not a trip elsewhere). Nothing else: an undated
// happening stays undated.
import type { Token } from '../text/tagger';
import type { Actor } from '../types';
import type { Happening } from './happenings';

/** Words between a trigger and "after"/"before" in a relative date ("the day after", "shortly before"). */
const RELATIVE_LEAD = /^(the|a|one|day|days|week|weeks|month|months|hours|shortly|soon|just|immediately|two|three)$/;

export function inferDates(toks: readonly Token[], happenings: readonly Happening[], actors: readonly Actor[]): void {
  const byTok = new Map<number, Happening>();
  for (const h of happenings) for (const m of h.mentions) byTok.set(m.tok, h);
  for (const h of happenings) {
    if (h.date) continue;
    for (const m of h.mentions) {
      const date = relativeDate(toks, m.tok, h, byTok);
      if (date) { h.date = date; break; }
    }
  }
  const country = new Map(actors.map((a) => [a.id, a.country ?? a.name]));
  for (const h of happenings) if (!h.date && h.mentions[0].ev.type === 'travel') h.date = arrivalDate(h, happenings, country);
}

/** "signed the day after the lifting of the embargo": the date of the happening after "after"/"before". */
function relativeDate(toks: readonly Token[], tok: number, h: Happening, byTok: ReadonlyMap<number, Happening>): string | undefined {
  const s = toks[tok].sentence;
  let k = tok + 1;
  while (k < toks.length && k <= tok + 4 && toks[k].sentence === s && RELATIVE_LEAD.test(toks[k].normal)) k++;
  if (k >= toks.length || !/^(after|before)$/.test(toks[k].normal) || toks[k].sentence !== s) return undefined;
  const dayShift = toks[k - 1].normal === 'day' && toks[k - 2]?.normal === 'the' ? (toks[k].normal === 'after' ? 1 : -1) : 0;
  for (let j = k + 1; j < toks.length && j <= k + 9 && toks[j].sentence === s; j++) {
    const other = byTok.get(j);
    if (!other || other === h) continue;
    if (!other.date) return undefined;
    return dayShift && other.date.length === 10 ? shiftDay(other.date, dayShift) : other.date.length === 10 ? other.date.slice(0, 7) : other.date;
  }
  return undefined;
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A visit takes the date of the one dated arrival of the document in the visit's country ("arriving in
 * Moscow on Sunday" for a visit to Russia) whose participants do not clash with it.
 */
function arrivalDate(h: Happening, happenings: readonly Happening[], country: ReadonlyMap<string, string>): string | undefined {
  if (!h.place) return undefined;
  const where = country.get(h.place);
  const arrivals = happenings.filter((a) => a !== h && a.date && a.place && country.get(a.place) === where && a.mentions.some((m) => m.lemma === 'arrive')
    && (a.participants.size === 0 || h.participants.size === 0 || [...a.participants].some((p) => h.participants.has(p))));
  return arrivals.length === 1 ? arrivals[0].date : undefined;
}
