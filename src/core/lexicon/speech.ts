// Speech verbs: the cues of reported speech and direct quotes ("said", "told", "warned"…), typed by
// how they take what was said. Reviewed by hand against the cue words of PolNeAR train (counts per
// row); every form is listed so matching is a lookup.

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
  /** The object is what was said ("called for a ban", "cited his record", "accused X of …"): reported without a clause. */
  object?: boolean;
  /** Only a filing's object is what was said ("reported $9 million in cash", "reported raising …"), not "reported the story". */
  filingObject?: boolean;
  /** A "to" infinitive is what was said ("vowed to repeal the law"): PolNeAR marks it as the content. */
  infinitive?: boolean;
  /** How often its forms head a gold cue in PolNeAR train (scripts/train-speakers.mjs --cues): the review's evidence. */
  polnear?: number;
}

export const SPEECH_VERBS: readonly SpeechVerb[] = [
  { lemma: 'accuse', kind: 'quote', forms: ['accuse', 'accused', 'accuses', 'accusing'], object: true, needsVerbTag: true, polnear: 77 },
  { lemma: 'acknowledge', kind: 'assert', forms: ['acknowledge', 'acknowledged', 'acknowledges', 'acknowledging'], polnear: 68 },
  { lemma: 'add', kind: 'assert', forms: ['add', 'added', 'adding', 'adds'], polnear: 289 },
  { lemma: 'admit', kind: 'assert', forms: ['admit', 'admits', 'admitted', 'admitting'], polnear: 29 },
  { lemma: 'agree', kind: 'assert', forms: ['agree', 'agreed', 'agrees', 'agreing'], polnear: 58 },
  { lemma: 'allege', kind: 'assert', forms: ['allege', 'alleged', 'alleges', 'alleging'], needsVerbTag: true, polnear: 16 },
  { lemma: 'announce', kind: 'assert', forms: ['announce', 'announced', 'announces', 'announcing'], polnear: 123 },
  { lemma: 'argue', kind: 'assert', forms: ['argue', 'argued', 'argues', 'arguing'], polnear: 140 },
  { lemma: 'ask', kind: 'quote', forms: ['ask', 'asked', 'asking', 'asks'], object: true, polnear: 267 },
  { lemma: 'assert', kind: 'assert', forms: ['assert', 'asserted', 'asserting', 'asserts'], polnear: 18 },
  { lemma: 'assure', kind: 'tell', forms: ['assure', 'assured', 'assures', 'assuring'], polnear: 17 },
  { lemma: 'blame', kind: 'quote', forms: ['blame', 'blamed', 'blames', 'blaming'], object: true, needsVerbTag: true, polnear: 28 },
  { lemma: 'boast', kind: 'assert', forms: ['boast', 'boasted', 'boasting', 'boasts'], polnear: 16 },
  { lemma: 'call', kind: 'quote', forms: ['call', 'called', 'calling', 'calls'], object: true, needsVerbTag: true, polnear: 373 },
  { lemma: 'cite', kind: 'quote', forms: ['cite', 'cited', 'cites', 'citing'], object: true, polnear: 71 },
  { lemma: 'claim', kind: 'assert', forms: ['claim', 'claimed', 'claiming', 'claims'], needsVerbTag: true, polnear: 86 },
  { lemma: 'comment', kind: 'assert', forms: ['commented'], polnear: 5 },
  { lemma: 'complain', kind: 'assert', forms: ['complain', 'complained', 'complaining', 'complains'], polnear: 16 },
  { lemma: 'concede', kind: 'assert', forms: ['concede', 'conceded', 'concedes', 'conceding'], polnear: 14 },
  { lemma: 'conclude', kind: 'assert', forms: ['conclude', 'concluded', 'concludes', 'concluding'], polnear: 44 },
  { lemma: 'condemn', kind: 'quote', forms: ['condemn', 'condemned', 'condemning', 'condemns'], needsVerbTag: true, polnear: 7 },
  { lemma: 'confirm', kind: 'assert', forms: ['confirm', 'confirmed', 'confirming', 'confirms'], polnear: 21 },
  { lemma: 'contend', kind: 'assert', forms: ['contend', 'contended', 'contending', 'contends'], polnear: 7 },
  { lemma: 'counter', kind: 'assert', forms: ['counter', 'countered', 'countering', 'counters'], needsVerbTag: true, polnear: 5 },
  { lemma: 'criticise', kind: 'quote', forms: ['criticise', 'criticised', 'criticises', 'criticising'], object: true, needsVerbTag: true, polnear: 2 },
  { lemma: 'criticize', kind: 'quote', forms: ['criticize', 'criticized', 'criticizes', 'criticizing'], object: true, needsVerbTag: true, polnear: 72 },
  { lemma: 'declare', kind: 'assert', forms: ['declare', 'declared', 'declares', 'declaring'], polnear: 66 },
  { lemma: 'decry', kind: 'quote', forms: ['decried', 'decries', 'decry', 'decrying'], polnear: 13 },
  { lemma: 'demand', kind: 'assert', forms: ['demand', 'demanded', 'demanding', 'demands'], needsVerbTag: true, polnear: 16 },
  { lemma: 'deny', kind: 'assert', forms: ['denied', 'denies', 'deny', 'denying'], polnear: 25 },
  { lemma: 'describe', kind: 'quote', forms: ['describe', 'described', 'describes', 'describing'], object: true, polnear: 90 },
  { lemma: 'dismiss', kind: 'quote', forms: ['dismiss', 'dismissed', 'dismisses', 'dismissing'], needsVerbTag: true, polnear: 27 },
  { lemma: 'echo', kind: 'quote', forms: ['echo', 'echoed', 'echoes', 'echoing'], needsVerbTag: true, polnear: 18 },
  { lemma: 'emphasise', kind: 'assert', forms: ['emphasise', 'emphasised', 'emphasises', 'emphasising'], polnear: 0 },
  { lemma: 'emphasize', kind: 'assert', forms: ['emphasize', 'emphasized', 'emphasizes', 'emphasizing'], polnear: 16 },
  { lemma: 'estimate', kind: 'assert', forms: ['estimated', 'estimates'], needsVerbTag: true, polnear: 17 },
  { lemma: 'explain', kind: 'assert', forms: ['explain', 'explained', 'explaining', 'explains'], polnear: 73 },
  { lemma: 'express', kind: 'quote', forms: ['express', 'expressed', 'expressing', 'expresss'], needsVerbTag: true, polnear: 47 },
  { lemma: 'hail', kind: 'quote', forms: ['hail', 'hailed', 'hails', 'hailing'], needsVerbTag: true, polnear: 6 },
  { lemma: 'hint', kind: 'assert', forms: ['hint', 'hinted', 'hinting', 'hints'], needsVerbTag: true, polnear: 10 },
  { lemma: 'indicate', kind: 'assert', forms: ['indicate', 'indicated', 'indicates', 'indicating'], polnear: 34 },
  { lemma: 'inform', kind: 'tell', forms: ['inform', 'informed', 'informing', 'informs'], polnear: 6 },
  { lemma: 'insist', kind: 'assert', forms: ['insist', 'insisted', 'insisting', 'insists'], polnear: 56 },
  { lemma: 'joke', kind: 'quote', forms: ['joke', 'joked', 'jokes', 'joking'], needsVerbTag: true, polnear: 13 },
  { lemma: 'lament', kind: 'assert', forms: ['lament', 'lamented', 'lamenting', 'laments'], needsVerbTag: true, polnear: 12 },
  { lemma: 'maintain', kind: 'assert', forms: ['maintain', 'maintained', 'maintaining', 'maintains'], polnear: 7 },
  { lemma: 'mention', kind: 'assert', forms: ['mention', 'mentioned', 'mentioning', 'mentions'], needsVerbTag: true, polnear: 37 },
  { lemma: 'mock', kind: 'quote', forms: ['mock', 'mocked', 'mocking', 'mocks'], needsVerbTag: true, polnear: 22 },
  { lemma: 'note', kind: 'assert', forms: ['note', 'noted', 'notes', 'noting'], needsVerbTag: true, polnear: 174 },
  { lemma: 'observe', kind: 'assert', forms: ['observe', 'observed', 'observes', 'observing'], polnear: 5 },
  { lemma: 'pledge', kind: 'assert', forms: ['pledge', 'pledged', 'pledges', 'pledging'], infinitive: true, needsVerbTag: true, polnear: 43 },
  { lemma: 'praise', kind: 'quote', forms: ['praise', 'praised', 'praises', 'praising'], object: true, needsVerbTag: true, polnear: 45 },
  { lemma: 'predict', kind: 'assert', forms: ['predict', 'predicted', 'predicting', 'predicts'], polnear: 31 },
  { lemma: 'proclaim', kind: 'assert', forms: ['proclaim', 'proclaimed', 'proclaiming', 'proclaims'], polnear: 4 },
  { lemma: 'promise', kind: 'assert', forms: ['promise', 'promised', 'promises', 'promising'], object: true, infinitive: true, needsVerbTag: true, polnear: 65 },
  { lemma: 'propose', kind: 'quote', forms: ['propose', 'proposed', 'proposes', 'proposing'], polnear: 45 },
  { lemma: 'question', kind: 'assert', forms: ['question', 'questioned', 'questioning', 'questions'], object: true, needsVerbTag: true, polnear: 67 },
  { lemma: 'quip', kind: 'quote', forms: ['quip', 'quipped', 'quips'], polnear: 2 },
  { lemma: 'recall', kind: 'assert', forms: ['recall', 'recalled', 'recalling', 'recalls'], needsVerbTag: true, polnear: 46 },
  { lemma: 'recount', kind: 'assert', forms: ['recount', 'recounted', 'recounting', 'recounts'], needsVerbTag: true, polnear: 5 },
  { lemma: 'reiterate', kind: 'assert', forms: ['reiterate', 'reiterated', 'reiterates', 'reiterating'], polnear: 15 },
  { lemma: 'reject', kind: 'quote', forms: ['reject', 'rejected', 'rejecting', 'rejects'], polnear: 29 },
  { lemma: 'remark', kind: 'assert', forms: ['remarked'], polnear: 9 },
  { lemma: 'repeat', kind: 'assert', forms: ['repeat', 'repeated', 'repeating', 'repeats'], polnear: 21 },
  { lemma: 'reply', kind: 'assert', forms: ['replied', 'replies', 'reply', 'replying'], needsVerbTag: true, polnear: 27 },
  { lemma: 'report', kind: 'assert', forms: ['report', 'reported', 'reporting', 'reports'], object: true, filingObject: true, needsVerbTag: true, polnear: 144 },
  { lemma: 'respond', kind: 'assert', forms: ['respond', 'responded', 'responding', 'responds'], polnear: 71 },
  { lemma: 'reveal', kind: 'assert', forms: ['reveal', 'revealed', 'revealing', 'reveals'], polnear: 42 },
  { lemma: 'say', kind: 'say', forms: ['said', 'say', 'saying', 'says'], polnear: 5267 },
  { lemma: 'speculate', kind: 'assert', forms: ['speculate', 'speculated', 'speculates', 'speculating'], polnear: 6 },
  { lemma: 'state', kind: 'assert', forms: ['state', 'stated', 'states', 'stating'], needsVerbTag: true, polnear: 48 },
  { lemma: 'stress', kind: 'assert', forms: ['stress', 'stressed', 'stresses', 'stressing'], object: true, needsVerbTag: true, polnear: 12 },
  { lemma: 'suggest', kind: 'assert', forms: ['suggest', 'suggested', 'suggesting', 'suggests'], polnear: 163 },
  { lemma: 'tell', kind: 'tell', forms: ['tell', 'telling', 'tells', 'told'], polnear: 490 },
  { lemma: 'testify', kind: 'assert', forms: ['testified', 'testifies', 'testify', 'testifying'], polnear: 4 },
  { lemma: 'tout', kind: 'quote', forms: ['tout', 'touted', 'touting', 'touts'], polnear: 20 },
  { lemma: 'tweet', kind: 'assert', forms: ['tweet', 'tweeted', 'tweeting', 'tweets'], needsVerbTag: true, polnear: 85 },
  { lemma: 'underline', kind: 'assert', forms: ['underline', 'underlined', 'underlines', 'underlining'], polnear: 1 },
  { lemma: 'underscore', kind: 'assert', forms: ['underscore', 'underscored', 'underscores', 'underscoring'], polnear: 9 },
  { lemma: 'urge', kind: 'quote', forms: ['urge', 'urged', 'urges', 'urging'], object: true, needsVerbTag: true, polnear: 49 },
  { lemma: 'vow', kind: 'assert', forms: ['vow', 'vowed', 'vowing', 'vows'], infinitive: true, needsVerbTag: true, polnear: 50 },
  { lemma: 'warn', kind: 'tell', forms: ['warn', 'warned', 'warning', 'warns'], needsVerbTag: true, polnear: 56 },
  { lemma: 'welcome', kind: 'quote', forms: ['welcome', 'welcomed', 'welcomes', 'welcoming'], needsVerbTag: true, polnear: 9 },
  { lemma: 'write', kind: 'assert', forms: ['wrote', 'writes', 'write', 'writing'], needsVerbTag: true, polnear: 284 },
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

/**
 * Frequent PolNeAR cue words reviewed and left out, with why (PolNeAR marks belief, intention and
 * evidence too; Byline's claims are things said, and these words are mostly not speech in news).
 */
export const NOT_SPEECH_CUES: ReadonlyArray<{ word: string; polnear: number; why: string }> = [
  { word: 'show/shows/showed', polnear: 193, why: 'evidence ("polls show"): no speaker saying it' },
  { word: 'expected', polnear: 75, why: 'expectation, not speech' },
  { word: 'continued', polnear: 71, why: 'mostly "continued to …": an action; "he continued" after a quote is rare' },
  { word: 'found', polnear: 69, why: 'findings of studies and polls: evidence' },
  { word: 'declined', polnear: 66, why: '"declined to comment": nothing said' },
  { word: 'seemed/seems/appeared/appears', polnear: 190, why: 'appearance, not speech' },
  { word: 'endorsed', polnear: 59, why: 'an act of support, not a statement of content' },
  { word: 'think/believe/want/see', polnear: 174, why: 'belief and intention: not said' },
  { word: 'pointed', polnear: 38, why: '"pointed out" only as a phrase; "pointed to" is evidence' },
  { word: 'attacked/blasted/slammed/charged/defended', polnear: 157, why: 'also physical or legal acts in news ("attacked the village", "charged with")' },
  { word: 'released/issued/posted', polnear: 105, why: 'publishing a document: the document is the source' },
];

/**
 * Nouns of saying that head a cue of their own ("his warning that …", "her attacks on X", "calls for a
 * ban"), with the prepositions that open what was said after them ("that" + a clause always does).
 * PolNeAR marks them as cues; the speaker is the possessor ("his", "Pence's") when there is one. Not
 * "reports of": in product and incident news they are complaints counted, not something said.
 */
export const SPEECH_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ['claim', /^(of|about)$/], ['claims', /^(of|about)$/], ['warning', /^(of|about)$/], ['warnings', /^(of|about)$/],
  ['argument', /^$/], ['insistence', /^(on)$/], ['suggestion', /^$/], ['suggestions', /^(of)$/],
  ['complaint', /^(about)$/], ['complaints', /^(about)$/], ['allegation', /^(of)$/], ['allegations', /^(of)$/],
  ['accusation', /^(of)$/], ['accusations', /^(of)$/], ['assertion', /^$/], ['criticism', /^(of|about)$/],
  ['attack', /^(on)$/], ['attacks', /^(on)$/], ['call', /^(for|to)$/], ['calls', /^(for|to)$/],
  ['question', /^(about)$/], ['questions', /^(about)$/], ['promise', /^(of|to)$/], ['promises', /^(of|to)$/],
  ['pledge', /^(to)$/], ['pledges', /^(to)$/], ['vow', /^(to)$/], ['vows', /^(to)$/], ['demand', /^(for)$/], ['demands', /^(for)$/],
  ['announcement', /^(of)$/], ['denial', /^(of)$/], ['denials', /^(of)$/],
]);
