// Misspelt district names: "सीतामणी जिले" for Sitamarhi, "Muzzafarpur district". A name the index does not know,
// standing right before a word for a district, is compared with every district's name under the spelling key
// (spelling.ts) and taken when exactly one district is within one letter. Only before a district word: anywhere
// else one letter off would turn ordinary words into districts.

import { allPlaces, foldName, LOCALES, namesOfPlace } from "./gazetteer.js";
import { localityKey, localityKeyOf, skeleton, within } from "./spelling.js";
import { DEVA, joinable, LATIN, type Token, tokenize } from "./tokens.js";
import type { Place, PlaceMatch } from "./types.js";

/** keys shorter than this must not be forgiven a letter: too many districts are one letter apart */
const MIN_KEY = 6;
/** keys shorter than this are not looked up at all ("Una" / "उना" are too short to be told from words) */
const MIN_EXACT_KEY = 3;

const DISTRICT_WORD = new Set(LOCALES.flatMap((l) => l.districtWords).map(foldName));

let keys: [string, Place][] | null = null;
function districtKeys(): [string, Place][] {
  if (!keys) {
    keys = [];
    for (const p of allPlaces()) {
      if (p.kind !== "district") continue;
      const seen = new Set<string>();
      for (const n of namesOfPlace(p)) {
        const k = /[\u0900-\u097f]/.test(n) ? localityKeyOf(n) : localityKey(n);
        if (k.length >= MIN_EXACT_KEY && !seen.has(k)) {
          seen.add(k);
          keys.push([k, p]);
        }
      }
    }
  }
  return keys;
}

/**
 * Districts whose name is spelt like `name` (any script): the same spelling key, else (for long keys) one letter
 * apart. Empty unless exactly one district qualifies at the first level that has any.
 */
export function districtsSpeltLike(name: string): Place[] {
  const key = localityKeyOf(name);
  if (key.length < MIN_EXACT_KEY) return [];
  const exact = new Set<Place>();
  const near = new Set<Place>();
  for (const [dk, p] of districtKeys()) {
    if (dk === key) exact.add(p);
    else if (Math.max(key.length, dk.length) >= MIN_KEY && within(dk, key, 1)) near.add(p);
    else if (key.length >= MIN_KEY && skeleton(dk) === skeleton(key)) near.add(p);
  }
  const hits = exact.size ? exact : near;
  return hits.size === 1 ? [...hits] : [];
}

/** Misspelt district names before a district word, outside the spans already matched. */
export function findMisspeltDistricts(text: string, taken: readonly { start: number; end: number }[]): PlaceMatch[] {
  const toks = tokenize(text);
  const out: PlaceMatch[] = [];
  for (let k = 1; k < toks.length; k++) {
    if (!DISTRICT_WORD.has(toks[k]!.key)) continue;
    for (let n = 2; n >= 1; n--) {
      const i = k - n;
      if (i < 0) continue;
      const ws = toks.slice(i, k);
      if (!ws.every((t: Token) => t.cls === ws[0]!.cls && (t.cls === LATIN || t.cls === DEVA))) continue;
      if (ws.some((t, x) => x > 0 && !joinable(text, ws[x - 1]!, t))) continue;
      const start = ws[0]!.start;
      const end = ws[ws.length - 1]!.end;
      if (taken.some((s) => start < s.end && end > s.start)) break;
      if (ws[0]!.cls === LATIN && !/^[A-Z]/.test(text.slice(start, end))) continue;
      const surface = text.slice(start, end);
      const hits = districtsSpeltLike(surface);
      if (hits.length === 0) continue;
      const script = ws[0]!.cls === DEVA ? "hi" : "en";
      out.push({ start, end, surface, places: hits, rule: `geo.${script}.name+fuzzy`, demonym: false });
      break;
    }
  }
  return out;
}
