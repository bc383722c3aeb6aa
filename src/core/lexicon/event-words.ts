// Word lists of the event rules (events/), as data: each list says what it decides and why.
// Matched against compromise's normal form of a token, one word at a time.

/** Prepositions before a place that say where an event happened ("in Moscow", "off the coast"). */
export const PLACE_PREPS = new Set(['in', 'at', 'to', 'into', 'near', 'off', 'outside', 'inside', 'across', 'from', 'toward', 'towards']);
/** Auxiliaries before a trigger that make it planned, not a fact ("will meet"). */
export const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', "won't", 'going']);
/** Words before a trigger that make it hypothetical ("could strike", "if they meet"). */
export const HYPOTHETICAL = new Set(['could', 'may', 'might', 'should', 'if', 'unless', "couldn't", "wouldn't"]);
/** Adjectives right before a noun trigger that make it planned ("the planned visit"). */
export const PLANNED_ADJ = new Set(['planned', 'upcoming', 'proposed', 'scheduled', 'possible', 'future', 'potential', 'expected', 'forthcoming']);
/** Words before a trigger that negate it ("did not meet", "without talks"). */
export const NEGATION = new Set(['not', 'never', 'no', 'without', "n't", 'neither', 'nor']);
/** What rises and falls in a market move ("shares fell", "the yen rose"): before a move verb, it makes it economic. */
export const MARKET_WORDS = new Set([
  'shares', 'share', 'stock', 'stocks', 'price', 'prices', 'index', 'yields', 'yield', 'euro', 'dollar', 'sterling',
  'pound', 'yen', 'yuan', 'currency', 'bonds', 'bond', 'oil', 'gold', 'inflation', 'sales', 'revenue', 'profit',
  'profits', 'exports', 'imports', 'output', 'gdp', 'unemployment', 'market', 'markets', 'futures', 'crude', 'rate',
  'rates', 'economy', 'growth', 'earnings', 'bitcoin', 'nasdaq', 'dow', 'ftse', 'nikkei', 'volumes', 'demand', 'orders',
  'bookings', 'deliveries', 'consumption', 'investment', 'spending', 'confidence', 'valuation', 'assets',
]);
/** What a central bank raises, cuts or keeps. */
export const RATE_WORDS = new Set(['rate', 'rates', 'borrowing']);
/** What a company cuts when the cut is news: jobs, spending, its forecast. */
export const CUT_OBJECTS = /^(jobs?|positions?|posts|roles|staff|workforce|workers|employees|headcount|spending|budgets?|prices|costs|output|production|forecasts?|guidance|outlook|taxe?s?|dividend|capacity)$/;
/** Counts that rise and fall without being markets: casualties, cases, seats, water levels, temperatures. */
export const NOT_MARKET = /^(toll|deaths?|dead|casualties|cases|infections|victims|injured|missing|turnout|temperatures?|water|rivers?|sea|seats|votes|goals|runs|wickets|degrees|metres|meters|feet|inches|centimetres)$/;
/** Words of a fall from a height (an accident, not a market move): "fell 600 metres", "fall to his death". */
export const HEIGHT_FALL_WORDS = /^(death|deaths|metres|meters|feet|ft|ridge|mountain|mountains|peak|summit|cliff|glacier|face|route|mt|roof|window|balcony|stairs|ladder|bridge|edge|crevasse|slope|building|scaffolding)$/;
/** Names and acronyms of happenings that are written capitalized ("the Oscars", "a DUI arrest"): triggers, not names. */
export const NAMED_HAPPENINGS = /^(oscars|grammys|emmys|olympics|dui|dwi|owi)$/;
/** Who falls and what a fall does ("climber dies in fall", "killed in a fall"): a fall as an accident. */
export const FALL_VICTIMS = /^(dies|die|died|killed|dead|death|deaths|injured|hurt|climber|climbers|mountaineer|hiker|worker|man|woman|boy|girl)$/;
/** Trading places and sessions right after a move verb ("fell in early trading"). */
export const TRADING_WORDS = /^(trading|trade|session|nasdaq|dow|ftse|nikkei|exchange)$/;
/** A court in the sentence makes a ruling verb legal ("the court upheld"). */
export const COURT_WORDS = /^(courts?|judges?|justices?|tribunal|bench|panel|magistrates?|jury|appeals?|convictions?|verdict|ruling|sentences?|lawsuits?|case|arbitrator|arbitration|prosecutors?|defendants?|acquittal|injunction)$/;
/** What is filed or dismissed in court ("filed a lawsuit", "dismissed the charges"). */
export const LEGAL_FILINGS = /^(lawsuits?|suits?|appeals?|petitions?|complaints?|motions?|charges|case|cases|claims?|injunctions?|challenges?|objections?|indictments?)$/;
/** Trade in the sentence makes a ban economic ("a ban on exports"). */
export const TRADE_WORDS = /^(exports?|imports?|goods|trade|shipments?|products|sales|tariffs?|duties)$/;
/** Imposed or lifted measures that are economic (tariffs, sanctions). */
export const ECONOMIC_MEASURES = /^(tariffs?|duty|duties|levy|levies|quotas?|sanctions|embargo|embargoes|taxe?s?|surcharges?)$/;
/** Imposed or lifted measures that are legal (curfews, fines). */
export const LEGAL_MEASURES = /^(curfews?|lockdowns?|restrictions|emergency|fines?|penalty|penalties|moratorium)$/;
/** What is sent or flown in as aid. */
export const AID_WORDS = /^(aid|supplies|food|doses|vaccines?|medicines?|medical|tents|relief|blankets|assistance|humanitarian|water|rations|equipment)$/;
/** What is sent or deployed as military force. */
export const TROOP_WORDS = /^(troops|soldiers|warships?|jets|fighters|forces|tanks|reinforcements|marines|battalions?|paratroopers)$/;
/** A disaster near a verb (struck, killed) makes it a disaster, not an attack. */
export const DISASTER_NOUNS = /^(quake|earthquake|tremor|aftershocks?|storm|hurricane|typhoon|cyclone|tornado|floods?|flooding|landslides?|mudslides?|avalanche|tsunami|eruption|wildfires?|blaze|heatwave|cholera|outbreak|epidemic|disease|crash|accident|collision|derailment)$/;
/** Armed actors near a verb keep it a conflict. */
export const CONFLICT_NOUNS = /^(attack|attacks|troops|soldiers|gunmen|militants|rebels|shelling|airstrikes?|bombing|bomb|missiles?|drone|army|forces|insurgents|clashes|fighting)$/;
/** Workers and pay near "strike" make it a protest (a walkout), not an attack. */
export const LABOUR_WORDS = /^(unions?|workers|employees|staff|nurses|doctors|teachers|drivers|pilots|wages?|pay|walkout|pickets?|picket|miners|dockers|strikers)$/;
/** What is won in an election (personnel), as against a match or a contract. */
export const ELECTION_OBJECTS = /^(elections?|votes?|seats?|presidency|race|runoff|run-off|primary|primaries|ballot|mandate|term|majority|polls?|nomination|leadership|referendum|mayoralty|governorship)$/;
/** Auxiliaries before a passive ("was named", "was fired"). */
export const BE_FORMS = /^(was|were|been|be|being|is|are|got|get|gets|has|have|had)$/;
/** Posts and employers that are left or taken over ("left the company", "took over the team"). */
export const POST_WORDS = /^(office|post|job|company|club|government|party|cabinet|position|role|team|board|firm|bank|ministry|presidency|parliament|coalition|side)$/;
/** Job titles after "as" or "to" in personnel moves ("named interim CFO", "took over as coach"). */
export const TITLE_WORDS = /^(chief|director|minister|coach|manager|president|officer|head|ceo|cfo|chairman|chairwoman|chair|governor|secretary|ambassador|captain|editor|commissioner|envoy|spokesman|spokeswoman|general|judge|adviser|advisor|deputy|interim|acting|executive)$/;
/** "hosted talks": the hosted event is the trigger, not "hosted". */
export const EVENT_NOUN_AFTER_HOST = new Set(['talks', 'summit', 'meeting', 'conference', 'meetings', 'summits', 'conferences', 'negotiations']);
/** Who is received at a meeting ("received a delegation"). */
export const RECEIVED_WHO = new Set(['delegation', 'delegations', 'envoy', 'minister', 'president', 'ambassador', 'counterpart', 'leader', 'king', 'premier', 'chancellor', 'secretary']);
/** Words that open another clause: a participant or place beyond them belongs to another verb. */
export const CLAUSE_BREAKS = /^(that|which|who|whom|whose|because|after|before|while|when|whereas|where|if|unless|as|but|although|though|since|until)$/;
/** Words that may stand between a preposition and its place ("at the Kharbmaidon training ground"). */
export const PLACE_MODIFIERS = /^(the|a|an|its|their|his|her|this|that|northern|southern|eastern|western|central|capital|city|town|village|region|province|state)$/;
/** Determiners that send a noun trigger back to a happening already told ("the meeting", "this trip"). */
export const DEFINITE = /^(the|this|these|those|its|their|his|her)$/;
/** Verbs whose object is the happening itself ("held talks", "attend the meeting"): the same happening. */
export const LIGHT_VERBS = /^(hold|held|holds|holding|attend|attended|attends|attending|host|hosted|hosts|hosting|participate|participated|participating|join|joined|conduct|conducted|carry|carried|stage|staged|launch|launched)$/;
/** Verbs before "to" that make what follows planned ("plans to visit", "agreed to meet"). */
export const PLAN_VERBS = /^(plan|plans|planned|planning|expected|due|set|scheduled|intends|intend|aims|aim|going|agreed|agree)$/;
/** "took over the town": what is taken over in a conflict. */
export const TAKEN_PLACES = /^(town|city|village|territory|base|airport|control|region|district|province)$/;
/** "took over the company": a takeover in business. */
export const TAKEN_COMPANIES = /^(company|firm|business|rival|stake|operator|chain|group|brand)$/;
/** Words before a trigger that make it a noun ("joint exercises", "bilateral talks"). */
export const NOUN_MODIFIERS = /^(joint|military|naval|air|annual|further|new|more|bilateral|trilateral)$/;
/** "struck a deal", "struck a balance": striking that is no attack. */
export const STRUCK_NOT_ATTACKED = /^(deal|agreement|bargain|balance|chord|tone|note|compromise|out)$/;
/** "drone strike", "air strike": a military strike. */
export const MILITARY_STRIKE_MODIFIERS = /^(drone|missile|air|rocket|military|artillery|retaliatory|preemptive|pre-emptive|precision|nuclear)$/;
/** "on strike", "general strike", "hunger strike": a strike as a protest. */
export const PROTEST_STRIKE_MODIFIERS = /^(on|general|national|workers|union|hunger|nationwide|strike)$/;
/** A protest in the sentence makes a blockade a protest. */
export const PROTEST_WORDS = /^(protest|protests|protesters|demonstrators|demonstration|rally)$/;
/** "an outbreak of fighting": a conflict, not an epidemic. */
export const OUTBREAK_OF_FIGHTING = /^(violence|fighting|war|clashes|hostilities|unrest)$/;
/** Armed forces near "retreat": a military move, not a meeting. */
export const ARMED_FORCES = /^(troops|forces|army|soldiers|rebels|militants|fighters)$/;
/** "won by a landslide": an election, not a disaster. */
export const ELECTION_WORDS = /^(election|elections|vote|votes|won|wins|win|victory|poll|polls|voters)$/;
/** A central bank's words make a decision economic. */
export const MONETARY_WORDS = /^(rate|rates|markets|inflation|bank|bank's|policy)$/;
/** What a court upholds, overturns or quashes. */
export const COURT_OBJECTS = /^(convictions?|ruling|verdict|decision|ban|sentences?|law|results?|judgment|veto|acquittal|order)$/;
/** What is imposed or lifted: economic or legal measures. */
export const IMPOSED_MEASURES = /^(tariffs?|duty|duties|levy|levies|quotas?|sanctions|embargo|embargoes|taxe?s?|surcharges?|bans?|curfews?|lockdowns?|restrictions|emergency|fines?|penalty|penalties|moratorium)$/;
/** Approvals that are economic (a merger, a loan); other approvals are "other". */
export const ECONOMIC_APPROVALS = /^(merger|takeover|acquisition|deal|sale|loan|bailout|budget)$/;
/** What is declared as an event (a winner, war, bankruptcy); "declared that …" is a claim. */
export const DECLARED_THINGS = /^(winner|victory|elected|president|war|bankruptcy|insolvency|default|emergency|curfew|independence|martial|disaster)$/;
/** What is conceded in an election (not a goal, not "conceded that"). */
export const CONCEDED_THINGS = /^(defeat|elections?|race|victory|seats?|presidency)$/;
/** What is dismissed as criticism ("dismissed the allegations"). */
export const DISMISSED_CRITICISM = /^(allegations?|accusations?|criticism|reports?|concerns?|suggestions?|claims?|rumou?rs)$/;
/** Market words near "session": a trading session, not a meeting. */
export const MARKET_SESSION_WORDS = /^(shares|stocks|index|trading|traders|investors|futures)$/;
/**
 * Verbs that are no happening even when negated ("did not say", "does not know", "is not"): speech,
 * thought, being and having; other negated verbs are events that did not happen ("was not charged").
 */
export const NOT_HAPPENINGS = /^(be|is|are|was|were|been|being|am|have|has|had|do|does|did|done|say|says|said|saying|tell|told|comment|commented|know|knew|known|think|thought|believe|believed|want|wanted|seem|seemed|seems|appear|appeared|expect|expected|need|needed|like|liked|mean|meant|matter|mattered|care|cared|see|saw|seen|feel|felt|remember|recall|recalled|understand|understood|get|got|go|going|went|let|make|made|take|took|give|gave|come|came|return|wish|hope|intend|plan|try|tried|respond|responded|reply|replied|answer|elaborate|specify|identify|disclose|confirm|deny|decide|decided|support|supported|aim|aimed|direct|directed|involve|involved|begin|began|begun|start|started|react|reacted|reacting|speak|spoke|spoken|diagnose|diagnosed)$/;

/**
 * One happening told by kindred words ("shot" and "the shooting", "died" and "his death", "killed" and
 * "the killing"): the word each trigger lemma is kin to, so that mentions of one happening link by it.
 * A killing and a death are told of one happening ("was killed" … "his death" … "found dead"): one kin.
 */
export const EVENT_KIN: Readonly<Record<string, string>> = {
  shooting: 'shoot', killing: 'kill', death: 'kill', dead: 'kill', die: 'kill', bombing: 'bomb', stabbing: 'stab', hijacking: 'hijack',
  kidnapping: 'kidnap', abduction: 'abduct', acquisition: 'acquire', purchase: 'buy', appointment: 'appoint', arrival: 'arrive',
  nomination: 'nominate', resignation: 'resign', election: 'elect', conviction: 'convict', indictment: 'indict', explosion: 'explode',
  departure: 'depart', firing: 'fire', dismissal: 'dismiss', evacuation: 'evacuate', deployment: 'deploy', invasion: 'invade',
  meeting: 'meet', negotiation: 'negotiate', agreement: 'agree', criticism: 'criticize', criticise: 'criticize', condemnation: 'condemn',
  donation: 'donate', deportation: 'deport', detention: 'detain', eruption: 'erupt', arraignment: 'arraign', suspension: 'suspend',
  victory: 'win', defeat: 'beat', acquittal: 'acquit', collapse: 'collapse', earthquake: 'quake', tremor: 'quake', blaze: 'fire',
  murder: 'kill', homicide: 'kill', slaying: 'kill', robbery: 'rob', theft: 'steal', heist: 'steal', trip: 'visit',
};
/**
 * Nouns of a group of two parties after "two"/"both" ("the two countries", "both sides"): they stand for the
 * two states last named, so the group's states take part in the event.
 */
export const GROUP_NOUNS = /^(countries|nations|states|sides|governments|neighbours|neighbors|allies|capitals|parties)$/;
/** Adjectives that say two parties take part, the two states last named ("bilateral talks"). */
export const GROUP_ADJECTIVES = /^(bilateral)$/;
/**
 * Words opening a sentence-initial phrase whose event the main clause's subject takes part in ("During a
 * meeting with experts, the general said", "Upon arriving, Bagheri said"); "at" only for meetings.
 */
export const FRONTING_PREPS = /^(during|upon|on|while|when)$/;
/** Governments named by their head ("the administration of Mr. Raisi", "the Biden administration"): the head takes part. */
export const GOVERNMENT_NOUNS = /^(administration|government|cabinet|regime)$/;
/** Words before "to" that say the next verb did not happen ("unable to reach", "failed to pay", "refused to sign"). */
export const FAILED_TO = /^(unable|failed|fail|fails|failing|refused|refuses|refuse|declined|declines|decline)$/;
/** What is left as a place ("left the country", "fled the scene", "left rehab", "leaving the hospital"): travel. */
export const PLACES_LEFT = /^(country|capital|city|island|scene|hospital|home|building|facility|center|centre|rehab|clinic|jail|prison|courthouse|house|hotel|area|region|town|village|stadium|field)$/;
/** What is cut, said before "cuts" ("spending cuts", "budget cuts", "job cuts"): an economic measure. */
export const CUT_BEFORE = /^(spending|budget|budgetary|tax|pay|wage|job|jobs|rate|interest|price|production|output|benefit|welfare|service|pension|austerity)$/;
/** Past-tense verbs after a doer that tell no happening: stance, thought and standing ("X wanted", "X remained"). */
export const NOT_ACTOR_VERBS = /^(wanted|hoped|needed|remained|stayed|seemed|looked|felt|liked|loved|hated|believed|thought|knew|owned|belonged|lived|kept|used|continued|tended|managed|happened|added|noted|stressed|insisted|argued|urged|warned|explained|wrote|asked|acknowledged|admitted|agreed|called|described|expressed|praised|referred|considered|worked|served|ranked|rated|included|contained|featured|sought|discussed|declined|refused|tried|decided|planned)$/;
/**
 * Verbs that tell no happening when the lexicon lacks them and a plain verb would be taken as one
 * (events/verbs.ts): linking and being ("became", "was based"), owning and lacking, prepositions
 * compromise tags as verbs ("according", "including", "following"), and reading the mind.
 */
export const NOT_DEED_VERBS = /^(become|becomes|became|according|including|included|following|followed|regarding|concerning|considering|based|born|aged|related|owned|lacked|deserved|worth|named|called|titled|entitled|dubbed|known|expected|believed|thought|considered|reported|rumored|rumoured|alleged|suspected|supposed|presumed|estimated|scheduled|set|slated|due|required|allowed|needed|wanted|used|accustomed|interested|concerned|worried|pleased|surprised|shocked|convinced|exhausted|tired|saddened|disappointed|excited|married|engaged|dedicated|committed|determined|located|situated|listed|ranked|rated|featured|contained|consisted|depended|involved|seen|heard|meant|found)$/;
