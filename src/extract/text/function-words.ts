// Function words of English as the relation patterns read them: auxiliaries and modals, adverbs, negations, pronouns
// and determiners, the plain words that glue titles and names together, and the punctuation that opens or breaks a list.
// Closed classes, written once here and shared by every rule (src/extract/relations, src/extract/stages).
import { COUNTERPARTS } from './words.ts';

/** Plain words that join a title to its country ("President of the Republic of Belarus", "Pakistan's Prime Minister"). */
export const TITLE_GLUE: ReadonlySet<string> = new Set(['of', 'the', "'s", '’s']);

/** Forms of "be", "have" and "do", and the modals of the future: the auxiliaries a verb phrase may open with. */
export const BE_FORMS = ['be', 'is', 'are', 'was', 'were', 'been', 'being'] as const;
export const HAVE_FORMS = ['has', 'have', 'had'] as const;
export const DO_FORMS = ['did', 'does'] as const;
export const WILL_FORMS = ['will', 'would'] as const;

/**
 * Adverbs that stand between a subject and its verb, or before a second verb ("X also met", "X then received", "and
 * later met", "A and B jointly opened", "which X personally attended").
 */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'already', 'separately', 'later', 'then', 'jointly', 'warmly', 'personally', 'again', 'once', 'recently', 'reportedly',
  'subsequently', 'afterwards', 'eventually', 'too',
]);

/** Words that negate or cancel what a cue states nearby ("did not meet", "cancelled the visit"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'without', 'refused', 'declined', 'ruled', 'cancelled', 'canceled', 'postponed', 'skipped', 'skip', 'snubbed', 'denied', 'nor', 'unlikely', 'rejected', 'whether']);
/** Words that make what a cue states planned, not done ("will attend", "is expected to meet"). */
export const MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'would', 'shall', 'to', 'expected', 'plans', 'plan', 'planned', 'scheduled', 'set', 'may', 'might', 'could', 'likely', 'upcoming', 'going', 'due', 'intends', 'hopes']);
/** Auxiliaries and adverbs between a subject and its verb of meeting ("X has also met", "X is expected to meet"). */
export const SKIPPABLE: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, ...WILL_FORMS, ...VERB_ADVERBS, 'to', 'on', 'and', 'expected', 'set', 'scheduled']);
/** Auxiliaries of a passive ("was received by X", "is welcomed by Y"). */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(BE_FORMS);

/** Auxiliaries between a list of people and their verb of meeting ("X and Y will meet", "have held talks"). */
export const GROUP_AUX: ReadonlySet<string> = new Set([...WILL_FORMS, ...HAVE_FORMS, 'also']);

/** What may stand between the people and that verb: "which X also attended", "which X did not attend". */
export const RELATIVE_GLUE: ReadonlySet<string> = new Set([...HAVE_FORMS, ...DO_FORMS, ...WILL_FORMS, ...VERB_ADVERBS, 'himself', 'herself', 'not', 'never']);

/** Words that may stand between a list of people and their verb: "A and B were also among", "A, B and C all made". */
export const SUBJECT_GLUE: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, ...WILL_FORMS, 'also', 'all', 'both', 'too', 'then']);

/** Plain words between two coordinated names: "and his Chinese counterpart Wang Yi", "the President of …". */
export const COUNTERPART_WORDS: ReadonlySet<string> = new Set([...TITLE_GLUE, 'his', 'her', 'their', ...COUNTERPARTS]);

/** Plain words personAfter passes over ("with his counterpart X", "the visiting X"). */
export const BEFORE_PARTNER: ReadonlySet<string> = new Set(['the', 'his', 'her', "'s", '’s', 'former', 'counterpart', 'visiting', 'a', 'of']);

/** Plain words that may stand before a name with its titles: the title glue, "then-" and "acting". */
export const BEFORE_NAME: ReadonlySet<string> = new Set([...TITLE_GLUE, 'then', '-', 'acting']);

/** Plain words that may stand between an item's titles and its name. */
export const ITEM_GLUE: ReadonlySet<string> = new Set(['of', 'the', "'s", '’s', '-', '–', 'then', 'acting', 'former', 'his', 'her', 'their', 'its', 'on', 'for', 'and', 'a', 'an', 'counterpart', 'counterparts', 'visiting']);

/** Words inside a title phrase that are not title mentions ("advisor to the Prime Minister on national security"). */
export const TITLE_FILLER: ReadonlySet<string> = new Set(['to', 'in', 'at', 'affairs', 'national', 'security', 'foreign', 'external', 'first', 'deputy', 'vice', 'special', 'representative', 'envoy', 'advisor', 'adviser', 'head', 'chief', 'leader', 'minister', 'president', 'chairman', 'chair', 'secretary', 'general', 'director', 'member', 'members', 'guest', 'host', 'delegation', 'delegations']);

/** Dashes (and a closing bracket) that end an aside between a subject and its verb. */
export const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', ')']);
/** Words that open a participle clause before the main clause: "While meeting X, …", "After receiving Y, …". */
export const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'after', 'before', 'when', 'since', 'upon', 'on']);
/** Words that open a new clause: the subject of a meeting cue is not found across them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'said', 'told', 'says', 'added', 'while', 'whereas', 'but', 'when']);
/** Relative pronouns that open a clause about the summit just named ("the summit, which X attended"). */
export const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'where']);

/** What introduces the names after a group: "the leaders of the member states: A, B", "… - A, B", "namely A". */
export const LIST_INTRO: ReadonlySet<string> = new Set([':', '-', '–', '—', 'namely', 'including']);

/** Words that join a delegation to its leader: "along with", "together with", "accompanied by". */
export const COMPANY: ReadonlySet<string> = new Set(['along', 'together', 'accompanied']);

/** Words after "spoke" / "talked" that make it a conversation: "by phone", "over the telephone", "via video", "with". */
export const CONVERSATION_AFTER: ReadonlySet<string> = new Set(['by', 'over', 'via', 'with']);

/** Words that take in every item named before: "all of them proposed by …", "both launched by …". */
export const ALL_OF: ReadonlySet<string> = new Set(['all', 'both', 'each']);
/** Number words that count a group ("the six member states"). */
export const GROUP_COUNTS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'all']);

/** Tokens after which a list of subjects may start. */
export const LIST_STARTS: ReadonlySet<string> = new Set([',', ':', ';', '—', '–', '-', 'and', 'while', 'that', 'where', 'when', '(', '"', '“', 'as', 'well', 'including', 'namely', 'with', 'by', 'were']);

/** Auxiliaries after a lone name that say little about it being a person's: "Xi will", "Khan has". */
export const WEAK_VERBS: ReadonlySet<string> = new Set([...WILL_FORMS, ...HAVE_FORMS, 'was', 'is', 'also']);

/** Auxiliaries between a subject and a participle ("X was represented by", "X has also been"). */
export const SUBJECT_AUX: ReadonlySet<string> = new Set([...BE_FORMS, ...HAVE_FORMS, 'will', 'also']);

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'as', 'vs', 'from', 'or', 'into', 'over']);

/** What follows "the first summit" when "first" is a superlative, not the series' number: "that Belarus attends", "since 2017", "as head of state", "to be held in India". */
export const FIRST_OF_KIND: ReadonlySet<string> = new Set(['that', 'which', 'since', 'as', 'to', 'after', 'for', 'where', 'without', 'outside', 'ever', 'under', 'attended', 'with']);

/** Words before a year that make it a bound rather than the time of an event ("until 2025", "since 2017"). */
export const YEAR_BOUNDS: ReadonlySet<string> = new Set(['until', 'by', 'to', 'through', 'till', 'since', 'from', 'after', 'before']);

/** Words between "in" and the city it places an event in: "in the Russian city of Yekaterinburg", "in the capital, Astana". */
export const CITY_GLUE: ReadonlySet<string> = new Set(['the', 'city', 'capital', 'town', 'of', ',']);

/** What may follow the place of a dateline: "UFA, July 10", "ASTANA. KAZINFORM -", "ISLAMABAD:", "BISHKEK (AKIpress) -". */
export const DATELINE_END: ReadonlySet<string> = new Set([',', '.', ':', '-', '–', '—', '(']);

/** Words of a sentence about what is to come. */
export const AHEAD: ReadonlySet<string> = new Set([...WILL_FORMS, 'shall', 'next', 'upcoming', 'forthcoming']);

export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'in', 'on', 'at', 'as', 'but', 'and', 'or', 'if', 'for', 'by', 'to', 'from', 'with', 'during', 'after', 'before', 'when', 'while', 'there', 'here', 'what', 'who', 'how', 'why', 'where', 'mr', 'ms', 'mrs']);

export const LINKS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'in', 'to', 'with', 'for']);

/** Determiners of possession: "his rival", "their counterparts". */
export const POSSESSIVE_DETS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Words that place a meeting after the one reported: "the next meeting of the Council". */
export const NEXT_WORDS: ReadonlySet<string> = new Set(['next', 'upcoming', 'forthcoming']);

/** The past of "be" that opens a list of attendees: "Among the participants were …", "Taking part were …". */
export const WERE_WAS: ReadonlySet<string> = new Set(['were', 'was']);

/** The relative pronouns that open a clause on a thing: "the initiative that X launched". */
export const RELATIVE_THAT: ReadonlySet<string> = new Set(['that', 'which']);

/** Tokens a gap inside one clause never crosses. */
export const CLAUSE_STOPS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'and', 'but', 'while']);

/** "take place": the verb forms, with the future's auxiliaries ("will take place", "took place"). */
export const TAKE_PLACE: ReadonlySet<string> = new Set([...WILL_FORMS, 'take', 'takes', 'took', 'taking']);

/** Prepositions whose object is never the clause's subject: "took over from China", "talks with Russia". */
export const NOT_SUBJECT_PREPS: ReadonlySet<string> = new Set(['from', 'with', 'against']);
