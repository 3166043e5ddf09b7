// Localities: the ~147k post-office places of the GeoNames postal file (neighbourhoods, villages, towns), each with a
// position and its district. They are far too many, and too many of them are common words ("Bank", "Court", "पुल"),
// to be matched anywhere in running text: a locality is looked for only inside a district the document already
// names, and in Devanagari only next to a word that says "this is a place" (मोहल्ला, इलाके, थाना क्षेत्र, गांव...).
//
// No source has Hindi names for them. A Devanagari mention is transliterated (the people module's newspaper-style
// transliterator) and compared under a spelling key that forgets what romanisations disagree on: vowel length
// (ee/i, oo/u, aa/a), aspiration (bh/b), doubled letters, w/v, z/j, ड़ written r or d, a final schwa. Within one
// district's few hundred places that key is specific enough; one letter more or less is forgiven for long names.

import { transliterate } from "../people/translit.js";
import data from "./data/gazetteer.json" with { type: "json" };
import { districtIndexOf, districtOf, districtsOfState, foldName, LOCALES } from "./gazetteer.js";
import { localityKey, localityKeyOf, within } from "./spelling.js";
import { DEVA, joinable, LATIN, type Token, tokenize } from "./tokens.js";
import type { Place, PlaceMatch } from "./types.js";

// ---------------------------------------------------------------- the table, decoded per district on demand

interface Row {
  name: string;
  lat: number;
  lon: number;
}

let lines: string[] | null = null;
/** district place index -> [first line, end line) */
let ranges: Map<number, [number, number]> | null = null;
const byDistrict = new Map<number, Map<string, Place[]>>();

function table(): { lines: string[]; ranges: Map<number, [number, number]> } {
  if (!lines || !ranges) {
    lines = data.localities.split("\n");
    ranges = new Map();
    let start = 0;
    let current = -1;
    for (let i = 0; i < lines.length; i++) {
      const tab = lines[i]!.indexOf("\t");
      const d = Number(lines[i]!.slice(tab + 1, lines[i]!.indexOf("\t", tab + 1)));
      if (d !== current) {
        if (current >= 0) ranges.set(current, [start, i]);
        current = d;
        start = i;
      }
    }
    if (current >= 0) ranges.set(current, [start, lines.length]);
  }
  return { lines, ranges };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** The localities of a district by spelling key (several places may share a key). */
export function localitiesOf(district: Place, districtIndex: number): Map<string, Place[]> {
  let map = byDistrict.get(districtIndex);
  if (map) return map;
  map = new Map();
  const { lines: ls, ranges: rs } = table();
  const range = rs.get(districtIndex);
  if (range) {
    for (let i = range[0]; i < range[1]; i++) {
      const f = ls[i]!.split("\t");
      const row: Row = { name: f[0]!, lat: Number(f[2]), lon: Number(f[3]) };
      const p: Place = Object.freeze({
        id: `locality:${slug(district.state ?? "")}:${slug(district.name)}:${slug(row.name)}`,
        name: row.name,
        kind: "locality",
        state: district.state,
        district: district.name,
        lat: row.lat,
        lon: row.lon,
        country: "India",
        lgdState: district.lgdState,
        lgdDistrict: district.lgdDistrict,
        precision: "locality",
      });
      const k = localityKey(row.name);
      const list = map.get(k);
      if (list) list.push(p);
      else map.set(k, [p]);
    }
  }
  byDistrict.set(districtIndex, map);
  return map;
}

/** Keys this long forgive one letter (सीतामणी for Sitamarhi); shorter ones must meet exactly. */
export const FUZZY_MIN_KEY = 6;

/**
 * Localities of the given districts named `name` (any script): exact key first, then within one letter for long
 * keys. Several answers mean several places of that name in those districts.
 */
export function findLocality(name: string, within_: readonly Place[]): Place[] {
  const key = localityKeyOf(name);
  if (key.length < 3) return [];
  const exact: Place[] = [];
  const near: Place[] = [];
  // a city split over districts or a small state stands for its districts
  const districts = [...new Set(within_.flatMap((p) => (p.kind === "district" ? [p] : searchDistricts(p))))];
  for (const d of districts) {
    const i = districtIndexOf(d);
    if (i === null) continue;
    const map = localitiesOf(districtOf(d.state!, d.district!)!, i);
    const hit = map.get(key);
    if (hit) exact.push(...hit);
    else if (key.length >= FUZZY_MIN_KEY) {
      for (const [k, ps] of map) if (k.length >= FUZZY_MIN_KEY - 1 && within(k, key, 1)) near.push(...ps);
    }
  }
  return exact.length ? exact : near;
}

// ---------------------------------------------------------------- localities in running text

const phrases = (list: (l: (typeof LOCALES)[number]) => string[]) =>
  LOCALES.flatMap(list)
    .map((s) => tokenize(s).map((t) => t.key))
    .filter((p) => p.length > 0);
/** cue phrases by their first word: one map lookup per token instead of a scan of every phrase */
const byFirst = (list: string[][]) => {
  const m = new Map<string, string[][]>();
  for (const p of list) m.set(p[0]!, [...(m.get(p[0]!) ?? []), p]);
  return m;
};
const CUES_BEFORE = byFirst(phrases((l) => l.localityCuesBefore));
const CUES_AFTER = byFirst(phrases((l) => l.localityCuesAfter));
const CONNECTORS = new Set(LOCALES.flatMap((l) => l.connectors).map(foldName));
const BLOCK_BEFORE = new Set(LOCALES.flatMap((l) => l.blockBefore).map(foldName));
const BLOCK_AFTER = new Set(LOCALES.flatMap((l) => l.blockAfter).map(foldName));
/** one-word names of units after a place name ("जिले", "district", "शहर", "city") */
const UNIT_WORDS = new Set(
  LOCALES.flatMap((l) => [...l.districtWords, ...l.strongCuesAfter])
    .map((s) => tokenize(s).map((t) => t.key))
    .filter((p) => p.length === 1)
    .map((p) => p[0]!),
);

/** States and UTs small enough that naming them narrows a locality enough ("दिल्ली के रोहिणी"). */
const SMALL_STATE_DISTRICTS = 12;
/** the other candidates of an ambiguous anchor whose districts are searched too */
const MAX_OTHER_CANDIDATES = 3;
/** the most tokens a locality name has in text */
const MAX_WINDOW = 3;
/** a single-word locality shorter than this key is too likely a common word */
const MIN_SINGLE_KEY = 4;

/** The district places in which a resolved place's localities are looked for. */
export function searchDistricts(p: Place): Place[] {
  if (p.country !== "India" || !p.state) return [];
  if (p.kind === "state") {
    const ds = districtsOfState(p.state);
    return ds.length <= SMALL_STATE_DISTRICTS ? [...ds] : [];
  }
  if (!p.district) return [];
  const own = districtOf(p.state, p.district);
  if (own) return [own];
  // a city split over several districts (Mumbai, Delhi): the districts named after it, else the whole small state
  const named = districtsOfState(p.state).filter((d) => d.name.includes(p.district!));
  if (named.length) return named;
  const ds = districtsOfState(p.state);
  return ds.length <= SMALL_STATE_DISTRICTS ? [...ds] : [];
}

const phraseAt = (toks: Token[], k: number, phrase: string[]) => {
  if (k < 0 || k + phrase.length > toks.length) return false;
  for (let x = 0; x < phrase.length; x++) if (toks[k + x]!.key !== phrase[x]) return false;
  return true;
};

// Keys of the words of running text, kept across documents (the same words recur): bounded, cleared when full.
const keyCache = new Map<string, string>();
function windowKey(text: string, toks: Token[], i: number, j: number): string {
  const surface = text.slice(toks[i]!.start, toks[j]!.end);
  let k = keyCache.get(surface);
  if (k === undefined) {
    k = localityKey(toks[i]!.cls === LATIN ? surface : transliterate(surface));
    if (keyCache.size > 50000) keyCache.clear();
    keyCache.set(surface, k);
  }
  return k;
}

const isCapitalised = (text: string, t: Token) => {
  const c = text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
};

/**
 * Post-office localities in normalised text, inside the districts of the already resolved mentions (`anchors`).
 * A window of one to three words is a candidate when a locality cue stands right before or after it, when it
 * follows one of the anchors across at most one postposition ("रांची के अरगोड़ा", "Kanpur's Naubasta"), or, in
 * Latin script, when it is a run of two or three Capitalised words ("Kidwai Nagar"). Returns matches with their
 * candidate localities, the one in the district named nearest first.
 */
export function findLocalityMentions(
  text: string,
  anchors: readonly { start: number; end: number; place: Place; candidates?: readonly Place[] }[],
): PlaceMatch[] {
  // district -> positions of anchors naming it; the districts of an anchor's other candidates too ("Pratapgarh's
  // Naubasta": only Pratapgarh in UP has one), ranked after the chosen ones
  const districts = new Map<Place, number[]>();
  const chosen = new Set<Place>();
  for (const a of anchors) {
    const others = (a.candidates ?? []).filter((c) => c !== a.place).slice(0, MAX_OTHER_CANDIDATES);
    for (const p of [a.place, ...others]) {
      for (const d of searchDistricts(p)) {
        if (p === a.place) chosen.add(d);
        const list = districts.get(d);
        if (list) list.push(a.start);
        else districts.set(d, [a.start]);
      }
    }
  }
  if (districts.size === 0) return [];
  const maps: [Place, Map<string, Place[]>][] = [];
  for (const d of districts.keys()) {
    const i = districtIndexOf(d);
    if (i !== null) maps.push([d, localitiesOf(d, i)]);
  }
  const toks = tokenize(text);
  // tokens inside an anchor (anchors are in text order)
  const taken = new Uint8Array(toks.length);
  {
    let a = 0;
    for (let k = 0; k < toks.length; k++) {
      while (a < anchors.length && anchors[a]!.end <= toks[k]!.start) a++;
      if (a < anchors.length && toks[k]!.start < anchors[a]!.end && toks[k]!.end > anchors[a]!.start) taken[k] = 1;
    }
  }

  // candidate window starts (token index) and ends, with the reason
  const windows: { i: number; j: number; rule: string }[] = [];
  const addEndingAt = (j: number, rule: string) => {
    for (let n = MAX_WINDOW; n >= 1; n--) windows.push({ i: j - n + 1, j, rule });
  };
  const addStartingAt = (i: number, rule: string) => {
    for (let n = MAX_WINDOW; n >= 1; n--) windows.push({ i, j: i + n - 1, rule });
  };
  for (let k = 0; k < toks.length; k++) {
    const key = toks[k]!.key;
    for (const p of CUES_AFTER.get(key) ?? []) if (phraseAt(toks, k, p)) addEndingAt(k - 1, "cue");
    for (const p of CUES_BEFORE.get(key) ?? []) if (phraseAt(toks, k, p)) addStartingAt(k + p.length, "cue");
  }
  // right after an anchor ("रांची के अरगोड़ा", "Kanpur's Naubasta") or right before one ("Daleiput in Khordha",
  // "Naubasta, Kanpur")
  let t = 0;
  for (const a of anchors) {
    while (t < toks.length && toks[t]!.start < a.end) t++;
    let k = t;
    // "खोरधा जिले के दलेईपुट", "Kanpur city's Barra": a word for the unit, then a postposition
    if (k < toks.length && UNIT_WORDS.has(toks[k]!.key)) k++;
    if (k < toks.length && CONNECTORS.has(toks[k]!.key)) addStartingAt(k + 1, "anchor");
    else addStartingAt(k, "anchor");
    let b = t - 1;
    while (b >= 0 && toks[b]!.end > a.start) b--;
    if (b >= 0 && CONNECTORS.has(toks[b]!.key)) b--;
    if (b >= 0) addEndingAt(b, "anchor");
  }
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]!.cls === LATIN && isCapitalised(text, toks[k]!) && isCapitalised(text, toks[k + 1]!)) {
      windows.push({ i: k, j: Math.min(k + 2, toks.length - 1), rule: "name" }, { i: k, j: k + 1, rule: "name" });
    }
  }

  const found = new Map<number, PlaceMatch & { last: number }>(); // by first token
  for (const w of windows) {
    const { i, j } = w;
    if (i < 0 || j >= toks.length || j < i) continue;
    const first = toks[i]!;
    if (first.cls !== LATIN && first.cls !== DEVA) continue;
    let ok = true;
    for (let k = i; k <= j && ok; k++) {
      const tk = toks[k]!;
      if (tk.cls !== first.cls || taken[k] || CONNECTORS.has(tk.key)) ok = false;
      else if (tk.cls === LATIN && !isCapitalised(text, tk)) ok = false;
      else if (k > i && !joinable(text, toks[k - 1]!, tk)) ok = false;
    }
    if (!ok) continue;
    if (w.rule === "name" && j === i) continue;
    // a person's name: "उर्फ X", "Mr X", "X Singh"
    if (i > 0 && BLOCK_BEFORE.has(toks[i - 1]!.key)) continue;
    if (j + 1 < toks.length && BLOCK_AFTER.has(toks[j + 1]!.key)) continue;
    const key = windowKey(text, toks, i, j);
    if (key.length < (i === j ? MIN_SINGLE_KEY : 3)) continue;
    const places: Place[] = [];
    for (const [, map] of maps) {
      const hit = map.get(key);
      if (hit) places.push(...hit);
    }
    if (!places.length) continue;
    const prev = found.get(i);
    if (prev && prev.last >= j) continue;
    // the locality of the district named nearest in the text first
    const at = first.start;
    const districtOfPlace = (p: Place) => districtOf(p.state!, p.district!);
    const distance = (p: Place) => {
      const d = districtOfPlace(p);
      const pos = d ? (districts.get(d) ?? []) : [];
      return (d && chosen.has(d) ? 0 : 1e9) + Math.min(...pos.map((x) => Math.abs(x - at)));
    };
    places.sort((a, b) => distance(a) - distance(b));
    const script = first.cls === DEVA ? "hi" : "en";
    found.set(i, {
      start: first.start,
      end: toks[j]!.end,
      surface: text.slice(first.start, toks[j]!.end),
      places,
      rule: `geo.${script}.locality+${w.rule}`,
      demonym: false,
      last: j,
    });
  }
  // leftmost-longest, no overlaps
  const out: PlaceMatch[] = [];
  let end = -1;
  for (const m of [...found.values()].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < end) continue;
    end = m.end;
    const { last: _, ...match } = m;
    out.push(match);
  }
  return out;
}
