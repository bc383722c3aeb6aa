// Organization cues: words that end (or head, before "of") an organization's name, descriptions that
// introduce one ("the startup Lattice Shield"), and words that end a name of a document or event.

/** "Corvane Systems", "Law Society of Kenya", "Federal Trade Commission". */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'ab', 'ag', 'asa', 'bhd', 'bv', 'gmbh', 'kk', 'llp', 'lp', 'nv', 'oyj', 'pte', 'sa', 'spa',
  'academy', 'administration', 'analytics', 'biotech', 'body', 'community', 'conference', 'force', 'medical',
  'therapeutics', 'tubes', 'steel', 'textiles', 'chemicals', 'mills', 'works', 'prison', 'freight', 'motorsport', 'aviation', 'railways', 'associates', 'authority', 'bancorp', 'brands', 'communications', 'consulting',
  'corps', 'democrats', 'electric', 'energy', 'entertainment', 'financial', 'foods', 'insurance', 'investments',
  'logistics', 'mobility', 'motors', 'pharma', 'power', 'rangers', 'republicans', 'research', 'rovers', 'scooters',
  'securities', 'shipping', 'software', 'solutions', 'studios', 'technology', 'telecom', 'ventures', 'wanderers', 'agency', 'airlines', 'airways', 'alliance', 'assembly', 'association', 'authority',
  'bank', 'board', 'brigade', 'brigades', 'bureau', 'cabinet', 'capital', 'center', 'centers', 'centre', 'centres', 'church', 'club',
  'co', 'coalition', 'college', 'command', 'commission', 'committee', 'company', 'congress', 'corp', 'corporation',
  'council', 'court', 'courts', 'department', 'exchange', 'federation', 'forces', 'foundation', 'front', 'fund', 'group', 'guard',
  'holdings', 'hospital', 'inc', 'industries', 'institute', 'international', 'labs', 'league', 'llc', 'ltd', 'media',
  'ministry', 'mission', 'motors', 'movement', 'museum', 'network', 'news', 'office', 'organisation', 'organization',
  'parliament', 'partners', 'party', 'pharmaceuticals', 'plc', 'police', 'post', 'press', 'reserve', 'school',
  'secretariat', 'senate', 'service', 'services', 'society', 'systems', 'technologies', 'telegraph', 'times',
  'tribunal', 'trust', 'union', 'university', 'watch',
]);

/** Common nouns that introduce an organization's name ("the cybersecurity startup Lattice Shield"). */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  'agency', 'bank', 'brand', 'broadcaster', 'developer', 'distributor', 'exporter', 'importer', 'provider', 'supplier', 'carrier', 'chain', 'club', 'company', 'conglomerate', 'firm', 'group',
  'insurer', 'lender', 'maker', 'manufacturer', 'newspaper', 'operator', 'outlet', 'party', 'producer', 'publisher',
  'retailer', 'rival', 'side', 'startup', 'team', 'unit',
]);

/** Words that end the name of a document, a competition or an event, not of an organization. */
export const NON_ORG_TAILS: ReadonlySet<string> = new Set([
  'accord', 'accords', 'act', 'agreement', 'award', 'bill', 'charter', 'championship', 'convention', 'cup', 'declaration',
  'games', 'law', 'open', 'prize', 'protocol', 'resolution', 'summit', 'treaty',
]);

/** Organizations whose names are ordinary capitalized words: political parties and movements. */
export const KNOWN_ORG_NAMES: ReadonlySet<string> = new Set([
  'conservatives', 'democrats', 'greens', 'hamas', 'hezbollah', 'labour', 'liberal democrats', 'republicans', 'social democrats',
  'taliban', 'tories', 'médecins sans frontières', 'medecins sans frontieres',
  // news agencies, cited in nearly every wire story
  'afp', 'anadolu', 'ansa', 'bernama', 'bloomberg', 'efe', 'interfax', 'irna', 'kyodo', 'reuters', 'tass', 'xinhua', 'yonhap',
]);
