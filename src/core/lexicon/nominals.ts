// Heads of descriptions that stand for an actor already named ("the Iranian general", "the company"),
// and the pronouns that do the same.

/** Descriptions of people. */
export const PERSON_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'ambassador', 'analyst', 'chairman', 'chairwoman', 'chancellor', 'chief', 'coach', 'commander', 'counterpart',
  'diplomat', 'director', 'envoy', 'executive', 'general', 'governor', 'judge', 'king', 'lawyer', 'leader', 'man',
  'manager', 'mayor', 'minister', 'official', 'officer', 'premier', 'president', 'prime minister', 'prince', 'prosecutor',
  'queen', 'secretary', 'senator', 'spokesman', 'spokesperson', 'spokeswoman', 'staff', 'woman',
]);

/** Descriptions of organizations. */
export const ORG_NOMINAL_HEADS: ReadonlySet<string> = new Set([
  'agency', 'alliance', 'bank', 'company', 'firm', 'group', 'lender', 'organization', 'regulator', 'startup',
]);

export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);
