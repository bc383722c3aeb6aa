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

export const NEWS_RULES: Partial<Record<string, Rule>> = { rally: rallyRule, attack: attackRule };
