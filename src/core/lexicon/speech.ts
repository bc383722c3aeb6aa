// Speech verbs: the cues of reported speech and direct quotes ("said", "told", "warned"…), typed by
// how they take what was said. Reviewed by hand; every form is listed so matching is a lookup.

/**
 * - `say`: the content may follow with or without "that" ("said (that) …", "…, she said").
 * - `tell`: an addressee comes first ("told reporters (that) …", "warned lawmakers that …").
 * - `assert`: the content follows "that" or a full clause ("stressed that …"), or comes first ("…, he added").
 * - `quote`: introduces only direct speech ("described Japan as “…”", "asked: “…”").
 */
export type SpeechKind = 'say' | 'tell' | 'assert' | 'quote';

export interface SpeechVerb {
  lemma: string;
  kind: SpeechKind;
  forms: readonly string[];
  /** The word is often not a verb ("claims", "notes", "reports"): require compromise's Verb tag. */
  needsVerbTag?: boolean;
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { lemma: 'accuse', kind: 'quote', forms: ['accuse', 'accused', 'accuses', 'accusing'], needsVerbTag: true },
  { lemma: 'acknowledge', kind: 'assert', forms: ['acknowledge', 'acknowledged', 'acknowledges', 'acknowledging'] },
  { lemma: 'add', kind: 'assert', forms: ['add', 'added', 'adding', 'adds'] },
  { lemma: 'admit', kind: 'assert', forms: ['admit', 'admits', 'admitted', 'admitting'] },
  { lemma: 'allege', kind: 'assert', forms: ['allege', 'alleged', 'alleges', 'alleging'], needsVerbTag: true },
  { lemma: 'announce', kind: 'assert', forms: ['announce', 'announced', 'announces', 'announcing'] },
  { lemma: 'argue', kind: 'assert', forms: ['argue', 'argued', 'argues', 'arguing'] },
  { lemma: 'ask', kind: 'quote', forms: ['ask', 'asked', 'asking', 'asks'] },
  { lemma: 'assert', kind: 'assert', forms: ['assert', 'asserted', 'asserting', 'asserts'] },
  { lemma: 'assure', kind: 'tell', forms: ['assure', 'assured', 'assures', 'assuring'] },
  { lemma: 'blame', kind: 'quote', forms: ['blame', 'blamed', 'blames', 'blaming'], needsVerbTag: true },
  { lemma: 'boast', kind: 'assert', forms: ['boast', 'boasted', 'boasting', 'boasts'] },
  { lemma: 'call', kind: 'quote', forms: ['call', 'called', 'calling', 'calls'], needsVerbTag: true },
  { lemma: 'claim', kind: 'assert', forms: ['claim', 'claimed', 'claiming', 'claims'], needsVerbTag: true },
  { lemma: 'comment', kind: 'assert', forms: ['commented'] },
  { lemma: 'complain', kind: 'assert', forms: ['complain', 'complained', 'complaining', 'complains'] },
  { lemma: 'concede', kind: 'assert', forms: ['concede', 'conceded', 'concedes', 'conceding'] },
  { lemma: 'confirm', kind: 'assert', forms: ['confirm', 'confirmed', 'confirming', 'confirms'] },
  { lemma: 'contend', kind: 'assert', forms: ['contend', 'contended', 'contending', 'contends'] },
  { lemma: 'criticise', kind: 'quote', forms: ['criticise', 'criticised', 'criticises', 'criticising'], needsVerbTag: true },
  { lemma: 'criticize', kind: 'quote', forms: ['criticize', 'criticized', 'criticizes', 'criticizing'], needsVerbTag: true },
  { lemma: 'declare', kind: 'assert', forms: ['declare', 'declared', 'declares', 'declaring'] },
  { lemma: 'deny', kind: 'assert', forms: ['denied', 'denies', 'deny', 'denying'] },
  { lemma: 'describe', kind: 'quote', forms: ['describe', 'described', 'describes', 'describing'] },
  { lemma: 'dismiss', kind: 'quote', forms: ['dismiss', 'dismissed', 'dismisses', 'dismissing'], needsVerbTag: true },
  { lemma: 'emphasise', kind: 'assert', forms: ['emphasise', 'emphasised', 'emphasises', 'emphasising'] },
  { lemma: 'emphasize', kind: 'assert', forms: ['emphasize', 'emphasized', 'emphasizes', 'emphasizing'] },
  { lemma: 'estimate', kind: 'assert', forms: ['estimated', 'estimates'], needsVerbTag: true },
  { lemma: 'explain', kind: 'assert', forms: ['explain', 'explained', 'explaining', 'explains'] },
  { lemma: 'hail', kind: 'quote', forms: ['hail', 'hailed', 'hails', 'hailing'], needsVerbTag: true },
  { lemma: 'inform', kind: 'tell', forms: ['inform', 'informed', 'informing', 'informs'] },
  { lemma: 'insist', kind: 'assert', forms: ['insist', 'insisted', 'insisting', 'insists'] },
  { lemma: 'joke', kind: 'quote', forms: ['joke', 'joked', 'jokes', 'joking'], needsVerbTag: true },
  { lemma: 'maintain', kind: 'assert', forms: ['maintain', 'maintained', 'maintaining', 'maintains'] },
  { lemma: 'note', kind: 'assert', forms: ['note', 'noted', 'notes', 'noting'], needsVerbTag: true },
  { lemma: 'observe', kind: 'assert', forms: ['observe', 'observed', 'observes', 'observing'] },
  { lemma: 'pledge', kind: 'assert', forms: ['pledge', 'pledged', 'pledges', 'pledging'], needsVerbTag: true },
  { lemma: 'praise', kind: 'quote', forms: ['praise', 'praised', 'praises', 'praising'], needsVerbTag: true },
  { lemma: 'predict', kind: 'assert', forms: ['predict', 'predicted', 'predicting', 'predicts'] },
  { lemma: 'promise', kind: 'assert', forms: ['promise', 'promised', 'promises', 'promising'], needsVerbTag: true },
  { lemma: 'quip', kind: 'quote', forms: ['quip', 'quipped', 'quips'] },
  { lemma: 'recall', kind: 'assert', forms: ['recall', 'recalled', 'recalling', 'recalls'], needsVerbTag: true },
  { lemma: 'reiterate', kind: 'assert', forms: ['reiterate', 'reiterated', 'reiterates', 'reiterating'] },
  { lemma: 'remark', kind: 'assert', forms: ['remarked'] },
  { lemma: 'reply', kind: 'assert', forms: ['replied', 'replies', 'reply', 'replying'], needsVerbTag: true },
  { lemma: 'report', kind: 'assert', forms: ['report', 'reported', 'reporting', 'reports'], needsVerbTag: true },
  { lemma: 'respond', kind: 'assert', forms: ['respond', 'responded', 'responding', 'responds'] },
  { lemma: 'reveal', kind: 'assert', forms: ['reveal', 'revealed', 'revealing', 'reveals'] },
  { lemma: 'say', kind: 'say', forms: ['said', 'say', 'saying', 'says'] },
  { lemma: 'state', kind: 'assert', forms: ['state', 'stated', 'states', 'stating'], needsVerbTag: true },
  { lemma: 'stress', kind: 'assert', forms: ['stress', 'stressed', 'stresses', 'stressing'], needsVerbTag: true },
  { lemma: 'suggest', kind: 'assert', forms: ['suggest', 'suggested', 'suggesting', 'suggests'] },
  { lemma: 'tell', kind: 'tell', forms: ['tell', 'telling', 'tells', 'told'] },
  { lemma: 'testify', kind: 'assert', forms: ['testified', 'testifies', 'testify', 'testifying'] },
  { lemma: 'tweet', kind: 'assert', forms: ['tweet', 'tweeted', 'tweeting', 'tweets'], needsVerbTag: true },
  { lemma: 'underline', kind: 'assert', forms: ['underline', 'underlined', 'underlines', 'underlining'] },
  { lemma: 'underscore', kind: 'assert', forms: ['underscore', 'underscored', 'underscores', 'underscoring'] },
  { lemma: 'urge', kind: 'quote', forms: ['urge', 'urged', 'urges', 'urging'], needsVerbTag: true },
  { lemma: 'vow', kind: 'assert', forms: ['vow', 'vowed', 'vowing', 'vows'], needsVerbTag: true },
  { lemma: 'warn', kind: 'tell', forms: ['warn', 'warned', 'warning', 'warns'], needsVerbTag: true },
  { lemma: 'welcome', kind: 'quote', forms: ['welcome', 'welcomed', 'welcomes', 'welcoming'], needsVerbTag: true },
  { lemma: 'write', kind: 'assert', forms: ['wrote', 'writes', 'write', 'writing'], needsVerbTag: true },
];

const BY_FORM = new Map<string, SpeechVerb>();
for (const v of SPEECH_VERBS) for (const f of v.forms) BY_FORM.set(f, v);

/** The speech verb a word form belongs to, if any ("stressed" → stress). */
export function speechVerb(normal: string): SpeechVerb | undefined {
  return BY_FORM.get(normal);
}

/** Nouns naming a speaker's organization role, so "a spokesman for X said" speaks for X. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set([
  'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen',
]);
