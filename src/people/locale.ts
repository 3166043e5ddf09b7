// The shape of a language's knowledge about people in reports (src/locales/<lang>/people.ts). Phrases are written
// as plain text ("थाना प्रभारी", "superintendent of police"); they are normalised and split into tokens once at
// load, so a locale may write nukta forms, curly quotes or hyphens freely.

export type Role = "operator" | "broker" | "customer" | "manager" | "owner" | "recruiter" | "other";

export interface PeopleLocale {
  /** rank or post phrases → short English rank (SCHEMA conventions); matched case-insensitively */
  ranks: Record<string, string>;
  /** rank acronyms matched only as written (upper case), because "co", "sp", "si" are also ordinary words */
  rankAcronyms: Record<string, string>;
  /** words that may stand between a rank and the name: "एसपी सिटी X", "DCP (North) X", "Senior SP" */
  rankQualifiers: string[];
  /**
   * Cues that make the person next to them an accused, with the role they give (null: accused, role unknown,
   * "आरोपी", "accused"). Matched before the name ("दलाल X", "spa owner X") and, in an English apposition, after it
   * ("X, owner of Dream Spa").
   */
  roles: Record<string, Role | null>;
  /** role cues matched only as written (case-sensitive): romanised Hindi words that are also surnames */
  rolesAsWritten: Record<string, Role | null>;
  /** cues after a name that make it an accused: "के खिलाफ", "was arrested", "surrendered" */
  accusedAfter: string[];
  /** cues before a name that make it an accused without a role: "arrested X", "identified as X" (list-aware) */
  accusedBefore: string[];
  /** status words, looked for in the person's sentence */
  status: {
    arrested: string[];
    absconding: string[];
    wanted: string[];
    /** phrases that cancel a nearby arrest word ("efforts to arrest", "गिरफ्तारी के लिए", "yet to be arrested") */
    notArrested: string[];
  };
  /** cues before a victim's name: "पीड़िता X", "the victim X", "survivor X" */
  victimBefore: string[];
  /** cues after a victim's name: "X (बदला हुआ नाम)", "X (name changed)", "X, the victim" */
  victimAfter: string[];
  /** cues that mark a person who is neither official nor accused: lawyers, journalists, NGO workers */
  otherBefore: string[];
  otherAfter: string[];
  /** credit lines whose names are photographers or reporters: "Photo:", "By", "रिपोर्ट:" */
  credits: string[];
  /** words that show the next (or previous) words are a person but not who: "निवासी", "पुत्र", "named", "s/o" */
  personBefore: string[];
  personAfter: string[];
  /** alias markers between two names: "उर्फ", "alias", "@" */
  aliasMarkers: string[];
  /** titles before a name, not part of it: "श्री", "डॉ.", "Mr", "Smt" */
  honorifics: string[];
  /** list joiners: "और", "व", "and" */
  conjunctions: string[];
  /** words that are never part of a name (function words, common nouns of crime reports, months, places' heads) */
  stopwords: string[];
  /** surnames: a Devanagari word sequence ending in one is a name by its shape */
  surnames: string[];
  /** surnames that are also ordinary words (राय "opinion", लाल "red"): a name only next to another cue */
  weakSurnames: string[];
  /** words after a capitalised sequence that make it a place or an organisation ("Nagar", "Road", "Police") */
  nonPersonHeads: string[];
  /** words before a capitalised sequence that make it a non-person ("Operation Smile", "Hotel Maurya") */
  nonPersonBefore: string[];
  /** particles inside names ("Musa Ul Haq", "Abdul bin Ahmed") */
  nameParticles: string[];
  /**
   * Well-known places (states, large cities) that reports mention next to role words ("दलाल दिल्ली से लाते थे"):
   * a name made only of these is a place. They may still be part of a name ("भोपाल सिंह").
   */
  places: string[];
  /**
   * Words that may follow a Devanagari name (postpositions, "उर्फ", "निवासी", auxiliaries): without capitals, a
   * single word after a cue is a name only when one of these, another function word or punctuation closes it
   * ("दलाल कल्पना ने", "दलाल कल्पना उसे"), but not a verb ("ग्राहक बने").
   */
  nameFollowers: string[];
  /** frequent verb forms: they are never names, and a name is never closed by one ("ग्राहक बने") */
  verbs: string[];
  /** naming words among personBefore ("identified as", "नामक"): a cue before them still describes the name */
  naming: string[];
  /**
   * Identification frames whose opener stands before the name and a closer after it (or after the list):
   * "पहचान X के रूप में हुई". The opener is listed in accusedBefore; alone it is no cue ("अपनी पहचान बनाई").
   */
  identification: { opener: string; closers: string[] }[];
  /** kinship words among personBefore in FIR-style descriptions: "X पुत्र Y" makes Y a relative of X */
  kinship: string[];
  /**
   * Relations before a list member ("A and his wife B", "A और उसकी पत्नी B"), listed in personBefore too: the
   * list goes on through them, and the member shares the list's cues.
   */
  listKin: string[];
  /** relatives named by a kinship word before the name ("पिता X", "father X"): others, unless arrested */
  relatives: string[];
  /** words after a name that make it the speaker, not the subject of the arrest it reports ("said", "ने बताया") */
  speech: string[];
  /** words that open a new clause: a status word beyond them belongs to someone else ("while", "जबकि") */
  clauseBreaks: string[];
  /** words that open reported speech ("that", "कि") */
  reporting: string[];
  /** nouns for a person that may stand between a role and the name ("आरोपी महिला X", "accused woman X") */
  personNouns: string[];
  /** upper-case pairs that are abbreviations, never initials ("UP", "CM") */
  notInitials: string[];
  /** endings of capitalised words that are no names ("Additionally", "Meanwhile"-like adverbs) */
  notNameEndings: string[];
}
