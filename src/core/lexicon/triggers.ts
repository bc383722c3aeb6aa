// Event triggers: the words that say something happened, typed with the README's event types and
// matched by lemma ("met", "meets", "meeting" → meet). Reviewed by hand; generic nouns ("cooperation",
// "interest") and speech verbs (claims, not events) are deliberately absent.
import type { EventType } from '../types';
import { NEWS_PHRASES, NEWS_TRIGGERS } from './triggers-news';

/**
 * Context a trigger needs before it counts (checked in events.ts):
 * - `figure`: a market move, only with a figure after it or a market word before it ("shares rose 3%");
 *   a fall from a height is an accident, a climb up a mountain an outing ("fell 600 metres from a ridge")
 * - `rates`: a central-bank move, only with "rate(s)" right after it ("kept its deposit rate unchanged")
 * - `fire`: conflict ("fired tear gas"), or personnel when a person is fired
 * - `strike`: conflict, or a protest when workers strike; "strike a deal" is not an event
 * - `receive`: a meeting only when someone (a person, a delegation) is received
 * - `block`: a protest, a legal act or other, from the sentence
 * - `decision`: economic next to rates and markets, otherwise other
 * - `host`: a meeting, unless the event hosted is named right after it (that noun is the trigger)
 * - `object`: a verb that counts only with a noun object, not a clause ("recall about 84,000 scooters")
 * - `market`: a market move like `figure`, also with no figure after a company's name ("Nordhafen tumbled")
 * - `cut`: economic with rates or jobs after it ("cut 1,200 jobs", "cut its deposit rate")
 * - `court`: legal in a court's sentence ("the court upheld the fine"); "ruled out" is not a ruling
 * - `file`: legal with a lawsuit, appeal, petition or charges after it; economic "for bankruptcy"
 * - `impose`: economic or legal by what is imposed or lifted (tariffs, duties, a ban, a curfew)
 * - `ban`: economic when trade is banned, otherwise legal
 * - `leave`: travel "for" a place or to leave a place; personnel when a post or an employer is left ("quit as coach")
 * - `land`: travel only when landing "in" or "at" somewhere
 * - `named`: personnel when someone is named or promoted to a post ("was named interim CFO")
 * - `replace`: personnel when a person is replaced or succeeded
 * - `win`: personnel when an election, a seat or a vote is won; otherwise other (a match)
 * - `declare`: by what is declared (a winner, victory, war, bankruptcy); "declared that …" is a claim
 * - `count`: other when ballots or votes are counted
 * - `concede`: other when defeat or a race is conceded (not a goal, not "conceded that")
 * - `approve`: by what is approved (a drug, a merger, a bill); approving in general is no event
 * - `send`: aid when aid is sent, military when troops are sent; other objects are no event
 * - `fly`: aid when supplies are flown in, otherwise travel
 * - `outbreak`: disaster (an epidemic), conflict for an outbreak of fighting
 * - `session`: a meeting, not a trading or training session
 * - `retreat`: a meeting, or military when troops retreat
 * - `takeover`: "took over" a post (personnel), a company (economic) or a town (conflict)
 * - `kill`: conflict, or disaster when a quake or a storm kills
 * - `landslide`: disaster, but not an election won "by a landslide"
 * - `dismiss`: personnel, or legal when a case or charges are dismissed
 * - `talks`: a meeting, not "she talks about"
 * - `rally`: a protest against something; a campaign or political rally is "other"
 * - `hit`: conflict, disaster when a quake or storm hits; not a market figure ("hit a record") nor a hit song
 * - `charges`: legal charges ("faces charges", "charges of murder"), not fees or "in charge"
 * - `death`: a death told as a happening, not a count ("30 deaths", "the death toll")
 * - `attack`: criticism when the attack is in words ("attacked his record"), conflict otherwise
 * - `blaze`: a fire as a disaster; gunfire ("sniper fire") is conflict; "under fire", "cease fire" are no event
 * - `accuse`: criticism ("accused the president of ignoring…"); legal when someone is accused ("was accused of murder")
 * - `dead`: a death told ("is dead", "1 dead", "presumed dead", "left a woman dead"), not "the dead" or "dead end"
 * - `booked`: an arrest booked ("was booked on charges"), not a flight booked
 * - `party`: a gathering ("the office Christmas party"), not a political party
 * - `sentence`: a sentence handed down ("a life sentence", "a sentence of ten years")
 * - `damage`: damage done ("$1 million in damage", "caused severe damage")
 * - `quake`: shaking and levelling told of a quake or storm near it ("a quake rattled Napa")
 * - `attempt`: an attempt at something ("an attempt to hijack"); `operation`: an armed, police or rescue operation
 * - `offer`: economic with money near, else other; `performance`: on a stage, not a company's; `tried`: "was tried for murder"; `job`: a job taken, lost or offered
 * - `hanged`: a person hanged ("was hanged", "hanged himself"), not a picture hung
 */
export type TriggerRule = 'figure' | 'rates' | 'fire' | 'strike' | 'receive' | 'block' | 'decision' | 'host' | 'object'
  | 'market' | 'cut' | 'court' | 'file' | 'impose' | 'ban' | 'leave' | 'land' | 'named' | 'replace' | 'win' | 'declare'
  | 'count' | 'concede' | 'approve' | 'send' | 'fly' | 'outbreak' | 'session' | 'retreat' | 'takeover' | 'kill'
  | 'landslide' | 'dismiss' | 'talks' | 'rally' | 'attack' | 'hit' | 'charges' | 'death' | 'blaze' | 'hanged' | 'accuse' | 'dead' | 'booked' | 'party' | 'sentence' | 'damage' | 'quake' | 'attempt' | 'operation' | 'offer' | 'performance' | 'tried' | 'job';

export interface TriggerPhrase { words: readonly string[]; type: EventType; rule?: TriggerRule }

export interface TriggerEntry {
  lemma: string;
  type: EventType;
  pos?: 'noun' | 'verb';
  rule?: TriggerRule;
}

export const TRIGGERS: readonly TriggerEntry[] = [
  ...NEWS_TRIGGERS,
  { lemma: 'accord', type: 'agreement', pos: 'noun' },
  { lemma: 'acquire', type: 'economic', pos: 'verb' },
  { lemma: 'acquisition', type: 'economic', pos: 'noun' },
  { lemma: 'acquit', type: 'legal', pos: 'verb' },
  { lemma: 'acquittal', type: 'legal', pos: 'noun' },
  { lemma: 'aftershock', type: 'disaster', pos: 'noun' },
  { lemma: 'agree', type: 'agreement', pos: 'verb' },
  { lemma: 'agreement', type: 'agreement', pos: 'noun' },
  { lemma: 'aid', type: 'aid', pos: 'noun' },
  { lemma: 'airlift', type: 'aid', pos: 'verb', rule: 'send' },
  { lemma: 'airstrike', type: 'conflict' },
  { lemma: 'ambush', type: 'conflict' },
  { lemma: 'appeal', type: 'legal', pos: 'verb', rule: 'court' },
  { lemma: 'appoint', type: 'personnel', pos: 'verb' },
  { lemma: 'appointment', type: 'personnel', pos: 'noun' },
  { lemma: 'approve', type: 'other', pos: 'verb', rule: 'approve' },
  { lemma: 'armistice', type: 'agreement', pos: 'noun' },
  { lemma: 'arrest', type: 'legal' },
  { lemma: 'arrival', type: 'travel', pos: 'noun' },
  { lemma: 'arrive', type: 'travel', pos: 'verb' },
  { lemma: 'assault', type: 'conflict' },
  { lemma: 'attack', type: 'conflict', rule: 'attack' },
  { lemma: 'avalanche', type: 'disaster', pos: 'noun' },
  { lemma: 'axe', type: 'economic', rule: 'cut' },
  { lemma: 'ban', type: 'legal', pos: 'verb', rule: 'ban' },
  { lemma: 'ban', type: 'legal', pos: 'noun', rule: 'ban' },
  { lemma: 'bankruptcy', type: 'economic', pos: 'noun' },
  { lemma: 'bar', type: 'legal', pos: 'verb' },
  { lemma: 'beat', type: 'other', pos: 'verb' },
  { lemma: 'blaze', type: 'disaster', pos: 'noun' },
  { lemma: 'blizzard', type: 'disaster', pos: 'noun' },
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
  { lemma: 'concede', type: 'other', pos: 'verb', rule: 'concede' },
  { lemma: 'condemn', type: 'criticism', pos: 'verb' },
  { lemma: 'condemnation', type: 'criticism', pos: 'noun' },
  { lemma: 'conference', type: 'meeting', pos: 'noun' },
  { lemma: 'convene', type: 'meeting', pos: 'verb' },
  { lemma: 'convict', type: 'legal', pos: 'verb' },
  { lemma: 'conviction', type: 'legal', pos: 'noun' },
  { lemma: 'count', type: 'other', pos: 'verb', rule: 'count' },
  { lemma: 'criticise', type: 'criticism', pos: 'verb' },
  { lemma: 'criticism', type: 'criticism', pos: 'noun' },
  { lemma: 'criticize', type: 'criticism', pos: 'verb' },
  { lemma: 'cut', type: 'economic', rule: 'cut' },
  { lemma: 'cyclone', type: 'disaster', pos: 'noun' },
  { lemma: 'deal', type: 'agreement', pos: 'noun' },
  { lemma: 'decision', type: 'other', pos: 'noun', rule: 'decision' },
  { lemma: 'declare', type: 'other', pos: 'verb', rule: 'declare' },
  { lemma: 'decline', type: 'economic', pos: 'verb', rule: 'figure' },
  { lemma: 'defeat', type: 'other', pos: 'verb' },
  { lemma: 'deliver', type: 'aid', pos: 'verb', rule: 'send' },
  { lemma: 'demonstration', type: 'protest', pos: 'noun' },
  { lemma: 'denounce', type: 'criticism', pos: 'verb' },
  { lemma: 'depart', type: 'travel', pos: 'verb' },
  { lemma: 'deploy', type: 'military', pos: 'verb' },
  { lemma: 'deployment', type: 'military', pos: 'noun' },
  { lemma: 'deport', type: 'legal', pos: 'verb' },
  { lemma: 'deportation', type: 'legal', pos: 'noun' },
  { lemma: 'detain', type: 'legal', pos: 'verb' },
  { lemma: 'detention', type: 'legal', pos: 'noun' },
  { lemma: 'dip', type: 'economic', pos: 'verb', rule: 'figure' },
  { lemma: 'dismiss', type: 'personnel', pos: 'verb', rule: 'dismiss' },
  { lemma: 'dispatch', type: 'aid', pos: 'verb', rule: 'send' },
  { lemma: 'dive', type: 'economic', pos: 'verb', rule: 'market' },
  { lemma: 'donate', type: 'aid', pos: 'verb' },
  { lemma: 'donation', type: 'aid', pos: 'noun' },
  { lemma: 'drill', type: 'military', pos: 'noun' },
  { lemma: 'drop', type: 'economic', rule: 'figure' },
  { lemma: 'drought', type: 'disaster', pos: 'noun' },
  { lemma: 'earthquake', type: 'disaster', pos: 'noun' },
  { lemma: 'elect', type: 'personnel', pos: 'verb' },
  { lemma: 'election', type: 'personnel', pos: 'noun' },
  { lemma: 'embargo', type: 'economic', pos: 'noun' },
  { lemma: 'epidemic', type: 'disaster', pos: 'noun', rule: 'outbreak' },
  { lemma: 'erupt', type: 'disaster', pos: 'verb' },
  { lemma: 'eruption', type: 'disaster', pos: 'noun' },
  { lemma: 'evacuate', type: 'disaster', pos: 'verb' },
  { lemma: 'evacuation', type: 'disaster', pos: 'noun' },
  { lemma: 'exercise', type: 'military', pos: 'noun' },
  { lemma: 'extradite', type: 'legal', pos: 'verb' },
  { lemma: 'fall', type: 'economic', rule: 'figure' },
  { lemma: 'file', type: 'legal', pos: 'verb', rule: 'file' },
  { lemma: 'fine', type: 'legal', pos: 'verb' },
  { lemma: 'fire', type: 'conflict', pos: 'verb', rule: 'fire' },
  { lemma: 'flood', type: 'disaster', pos: 'noun' },
  { lemma: 'flooding', type: 'disaster', pos: 'noun' },
  { lemma: 'fly', type: 'travel', pos: 'verb', rule: 'fly' },
  { lemma: 'forum', type: 'meeting', pos: 'noun' },
  { lemma: 'furlough', type: 'economic', pos: 'verb' },
  { lemma: 'gain', type: 'economic', pos: 'verb', rule: 'figure' },
  { lemma: 'hearing', type: 'legal', pos: 'noun' },
  { lemma: 'heatwave', type: 'disaster', pos: 'noun' },
  { lemma: 'hike', type: 'economic', rule: 'rates' },
  { lemma: 'hire', type: 'personnel', pos: 'verb' },
  { lemma: 'host', type: 'meeting', pos: 'verb', rule: 'host' },
  { lemma: 'hurricane', type: 'disaster', pos: 'noun' },
  { lemma: 'impose', type: 'economic', pos: 'verb', rule: 'impose' },
  { lemma: 'imprison', type: 'legal', pos: 'verb' },
  { lemma: 'inauguration', type: 'personnel', pos: 'noun' },
  { lemma: 'indict', type: 'legal', pos: 'verb' },
  { lemma: 'indictment', type: 'legal', pos: 'noun' },
  { lemma: 'injure', type: 'conflict', pos: 'verb', rule: 'kill' },
  { lemma: 'inoculate', type: 'other', pos: 'verb' },
  { lemma: 'invade', type: 'conflict', pos: 'verb' },
  { lemma: 'invasion', type: 'conflict', pos: 'noun' },
  { lemma: 'jail', type: 'legal', pos: 'verb' },
  { lemma: 'join', type: 'personnel', pos: 'verb' },
  { lemma: 'jump', type: 'economic', rule: 'figure' },
  { lemma: 'keep', type: 'economic', rule: 'rates' },
  { lemma: 'kill', type: 'conflict', pos: 'verb', rule: 'kill' },
  { lemma: 'land', type: 'travel', pos: 'verb', rule: 'land' },
  { lemma: 'landfall', type: 'disaster', pos: 'noun' },
  { lemma: 'landslide', type: 'disaster', pos: 'noun', rule: 'landslide' },
  { lemma: 'lawsuit', type: 'legal', pos: 'noun' },
  { lemma: 'lay-off', type: 'economic', pos: 'noun' },
  { lemma: 'layoff', type: 'economic', pos: 'noun' },
  { lemma: 'leave', type: 'travel', pos: 'verb', rule: 'leave' },
  { lemma: 'levy', type: 'economic', pos: 'verb', rule: 'impose' },
  { lemma: 'lift', type: 'economic', pos: 'verb', rule: 'impose' },
  { lemma: 'lower', type: 'economic', pos: 'verb', rule: 'rates' },
  { lemma: 'march', type: 'protest' },
  { lemma: 'meet', type: 'meeting', pos: 'verb' },
  { lemma: 'meeting', type: 'meeting', pos: 'noun' },
  { lemma: 'merger', type: 'economic', pos: 'noun' },
  { lemma: 'mudslide', type: 'disaster', pos: 'noun' },
  { lemma: 'name', type: 'personnel', pos: 'verb', rule: 'named' },
  { lemma: 'negotiate', type: 'meeting', pos: 'verb' },
  { lemma: 'negotiation', type: 'meeting', pos: 'noun' },
  { lemma: 'nominate', type: 'personnel', pos: 'verb' },
  { lemma: 'nomination', type: 'personnel', pos: 'noun' },
  { lemma: 'oust', type: 'personnel', pos: 'verb' },
  { lemma: 'outbreak', type: 'disaster', pos: 'noun', rule: 'outbreak' },
  { lemma: 'overturn', type: 'legal', pos: 'verb', rule: 'court' },
  { lemma: 'pact', type: 'agreement', pos: 'noun' },
  { lemma: 'patrol', type: 'military', pos: 'noun' },
  { lemma: 'plead', type: 'legal', pos: 'verb' },
  { lemma: 'plummet', type: 'economic', rule: 'market' },
  { lemma: 'plunge', type: 'economic', rule: 'market' },
  { lemma: 'promote', type: 'personnel', pos: 'verb', rule: 'named' },
  { lemma: 'prosecute', type: 'legal', pos: 'verb' },
  { lemma: 'protest', type: 'protest' },
  { lemma: 'purchase', type: 'economic' },
  { lemma: 'quake', type: 'disaster', pos: 'noun' },
  { lemma: 'quash', type: 'legal', pos: 'verb', rule: 'court' },
  { lemma: 'quit', type: 'personnel', pos: 'verb', rule: 'leave' },
  { lemma: 'raid', type: 'conflict' },
  { lemma: 'raise', type: 'economic', pos: 'verb', rule: 'rates' },
  { lemma: 'rally', type: 'protest', pos: 'noun', rule: 'rally' },
  { lemma: 're-elect', type: 'personnel', pos: 'verb' },
  { lemma: 'rebound', type: 'economic', rule: 'figure' },
  { lemma: 'recall', type: 'economic', rule: 'object' },
  { lemma: 'receive', type: 'meeting', pos: 'verb', rule: 'receive' },
  { lemma: 'redundancy', type: 'economic', pos: 'noun' },
  { lemma: 'reelect', type: 'personnel', pos: 'verb' },
  { lemma: 'reject', type: 'criticism', pos: 'verb' },
  { lemma: 'replace', type: 'personnel', pos: 'verb', rule: 'replace' },
  { lemma: 'rescue', type: 'disaster', pos: 'verb' },
  { lemma: 'resign', type: 'personnel', pos: 'verb' },
  { lemma: 'resignation', type: 'personnel', pos: 'noun' },
  { lemma: 'retire', type: 'personnel', pos: 'verb' },
  { lemma: 'retreat', type: 'meeting', pos: 'noun', rule: 'retreat' },
  { lemma: 'return', type: 'travel', pos: 'verb' },
  { lemma: 'riot', type: 'protest', pos: 'noun' },
  { lemma: 'rise', type: 'economic', rule: 'figure' },
  { lemma: 'rule', type: 'legal', pos: 'verb', rule: 'court' },
  { lemma: 'ruling', type: 'legal', pos: 'noun' },
  { lemma: 'sack', type: 'personnel', pos: 'verb' },
  { lemma: 'sanction', type: 'economic' },
  { lemma: 'score', type: 'other', pos: 'verb' },
  { lemma: 'seize', type: 'conflict', pos: 'verb' },
  { lemma: 'sell', type: 'economic', pos: 'verb' },
  { lemma: 'send', type: 'aid', pos: 'verb', rule: 'send' },
  { lemma: 'sentence', type: 'legal', pos: 'verb' },
  { lemma: 'session', type: 'meeting', pos: 'noun', rule: 'session' },
  { lemma: 'shed', type: 'economic', rule: 'cut' },
  { lemma: 'shell', type: 'conflict', pos: 'verb' },
  { lemma: 'shelling', type: 'conflict', pos: 'noun' },
  { lemma: 'ship', type: 'aid', pos: 'verb', rule: 'send' },
  { lemma: 'shoot', type: 'conflict', pos: 'verb' },
  { lemma: 'shooting', type: 'conflict', pos: 'noun' },
  { lemma: 'sign', type: 'agreement', pos: 'verb' },
  { lemma: 'sink', type: 'economic', pos: 'verb', rule: 'figure' },
  { lemma: 'skyrocket', type: 'economic', pos: 'verb', rule: 'market' },
  { lemma: 'slash', type: 'economic', rule: 'cut' },
  { lemma: 'slide', type: 'economic', pos: 'verb', rule: 'figure' },
  { lemma: 'slip', type: 'economic', rule: 'figure' },
  { lemma: 'slump', type: 'economic', rule: 'market' },
  { lemma: 'soar', type: 'economic', rule: 'market' },
  { lemma: 'storm', type: 'disaster', pos: 'noun' },
  { lemma: 'strike', type: 'conflict', rule: 'strike' },
  { lemma: 'succeed', type: 'personnel', pos: 'verb', rule: 'replace' },
  { lemma: 'sue', type: 'legal', pos: 'verb' },
  { lemma: 'summit', type: 'meeting', pos: 'noun' },
  { lemma: 'surge', type: 'economic', pos: 'verb', rule: 'market' },
  { lemma: 'takeover', type: 'economic', pos: 'noun' },
  { lemma: 'talks', type: 'meeting', rule: 'talks' },
  { lemma: 'tariff', type: 'economic', pos: 'noun' },
  { lemma: 'tornado', type: 'disaster', pos: 'noun' },
  { lemma: 'tour', type: 'travel', pos: 'noun' },
  { lemma: 'tour', type: 'travel', pos: 'verb' },
  { lemma: 'travel', type: 'travel', pos: 'verb' },
  { lemma: 'treaty', type: 'agreement', pos: 'noun' },
  { lemma: 'tremor', type: 'disaster', pos: 'noun' },
  { lemma: 'trial', type: 'legal', pos: 'noun' },
  { lemma: 'trip', type: 'travel', pos: 'noun' },
  { lemma: 'truce', type: 'agreement', pos: 'noun' },
  { lemma: 'tsunami', type: 'disaster', pos: 'noun' },
  { lemma: 'tumble', type: 'economic', rule: 'market' },
  { lemma: 'typhoon', type: 'disaster', pos: 'noun' },
  { lemma: 'uphold', type: 'legal', pos: 'verb', rule: 'court' },
  { lemma: 'vaccinate', type: 'other', pos: 'verb' },
  { lemma: 'vaccination', type: 'other', pos: 'noun' },
  { lemma: 'verdict', type: 'legal', pos: 'noun' },
  { lemma: 'visit', type: 'travel' },
  { lemma: 'vote', type: 'other' },
  { lemma: 'walkout', type: 'protest', pos: 'noun' },
  { lemma: 'wildfire', type: 'disaster', pos: 'noun' },
  { lemma: 'win', type: 'other', pos: 'verb', rule: 'win' },
  { lemma: 'wound', type: 'conflict', pos: 'verb', rule: 'kill' },
];

/** Several-word triggers, by lemma of each word ("made landfall", "state visit", "took office", "laid off"). */
export const TRIGGER_PHRASES: ReadonlyArray<TriggerPhrase> = [
  ...NEWS_PHRASES,
  { words: ['air', 'strike'], type: 'conflict' },
  { words: ['assume', 'office'], type: 'personnel' },
  { words: ['call', 'off'], type: 'protest' },
  { words: ['come', 'to', 'power'], type: 'personnel' },
  { words: ['exchange', 'fire'], type: 'conflict' },
  { words: ['go', 'public'], type: 'economic' },
  { words: ['heat', 'wave'], type: 'disaster' },
  { words: ['job', 'cut'], type: 'economic' },
  { words: ['lay', 'off'], type: 'economic' },
  { words: ['open', 'fire'], type: 'conflict' },
  { words: ['phone', 'call'], type: 'meeting' },
  { words: ['state', 'visit'], type: 'travel' },
  { words: ['step', 'down'], type: 'personnel' },
  { words: ['swear', 'in'], type: 'personnel' },
  { words: ['take', 'office'], type: 'personnel' },
  { words: ['take', 'over'], type: 'personnel', rule: 'takeover' },
  { words: ['telephone', 'call'], type: 'meeting' },
  { words: ['video', 'call'], type: 'meeting' },
  { words: ['war', 'game'], type: 'military' },
];

/** The phrases by the lemma of their first word, longest first. */
export const PHRASES_BY_FIRST = new Map<string, Array<(typeof TRIGGER_PHRASES)[number]>>();
for (const p of [...TRIGGER_PHRASES].sort((x, y) => y.words.length - x.words.length)) {
  const list = PHRASES_BY_FIRST.get(p.words[0]) ?? [];
  list.push(p);
  PHRASES_BY_FIRST.set(p.words[0], list);
}

// Irregular forms of the verbs above (and of the phrase words).
const IRREGULAR: Record<string, string> = {
  beaten: 'beat', tried: 'try', caught: 'catch', threw: 'throw', thrown: 'throw', lost: 'lose', broken: 'break', bought: 'buy', broke: 'break', found: 'find', stole: 'steal', stolen: 'steal', burnt: 'burn', came: 'come', cuts: 'cut', dove: 'dive', fallen: 'fall', fell: 'fall', flew: 'fly',
  flown: 'fly', fought: 'fight', gone: 'go', held: 'hold', hit: 'hit', kept: 'keep', laid: 'lay', mowed: 'mow', gunned: 'gun', left: 'leave',
  met: 'meet', paid: 'pay', pled: 'plead', risen: 'rise', rose: 'rise', sank: 'sink', sent: 'send', shed: 'shed',
  shot: 'shoot', slid: 'slide', sold: 'sell', stepped: 'step', struck: 'strike', sunk: 'sink', swore: 'swear',
  sworn: 'swear', taken: 'take', took: 'take', upheld: 'uphold', went: 'go', won: 'win',
  talks: 'talks',
};

const BY_LEMMA = new Map<string, TriggerEntry[]>();
for (const t of TRIGGERS) {
  const list = BY_LEMMA.get(t.lemma) ?? [];
  list.push(t);
  BY_LEMMA.set(t.lemma, list);
}

const LEMMA_CACHE = new Map<string, string[]>();

/** An irregular past form of a trigger verb ("hit", "shot", "struck"): a passive without -ed. */
export const isIrregularForm = (w: string): boolean => Object.hasOwn(IRREGULAR, w) && IRREGULAR[w] !== w || /^(hit|cut|hurt|shut|put|set)$/.test(w);

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

const TRIGGER_CACHE = new Map<string, ReadonlyArray<{ lemma: string; entry: TriggerEntry }>>();

/** Trigger entries for a word form, by any of its lemmas (asked once per token: cached by form). */
export function triggersFor(normal: string): ReadonlyArray<{ lemma: string; entry: TriggerEntry }> {
  let out = TRIGGER_CACHE.get(normal);
  if (!out) {
    const found: Array<{ lemma: string; entry: TriggerEntry }> = [];
    for (const l of lemmas(normal)) for (const entry of BY_LEMMA.get(l) ?? []) found.push({ lemma: l, entry });
    out = found;
    if (TRIGGER_CACHE.size > 50000) TRIGGER_CACHE.clear();
    TRIGGER_CACHE.set(normal, out);
  }
  return out;
}
