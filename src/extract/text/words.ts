// Small closed word classes of English used by the patterns (grammar, not domain facts).
import { ORG_WORDS } from '../../knowledge/lexicon.ts';

/** Lower-case words allowed inside a capitalised name run. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'in', '&', 'de', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'da', 'ul', 'ud']);

/** Head nouns that make a capitalised run an organisation, beyond compromise's list. */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  ...ORG_WORDS,
  'institute', 'institution', 'university', 'ministry', 'council', 'agency', 'group', 'center', 'centre', 'organization', 'organisation',
  'academy', 'bank', 'fund', 'forum', 'union', 'party', 'committee', 'commission', 'association', 'foundation', 'network', 'herald',
  'times', 'daily', 'news', 'post', 'press', 'secretariat', 'structure', 'bureau', 'department', 'office', 'service', 'club',
  'school', 'college', 'society', 'consortium', 'alliance', 'federation', 'assembly', 'parliament', 'government', 'administration',
  'authority', 'board', 'chamber', 'court', 'army', 'navy', 'force', 'forces', 'guard', 'police', 'embassy', 'consulate', 'mission', 'conference', 'cabinet',
  'senate', 'duma', 'majlis', 'house', 'tribune', 'gazette', 'journal', 'telegraph', 'observer', 'review', 'broadcasting', 'television', 'radio',
]);

/** Head nouns that make a capitalised run an initiative (programme, strategy, treaty …). */
export const INITIATIVE_HEADS = new Set(['initiative', 'strategy', 'corridor', 'programme', 'program', 'roadmap', 'agreement', 'treaty', 'convention', 'charter', 'declaration', 'concept', 'vision']);

/** Prepositions that open an organisation's complement ("Institute of …", "Center for …", "Conference on …"). */
export const COMPLEMENT_OPENERS = new Set(['of', 'for', 'on']);

/** Verbs of saying, for attribution ("…, said Shi Ze", "Guan said"). */
export const SAY_VERBS = new Set([
  'said', 'says', 'told', 'added', 'noted', 'stressed', 'emphasized', 'emphasised', 'warned', 'urged', 'stated', 'remarked',
  'explained', 'believes', 'believed', 'highlighted', 'assured', 'welcomed', 'announced', 'expressed', 'wrote', 'writes', 'argued',
  'argues', 'observed', 'pointed', 'underlined', 'underscored', 'mentioned', 'suggested', 'called', 'asked', 'replied', 'insisted',
  'claimed', 'commented', 'confirmed', 'declared', 'reiterated', 'affirmed', 'proposed', 'praised', 'thanked', 'congratulated',
  'met', 'meets', 'held', 'holds', 'attended', 'attends', 'visited', 'visits', 'addressed', 'addresses', 'delivered', 'spoke',
  'speaks', 'will', 'would', 'has', 'had', 'was', 'is', 'also', 'outlined', 'outlines', 'presented', 'signed', 'received', 'hosted',
  'chaired', 'led', 'noting', 'adding', 'saying', 'stressing', 'emphasizing',
]);

/** Role nouns that mark an apposition even when not in the office gazetteer ("…, a researcher at …"). */
export const ROLE_NOUNS = new Set([
  'director', 'researcher', 'scholar', 'professor', 'analyst', 'expert', 'spokesperson', 'spokesman', 'spokeswoman', 'minister',
  'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'head', 'editor', 'author', 'founder', 'member', 'leader', 'secretary',
  'president', 'premier', 'deputy', 'vice', 'chief', 'senior', 'fellow', 'dean', 'adviser', 'advisor', 'correspondent', 'official',
  'diplomat', 'representative', 'governor', 'mayor', 'commander', 'general', 'lecturer', 'economist', 'journalist', 'columnist',
  'consultant', 'partner', 'ceo', 'executive', 'coordinator', 'counsellor', 'counselor', 'attache', 'consul', 'speaker', 'lawmaker',
  'politician', 'prime', 'former', 'then', 'acting', 'standing', 'king', 'emir', 'prince', 'sultan', 'sheikh', 'leader',
]);

/** Role nouns that name the holder of an office, never a body or a modifier ("Secretary", not "Executive"). */
export const OFFICE_HOLDERS: ReadonlySet<string> = new Set([
  'secretary', 'minister', 'director', 'chairman', 'chairwoman', 'chair', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador',
  'envoy', 'adviser', 'advisor', 'president', 'premier', 'governor', 'mayor', 'commander', 'representative', 'aide', 'head',
]);

/** Words before a role that keep the apposition ("…, the former …"). */
export const APPOSITION_LEADS = new Set(['a', 'an', 'the', 'former', 'then', 'also', 'now', 'currently', 'who', 'is', 'as', 'acting', 'incoming', 'outgoing', 'late', 'first']);

/** Month names (compromise tags "May" as a modal verb first): see text/months.ts. */
export { MONTHS } from './months.ts';

/** Patronymics: East Slavic (-ovich, -evich, -ovna, -ichna; Ukrainian -ovych) and Kazakh/Kyrgyz (-uly, -kyzy). Lower case. */
const PATRONYMIC = /^\p{L}{2,}(?:[oe]vich|[oe]vych|[oe]vna|ichna|uly|kyzy|qyzy)$/u;
export const isPatronymic = (word: string): boolean => PATRONYMIC.test(word);

/** Verbs of travel whose subject is a person (places and bodies are not said to fly or travel in this news). */
export const TRAVEL_VERBS: ReadonlySet<string> = new Set(['travel', 'travels', 'traveled', 'travelled', 'traveling', 'travelling', 'flew', 'flies', 'landed', 'arrived', 'arrives', 'arrive']);

/** Nouns of a journey a person makes ("the visit of X to Y", "X's trip to Y"). */
export const VISIT_NOUNS: ReadonlySet<string> = new Set(['visit', 'visits', 'trip', 'trips', 'arrival', 'tour']);

/** A possessive 's or ’s token ("China's", "Iran’s"), split off its word by the tokenizer. */
export const isPossessive = (t: { lower: string } | undefined): boolean => t?.lower === "'s" || t?.lower === '’s';

/** "his Iranian counterpart X": the one a person meets, holding the same office for another country. */
export const COUNTERPARTS: ReadonlySet<string> = new Set(['counterpart', 'counterparts']);

/** Nouns that end a title the gazetteer lacks ("Chief Executive Officer", "Foreign Affairs Adviser"). */
export const ROLE_HEADS: ReadonlySet<string> = new Set([...ROLE_NOUNS, 'officer']);

/** Words that make a centre or hall a venue ("Convention Centre", "Exhibition Hall", "Media Center"). */
export const VENUE_HEADS: ReadonlySet<string> = new Set(['convention', 'exhibition', 'congress', 'expo', 'conference', 'press', 'media', 'trade']);

/** Words after which a capitalised run is the title of a speech, an event's theme or a slogan, not a body's name. */
export const NAMED_BY: ReadonlySet<string> = new Set(['entitled', 'titled', 'themed', 'theme', 'motto', 'slogan']);

/** Words that open the name of a meeting or of a group of states, not of a body: "Meeting of the Council of …", "Member States of …". */
export const NOT_BODY_STARTS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'member', 'members', 'dialogue', 'summit', 'session', 'observer', 'observers']);

/** What may open a circle of the heads: "the meeting of the expanded circle of the heads of SCO states". */
export const CIRCLES: ReadonlySet<string> = new Set(['expanded', 'extended', 'enlarged', 'narrow', 'restricted', 'broad']);

export const PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'al', 'el', 'ul', 'ud', 'van', 'von', 'de', 'da', 'di', 'bint']);

export const MODIFIERS: ReadonlySet<string> = new Set(['former', 'then', 'acting', 'standing', 'senior', 'chief', 'deputy', 'executive', 'permanent', 'current', 'incoming', 'outgoing', 'late', 'first', 'also', 'a', 'an', 'the', 'who', 'is', 'was', 'as', 'now', 'currently', 'has', 'been', 'and', 'research', 'associate', 'assistant', 'visiting', 'leading']);

/** Words that may stand before a person's titles: "the former", "newly elected", "then-". */
export const BEFORE_TITLE: ReadonlySet<string> = new Set(['former', 'then', 'acting', 'the', 'new', 'newly', 'elected', 'incoming', 'outgoing', 'current', 'interim', 'caretaker', 'late', 'ex']);

/** Words for whoever leads a country, whatever the office is called. */
export const LEADER_WORDS: ReadonlySet<string> = new Set(['leader']);

/** Ordinal numbers in words, in order ("the twenty-fourth summit" reads through them). */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** What follows a news outlet's name in its full form: "MONTSAME National News Agency", "Kazinform news agency". */
export const AGENCY_SUFFIXES: readonly string[] = ['News Agency', 'National News Agency', 'International News Agency', 'Information Agency', 'State News Agency'];

/**
 * Heads of an initiative only with their theme after them ("of"/"on" and a capitalised word): "the SCO Year of
 * Ecology", "Years of Culture", "the Ulaanbaatar Dialogue on Northeast Asian Security" (not "Dialogue Partner").
 */
export const THEMED_HEADS: ReadonlySet<string> = new Set(['year', 'years', 'dialogue']);

/** Nouns that make a quoted name beside them an initiative: the “One Billion Trees” national campaign, the initiative "…". */
export const QUOTED_INITIATIVE_NOUNS: ReadonlySet<string> = new Set([...INITIATIVE_HEADS, 'campaign', 'project', 'plan', 'policy', 'doctrine']);

/** Top-level domains of outlets named by their web address ("News.Az", "24.kg", "Kun.uz", "Tengrinews.kz"). */
export const OUTLET_DOMAINS: ReadonlySet<string> = new Set(['az', 'kg', 'kz', 'uz', 'tj', 'tm', 'ru', 'cn', 'pk', 'in', 'ir', 'mn', 'by', 'af', 'am', 'ge', 'com', 'net', 'org', 'info', 'news', 'asia', 'su']);

/** Lower-case nouns of places that follow a name ("Nur Khan airbase", "Manas airport"): the name is the place's, no person's. */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set(['airbase', 'airport', 'base', 'stadium', 'street', 'avenue', 'road', 'square', 'mosque', 'bridge', 'dam', 'station', 'park', 'hospital', 'port', 'highway', 'palace', 'hall', 'arena', 'camp', 'prison', 'jail']);

/** Nouns of a person's relation to another, which name a person after "his", "her", "their" or a possessive: "his moderate rival X". */
export const PERSON_RELATION_NOUNS: ReadonlySet<string> = new Set(['rival', 'opponent', 'challenger', 'predecessor', 'successor', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'aide', 'ally']);

/** Office scopes (data/gazetteer/offices.json) that belong to one country: not an international body's, a party's, a company's or a scholar's. */
export const NATIONAL_SCOPES: ReadonlySet<string> = new Set(['government', 'military']);

/** Nouns that end a place's name ("Shandong Province", "Fergana Valley"): such a name is no person's. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['province', 'region', 'city', 'county', 'district', 'state', 'prefecture', 'oblast', 'island', 'islands', 'mountains', 'river', 'sea', 'lake', 'valley', 'desert', 'corridor', 'port', 'airport', 'square', 'street', 'avenue']);
