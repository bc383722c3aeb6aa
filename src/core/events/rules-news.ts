// Rules for words whose type turns on their sense: a rally for a candidate or against a law, an
// attack with weapons or with words.
import type { Rule, RuleInput, RuleResult } from './rule-base';
import { windowHas } from './scan';

const PROTESTED = /^(against|protest|protests|protesters|demonstrators|demonstration|opposition|anti|outrage|police|tear|marchers)$/;
const CAMPAIGN = /^(campaign|supporters|candidate|nominee|election|elections|primary|voters|speech|speaks|spoke|crowd|gop|democratic|republican|trump|biden|stop)$/;
const ARMED = /^(troops|forces|army|military|soldiers|rebels|militants|gunmen|gunman|bomb|bombs|bomber|missile|missiles|rocket|rockets|drone|drones|killed|wounded|injured|dead|shot|fire|weapons|armed|terrorist|terror|suicide|air|airstrike|shelling|police)$/;
const VERBAL = /^(verbal|verbally|criticism|criticized|criticised|remarks|comments|statement|tweet|tweets|tweeted|speech|rhetoric|record|policy|policies|plan|plans|ad|ads|advertisement|debate|interview|personal|political|politically|opponent|rival|rivals|campaign|words|accused|accusing|critics|rally)$/;

/** A rally is a protest against something; a campaign rally, a candidate's rally is another kind of happening. */
function rallyRule(r: RuleInput): RuleResult {
  const x = r.scan;
  if (windowHas(x, r.i, PROTESTED, 6)) return 'protest';
  if (windowHas(x, r.i, CAMPAIGN, 6)) return 'other';
  return r.e.type;
}

/** An attack with weapons is conflict; an attack in words (on a record, in a speech) is criticism. */
function attackRule(r: RuleInput): RuleResult {
  const x = r.scan;
  if (windowHas(x, r.i, ARMED, 8)) return 'conflict';
  if (windowHas(x, r.i, VERBAL, 8)) return 'criticism';
  return r.e.type;
}

const NATURAL = /^(quake|quakes|earthquake|earthquakes|temblor|temblors|tremors|tremor|storm|hurricane|typhoon|cyclone|tornado|flood|floods|flooding|tsunami|wave|waves|winds|rain|rains|snow|blizzard|fire|wildfire|drought|heatwave|aftershock|eruption)$/;

/** A blow or a strike; a quake or storm that hits is a disaster; "hit a record", "hit 5%", a hit single are no events. */
function hitRule(r: RuleInput): RuleResult {
  const { next, prev } = r;
  const n = next(1);
  if (prev(1) && /^(a|the|big|biggest|smash|box|office|number|no|his|her|their)$/.test(prev(1)!.normal)) return null;
  if (n && (/^(record|high|low|highs|lows|peak|target|mark|milestone|shelves|stores|theaters|theatres|the road|hard|back)$/.test(n.normal) || n.tags.has('Value') || /\d/.test(n.text))) return null;
  if (next(2) && /^(record|high|low|highs|lows|peak)$/.test(next(2)!.normal)) return null;
  if (windowHas(r.scan, r.i, NATURAL, 6)) return 'disaster';
  return r.e.type;
}

/** Charges brought against someone, not fees ("bank charges") or "in charge of". */
function chargesRule(r: RuleInput): RuleResult {
  const { t, next, prev } = r;
  if (!/s$/.test(t.normal) && prev(1)?.normal === 'in') return null;
  const before = prev(1)?.normal ?? '';
  const after = next(1)?.normal ?? '';
  if (r.prev(1)?.tags.has('Value') || /^(other|several|multiple|additional|related|similar|two|three|four|five|six)$/.test(before)) return r.e.type;
  if (/^(face|faces|faced|facing|filed|file|drop|dropped|dropping|criminal|murder|felony|misdemeanor|assault|manslaughter|corruption|fraud|terrorism|federal|new|the|no|bring|brought|pressed|press|denied|deny|denies)$/.test(before)) return r.e.type;
  if (/^(of|against|related|stemming|including|in)$/.test(after)) return r.e.type;
  return null;
}

/** A death as a happening ("his death", "the death of"), not a count or a penalty. */
function deathRule(r: RuleInput): RuleResult {
  const { next, prev } = r;
  const p = prev(1);
  if (p && (p.tags.has('Value') || /\d/.test(p.text) || /^(more|many|fewer|no|of|toll)$/.test(p.normal))) return null;
  if (next(1) && /^(toll|tolls|penalty|sentence|row|threats?|certificate|rate|rates|squad|metal|star)$/.test(next(1)!.normal)) return null;
  return r.e.type;
}

const GUNFIRE = /^(gun|sniper|artillery|rocket|mortar|tank|machine-gun|heavy|enemy|friendly|automatic|return|returned|hostile|small-arms|cannon)$/;

/** A fire as a disaster; gunfire is conflict; "under fire", "open fire", "cease fire", "line of fire" are no happening. */
function blazeRule(r: RuleInput): RuleResult {
  const p = r.prev(1)?.normal ?? '';
  if (/^(under|open|opened|opening|cease|of|on|catch|caught|set|heat|fuel|spark)$/.test(p)) return null;
  if (GUNFIRE.test(p)) return 'conflict';
  return r.e.type;
}

/** "was hanged", "hanged himself": a death; "hung a picture", "hang on" are not. */
function hangedRule(r: RuleInput): RuleResult {
  return /^hang(ed|ing)$/.test(r.t.normal) && r.next(1)?.normal !== 'up' ? r.e.type : null;
}

/** An accusation in words is criticism; someone "accused of" a crime (passive, or a suspect) is legal. */
function accuseRule(r: RuleInput): RuleResult {
  const p = r.prev(1)?.normal ?? '';
  return /^(was|were|been|be|being|is|are|got|get|gets|man|woman|men|women|suspect)$/.test(p) ? 'legal' : r.e.type;
}

/** "is dead", "1 dead", "left a woman dead", "presumed dead": a death; "the dead", "dead end" are not. */
function deadRule(r: RuleInput): RuleResult {
  const p = r.prev(1);
  const n = r.next(1)?.normal ?? '';
  if (!p || /^(end|ends|heat|serious|set|wrong|weight|zone|line|center|centre|last|silence|body|bodies)$/.test(n)) return null;
  if (p.tags.has('Value') || /^\d+$/.test(p.text)) return r.e.type;
  if (/^(is|are|was|were|presumed|feared|left|leaves|leaving|leave|confirmed|pronounced|declared|now|already|found|lay|lying|remain|remained)$/.test(p.normal)) return r.e.type;
  // "leaves woman dead": a person just before after a verb that left them so
  return /^(leaves?|left|leaving)$/.test(r.prev(2)?.normal ?? '') || /^(leaves?|left|leaving)$/.test(r.prev(3)?.normal ?? '') ? r.e.type : null;
}

/** "was booked on charges", "booked into jail": an arrest's paperwork; "booked a flight" is not. */
function bookedRule(r: RuleInput): RuleResult {
  return /^(was|were|been|is|are|being|get|got)$/.test(r.prev(1)?.normal ?? '') || /^(into|on|for)$/.test(r.next(1)?.normal ?? '') && /^(jail|charges?|suspicion|murder)$/.test(r.next(2)?.normal ?? '') ? r.e.type : null;
}

/** A party that is a gathering ("the office Christmas party", "a birthday party"), not a political party. */
function partyRule(r: RuleInput): RuleResult {
  return /^(christmas|holiday|birthday|office|dinner|farewell|launch|wedding|house|garden|engagement|retirement|new|year's|costume|pool|tea|cocktail|fraternity|after)$/.test(r.prev(1)?.normal ?? '') ? r.e.type : null;
}

/** A sentence handed down ("a life sentence", "a sentence of ten years"), not a written sentence. */
function sentenceRule(r: RuleInput): RuleResult {
  const p = r.prev(1);
  if (p && (/^(life|prison|jail|death|suspended|lenient|harsh|maximum|minimum|mandatory|custodial|probation)$/.test(p.normal) || /-(year|month|day)$/.test(p.normal))) return r.e.type;
  const n = r.next(1)?.normal;
  const n2 = r.next(2);
  return n === 'of' && !!n2 && (n2.tags.has('Value') || /^(life|death|\d+)$/.test(n2.normal)) ? r.e.type : null;
}

/** Damage done ("$1 million in damage", "suffered severe damage"), not "the damage to the brand could…". */
function damageRule(r: RuleInput): RuleResult {
  const p = r.prev(1)?.normal ?? '';
  const p2 = r.prev(2)?.normal ?? '';
  return /^(in|severe|extensive|serious|major|heavy|structural|widespread|considerable|significant)$/.test(p) || /^(caused?|causing|suffered|suffering|sustained|did|done)$/.test(p) || /^(caused?|causing|suffered|sustained)$/.test(p2) ? r.e.type : null;
}

/** "a quake shook the city", "the temblor rattled Napa": verbs that tell a disaster only with one near. */
function quakeRule(r: RuleInput): RuleResult {
  return windowHas(r.scan, r.i, NATURAL, 6) ? r.e.type : null;
}

/** An attempt at something ("an attempt to hijack the ship", "a failed attempt on his life"). */
function attemptRule(r: RuleInput): RuleResult {
  return /^(to|on|at)$/.test(r.next(1)?.normal ?? '') ? r.e.type : null;
}

/** An armed, police or rescue operation; a surgeon's or a company's operations are no happening. */
function operationRule(r: RuleInput): RuleResult {
  const p = r.prev(1)?.normal ?? '';
  if (/^(military|naval|joint|security|covert|anti-piracy|counter-terrorism|counterterrorism|combat|ground|air)$/.test(p)) return 'military';
  return /^(rescue|police|search|sting|undercover|recovery|evacuation|relief)$/.test(p) ? 'other' : null;
}

const MONEY_WORDS = /^(bid|bids|shares|share|price|million|billion|takeover|acquire|buy|stake|cash|deal|\$)$/;

/** An offer: economic with money near ("an offer of $2 billion for the company"), otherwise a job or a role offered; "offered to help" is no event. */
function offerRule(r: RuleInput): RuleResult {
  const n = r.next(1);
  if (!n || n.normal === 'to' && r.t.tags.has('Verb') || /^(that|no|advice|condolences|comment|support|thoughts|prayers)$/.test(n.normal)) return null;
  return windowHas(r.scan, r.i, MONEY_WORDS, 8) ? 'economic' : 'other';
}

/** A performance on a stage; a company's or a market's performance is no happening. */
function performanceRule(r: RuleInput): RuleResult {
  return /^(financial|economic|strong|weak|poor|market|sales|share|stock|fund|quarterly|annual|company|operating|business|past|recent|overall|its|their)$/.test(r.prev(1)?.normal ?? '') ? null : r.e.type;
}

/** "was tried for murder": a trial; "tried to flee" is an attempt at the verb after it. */
function triedRule(r: RuleInput): RuleResult {
  return /^(was|were|be|been|being|is|are)$/.test(r.prev(1)?.normal ?? '') && r.next(1)?.normal !== 'to' ? r.e.type : null;
}

const JOB_MOVES = /^(lost|lose|loses|losing|from|accepted|accept|accepts|offered|offer|offers|took|take|takes|taking|quit|quits|left|leave|leaving|wants|want|got|landed|keep|kept|in|applied|start|started|starts|starting)$/;

/** A job taken, lost or offered ("lost his job", "accepted the job"), not jobs counted or cut. */
function jobRule(r: RuleInput): RuleResult {
  if (r.t.normal !== 'job') return null;
  for (let k = 1; k <= 3; k++) if (JOB_MOVES.test(r.prev(k)?.normal ?? '')) return r.e.type;
  return null;
}

export const NEWS_RULES: Partial<Record<string, Rule>> = {
  rally: rallyRule, attack: attackRule, hit: hitRule, charges: chargesRule, death: deathRule, blaze: blazeRule, hanged: hangedRule, accuse: accuseRule, dead: deadRule,
  booked: bookedRule, party: partyRule, sentence: sentenceRule, damage: damageRule, quake: quakeRule,
  attempt: attemptRule, operation: operationRule, offer: offerRule, performance: performanceRule, tried: triedRule, job: jobRule,
};
