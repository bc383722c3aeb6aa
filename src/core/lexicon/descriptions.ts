// Head nouns of descriptions that may stand for an actor the article never names ("the man", "his wife",
// "the researchers", "the company", "the village"): the coreference stage chains them with later
// mentions of the same head and with pronouns (coref/described.ts). Each group says why it is here.

export interface DescribedHead {
  type: 'person' | 'organization' | 'place';
  /** The singular form: "men" and "man" are one head. */
  key: string;
  plural: boolean;
  gender?: 'm' | 'f';
  /** A relation to someone ("his wife", "her lawyer"): never the possessor itself. */
  relational?: boolean;
}

const out = new Map<string, DescribedHead>();

function add(type: DescribedHead['type'], pairs: string, extra: Partial<DescribedHead> = {}): void {
  // "man/men woman/women": singular/plural; a lone word has no plural form here
  for (const pair of pairs.trim().split(/\s+/)) {
    const [one, many] = pair.split('/');
    if (one) out.set(one, { type, key: one, plural: false, ...extra });
    if (many) out.set(many, { type, key: one || many, plural: true, ...extra });
  }
}

// people by sex: the noun gives the gender a pronoun must agree with
add('person', 'man/men boy/boys gentleman/gentlemen', { gender: 'm' });
add('person', 'woman/women girl/girls lady/ladies', { gender: 'f' });
// kin by sex: a relation ("his wife" is not he) with the gender a pronoun must agree with
add('person', 'father/fathers dad husband/husbands son/sons brother/brothers grandfather uncle boyfriend', { gender: 'm', relational: true });
add('person', 'mother/mothers mom mum wife/wives daughter/daughters sister/sisters grandmother aunt girlfriend', { gender: 'f', relational: true });
// relations with no sex: "his friend", "her parents", "their children"
add('person', 'friend/friends parent/parents child/children kid/kids cousin/cousins partner/partners family/families grandparent/grandparents neighbor/neighbors neighbour/neighbours colleague/colleagues', { relational: true });
// people in general, and groups of them news writes about without naming them
add('person', 'person/people guy/guys baby/babies teenager/teenagers couple victim/victims suspect/suspects survivor/survivors witness/witnesses resident/residents');
add('person', 'passenger/passengers patient/patients student/students pupil/pupils teacher/teachers worker/workers employee/employees driver/drivers pilot/pilots');
add('person', 'researcher/researchers scientist/scientists expert/experts doctor/doctors nurse/nurses author/authors writer/writers artist/artists player/players fan/fans');
add('person', 'official/officials officer/officers soldier/soldiers /troops protester/protesters demonstrator/demonstrators activist/activists voter/voters investigator/investigators');
add('person', 'journalist/journalists reporter/reporters owner/owners founder/founders member/members leader/leaders lawmaker/lawmakers user/users customer/customers');
add('person', 'athlete/athletes runner/runners coach/coaches referee/referees team-mate/team-mates judge/judges lawyer/lawyers attorney/attorneys prosecutor/prosecutors');
add('person', 'spokesman spokeswoman spokesperson candidate/candidates minister/ministers president senator/senators mayor governor chairman chairwoman manager/managers director/directors');
add('person', 'professor/professors settler/settlers immigrant/immigrants refugee/refugees farmer/farmers villager/villagers citizen/citizens tourist/tourists visitor/visitors');
// occupations a profile gives ("Ann Ruiz, a nurse from Leeds", "he was a Swiss mathematician")
add('person', 'mathematician/mathematicians physicist/physicists chemist/chemists biologist/biologists linguist/linguists historian/historians philosopher/philosophers');
add('person', 'poet/poets novelist/novelists singer/singers musician/musicians composer/composers actor/actors actress painter/painters architect/architects');
add('person', 'politician/politicians businessman businesswoman entrepreneur/entrepreneurs engineer/engineers economist/economists analyst/analysts editor/editors photographer/photographers');
// organizations: businesses, public bodies, groups that act as one
add('organization', 'company/companies firm/firms government police agency/agencies ministry council court/courts army military party');
add('organization', 'school/schools university/universities college hospital/hospitals museum/museums band/bands church/churches team/teams club/clubs union/unions');
add('organization', 'organization/organizations organisation/organisations institution/institutions group committee board administration /authorities startup/startups airline/airlines bank/banks store/stores newspaper');
// (no plural of country, nation, state, government or party: "the two countries" is a group of states
// named before, which events read: lexicon/event-words.ts GROUP_NOUNS)
// places: where things happen, chained as a reader follows them ("the village ... the village")
add('place', 'city/cities town/towns village/villages country nation region/regions island/islands area/areas island capital state province');
add('place', 'world land house/houses home/homes room/rooms building/buildings hotel/hotels park/parks site/sites camp neighborhood neighbourhood street/streets square airport station');

// collective nouns news writes without an article ("Police said the man ...", "authorities closed the road"):
// plural, and read bare like plurals of people
add('organization', '/police /authorities');
export const BARE_COLLECTIVES: ReadonlySet<string> = new Set(['police', 'authorities']);

/** The heads above by written form (singular and plural). */
export const DESCRIBED_HEADS: ReadonlyMap<string, DescribedHead> = out;
