// Heads of descriptions that stand for an actor already named ("the Iranian general", "the company"),
// and the pronouns that do the same.

/** Descriptions of people. */
export const PERSON_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'accused', 'ambassador', 'analyst', 'attorney', 'candidate', 'captain', 'ceo', 'chairman', 'chairwoman',
  'chancellor', 'chief', 'client', 'coach', 'commander', 'counterpart', 'defendant', 'defender', 'diplomat',
  'director', 'economist', 'envoy', 'executive', 'forward', 'founder', 'general', 'goalkeeper', 'governor', 'head',
  'judge', 'king', 'lawmaker', 'lawyer', 'leader', 'man', 'manager', 'mayor', 'midfielder', 'minister', 'nominee',
  'nurse', 'officer', 'official', 'player', 'premier', 'president', 'prime minister', 'prince', 'professor',
  'prosecutor', 'queen', 'secretary', 'senator', 'spokesman', 'spokesperson', 'spokeswoman', 'staff', 'striker',
  'suspect', 'victim', 'winger', 'witness', 'woman',
]);

/** Descriptions of organizations. */
export const ORG_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'administration', 'agency', 'airline', 'alliance', 'army', 'authority', 'bank', 'bloc', 'board', 'cabinet',
  'campaign', 'carrier', 'club', 'coalition', 'commission', 'committee', 'company', 'council', 'court', 'department',
  'embassy', 'firm', 'forwarder', 'government', 'group', 'insurer', 'lender', 'maker', 'manufacturer', 'military',
  'ministry', 'network', 'newspaper', 'office', 'operator', 'organisation', 'organization', 'parliament', 'party',
  'police', 'producer', 'regulator', 'retailer', 'startup', 'team', 'union', 'university',
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
/** Pronouns that stand for an organization ("it said", "its shares", "they said" of a company). */
export const ORG_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'itself', 'they', 'them', 'their', 'themselves']);
