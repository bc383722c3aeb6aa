// Event triggers: the words that say something happened, typed with the README's event types and
// matched by lemma ("met", "meets", "meeting" → meet). Reviewed by hand; generic nouns ("cooperation",
// "interest") and speech verbs (claims, not events) are deliberately absent.
import type { EventType } from '../types';

/**
 * Context a trigger needs before it counts (checked in events.ts):
 * - `figure`: a market move, only with a figure after it or a market word before it ("shares rose 3%")
 * - `rates`: a central-bank move, only with "rate(s)" right after it ("kept its deposit rate unchanged")
 * - `fire`: conflict ("fired tear gas"), or personnel when a person is fired
 * - `strike`: conflict, or a protest when workers strike; "strike a deal" is not an event
 * - `receive`: a meeting only when someone (a person, a delegation) is received
 * - `block`: a protest, a legal act or other, from the sentence
 * - `decision`: economic next to rates and markets, otherwise other
 * - `host`: a meeting, unless the event hosted is named right after it (that noun is the trigger)
 * - `object`: a verb that counts only with a noun object, not a clause ("recall about 84,000 scooters")
 */
export type TriggerRule = 'figure' | 'rates' | 'fire' | 'strike' | 'receive' | 'block' | 'decision' | 'host' | 'object';

export interface TriggerEntry {
  lemma: string;
  type: EventType;
  pos?: 'noun' | 'verb';
  rule?: TriggerRule;
}

export const TRIGGERS: readonly TriggerEntry[] = [
  { lemma: 'accord', type: 'agreement', pos: 'noun' },
  { lemma: 'acquire', type: 'economic', pos: 'verb' },
  { lemma: 'acquisition', type: 'economic', pos: 'noun' },
  { lemma: 'acquit', type: 'legal', pos: 'verb' },
  { lemma: 'agree', type: 'agreement', pos: 'verb' },
  { lemma: 'agreement', type: 'agreement', pos: 'noun' },
  { lemma: 'aid', type: 'aid', pos: 'noun' },
  { lemma: 'airstrike', type: 'conflict' },
  { lemma: 'ambush', type: 'conflict' },
  { lemma: 'appoint', type: 'personnel', pos: 'verb' },
  { lemma: 'appointment', type: 'personnel', pos: 'noun' },
  { lemma: 'arrest', type: 'legal' },
  { lemma: 'arrival', type: 'travel', pos: 'noun' },
  { lemma: 'arrive', type: 'travel', pos: 'verb' },
  { lemma: 'assault', type: 'conflict' },
  { lemma: 'attack', type: 'conflict' },
  { lemma: 'bankruptcy', type: 'economic', pos: 'noun' },
  { lemma: 'bar', type: 'legal', pos: 'verb' },
  { lemma: 'beat', type: 'other', pos: 'verb' },
  { lemma: 'block', type: 'other', pos: 'verb', rule: 'block' },
  { lemma: 'bomb', type: 'conflict', pos: 'verb' },
  { lemma: 'bombing', type: 'conflict', pos: 'noun' },
  { lemma: 'boycott', type: 'protest' },
  { lemma: 'buy', type: 'economic', pos: 'verb' },
  { lemma: 'capsize', type: 'disaster', pos: 'verb' },
  { lemma: 'ceasefire', type: 'agreement' },
  { lemma: 'charge', type: 'legal', pos: 'verb' },
  { lemma: 'clash', type: 'conflict' },
  { lemma: 'climb', type: 'economic', rule: 'figure' },
  { lemma: 'condemn', type: 'criticism', pos: 'verb' },
  { lemma: 'condemnation', type: 'criticism', pos: 'noun' },
  { lemma: 'conference', type: 'meeting', pos: 'noun' },
  { lemma: 'convict', type: 'legal', pos: 'verb' },
  { lemma: 'conviction', type: 'legal', pos: 'noun' },
  { lemma: 'criticise', type: 'criticism', pos: 'verb' },
  { lemma: 'criticism', type: 'criticism', pos: 'noun' },
  { lemma: 'criticize', type: 'criticism', pos: 'verb' },
  { lemma: 'cut', type: 'economic', rule: 'rates' },
  { lemma: 'cyclone', type: 'disaster', pos: 'noun' },
  { lemma: 'deal', type: 'agreement', pos: 'noun' },
  { lemma: 'decision', type: 'other', pos: 'noun', rule: 'decision' },
  { lemma: 'defeat', type: 'other', pos: 'verb' },
  { lemma: 'demonstration', type: 'protest', pos: 'noun' },
  { lemma: 'denounce', type: 'criticism', pos: 'verb' },
  { lemma: 'deploy', type: 'military', pos: 'verb' },
  { lemma: 'deployment', type: 'military', pos: 'noun' },
  { lemma: 'detain', type: 'legal', pos: 'verb' },
  { lemma: 'detention', type: 'legal', pos: 'noun' },
  { lemma: 'dismiss', type: 'personnel', pos: 'verb' },
  { lemma: 'donate', type: 'aid', pos: 'verb' },
  { lemma: 'donation', type: 'aid', pos: 'noun' },
  { lemma: 'drill', type: 'military', pos: 'noun' },
  { lemma: 'drop', type: 'economic', rule: 'figure' },
  { lemma: 'drought', type: 'disaster', pos: 'noun' },
  { lemma: 'earthquake', type: 'disaster', pos: 'noun' },
  { lemma: 'elect', type: 'personnel', pos: 'verb' },
  { lemma: 'election', type: 'personnel', pos: 'noun' },
  { lemma: 'embargo', type: 'economic', pos: 'noun' },
  { lemma: 'erupt', type: 'disaster', pos: 'verb' },
  { lemma: 'eruption', type: 'disaster', pos: 'noun' },
  { lemma: 'evacuate', type: 'disaster', pos: 'verb' },
  { lemma: 'evacuation', type: 'disaster', pos: 'noun' },
  { lemma: 'exercise', type: 'military', pos: 'noun' },
  { lemma: 'extradite', type: 'legal', pos: 'verb' },
  { lemma: 'fall', type: 'economic', rule: 'figure' },
  { lemma: 'fire', type: 'conflict', pos: 'verb', rule: 'fire' },
  { lemma: 'flood', type: 'disaster', pos: 'noun' },
  { lemma: 'flooding', type: 'disaster', pos: 'noun' },
  { lemma: 'hearing', type: 'legal', pos: 'noun' },
  { lemma: 'hike', type: 'economic', rule: 'rates' },
  { lemma: 'hire', type: 'personnel', pos: 'verb' },
  { lemma: 'host', type: 'meeting', pos: 'verb', rule: 'host' },
  { lemma: 'hurricane', type: 'disaster', pos: 'noun' },
  { lemma: 'imprison', type: 'legal', pos: 'verb' },
  { lemma: 'inauguration', type: 'personnel', pos: 'noun' },
  { lemma: 'indict', type: 'legal', pos: 'verb' },
  { lemma: 'indictment', type: 'legal', pos: 'noun' },
  { lemma: 'injure', type: 'conflict', pos: 'verb' },
  { lemma: 'invade', type: 'conflict', pos: 'verb' },
  { lemma: 'invasion', type: 'conflict', pos: 'noun' },
  { lemma: 'jail', type: 'legal', pos: 'verb' },
  { lemma: 'join', type: 'personnel', pos: 'verb' },
  { lemma: 'jump', type: 'economic', rule: 'figure' },
  { lemma: 'keep', type: 'economic', rule: 'rates' },
  { lemma: 'kill', type: 'conflict', pos: 'verb' },
  { lemma: 'landfall', type: 'disaster', pos: 'noun' },
  { lemma: 'landslide', type: 'disaster', pos: 'noun' },
  { lemma: 'lawsuit', type: 'legal', pos: 'noun' },
  { lemma: 'lower', type: 'economic', pos: 'verb', rule: 'rates' },
  { lemma: 'march', type: 'protest' },
  { lemma: 'meet', type: 'meeting', pos: 'verb' },
  { lemma: 'meeting', type: 'meeting', pos: 'noun' },
  { lemma: 'merger', type: 'economic', pos: 'noun' },
  { lemma: 'negotiate', type: 'meeting', pos: 'verb' },
  { lemma: 'negotiation', type: 'meeting', pos: 'noun' },
  { lemma: 'nominate', type: 'personnel', pos: 'verb' },
  { lemma: 'nomination', type: 'personnel', pos: 'noun' },
  { lemma: 'oust', type: 'personnel', pos: 'verb' },
  { lemma: 'pact', type: 'agreement', pos: 'noun' },
  { lemma: 'patrol', type: 'military', pos: 'noun' },
  { lemma: 'plead', type: 'legal', pos: 'verb' },
  { lemma: 'plunge', type: 'economic', rule: 'figure' },
  { lemma: 'prosecute', type: 'legal', pos: 'verb' },
  { lemma: 'protest', type: 'protest' },
  { lemma: 'purchase', type: 'economic' },
  { lemma: 'quake', type: 'disaster', pos: 'noun' },
  { lemma: 'raid', type: 'conflict' },
  { lemma: 'raise', type: 'economic', pos: 'verb', rule: 'rates' },
  { lemma: 'rally', type: 'protest', pos: 'noun' },
  { lemma: 'recall', type: 'economic', rule: 'object' },
  { lemma: 'receive', type: 'meeting', pos: 'verb', rule: 'receive' },
  { lemma: 'reject', type: 'criticism', pos: 'verb' },
  { lemma: 'rescue', type: 'disaster', pos: 'verb' },
  { lemma: 'resign', type: 'personnel', pos: 'verb' },
  { lemma: 'resignation', type: 'personnel', pos: 'noun' },
  { lemma: 'return', type: 'travel', pos: 'verb' },
  { lemma: 'riot', type: 'protest', pos: 'noun' },
  { lemma: 'rise', type: 'economic', rule: 'figure' },
  { lemma: 'ruling', type: 'legal', pos: 'noun' },
  { lemma: 'sack', type: 'personnel', pos: 'verb' },
  { lemma: 'sanction', type: 'economic' },
  { lemma: 'score', type: 'other', pos: 'verb' },
  { lemma: 'seize', type: 'conflict', pos: 'verb' },
  { lemma: 'sell', type: 'economic', pos: 'verb' },
  { lemma: 'sentence', type: 'legal', pos: 'verb' },
  { lemma: 'shell', type: 'conflict', pos: 'verb' },
  { lemma: 'shelling', type: 'conflict', pos: 'noun' },
  { lemma: 'shoot', type: 'conflict', pos: 'verb' },
  { lemma: 'shooting', type: 'conflict', pos: 'noun' },
  { lemma: 'sign', type: 'agreement', pos: 'verb' },
  { lemma: 'slip', type: 'economic', rule: 'figure' },
  { lemma: 'slump', type: 'economic', rule: 'figure' },
  { lemma: 'storm', type: 'disaster', pos: 'noun' },
  { lemma: 'strike', type: 'conflict', rule: 'strike' },
  { lemma: 'sue', type: 'legal', pos: 'verb' },
  { lemma: 'summit', type: 'meeting', pos: 'noun' },
  { lemma: 'surge', type: 'economic', pos: 'verb', rule: 'figure' },
  { lemma: 'takeover', type: 'economic', pos: 'noun' },
  { lemma: 'talks', type: 'meeting', pos: 'noun' },
  { lemma: 'tariff', type: 'economic', pos: 'noun' },
  { lemma: 'tornado', type: 'disaster', pos: 'noun' },
  { lemma: 'travel', type: 'travel', pos: 'verb' },
  { lemma: 'treaty', type: 'agreement', pos: 'noun' },
  { lemma: 'trial', type: 'legal', pos: 'noun' },
  { lemma: 'trip', type: 'travel', pos: 'noun' },
  { lemma: 'truce', type: 'agreement', pos: 'noun' },
  { lemma: 'tsunami', type: 'disaster', pos: 'noun' },
  { lemma: 'typhoon', type: 'disaster', pos: 'noun' },
  { lemma: 'verdict', type: 'legal', pos: 'noun' },
  { lemma: 'visit', type: 'travel' },
  { lemma: 'vote', type: 'other' },
  { lemma: 'walkout', type: 'protest', pos: 'noun' },
  { lemma: 'wildfire', type: 'disaster', pos: 'noun' },
  { lemma: 'win', type: 'other', pos: 'verb' },
  { lemma: 'wound', type: 'conflict', pos: 'verb' },
];

/** Several-word triggers, by lemma of each word ("made landfall", "state visit", "took office"). */
export const TRIGGER_PHRASES: ReadonlyArray<{ words: readonly string[]; type: EventType }> = [
  { words: ['air', 'strike'], type: 'conflict' },
  { words: ['call', 'off'], type: 'protest' },
  { words: ['come', 'to', 'power'], type: 'personnel' },
  { words: ['exchange', 'fire'], type: 'conflict' },
  { words: ['go', 'public'], type: 'economic' },
  { words: ['open', 'fire'], type: 'conflict' },
  { words: ['phone', 'call'], type: 'meeting' },
  { words: ['state', 'visit'], type: 'travel' },
  { words: ['step', 'down'], type: 'personnel' },
  { words: ['swear', 'in'], type: 'personnel' },
  { words: ['take', 'office'], type: 'personnel' },
  { words: ['telephone', 'call'], type: 'meeting' },
  { words: ['video', 'call'], type: 'meeting' },
  { words: ['war', 'game'], type: 'military' },
];

// Irregular forms of the verbs above (and of the phrase words).
const IRREGULAR: Record<string, string> = {
  beaten: 'beat', bought: 'buy', came: 'come', cuts: 'cut', fallen: 'fall', fell: 'fall', fought: 'fight',
  gone: 'go', held: 'hold', hit: 'hit', kept: 'keep', met: 'meet', paid: 'pay', risen: 'rise', rose: 'rise',
  sent: 'send', shot: 'shoot', sold: 'sell', stepped: 'step', struck: 'strike', swore: 'swear', sworn: 'swear',
  taken: 'take', took: 'take', went: 'go', won: 'win',
  talks: 'talks',
};

const BY_LEMMA = new Map<string, TriggerEntry[]>();
for (const t of TRIGGERS) {
  const list = BY_LEMMA.get(t.lemma) ?? [];
  list.push(t);
  BY_LEMMA.set(t.lemma, list);
}

const LEMMA_CACHE = new Map<string, string[]>();

/** Possible lemmas of a lower-case word form: the word itself first, then stripped inflections. */
export function lemmas(w: string): string[] {
  let hit = LEMMA_CACHE.get(w);
  if (!hit) {
    hit = computeLemmas(w);
    if (LEMMA_CACHE.size > 50000) LEMMA_CACHE.clear();
    LEMMA_CACHE.set(w, hit);
  }
  return hit;
}

function computeLemmas(w: string): string[] {
  const out = [w];
  const irr = IRREGULAR[w];
  if (irr) out.push(irr);
  const add = (x: string): void => { if (x.length >= 2 && !out.includes(x)) out.push(x); };
  const undouble = (x: string): string => (/([bdfgklmnprstvz])\1$/.test(x) ? x.slice(0, -1) : x);
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  if (w.endsWith('ied')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) { add(w.slice(0, -2)); add(w.slice(0, -1)); add(undouble(w.slice(0, -2))); }
  if (w.endsWith('ing')) { add(w.slice(0, -3)); add(w.slice(0, -3) + 'e'); add(undouble(w.slice(0, -3))); }
  return out;
}

/** Trigger entries for a word form, by any of its lemmas. */
export function triggersFor(normal: string): Array<{ lemma: string; entry: TriggerEntry }> {
  const out: Array<{ lemma: string; entry: TriggerEntry }> = [];
  for (const l of lemmas(normal)) for (const entry of BY_LEMMA.get(l) ?? []) out.push({ lemma: l, entry });
  return out;
}
