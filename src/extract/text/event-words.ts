// Event words: the verbs and nouns that cue a relation (meeting, attending, speaking, hosting, travelling, proposing,
// membership and chairing) and the nouns of the events themselves. Each set is one rule's cue class; sets built from
// others say so by spreading them.
import { TRAVEL_VERBS, VISIT_NOUNS } from './words.ts';

/** Forms of "meet", "hold" and "talk": the verbs every meeting rule reads. */
export const MEET_FORMS = ['meet', 'meets', 'met', 'meeting'] as const;
export const HOLD_FORMS = ['hold', 'holds', 'held'] as const;
export const TALK_FORMS = ['talk', 'talks', 'talked'] as const;
/** Forms of "speak": a speech at the summit, unless a conversation ("spoke by telephone with X"). */
export const SPEAK_FORMS: ReadonlySet<string> = new Set(['spoke', 'speak', 'speaks', 'speaking']);
/** Nouns of a meeting between people ("talks between", "a meeting with", "a phone call with"). */
export const MEETING_NOUNS = ['meeting', 'meetings', 'talks', 'conversation', 'call', 'discussions', 'consultations', 'negotiations'] as const;

/** Nouns and verbs of meeting that take "with" ("a meeting with", "held talks with", "spoke by phone with"). */
export const WITH_CUES: ReadonlySet<string> = new Set([...MEET_FORMS, ...TALK_FORMS, ...MEETING_NOUNS, ...SPEAK_FORMS, 'conversations', 'phone', 'telephone', 'discussion', 'discussed', 'dialogue', 'sat', 'hands', 'exchange', 'exchanged', 'session', 'audience', 'encounter', 'summit', 'bilateral', 'tete-a-tete', 'chat', 'chatted']);

/** Verbs whose object is the person met or spoken to ("X met Y", "Wang assured Y"). */
export const DIRECT: ReadonlySet<string> = new Set([...MEET_FORMS, 'assured', 'assures', 'told', 'tells', 'thanked', 'thanks', 'congratulated', 'briefed', 'received', 'receives', 'hosted', 'hosts', 'welcomed', 'welcomes', 'invited', 'greeted', 'greets', 'phoned', 'telephoned', 'called', 'urged', 'informed', 'hugged', 'embraced', 'visited']);

/** Nouns of a meeting between two sides: "talks between X and Y". */
export const BETWEEN_CUES: ReadonlySet<string> = new Set([...MEETING_NOUNS, 'summit']);
/** "X and Y met / held talks": the verb right after the list, or an auxiliary and then the verb. */
export const GROUP_VERBS: ReadonlySet<string> = new Set([...MEET_FORMS, ...HOLD_FORMS, ...TALK_FORMS, 'discussed', 'spoke', 'conferred', 'agreed']);

/** The verb after an auxiliary in "X and Y will meet", "have held talks". */
export const GROUP_AFTER_AUX: ReadonlySet<string> = new Set([...MEET_FORMS, ...HOLD_FORMS, ...TALK_FORMS, 'discuss']);
/** Words between "and" and a meeting cue in a second verb phrase: "and held separate talks with", "and also met". */
export const VERB_PHRASE: ReadonlySet<string> = new Set(['held', 'had', 'hold', 'also', 'then', 'later', 'separate', 'bilateral', 'brief', 'a', 'an']);

/** Verbs a joined verb may follow: meetings, and what visitors do before them. */
export const EARLIER_VERBS: ReadonlySet<string> = new Set([...DIRECT, ...WITH_CUES, 'held', 'had', 'arrived', 'attended', 'chaired', 'addressed', 'signed', 'took', 'paid', 'opened', 'led', 'inaugurated']);

/** Words of a visit or a journey: travel verbs, visit nouns and "visited", "toured". */
export const VISIT_CUES: ReadonlySet<string> = new Set([...TRAVEL_VERBS, ...VISIT_NOUNS, 'visited', 'visiting', 'toured']);
/** What one may have "for the summit" without going to it: "support for", "preparations for", "wishes for". */
export const FOR_NOT_THERE: ReadonlySet<string> = new Set(['support', 'backing', 'arrangements', 'hospitality', 'preparations', 'preparation', 'wishes', 'success', 'hopes', 'agenda', 'priorities', 'proposals', 'plans']);

/** Parts of a summit that stand between "at" and the summit: "at the end of the summit", "at the opening of …". */
export const PHASES: ReadonlySet<string> = new Set(['end', 'opening', 'close', 'start', 'beginning', 'conclusion', 'closing']);

/** "the summit, which X attended": verbs whose object is the summit. */
export const ATTEND_OBJECT: ReadonlySet<string> = new Set(['attended', 'addressed', 'chaired', 'joined', 'attend', 'address', 'chair', 'join']);

/** "the summit in Astana, where X met Y": verbs of what people do at a summit. */
export const AT_WHERE: ReadonlySet<string> = new Set([...MEET_FORMS, ...HOLD_FORMS, ...SPEAK_FORMS, 'addressed', 'delivered', 'signed', 'unveiled', 'announced', 'proposed', 'called', 'urged', 'said', 'joined', 'attended']);

/** "brought together" (sets, not patterns: they are asked of every word). */
export const BRING: ReadonlySet<string> = new Set(['brought', 'brings', 'bring', 'bringing']);

/** Verbs that gather people on their own: "the summit gathered A, B and C". */
export const GATHER: ReadonlySet<string> = new Set(['gathered', 'assembled', 'drew']);
/** Verbs whose passive names a summit's participants: "was attended by A, B and C", "chaired by X". */
export const BY_CUES: ReadonlySet<string> = new Set(['attended', 'chaired', 'addressed', 'opened']);

/** Verbs of arriving somewhere ("who landed on Tuesday", "arrived in the capital", "came to the port city"). */
export const ARRIVALS: ReadonlySet<string> = new Set([...TRAVEL_VERBS, 'arriving', 'came', 'come']);

/** Generic words for the city a summit is held in: "came to the port city", "arrived in the capital". */
export const CITY_NOUNS: ReadonlySet<string> = new Set(['city', 'capital']);

/**
 * Words for the people a summit gathers: "Among the (other) participants … were A, B and C", "the leaders of the member
 * states: A, B", "…, D and heads of international organisations, attended".
 */
export const GATHERED: ReadonlySet<string> = new Set(['participants', 'attendees', 'guests', 'leaders', 'dignitaries', 'delegates', 'heads', 'delegations', 'visitors', 'presidents', 'counterparts', 'representatives', 'officials', 'envoys', 'ministers', 'observers']);

/** Verbs and nouns of meeting on a summit's sidelines. */
export const MEETS: ReadonlySet<string> = new Set([...MEET_FORMS, ...HOLD_FORMS, 'meetings', 'talks']);

/** Words that put the people a summit gathers at it: "attending the summit", "for the summit". */
export const AT_SUMMIT: ReadonlySet<string> = new Set(['attending', 'attend', 'for', 'at']);
/** What stands for a summit named just before: "took part in the meeting", "joined the session". */
export const BACK_NOUNS: ReadonlySet<string> = new Set(['meeting', 'summit', 'session', 'gathering', 'event', 'moot', 'conference', 'forum']);

/** Openers of "Taking part in the meeting were: A, B …", "Present at the summit were", "Attending were", "In attendance were". */
export const PRESENT_OPENERS: ReadonlySet<string> = new Set(['taking', 'participating', 'attending', 'present', 'attendance']);

/** Nouns of a speech given at a summit. */
export const SPEECHES: ReadonlySet<string> = new Set(['address', 'addresses', 'speech', 'speeches', 'remarks', 'statement', 'statements']);

/** What a group of leaders does at a summit: "the presidents of A, B and C signed …", "… met in Moscow", "… said". */
export const LEADER_GROUP_VERBS: ReadonlySet<string> = new Set([...MEET_FORMS, 'gathered', 'signed', 'arrived', 'attended', 'held', 'adopted', 'pledged', 'agreed', 'discussed', 'took', 'convened', 'said', 'approved', 'issued', 'reached', 'participated', 'endorsed', 'stressed', 'expressed', 'vowed', 'called']);

/** Nouns of a group of leaders that opens a sentence: "The six", "The leaders", "All eight heads of state". */
export const LEADER_GROUP_HEADS: ReadonlySet<string> = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'leaders', 'presidents', 'heads', 'premiers', 'ministers']);

/** Nouns and verbs of the rotating chairmanship ("took over the chairmanship", "presides over the SCO"). */
export const CHAIR_CUES: ReadonlySet<string> = new Set(['chairmanship', 'chair', 'chairing', 'presidency', 'chairpersonship', 'presides', 'presiding', 'chairs']);
/** Verbs that hand a chairmanship on ("Tajikistan handed over the chairmanship of the SCO to Uzbekistan"). */
export const HANDOVER: ReadonlySet<string> = new Set(['handed', 'hands', 'hand', 'handing', 'pass', 'passed', 'passes', 'passing', 'transfer', 'transferred', 'transfers', 'transferring']);

/** "the SCO, which includes China, Russia and India", "the SCO groups X, Y and Z": organisation first, members after. */
export const INCLUDES: ReadonlySet<string> = new Set(['includes', 'included', 'comprises', 'comprised', 'groups', 'grouped', 'unites', 'united', 'encompasses']);

/** Words that introduce the list after "members": "Its members are A, B and C", "The ten members include …",
 * "four observer states - A, B, C and D". */
export const MEMBERS_LISTED: ReadonlySet<string> = new Set(['are', 'include', 'includes', 'included', 'were', 'comprise', '-', '–', '—', ':']);

/** The organisation spoken of without its name: "the Organization has four observer states". */
export const GENERIC_ORG: ReadonlySet<string> = new Set(['organization', 'organisation', 'bloc', 'grouping']);

/** Verbs of proposing or launching an initiative ("X proposed the Y", "Y put forward by X"). */
export const PROPOSE_VERBS: ReadonlySet<string> = new Set(['proposed', 'proposes', 'propose', 'proposing', 'launched', 'launches', 'launch', 'launching', 'unveiled', 'unveils', 'unveil', 'unveiling', 'initiated', 'initiate', 'floated', 'float', 'announced', 'announce', 'introduced', 'introduce', 'advanced', 'championed', 'put']);
/** Words a country's proposal goes by: "the Belarusian initiative to draft a Eurasian Charter". */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(['initiative', 'proposal', 'idea', 'plan']);


/** Words of attendance, participation and speech that place their subject at a summit. */
export const ATTEND_CUES = /^(attend|attends|attended|attending|attendance|attendees|participate|participates|participated|participating|participation|participants|participant|guests|guest|part|address|addresses|addressed|addressing|speech|spoke|speaking|speak|chaired|chairing|joined|join|joins|joining|presence|present|arrived|arrive|delegation|led|leads|leading|represented|representing|represents|opened|opens)$/;

/** Verbs that place their subject at a summit only with the summit as their object: "X told the summit". */
export const TOLD = /^(told|tells)$/;

/** Prepositions that place a person at a summit only right before it ("for the summit", "at the Qingdao summit"). */
export const NEAR_CUES = /^(for|at|during|to)$/;

/** Words of hosting or organising a summit ("hosted by India", "the host country"). */
export const HOST_CUES = /^(host|hosts|hosted|hosting|host country|organised|organized|convened|convenes)$/;

/** Words of a gathering, before the city the lead places it in: "are meeting in Beijing", "gathered in Bishkek". */
export const GATHERING: ReadonlySet<string> = new Set([...MEET_FORMS, 'gather', 'gathers', 'gathered', 'gathering', 'convene', 'convened', 'talks', 'arrived', 'arrive']);

/** A meeting noun or verb before "with" that makes the name after it a person's: "talks with X", "met with X". */
export const MEETING_WITH: ReadonlySet<string> = new Set([...MEETING_NOUNS, ...MEET_FORMS]);

/** Verbs of a council holding its meeting. */
export const SUMMIT_HOLD_VERBS: ReadonlySet<string> = new Set([...HOLD_FORMS, 'holding', 'convened', 'convenes']);

/** Verbs that list a delegation's members after it: "the Iranian delegation also included …", "… was led by …". */
export const DELEGATION_VERBS: ReadonlySet<string> = new Set(['included', 'includes', 'include', 'including', 'led', 'headed', 'comprised', 'comprising']);

/** "signed a declaration on the establishment of the SCO": a founding reported as it happens. */
export const FOUNDING_NOUNS: ReadonlySet<string> = new Set(['establishment', 'founding', 'creation', 'formation']);
export const FOUNDING_ACTS: ReadonlySet<string> = new Set(['signed', 'proclaimed', 'declared', 'announced']);

/** "was attended in person / virtually / and addressed / , among others, by": the words between a verb of attendance and its "by". */
export const BEFORE_AGENT: ReadonlySet<string> = new Set(['in', 'person', 'virtually', 'online', ',', 'among', 'others', 'also', 'jointly', 'and', 'addressed']);

/** "made the trip / journey". */
export const TRIP_NOUNS: ReadonlySet<string> = new Set(['trip', 'journey']);

/** The forms of "take" in "took part in". */
export const TAKE_FORMS: ReadonlySet<string> = new Set(['took', 'take', 'takes', 'taking']);

/** The first words of a group of leaders named by their countries ("presidents of", "prime ministers of", "heads of state from"). */
export const LEADER_GROUP_NOUNS: ReadonlySet<string> = new Set(['presidents', 'leaders', 'premiers', 'prime', 'heads']);

/** "X is attending / attended as the head of an observer state". */
export const ATTENDS_AS: ReadonlySet<string> = new Set(['attending', 'attended', 'attends']);

/** "on the sidelines / margins (of …)". */
export const SIDELINE_NOUNS: ReadonlySet<string> = new Set(['sidelines', 'margins']);

/** "the China-proposed / Russia-led / India-backed initiative". */
export const PROPOSED_COMPOUNDS: ReadonlySet<string> = new Set(['proposed', 'led', 'initiated', 'backed', 'launched']);

/** Words of membership and the status each gives ("join": the country's own SCO status, else member). */
export const MEMBER_CUES: ReadonlyMap<string, 'member' | 'observer' | 'dialogue_partner' | 'applicant' | 'join'> = new Map(Object.entries({
  member: 'member', members: 'member', membership: 'member', 'member-states': 'member', 'member-state': 'member',
  join: 'join', joins: 'join', joined: 'join', joining: 'join', admission: 'join', accession: 'join', admitted: 'join', entry: 'join',
  observer: 'observer', observers: 'observer', partner: 'dialogue_partner', partners: 'dialogue_partner',
  applicant: 'applicant', applied: 'applicant', application: 'applicant',
} as const));

/** "The SCO brings / brought together A, B and C". */
export const BRINGS: ReadonlySet<string> = new Set(['brings', 'brought']);

/** "consists / consisting of A, B and C". */
export const CONSISTS: ReadonlySet<string> = new Set(['consists', 'consisting']);

/** "Its members / member states / observers / dialogue partners are …". */
export const MEMBER_NOUNS: ReadonlySet<string> = new Set(['members', 'states', 'countries', 'observers', 'partners']);

/** "The SCO was founded / established / created in 2001 by …". */
export const FOUNDED: ReadonlySet<string> = new Set(['founded', 'established', 'created']);

/** Gerunds and nouns of founding something proposed: "proposed establishing an Alliance of …", "called for the creation of a …". */
export const FOUNDING_FORMS: ReadonlySet<string> = new Set(['establishing', 'creating', 'setting', 'forming', 'launching', 'establishment', 'creation', 'formation']);

/** "Leaders attending the summit included A, B and C": the participle, and the verbs that then list them. */
export const ATTENDING: ReadonlySet<string> = new Set(['attending']);
export const ATTENDEES_LISTED: ReadonlySet<string> = new Set(['included', 'include', 'includes', 'were', 'are']);
