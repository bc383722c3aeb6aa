// Word lists of the claim rules (claims/), as data: each list says what it decides and why.
// Matched against compromise's normal form of a token.

/** Words that may stand between a subject and its speech verb ("he also said", "she has repeatedly said"). */
export const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'again', 'later', 'then', 'further', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would',
  'once', 'previously', 'earlier', 'recently', 'reportedly', 'repeatedly', 'publicly', 'privately', 'separately',
  'subsequently', 'initially', 'quickly', 'flatly', 'firmly', 'strongly', 'told', 'had', 'did', 'does', 'do', 'never',
  'has', 'just', 'already', 'first', 'last', 'often', 'frequently', 'openly', 'explicitly', 'clearly', 'simply',
  'overall', 'themselves', 'himself', 'herself', 'itself', 'now', 'still', 'long', 'even',
]);
/**
 * Quantifiers that are a whole subject of reported speech in poll and crowd reports ("Some said …",
 * "Others say …", "Most said …"): a described speaker with no actor. PolNeAR marks them as sources.
 */
export const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'another', 'those', 'few', 'both', 'all', 'none', 'one', 'half', 'majority', 'majorities', 'minority', 'plurality']);
/** Personal pronouns that can be a speaker, resolved to an actor ("he said"). */
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Words that can open the subject of a reported clause ("said (that) it would …", "said nobody …"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'nobody', 'no', 'everyone', 'nothing', 'none', 'some', 'many', 'most']);
/** Words that open an adjunct after a cue, skipped before the content ("said in a statement on Monday"). */
export const PP_HEADS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'with', 'from', 'late', 'early', 'last',
  'earlier', 'later', 'this', 'when', 'while', 'since', 'following', 'ahead', 'afterwards', 'by', 'to',
]);
/** Adverbs and times after a cue, skipped before the content ("said today", "said on Tuesday"). */
export const ADVERBIALS = new Set([
  'also', 'again', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'repeatedly', 'recently', 'publicly',
  'privately', 'separately', 'then', 'now', 'previously', 'further', 'too', 'however', 'once', 'afterward',
  'afterwards', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'morning',
  'evening', 'night', 'afternoon',
]);
/** Prepositions joining a speaker to an affiliation ("Reed of Kessler Capital", "a spokesman for the ministry"). */
export const OF_LIKE = new Set(['of', 'at', 'from', 'with', 'for']);
/** A negated cue ("did not say") reports no claim. */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
/** Small words of a title in quotes ("The Lord of the Rings"): with capitals elsewhere, a name or a title, not speech. */
export const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'or', 'de', 'la', 'le', 'du']);
/** "about 1,400 …", "more than …": a number phrase that can be the subject of reported speech. */
export const APPROXIMATORS = /^(about|around|nearly|almost|roughly|some|over|under|up|more|fewer|less|at)$/;
/** Words that open an adverbial phrase ("Speaking to reporters, …"), not a reported clause. */
export const OPENERS = /^(after|when|while|during|upon|asked|speaking|before|as|in|at|on)$/;
/** Lower-case title words that belong to the speaker phrase ("Corvane chief executive Priya Natarajan"). */
export const SPEAKER_TITLE_WORDS = /^(chief|executive|senior|deputy|former|acting|vice|general|assistant|head|coach|manager|director)$/;
/** Time words between a subject and its speech verb ("China on Thursday morning criticized"). */
export const TIME_WORDS = /^(morning|evening|night|afternoon|week|month|year|last|this|early|late)$/;
/** Words that open a time phrase between a subject and its speech verb. */
export const TIME_PREPOSITIONS = /^(on|in|at|during|late|early|last|this)$/;
/**
 * Head nouns of a described speaker that is a body or a document, not a person ("the Clinton campaign",
 * "a new poll", "court records"): such a speaker is an organization actor; others ("aides", "a spokesman") are people.
 */
export const DESCRIBED_ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'campaign', 'campaigns', 'administration', 'team', 'committee', 'government', 'department', 'agency', 'ministry',
  'office', 'party', 'group', 'groups', 'organization', 'company', 'firm', 'board', 'council', 'court', 'police',
  'poll', 'polls', 'survey', 'surveys', 'report', 'reports', 'study', 'analysis', 'review', 'records', 'data',
  'documents', 'filings', 'filing', 'memo', 'statement', 'letter', 'cables', 'emails', 'summary', 'results', 'figures',
]);
/**
 * Head nouns that name a body by its kind ("the KCNA news agency", "the Verdi union"): an organization named right
 * inside such a phrase is the speaker itself, not a speaker's affiliation ("a Politico reporter").
 */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'agency', 'union', 'ministry', 'department', 'party', 'committee', 'company', 'firm', 'group', 'council', 'board',
  'government', 'office', 'organization', 'network', 'newspaper', 'station', 'bank', 'court', 'commission',
  'institute', 'center', 'centre', 'association', 'federation', 'league', 'coalition', 'alliance', 'army', 'service', 'fund',
]);
