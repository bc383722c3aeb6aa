// Titles and role words: what stands before a name ("Defense Minister", "Mr."), heads an apposition
// ("Chief of Staff of ..."), or heads a description ("the general"). Lower case, sorted.

/** Words that head a role or title. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'adm', 'admiral', 'adviser', 'advisor', 'aide', 'ambassador', 'analyst', 'archbishop', 'attorney', 'ayatollah',
  'barrister', 'bishop', 'brig', 'brigadier', 'capt', 'captain', 'cardinal', 'ceo', 'cfo', 'chair', 'chairman',
  'chairwoman', 'chancellor', 'chief', 'cleric', 'co-founder', 'coach', 'col', 'colonel', 'commander', 'commissioner',
  'congressman', 'congresswoman', 'coo', 'councillor', 'councilor', 'correspondent', 'councillor', 'councilman', 'councilwoman', 'counsel',
  'counterpart', 'cto', 'defender', 'deputy', 'detective', 'diplomat', 'director', 'dr', 'economist', 'editor', 'emir',
  'envoy', 'executive', 'expert', 'fellow', 'forward', 'founder', 'gen', 'general', 'goalkeeper', 'gov', 'governor', 'head', 'imam', 'inspector',
  'judge', 'justice', 'king', 'lawmaker', 'lawyer', 'leader', 'legislator', 'lieutenant', 'lt', 'magistrate', 'maj',
  'major', 'manager', 'marshal', 'mayor', 'member', 'midfielder', 'minister', 'mp', 'negotiator', 'nurse', 'officer', 'official', 'partner',
  'pastor', 'pope', 'premier', 'president', 'president-elect', 'prince', 'princess', 'prof', 'professor', 'prosecutor',
  'queen', 'rabbi', 'rep', 'representative', 'researcher', 'secretary', 'secretary-general', 'sen', 'senator',
  'sergeant', 'sgt', 'sheikh', 'sheriff', 'solicitor', 'speaker', 'spokesman', 'spokesperson', 'spokeswoman', 'staff',
  'striker', 'sultan', 'superintendent', 'supt', 'treasurer', 'trustee', 'vice-president', 'winger',
]);

/** Forms of address, never part of a person's name ("Mr. Raisi" -> "Raisi"). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'dame', 'dr', 'lady', 'lord', 'madam', 'miss', 'mr', 'mrs', 'ms', 'mx', 'prof', 'rev', 'sayyid', 'sir', 'sr', 'sra', 'srta',
]);

/** Words that qualify a title ("Defense Minister", "Chief of Staff", "acting president"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'acting', 'affairs', 'agriculture', 'armed', 'army', 'assistant', 'associate', 'attorney', 'cabinet', 'commerce',
  'communications', 'crown', 'culture', 'defence', 'defense', 'development', 'economic', 'economy', 'education', 'energy',
  'environment', 'executive', 'finance', 'financial', 'first', 'foreign', 'former', 'general', 'health', 'home',
  'housing', 'industry', 'information', 'intelligence', 'interim', 'interior', 'junior', 'justice', 'labor', 'labour',
  'managing', 'military', 'national', 'naval', 'navy', 'operating', 'opposition', 'political', 'prime', 'principal',
  'public', 'security', 'senior', 'staff', 'state', 'supreme', 'technology', 'top', 'tourism', 'trade', 'transport',
  'treasury', 'vice', 'war',
]);

/** Is this (lower-cased) word part of a title? */
export function isTitleWord(lower: string): boolean {
  return TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower);
}

/** Lower-case words ending like occupations that are not ("water", "border"). */
const NOT_ROLES: ReadonlySet<string> = new Set([
  'after', 'another', 'border', 'center', 'centre', 'chapter', 'climate', 'corner', 'counter', 'daughter', 'debate',
  'dinner', 'disaster', 'either', 'estate', 'father', 'former', 'further', 'latter', 'letter', 'matter', 'mother', 'neither',
  'number', 'order', 'other', 'paper', 'parent', 'percent', 'power', 'quarter', 'rather', 'senate', 'state', 'statement', 'estate', 'debate', 'rate', 'date', 'update', 'mandate', 'climate', 'content', 'event', 'moment', 'percent', 'agreement', 'government', 'parliament', 'sister', 'summer',
  'together', 'under', 'water', 'weather', 'winter', 'whether', 'president-elect',
]);

/**
 * A word naming what someone is or does: a title ("minister"), or an occupation noun read from its form
 * ("seamer", "seismologist", "candidate", "herder") when compromise calls it a noun.
 */
export function isRoleNoun(lower: string, tags: ReadonlySet<string>): boolean {
  if (TITLE_HEADS.has(lower)) return true;
  if (NOT_ROLES.has(lower) || lower.length < 5 || /s$/.test(lower) && !/ss$/.test(lower)) return false;
  if (tags.has('Actor') && !tags.has('Plural')) return true;
  if (tags.has('Verb') || tags.has('Adverb') || tags.has('Plural')) return false;
  return /(er|or|ist|ian|ant|ent|ee|ate|ain)$/.test(lower) && (tags.has('Noun') || tags.has('Comparative'));
}

/**
 * Post-nominal letters written after a person's name ("Demetrios Kallis SC", "Jane Doe QC, MP"): senior
 * counsel, members of parliament, orders of chivalry. They mark the name before them as a person and are
 * not part of the name.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'CBE', 'DBE', 'KBE', 'KC', 'MBE', 'MEP', 'MLA', 'MP', 'MSP', 'OBE', 'QC', 'SC',
]);
