// The words that tell what a place mention is to an incident — a victim origin ("असम की युवतियां", "girls from
// Assam"), an accused person's home ("कानपुर निवासी आशीष", "Bilal, a native of Hyderabad"), a destination ("being taken
// to Jodhpur") — come from the locale packs as data (src/locales/<lang>/place-roles.ts). This module merges them and
// compiles the patterns src/extract/location.ts applies around each place mention, once at load.
import { localeParts } from "../locales/registry.js";
import { normalize } from "../text/normalize.js";

/** One locale's place-role words. Every list is optional: a verb-final language has postpositions, English prepositions. */
export interface PlaceRoleCues {
  /** stems of nouns for victims that follow their home in verb-final languages ("लड़क" → "लड़कियां") */
  victimNounStems?: readonly string[];
  /** postpositions between a place and what it qualifies ("की", "के", "से") */
  postpositions?: readonly string[];
  /** the postposition "from" ("X से छुड़ाई गई"): alone of the postpositions it can tell where a rescue happened */
  ablative?: readonly string[];
  /** more postpositions of a residence phrase ("अचलगंज का रहने वाला"): alone ("मामला कानपुर का है") they say nothing */
  residencePostpositions?: readonly string[];
  /** verbs / copulas after "X की / X से" that make X where the people came from ("लाई", "बताई", "हैं") */
  originVerbs?: readonly string[];
  /** residence words: "X के रहने वाले", "X निवासी" */
  residence?: readonly string[];
  /** what ends a residence statement about the subject ("... की रहने वाली हैं") rather than a name ("X निवासी राजू") */
  predicateEnd?: readonly string[];
  /** administrative words between a place and its postposition ("गया जिले के") */
  adminWords?: readonly string[];
  /** words joining a list of places ("दिल्ली, पंजाब और दूसरी जगहों की") */
  listJoins?: readonly string[];
  /** "दूसरे राज्यों", "अन्य जिलों": a list item that is no place of its own */
  otherWords?: readonly string[];
  /** stems of rescue verbs: "X से छुड़ाई गई युवतियां" was rescued at X, not from a home at X */
  rescueVerbStems?: readonly string[];
  /** words before a place that make it the victims' home ("अपने घर (प्रयागराज) से", "their native village") */
  homeBefore?: readonly string[];
  /** verbs after a place that make it a destination ("पंजाब ले जाए जा रहे") */
  destinationAfter?: readonly string[];
  /** English-like prepositions of origin before a place ("from", "natives of", "brought from") */
  originBefore?: readonly string[];
  victimNounsEn?: readonly string[];
  /** nouns for people who are no victims: "officers from Delhi", "a team from Assam" */
  nonVictimNounsEn?: readonly string[];
  /** "rescued from Moreh": a verb of rescue or raid before "from" makes the place the raid's */
  rescueVerbsEn?: readonly string[];
  /** "are from", "hail from": a statement of where people come from */
  copulaEn?: readonly string[];
  /** adverbs that may stand between the copula and "from" ("are originally from") */
  copulaAdverbsEn?: readonly string[];
  destinationBeforeEn?: readonly string[];
  /** a job promised at a place: "X में होटल में नौकरी दिलाने के नाम पर" — the place is where the lure leads, not the
   *  incident's (matched after "में" and at most three words) */
  lureAfter?: readonly string[];
  /** "other states such as X": the places of a group of victims' homes */
  groupOfPlacesEn?: readonly string[];
  /** links from a container to its part ("बिहार के रोहतास", "Bihar's Rohtas"), after an optional admin word */
  containerOf?: readonly string[];
  /** links from a part to its container ("Sribhumi district of Assam", "Virar, Maharashtra") */
  partOf?: readonly string[];
  /** "Virar near Mumbai", "X के पास Y": a landmark that locates the place before it */
  near?: readonly string[];
  /** "from Assam to Kerala": the word that ends a route */
  routeTo?: readonly string[];
  /** compass words that name Delhi's districts ("मध्य" → Central: "मध्य दिल्ली", "दिल्ली पुलिस के मध्य जिले") */
  compass?: Readonly<Record<string, string>>;
  /** the capital's own names, to find "south Delhi" / "Madhya (central) Dilli" */
  capitalNames?: readonly string[];
}

/** The place-role words of every registered locale (src/locales/registry.ts). */
const PACKS: readonly PlaceRoleCues[] = localeParts("placeRoles");

type ListKey = {
  [K in keyof PlaceRoleCues]-?: PlaceRoleCues[K] extends readonly string[] | undefined ? K : never;
}[keyof PlaceRoleCues];

function words(key: ListKey): string[] {
  const out = new Set<string>();
  for (const p of PACKS) for (const w of p[key] ?? []) out.add(normalize(w).text.trim());
  // longest first: an alternation takes the first alternative that matches
  return [...out].sort((a, b) => b.length - a.length);
}
function alt(key: ListKey): string {
  return words(key)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"))
    .join("|");
}

// letters and marks of Latin and Devanagari, without the danda (।) that ends a sentence
const L = "[\\w\\u0900-\\u0963\\u0966-\\u097F]";
const NOT_L = `(?!${L})`;
const GLOSS = "(?:\\([^)]{1,40}\\)\\s*)?";
const POSTP = alt("postpositions");
const POSTP_RES = [POSTP, alt("residencePostpositions")].filter(Boolean).join("|");
const ADMIN = `(?:(?:${alt("adminWords")})\\s+)`;
/** one more item of a list of places: ", पंजाब", "और बिहार (Bihar)", "और दूसरी जगहों" */
const LIST_ITEM = `(?:(?:,|${alt("listJoins")})\\s*(?:(?:${alt("otherWords")})\\s+)?[^\\s,।()]+\\s*${GLOSS})`;

/**
 * After a place, in a verb-final language: the place qualifies victims or is where they were brought from.
 * "असम और दिल्ली की बताई जा रही है", "बिहार के सिवान और गोपालगंज जिलों की हैं", "दिल्ली से लाया गया", "बलांगीर जिले के
 * 24 मजदूर", "Gaya aur Nawada zilon ke 27 bachche"; elliptical lists "15 गया जिले के और सात सीतामढ़ी के".
 */
export const ORIGIN_AFTER = new RegExp(
  `^\\s*${GLOSS}${LIST_ITEM}*${ADMIN}?(?:${POSTP})\\s+(?:\\S+\\s+){0,2}?` +
    `(?:(?:${alt("victimNounStems")})\\S*|(?:${alt("originVerbs")})(?=[\\s,।.]|$))` +
    `|^\\s*${ADMIN}?(?:${POSTP})\\s*(?:,|${alt("listJoins")})\\s`,
  "i",
);

/** "X से छुड़ाई गई युवतियों", "X से मुक्त कराई गई": the words after "से" hold a rescue verb — X is where they were freed. */
export const RESCUED_AT_AFTER = new RegExp(
  // "X से छुड़ाई", "X से चार युवतियों को मुक्त": up to four words (a count, the victims, a postposition) in one clause
  `^\\s*${GLOSS}(?:${alt("ablative")})\\s+(?:[^\\s।,]+\\s+){0,4}?(?:${alt("rescueVerbStems")})`,
  "i",
);

/**
 * A residence phrase after a place: "X निवासी", "X के रहने वाले", "उन्नाव के अचलगंज का रहने वाला", "चक्रधरपुर कस्बे के
 * आसपास के इलाकों के रहने वाले", "Araria zile ke rehne wale". Group 1 is what follows the residence word.
 */
export const RESIDENCE_AFTER = new RegExp(
  `^\\s*${GLOSS}${LIST_ITEM}*${ADMIN}?(?:(?:${POSTP_RES})\\s+(?:[^\\s,।]+\\s+){0,4}?)?(?:(?:${POSTP_RES})\\s+)?(?:${alt("residence")})${NOT_L}(.{0,24})`,
  "i",
);
/** What follows a residence word when it is a statement about the sentence's subject (not "X निवासी <name>"). */
export const PREDICATE_END = new RegExp(`^\\s*(?:(?:${alt("predicateEnd")})${NOT_L}|[,।.|]|$)`, "i");

/** "अपने घर (प्रयागराज) से", "their native village in Balangir": the place is the victims' home. */
export const HOME_BEFORE = new RegExp(`(?:${alt("homeBefore")})\\s*(?:\\(\\s*)?(?:\\S+\\s+){0,1}$`, "i");

export const DESTINATION_AFTER = new RegExp(`^\\s*${GLOSS}(?:के\\s+\\S+\\s+)?(?:${alt("destinationAfter")})`, "i");
export const LURE_AFTER = new RegExp(`^\\s*${GLOSS}(?:में|mein)\\s+(?:[^\\s।,]+\\s+){0,3}?(?:${alt("lureAfter")})`, "i");
export const DESTINATION_BEFORE = new RegExp(
  `\\b(?:${alt("destinationBeforeEn")})\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$`,
  "i",
);

/** "from X", "natives of the Nauhatta area of X": at most three words between the preposition and the place. */
export const ORIGIN_BEFORE = new RegExp(
  `(?:^|\\s)(\\S+)?\\s*\\b(?:${alt("originBefore")})\\s+(?:the\\s+)?(?:[\\w#-]+\\s+){0,3}$`,
  "i",
);
/** "Hafiz Bilal, a native of": a singular apposition describes one named person, the accused of such sentences. */
export const APPOSITION_RESIDENT = /,\s+an?\s+(?:native|resident)\s+of\s+(?:the\s+)?(?:[\w#-]+\s+){0,3}$/i;
/** "rescued 14 children from Bihar": the people's home, even after a rescue verb */
export const VICTIMS_FROM = new RegExp(
  `\\b(?:${alt("victimNounsEn")})\\s+from\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$`,
  "i",
);
export const COPULA_FROM = new RegExp(
  `\\b(?:${alt("copulaEn")})\\s+(?:(?:${alt("copulaAdverbsEn")})\\s+)?(?:from|to)\\s+(?:the\\s+)?(?:[\\w#-]+\\s+){0,3}$`,
  "i",
);
export const RESCUED_FROM = new RegExp(
  `\\b(?:${alt("rescueVerbsEn")})\\s+(?:[\\w,]+\\s+){0,4}from\\s+(?:the\\s+)?(?:[\\w#-]+\\s+){0,3}$`,
  "i",
);
/** "from different parts of Moreh", "from various places in Delhi-NCR": the places searched, not homes. */
export const PARTS_OF =
  /\bfrom\s+(?:(?:different|various|several|many)\s+(?:parts|places|areas|locations|spots)\s+(?:of|in)|(?:the\s+)?(?:areas?|villages|places)\s+(?:adjoining|around|near|surrounding))\s+(?:the\s+)?$/i;
export const NON_VICTIM_NOUNS = new Set(words("nonVictimNounsEn").map((w) => w.toLowerCase()));
export const VICTIM_NOUNS_EN = new Set(words("victimNounsEn").map((w) => w.toLowerCase()));
/** "Chhattisgarh girls", "Nepali girls", "Dumka ki 16 adivasi ladkiyon", "नेपाल की युवतियां" */
export const VICTIM_NOUN_AFTER = new RegExp(
  `^\\s*${GLOSS}(?:(?:${POSTP})\\s+)?(?:\\d+\\s+|${L}+\\s+){0,2}?(?:(?:${alt("victimNounsEn")})${NOT_L}|(?:${alt("victimNounStems")})${L}*)`,
  "i",
);

/** "other states such as Uttar Pradesh (UP), Bihar and Jharkhand" */
export const GROUP_OF_PLACES = new RegExp(`\\b(?:${alt("groupOfPlacesEn")})\\s+$`, "i");

const COMPASS = new Map<string, string>();
for (const p of PACKS)
  for (const [w, en] of Object.entries(p.compass ?? {})) COMPASS.set(normalize(w).text.trim().toLowerCase(), en);
const COMPASS_ALT = [...COMPASS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[-\s]+/g, "[-\\s]*"))
  .join("|");
const CAPITAL = alt("capitalNames");
/** "south Delhi", "Madhya (central) Dilli", "दक्षिणी दिल्ली"; "दिल्ली पुलिस के मध्य जिले", "Delhi Police's Central district" */
const DELHI_DISTRICT = new RegExp(
  `(?<!${L})(${COMPASS_ALT})\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:${CAPITAL})${NOT_L}` +
    `|(?<!${L})(?:${CAPITAL})\\s+(?:पुलिस|police|pulis)?\\s*(?:के|ke|'s)?\\s*(${COMPASS_ALT})\\s+(?:जिले|जिला|district|zile|zila)${NOT_L}`,
  "i",
);

/** The Delhi district a text names with a compass word, as the gazetteer names it ("Central Delhi"), or null. */
export function namedDelhiDistrict(text: string): string | null {
  const m = DELHI_DISTRICT.exec(text);
  const w = m && (m[1] ?? m[2]);
  const en = w ? COMPASS.get(w.toLowerCase().replace(/[-\s]+/g, " ")) : undefined;
  return en ? `${en} Delhi` : null;
}

/** A gap that makes the first place the container of the second: "बिहार के रोहतास", "Bihar's Rohtas", "UP ke Meerut". */
export const CONTAINER_THEN_PART = new RegExp(`^\\s*${GLOSS}${ADMIN}?(?:${alt("containerOf")})\\s+$`, "i");
/** ... or the second the container of the first: "Sribhumi district of Assam", "Virar, Maharashtra". */
export const PART_THEN_CONTAINER = new RegExp(
  `^\\s*${GLOSS}(?:,|\\s*(?:district\\s+|state\\s+)?(?:${alt("partOf")}))\\s*$`,
  "i",
);
export const NEAR_GAP = new RegExp(`^\\s+(?:${alt("near")})\\s+$`, "i");
export const TO_GAP = new RegExp(`^\\s+(?:${alt("routeTo")})\\s+$`, "i");
