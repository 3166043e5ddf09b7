// All locales' incident lexicons, merged and compiled once at load. Each locale contributes terms; the extractors
// never know which language a term came from (a code-mixed sentence uses several at once).
import { Lexicon } from "../text/lexicon.js";
import { LOCALE_PACKS } from "./registry.js";
import type { Action, CrimeLexicon, Exploitation, Indicator, Item, PersonNoun, Venue } from "./types.js";

export const LOCALES: readonly CrimeLexicon[] = LOCALE_PACKS.flatMap((p) => (p.crime ? [p.crime] : []));

type ListKey = {
  [K in keyof CrimeLexicon]: CrimeLexicon[K] extends readonly string[] ? K : never;
}[keyof CrimeLexicon];
type MapKey = Exclude<keyof CrimeLexicon, ListKey>;

function list(key: ListKey): Lexicon<true> {
  return new Lexicon(LOCALES.flatMap((l) => l[key].map((term) => ({ term, value: true as const }))));
}
function map<T extends string>(key: MapKey): Lexicon<T> {
  const entries: { term: string; value: T }[] = [];
  for (const l of LOCALES) {
    const m = l[key] as Readonly<Record<string, readonly string[] | undefined>>;
    for (const [value, terms] of Object.entries(m))
      for (const term of terms ?? []) entries.push({ term, value: value as T });
    // a canonical name is also a term of itself ("WhatsApp", "ITPA")
    if (key === "platforms" || key === "laws")
      for (const value of Object.keys(m)) entries.push({ term: value, value: value as T });
  }
  return new Lexicon(entries);
}

/** The compiled lexicons, one per cue family. */
export const LEX = {
  topic: list("topic"),
  topicInNames: list("topicInNames"),
  offTopic: list("offTopic"),
  aggregate: list("aggregate"),
  lure: list("lure"),
  caught: list("caught"),
  escape: list("escape"),
  speech: list("speech"),
  anotherIncident: list("anotherIncident"),
  enumeratedIncident: list("enumeratedIncident"),
  seize: list("seize"),
  total: list("total"),
  including: list("including"),
  running: list("running"),
  localityAfter: list("localityAfter"),
  policeStationAfter: list("policeStationAfter"),
  policeStationBefore: list("policeStationBefore"),
  originAfter: list("originAfter"),
  originBefore: list("originBefore"),
  police: list("police"),
  exploitation: map<Exploitation>("exploitation"),
  actions: map<Action>("actions"),
  venues: map<Venue>("venues"),
  items: map<Item>("items"),
  personNouns: map<PersonNoun>("personNouns"),
  indicators: map<Indicator>("indicators"),
  platforms: map<string>("platforms"),
  agencies: map<string>("agencies"),
  laws: map<string>("laws"),
} as const;

export type CueFamily = keyof typeof LEX;
