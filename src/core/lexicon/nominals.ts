// Heads of descriptions that stand for an actor already named ("the Iranian general", "the company"),
// and the pronouns that do the same.

/** Descriptions of people. */
export const PERSON_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'accused', 'ambassador', 'analyst', 'captain', 'client', 'defendant', 'defender', 'economist', 'forward', 'goalkeeper',
  'midfielder', 'nurse', 'player', 'professor', 'striker', 'suspect', 'victim', 'winger', 'witness', 'chairman', 'chairwoman', 'chancellor', 'chief', 'coach', 'commander', 'counterpart',
  'diplomat', 'director', 'envoy', 'executive', 'general', 'governor', 'judge', 'king', 'lawyer', 'leader', 'man',
  'manager', 'mayor', 'minister', 'official', 'officer', 'premier', 'president', 'prime minister', 'prince', 'prosecutor',
  'queen', 'secretary', 'senator', 'spokesman', 'spokesperson', 'spokeswoman', 'staff', 'woman',
]);

/** Descriptions of organizations. */
export const ORG_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'agency', 'alliance', 'bank', 'bloc', 'carrier', 'club', 'commission', 'company', 'council', 'court', 'firm', 'forwarder',
  'group', 'insurer', 'lender', 'maker', 'manufacturer', 'ministry', 'operator', 'organization', 'party',
  'producer', 'regulator', 'retailer', 'startup', 'team', 'union',
]);

/** Descriptions of public bodies, which stand for an organization named like one ("the agency" = the FDA). */
export const PUBLIC_BODY_NOMINALS: ReadonlySet<string> = new Set(['agency', 'authority', 'commission', 'ministry', 'regulator', 'watchdog']);
/** Descriptions of businesses ("the company", "the maker"). */
export const BUSINESS_NOMINALS: ReadonlySet<string> = new Set([
  'carrier', 'company', 'firm', 'forwarder', 'insurer', 'lender', 'maker', 'manufacturer', 'operator', 'producer', 'retailer', 'startup',
]);
/** Last words of public bodies' names. */
export const PUBLIC_BODY_HEADS: ReadonlySet<string> = new Set([
  'administration', 'agency', 'authority', 'board', 'bureau', 'commission', 'council', 'court', 'department', 'directorate', 'government', 'institute',
  'ministry', 'office', 'parliament', 'police', 'service', 'tribunal', 'union',
]);

/** Descriptions of places. */
export const PLACE_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'capital', 'city', 'country', 'island', 'kingdom', 'nation', 'port', 'province', 'region', 'republic', 'state', 'strait',
  'town', 'village', 'waterway',
]);

export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
/** Pronouns that stand for an organization ("it said", "its shares"). */
export const ORG_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself']);
