// Place gazetteer built once from `world-countries`: country names (common, official, alternative
// spellings), capitals and demonyms, plus a short reviewed list of regions and place-name cue words.
import countries from 'world-countries';

export interface CountryInfo {
  /** ISO 3166-1 alpha-3 code: the identity of a country across its names. */
  code: string;
  /** The common English name ("Russia", "Iran"). */
  name: string;
}

/** Lower-cased country name (any form) -> country. */
export const COUNTRY_BY_NAME = new Map<string, CountryInfo>();
/** Lower-cased capital -> country. */
export const CAPITAL_BY_NAME = new Map<string, CountryInfo>();
/** Lower-cased demonym ("iranian") -> country. */
export const COUNTRY_BY_DEMONYM = new Map<string, CountryInfo>();

// Short forms that news uses and the package does not list.
const EXTRA_COUNTRY_NAMES: ReadonlyArray<[string, string]> = [
  ['America', 'USA'], ['Britain', 'GBR'], ['Holland', 'NLD'], ['Korea', 'KOR'], ['U.K.', 'GBR'], ['U.S.', 'USA'],
  ['U.S.A.', 'USA'], ['UAE', 'ARE'], ['Czech Republic', 'CZE'], ['Burma', 'MMR'], ['Congo', 'COD'], ['DR Congo', 'COD'],
  ['Ivory Coast', 'CIV'], ['Vatican', 'VAT'], ['Palestine', 'PSE'], ['Taiwan', 'TWN'],
];
const EXTRA_DEMONYMS: ReadonlyArray<[string, string]> = [
  ['American', 'USA'], ['British', 'GBR'], ['English', 'GBR'], ['Scottish', 'GBR'], ['Welsh', 'GBR'], ['Dutch', 'NLD'],
  ['Emirati', 'ARE'], ['Saudi', 'SAU'], ['Filipino', 'PHL'], ['Korean', 'KOR'], ['Congolese', 'COD'], ['Czech', 'CZE'],
  ['Palestinian', 'PSE'], ['Israeli', 'ISR'], ['Soviet', 'RUS'], ['Kyrgyz', 'KGZ'], ['Tajik', 'TJK'], ['Uzbek', 'UZB'],
  ['Kazakh', 'KAZ'], ['Turkmen', 'TKM'], ['Afghan', 'AFG'], ['Iraqi', 'IRQ'], ['Kuwaiti', 'KWT'], ['Qatari', 'QAT'],
];

/** Regions and continents: places, though not countries. */
export const REGIONS: ReadonlySet<string> = new Set([
  'africa', 'antarctica', 'arctic', 'asia', 'atlantic', 'balkans', 'caribbean', 'caucasus', 'central america',
  'central asia', 'east africa', 'england', 'gulf', 'gulf coast', 'northern ireland', 'scotland', 'wales', 'east asia', 'eastern europe', 'europe', 'gaza', 'gaza strip', 'horn of africa',
  'indian ocean', 'latin america', 'mediterranean', 'middle east', 'north africa', 'north america', 'oceania',
  'pacific', 'sahel', 'scandinavia', 'siberia', 'south america', 'south asia', 'southeast asia', 'sub-saharan africa',
  'west africa', 'west bank', 'west indies', 'western europe',
]);

/** Adjectives of regions and peoples that are not countries' demonyms ("European", "Arab"). */
export const REGIONAL_DEMONYMS: ReadonlySet<string> = new Set([
  'african', 'american', 'arab', 'west indian', 'asian', 'balkan', 'baltic', 'caribbean', 'caucasian', 'eastern', 'european', 'gulf',
  'latin', 'mediterranean', 'middle eastern', 'nordic', 'northern', 'scandinavian', 'southern', 'western',
]);

/** Last words that make a capitalized name a place ("Jordan River", "Kandahar Province"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'airport', 'avenue', 'basin', 'bay', 'beach', 'boulevard', 'bridge', 'canal', 'canyon', 'cape', 'coast', 'county',
  'creek', 'desert', 'district', 'gulf', 'harbor', 'harbour', 'heights', 'highway', 'hills', 'island', 'islands', 'lake', 'market',
  'mount', 'mountain', 'mountains', 'ocean', 'oblast', 'parish', 'peninsula', 'plain', 'plateau', 'prefecture',
  'province', 'region', 'river', 'road', 'sea', 'square', 'stadium', 'arena', 'strait', 'street', 'valley', 'village',
]);

/** Common nouns that, right after an unknown name, say it names a place ("the Kharbmaidon training ground"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'airport', 'area', 'base', 'border', 'camp', 'city', 'coast', 'county', 'crossing', 'district', 'ground', 'grounds',
  'harbor', 'harbour', 'island', 'neighborhood', 'neighbourhood', 'port', 'province', 'range', 'region', 'river',
  'state', 'town', 'township', 'valley', 'village',
]);

/** US states by their AP abbreviations ("MOBILE, Ala. —", "Elizabeth, N.J."). */
export const STATE_BY_ABBREVIATION: ReadonlyMap<string, string> = new Map([
  ['Ala', 'Alabama'], ['Alaska', 'Alaska'], ['Ariz', 'Arizona'], ['Ark', 'Arkansas'], ['Calif', 'California'],
  ['Colo', 'Colorado'], ['Conn', 'Connecticut'], ['D.C', 'District of Columbia'], ['Del', 'Delaware'], ['Fla', 'Florida'],
  ['Ga', 'Georgia'], ['Hawaii', 'Hawaii'], ['Idaho', 'Idaho'], ['Ill', 'Illinois'], ['Ind', 'Indiana'], ['Iowa', 'Iowa'],
  ['Kan', 'Kansas'], ['Ky', 'Kentucky'], ['La', 'Louisiana'], ['Maine', 'Maine'], ['Mass', 'Massachusetts'], ['Md', 'Maryland'],
  ['Mich', 'Michigan'], ['Minn', 'Minnesota'], ['Miss', 'Mississippi'], ['Mo', 'Missouri'], ['Mont', 'Montana'],
  ['N.C', 'North Carolina'], ['N.D', 'North Dakota'], ['N.H', 'New Hampshire'], ['N.J', 'New Jersey'], ['N.M', 'New Mexico'],
  ['N.Y', 'New York'], ['Neb', 'Nebraska'], ['Nev', 'Nevada'], ['Ohio', 'Ohio'], ['Okla', 'Oklahoma'], ['Ore', 'Oregon'],
  ['Pa', 'Pennsylvania'], ['R.I', 'Rhode Island'], ['S.C', 'South Carolina'], ['S.D', 'South Dakota'], ['Tenn', 'Tennessee'],
  ['Texas', 'Texas'], ['Utah', 'Utah'], ['Va', 'Virginia'], ['Vt', 'Vermont'], ['W.Va', 'West Virginia'], ['Wash', 'Washington'],
  ['Wis', 'Wisconsin'], ['Wyo', 'Wyoming'],
]);
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(STATE_BY_ABBREVIATION.keys());

/** The state an abbreviation ("N.J.", "Ala.") stands for. */
export function stateOf(abbreviation: string): string | undefined {
  return STATE_BY_ABBREVIATION.get(abbreviation.replace(/\.$/, ''));
}

// alternative spellings that are ordinary words or phrases in English text
const ALT_DENY: ReadonlySet<string> = new Set(['island', 'mann', 'mannin', 'dominique', 'the abode of peace', 'emirates', 'guiana']);

const plain = (s: string): boolean => /^[A-Za-z][A-Za-z .'’-]*[A-Za-z.]$/.test(s);

for (const c of countries) {
  const info: CountryInfo = { code: c.cca3, name: c.name.common };
  const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => s.length > 3 && !s.includes(',') && !ALT_DENY.has(s.toLowerCase()))];
  for (const n of names) if (plain(n) && !COUNTRY_BY_NAME.has(n.toLowerCase())) COUNTRY_BY_NAME.set(n.toLowerCase(), info);
  for (const cap of c.capital) if (plain(cap)) CAPITAL_BY_NAME.set(cap.toLowerCase(), info);
  const d = c.demonyms?.eng;
  if (d) for (const n of [d.m, d.f]) if (n && plain(n) && !COUNTRY_BY_DEMONYM.has(n.toLowerCase())) COUNTRY_BY_DEMONYM.set(n.toLowerCase(), info);
}
const byCode = new Map(countries.map((c) => [c.cca3, { code: c.cca3, name: c.name.common }]));
for (const [n, code] of EXTRA_COUNTRY_NAMES) { const i = byCode.get(code); if (i) COUNTRY_BY_NAME.set(n.toLowerCase(), i); }
for (const [n, code] of EXTRA_DEMONYMS) { const i = byCode.get(code); if (i) COUNTRY_BY_DEMONYM.set(n.toLowerCase(), i); }
// two-letter codes that news writes as names
for (const [n, code] of [['US', 'USA'], ['UK', 'GBR']] as const) COUNTRY_BY_NAME.set(n.toLowerCase(), byCode.get(code)!);
// "The Valley" and the like are capitals no one means in news text
for (const cap of ['the valley', 'kingston', 'victoria', 'hamilton', 'george town', 'saint john', 'road town']) CAPITAL_BY_NAME.delete(cap);

/** The country a place name, demonym or "X's" names, if any. */
export function countryOf(word: string): CountryInfo | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  return COUNTRY_BY_NAME.get(w) ?? COUNTRY_BY_DEMONYM.get(w);
}

/** Is this lower-cased name a known place (country, capital, region)? */
export function isKnownPlace(lower: string): boolean {
  return COUNTRY_BY_NAME.has(lower) || CAPITAL_BY_NAME.has(lower) || REGIONS.has(lower);
}
