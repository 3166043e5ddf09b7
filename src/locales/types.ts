// The shape of one locale's incident lexicon. A locale folder (hi, en, hi-Latn ...) exports one CrimeLexicon;
// src/locales/index.ts merges them. Adding a language = adding a folder with this file and its corpus.
//
// Terms use the syntax of src/text/lexicon.ts: exact words, or a stem ending in "*".

/** The purposes of exploitation a record can name (SCHEMA.md), as a list for validation and as a type. */
export const EXPLOITATIONS = [
  "sexual",
  "labour",
  "child_trafficking",
  "forced_marriage",
  "begging",
  "organ",
  "other",
] as const;
export type Exploitation = (typeof EXPLOITATIONS)[number];
export type Action = "raid" | "rescue" | "arrest" | "fir" | "chargesheet" | "conviction" | "interception" | "complaint";
export type Venue =
  | "hotel"
  | "spa"
  | "massage_parlour"
  | "house"
  | "flat"
  | "guest_house"
  | "brothel"
  | "red_light_area"
  | "lodge"
  | "railway_station"
  | "bus"
  | "other";
export type Item =
  | "mobile_phone"
  | "cash"
  | "motorcycle"
  | "scooter"
  | "car"
  | "laptop"
  | "condom"
  | "document"
  | "other";
export type Indicator =
  | "inter_state"
  | "cross_border"
  | "online"
  | "coercion"
  | "deception"
  | "minors"
  | "debt_bondage"
  | "drugging"
  | "captivity";
export type RoleClass = "operator" | "broker" | "customer" | "other";
/** What a person noun says about the people it counts. */
export type PersonNoun =
  | "female"
  | "male"
  | "minor_female"
  | "minor_male"
  | "minor"
  | "person"
  | "family"
  | "accused"
  | "operator"
  | "broker"
  | "customer"
  | "staff";

export type TermMap<K extends string> = Partial<Record<K, readonly string[]>>;

export interface CrimeLexicon {
  /** words that make a text about trafficking / commercial sexual exploitation / forced labour (topic cues) */
  topic: readonly string[];
  /** names of units whose name contains a topic word ("Anti-Human Trafficking Unit"): removed before topic tests */
  topicInNames: readonly string[];
  /** other crimes that share words with trafficking ("drug trafficking", "गांजा तस्कर") */
  offTopic: readonly string[];
  /** texts about many incidents at once: statistics, drives, awareness, policy */
  aggregate: readonly string[];
  exploitation: TermMap<Exploitation>;
  /** a job or marriage lure (→ deception indicator; alone it does not decide exploitation) */
  lure: readonly string[];
  actions: TermMap<Action>;
  /** verbs of being caught / detained (not rescue): women caught in a raid are counted as arrested */
  caught: readonly string[];
  /** verbs of escaping: people who fled are neither rescued nor arrested */
  escape: readonly string[];
  /** verbs of speaking: dates attached to them are not event dates */
  speech: readonly string[];
  /** cues that a sentence starts another incident in the same report */
  anotherIncident: readonly string[];
  /** a round-up's enumerated incidents ("the first raid", "दूसरी छापेमारी"): each is an incident, the intro is not */
  enumeratedIncident: readonly string[];
  venues: TermMap<Venue>;
  items: TermMap<Item>;
  /** verbs of seizure (items count only in such sentences) */
  seize: readonly string[];
  personNouns: TermMap<PersonNoun>;
  /** "in all", "कुल", "a total of": the number that follows is a total */
  total: readonly string[];
  /** "including", "समेत", "सहित": inclusion between two counted groups */
  including: readonly string[];
  indicators: TermMap<Indicator>;
  /** running duration cues: "चल रहा था", "running", "active" */
  running: readonly string[];
  /** place-context words: "X इलाके", "X area", "X थाना" */
  localityAfter: readonly string[];
  policeStationAfter: readonly string[];
  policeStationBefore: readonly string[];
  /** "X की लड़कियां", "from X": a place is where victims came from */
  originAfter: readonly string[];
  originBefore: readonly string[];
  /** words for police used to build "<Place> Police" agencies */
  police: readonly string[];
  /** canonical platform name → terms */
  platforms: Readonly<Record<string, readonly string[]>>;
  /** canonical agency / unit name → terms (police units, NGOs, commissions) */
  agencies: Readonly<Record<string, readonly string[]>>;
  /** canonical law ("ITPA", "POCSO", "JJ Act") → terms; IPC/BNS sections are found by src/extract/laws.ts */
  laws: Readonly<Record<string, readonly string[]>>;
}
