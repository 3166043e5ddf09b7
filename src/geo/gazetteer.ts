// The gazetteer at run time: the committed snapshot (src/geo/data/gazetteer.json, built by build.ts from the
// source packages, the curated facts and the locale files), decoded lazily. At load only the lines are split and the
// name keys put in a map (a few milliseconds); a place or an index entry is decoded the first time it is asked for,
// so a process that reads a handful of reports never builds the 8,000 places it does not meet.

import data from "./data/gazetteer.json" with { type: "json" };
import { foldName, LOCALES } from "./keys.js";
import type { Place, PlaceKind, Precision } from "./types.js";

const LOAD_START = performance.now();

/** One way of writing one place. */
export interface Entry {
  place: Place;
  demonym: boolean;
  /** a village known only from the town source (no curated fact, not a district headquarters) */
  minor: boolean;
  /** for Latin names: the case pattern of each token, one digit per token (see tokens.ts); several when
   *  spellings differ in case ("Noida", "NOIDA") */
  cases: string[];
}

// ---------------------------------------------------------------- places

const placeLines = data.places.split("\n");
const placeCache: (Place | undefined)[] = new Array(placeLines.length);
const placeIndex = new Map<Place, number>();
const localityCity = new Map<Place, string>();

const num = (s: string | undefined) => (s ? Number(s) : null);
const str = (s: string | undefined) => (s ? s : null);

function placeAt(i: number): Place {
  let p = placeCache[i];
  if (p) return p;
  const f = placeLines[i]!.split("\t");
  p = Object.freeze({
    id: f[0]!,
    kind: f[1] as PlaceKind,
    name: f[2]!,
    state: str(f[3]),
    district: str(f[4]),
    lat: num(f[5]),
    lon: num(f[6]),
    country: f[7]!,
    lgdState: num(f[10]),
    lgdDistrict: num(f[11]),
    precision: str(f[12]) as Precision | null,
  });
  placeCache[i] = p;
  placeIndex.set(p, i);
  if (f[8]) localityCity.set(p, f[8]);
  return p;
}

// ---------------------------------------------------------------- the index

const rawIndex = new Map<string, string>();
for (const line of data.index.split("\n")) {
  const tab = line.indexOf("\t");
  rawIndex.set(line.slice(0, tab), line.slice(tab + 1));
}
const entryCache = new Map<string, Entry[]>();

/** The entries of a folded name key, most likely place first; undefined when no place has this name. */
export function entriesOf(key: string): Entry[] | undefined {
  let entries = entryCache.get(key);
  if (entries) return entries;
  const raw = rawIndex.get(key);
  if (raw === undefined) return undefined;
  entries = raw.split(";").map((e) => {
    const [i, flags, cases] = e.split(":");
    return {
      place: placeAt(Number(i)),
      demonym: flags!.includes("d"),
      minor: flags!.includes("m"),
      cases: cases ? cases.split(",") : [],
    };
  });
  entryCache.set(key, entries);
  return entries;
}

/** Does any place have this folded name key? */
export const hasName = (key: string): boolean => rawIndex.has(key);

/** folded keys of the first tokens of multi-token names: the matcher extends a match only through these */
export const PREFIXES = new Set(data.prefixes.split("\n"));
/** the most tokens any name has */
export const MAX_TOKENS: number = data.maxTokens;
/** folded keys of names that need a cue (see PlaceLocale.weak) */
export const WEAK = new Set(LOCALES.flatMap((l) => l.weak).map(foldName));

/** Milliseconds this module took to load the gazetteer (budget: 150 ms). */
export const LOAD_MS = performance.now() - LOAD_START;

// ---------------------------------------------------------------- queries

/** All places (decodes every one: for tests and exports, not for matching). */
export function allPlaces(): readonly Place[] {
  return placeLines.map((_, i) => placeAt(i));
}

/** Every name the gazetteer knows for a place (canonical first), in all loaded languages. */
export function namesOfPlace(p: Place): readonly string[] {
  const i = placeIndex.get(p);
  if (i === undefined) return [];
  const names = placeLines[i]!.split("\t")[9];
  return names ? names.split("|") : [];
}

let districts: Map<string, Place> | null = null;

/** The district place of a canonical district name in a state. */
export function districtOf(state: string, district: string): Place | null {
  if (!districts) {
    districts = new Map();
    placeLines.forEach((line, i) => {
      if (line.includes("\tdistrict\t")) {
        const p = placeAt(i);
        if (p.kind === "district") districts!.set(`${p.state}|${p.name}`, p);
      }
    });
  }
  return districts.get(`${state}|${district}`) ?? null;
}

let districtsByState: Map<string, Place[]> | null = null;

/** The districts of a state (canonical state name). */
export function districtsOfState(state: string): readonly Place[] {
  if (!districtsByState) {
    districtsByState = new Map();
    placeLines.forEach((line, i) => {
      if (!line.includes("\tdistrict\t")) return;
      const p = placeAt(i);
      if (p.kind !== "district" || !p.state) return;
      const list = districtsByState!.get(p.state);
      if (list) list.push(p);
      else districtsByState!.set(p.state, [p]);
    });
  }
  return districtsByState.get(state) ?? [];
}

/** The index of the district place a place lies in (its own for a district), or null (a state, abroad, a city
 *  split over several districts). Localities are stored by this index. */
export function districtIndexOf(p: Place): number | null {
  if (!p.state || !p.district) return null;
  const d = districtOf(p.state, p.district);
  if (!d) return null;
  return placeIndex.get(d) ?? null;
}

/** The city a curated locality belongs to. */
export function cityOfLocality(p: Place): string | null {
  return localityCity.get(p) ?? null;
}

export { foldName, LOCALES };
