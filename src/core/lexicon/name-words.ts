// Word lists of the entity rules (entities/), as data: each list says what it decides and why.

/** Lower-case words allowed inside a name ("Law Society of Kenya", "Khalid bin Hamad", "Ludwig van Beethoven"). */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', '&', 'for', 'the', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'ibn',
  'al', 'el', 'la', 'le', 'y', 'dos', 'das', 'ter', 'zu',
]);
/** Particles that open or join a name ("de la Vega", "bin Hamad"), kept lower case inside it. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y', 'dos', 'das', 'ter', 'zu']);
/** Compromise tags of a word that is never a name's first word at a sentence start. */
export const STRONG_FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary'];
/** Compromise tags of a common word that a sentence start may capitalize ("Meanwhile", "Speaking"). */
export const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Gerund', 'PastTense', 'Imperative', 'Modal', 'Copula', 'Auxiliary'];
/** Months and weekdays: capitalized, but dates, not names. */
export const MONTHS_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Named storms are not people ("Hurricane Sally", "Tropical Storm Delia", "Typhoon Haiyan"). */
export const STORM_WORDS: ReadonlySet<string> = new Set(['cyclone', 'hurricane', 'storm', 'superstorm', 'tropical', 'typhoon']);
/** Verbs of going: "to X" after them makes X a place ("flew to Ankara"). */
export const MOTION_VERBS = /^(flew|fly|flies|flying|travel(?:l?ed|s|ling)?|went|go|goes|going|return(?:ed|s|ing)?|moved?|headed|sent|deployed|fled|drove|sailed|came|come|returns|back)$/;
/** Prepositions before a place ("in Moscow", "from Beirut"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into', 'to', 'towards', 'toward', 'via']);
/** Speech verbs next to a capitalized word make it a speaker (a person or an organization). */
export const SPEECH = /^(said|says|say|told|added|stated|announced|warned|wrote|asked|explained|noted|argued|insisted|according)$/;
/** Small words that only Title Case capitalizes inside a sentence. */
export const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'after', 'and', 'as', 'at', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'the', 'to', 'with']);
/** Function words never read as names, even capitalized inside a sentence. */
export const ALWAYS_NOT_NAMES: ReadonlySet<string> = new Set(['a', 'and', 'at', 'but', 'by', 'for', 'from', 'he', 'i', 'if', 'in', 'it', 'of', 'on', 'or', 'she', 'the', 'to', 'we', 'with', 'you', 'they', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'their', 'his', 'her', 'its']);
/** Capitalized words that are never names on their own at a sentence start. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'a', 'about', 'after', 'against', 'also', 'although', 'am', 'among', 'an', 'and', 'as', 'at', 'because', 'before', 'behind',
  'but', 'by', 'ceo', 'cfo', 'coo', 'cto', 'despite', 'during', 'each', 'every', 'for', 'from', 'gdp', 'he', 'her', 'here', 'his',
  'however', 'i', 'if', 'in', 'inside', 'instead', 'it', 'its', 'meanwhile', 'mp', 'mps', 'my', 'no', 'not', 'o', 'of', 'ok',
  'on', 'once', 'or', 'our', 'outside', 'over', 'pm', 'she', 'since', 'so', 'some', 'such', 'that', 'the', 'their', 'them',
  'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'to', 'tv', 'under', 'until', 'upon', 'us', 'vs', 'we',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'why', 'with', 'within', 'without', 'yes', 'yet', 'you', 'your',
]);

/** Possessives that belong inside names ("Langata Women's Prison", "People's Liberation Army"). */
export const POSSESSIVE_IN_NAMES: ReadonlySet<string> = new Set(['children', 'people', 'peoples', 'veterans', 'women', 'men', 'workers', 'lloyd']);
/** Ranks that, before a single name, are part of how a person is called. */
export const RANKS: ReadonlySet<string> = new Set([
  'admiral', 'archbishop', 'ayatollah', 'brigadier', 'cardinal', 'colonel', 'emir', 'gen', 'general', 'imam', 'king',
  'marshal', 'pope', 'prince', 'princess', 'queen', 'sheikh', 'sultan',
]);
/** Words of a sports report: three of them make city names read as clubs ("Valencia beat Sevilla"). */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'batting', 'bowled', 'bowling', 'innings', 'tournament', 'wicket', 'wickets', 'coach', 'defender', 'draw', 'equalised', 'equalized', 'goal', 'goalkeeper', 'goals', 'halftime', 'league', 'match',
  'midfielder', 'penalty', 'scored', 'season', 'striker', 'substitution', 'winger',
]);
/** "shares in X", "a stake in X": X is a company. */
export const HOLDING_WORDS = /^(shares|stake|stakes|investment|investments|holding|holdings|investors)$/;
/** "X government", "X authorities": X is a place. */
export const GOVERNMENT_WORDS = /^(government|authorities|embassy|municipality|administration|regime)$/;
/** "Group C", "Plan B", "Category 3": a letter after these is a label, not a name. */
export const LABEL_WORDS = /^(no|number|plan|type|grade|class|category|group|phase|section|article|part|point)$/;
