// geocode: every place mention of a text, resolved in context, with its identity (canonical name, kind, LGD codes),
// position and how precise that position is. The order of work is the order of certainty:
//   1. names of the gazetteer's index (states, districts, cities, towns, curated localities, countries) — findPlaces;
//   2. one place per mention by agreement with the other mentions — resolvePlaces;
//   3. post-office localities, looked for only inside the districts step 2 found (localities.ts).

import { normalize, toOriginalSpan } from "../text/normalize.js";
import { findPlaces } from "./find.js";
import { districtsSpeltLike, findMisspeltDistricts } from "./fuzzy.js";
import { foldName, LOCALES } from "./gazetteer.js";
import { findLocality, findLocalityMentions, searchDistricts } from "./localities.js";
import { lookupPlace } from "./lookup.js";
import { resolvePlaces } from "./resolve.js";
import type { Place, PlaceKind, PlaceMatch, Precision } from "./types.js";

export interface Geocoded {
  /** offsets into the text that was geocoded (normalised text for geocodeText, the input for geocode) */
  start: number;
  end: number;
  /** the mention as written */
  mention: string;
  place: Place;
  /** every place the name could have meant, the chosen one first (one = unambiguous) */
  candidates: readonly Place[];
  /** the rule that found the mention ("geo.hi.name+cue", "geo.en.locality+anchor"...) */
  rule: string;
  /** the mention is a demonym ("Nepali", "बांग्लादेशी") */
  demonym: boolean;
}

/** A name query: the whole input is at most this many words (a phrase typed by hand, a field of a table). */
const QUERY_WORDS = 5;

/**
 * The whole input as one place name ("Sagar", "गया", "Surendra Nagar", "Giridh"): running-text guards (a weak name
 * needs a cue) do not apply to a name asked for by itself. Known names first, then a district spelt alike.
 */
function nameQuery(text: string): Geocoded | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.split(/\s+/).length > QUERY_WORDS || /[.!?।]\s/.test(trimmed)) return null;
  let places = lookupPlace(trimmed);
  let rule = "geo.query";
  if (places.length === 0) {
    places = districtsSpeltLike(trimmed);
    rule = "geo.query+fuzzy";
  }
  if (places.length === 0) return null;
  const start = text.indexOf(trimmed);
  return {
    start,
    end: start + trimmed.length,
    mention: trimmed,
    place: places[0]!,
    candidates: places,
    rule,
    demonym: false,
  };
}

const withFirst = (p: Place, all: readonly Place[]) => [p, ...all.filter((x) => x !== p)];

const CONTINUATIONS = new Set(LOCALES.flatMap((l) => l.nameContinuations).map(foldName));

/** "गोमती नगर", "Laxmi Nagar": a name followed by a word of a longer neighbourhood name is not that place. */
function continued(text: string, m: PlaceMatch): boolean {
  const next = /^[ -]?([\p{L}\p{M}]+)/u.exec(text.slice(m.end, m.end + 16));
  return !!next && CONTINUATIONS.has(foldName(next[1]!)) && !m.demonym;
}

/** Geocode NORMALISED text (offsets into it). */
export function geocodeText(text: string): Geocoded[] {
  const query = nameQuery(text);
  const found = findPlaces(text).filter((m) => !continued(text, m));
  if (query && !found.some((m) => m.start <= query.start && m.end >= query.end)) return [query];
  const matches = [...found, ...findMisspeltDistricts(text, found)].sort((a, b) => a.start - b.start);
  const chosen = resolvePlaces(matches);
  const out: Geocoded[] = matches.map((m, i) => ({
    start: m.start,
    end: m.end,
    mention: m.surface,
    place: chosen[i]!,
    candidates: withFirst(chosen[i]!, m.places),
    rule: m.rule,
    demonym: m.demonym,
  }));
  const anchors = out.filter((g) => !g.demonym);
  relocate(anchors);
  for (const m of findLocalityMentions(text, anchors)) {
    reconsider(anchors, m);
    out.push({
      start: m.start,
      end: m.end,
      mention: m.surface,
      place: m.places[0]!,
      candidates: m.places,
      rule: m.rule,
      demonym: false,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A well-known locality of the index (Naubasta in Kanpur) named in a report about another district that has a
 * place of that name ("गोंडा जिले के नौबस्ता गांव") is that district's place.
 */
function relocate(anchors: Geocoded[]): void {
  const others = anchors.filter((a) => a.place.kind !== "locality" && a.place.country === "India");
  for (const g of anchors) {
    if (g.place.kind !== "locality") continue;
    const home = (p: Place) => p.state === g.place.state && (p.kind === "state" || p.district === g.place.district);
    if (others.length === 0 || others.some((a) => home(a.place))) continue;
    const there = findLocality(
      g.mention,
      others.map((a) => a.place),
    );
    if (there.length === 0) continue;
    g.place = there[0]!;
    g.candidates = withFirst(g.place, [...there, ...g.candidates]);
    g.rule += "+context";
  }
}

/**
 * A locality found only in the district of an anchor's other candidate decides that anchor: "Pratapgarh's Naubasta"
 * is Pratapgarh in Uttar Pradesh (Rajasthan's has no Naubasta). The nearest such anchor is changed, if any.
 */
function reconsider(anchors: Geocoded[], m: PlaceMatch): void {
  const loc = m.places[0]!;
  const inside = (p: Place) => searchDistricts(p).some((d) => d.name === loc.district && d.state === loc.state);
  let best: Geocoded | null = null;
  for (const a of anchors) {
    if (inside(a.place)) return; // a chosen place already contains it
    if (a.candidates.some(inside) && (!best || Math.abs(a.start - m.start) < Math.abs(best.start - m.start))) best = a;
  }
  if (!best) return;
  best.place = best.candidates.find(inside)!;
  best.candidates = withFirst(best.place, best.candidates);
  best.rule += "+locality";
}

/** Geocode raw text (any script, not normalised): offsets and mentions refer to the input as given. */
export function geocode(input: string): Geocoded[] {
  const n = normalize(input);
  return geocodeText(n.text).map((g) => {
    const span = toOriginalSpan(n, g.start, g.end);
    return { ...g, start: span.start, end: span.end, mention: input.slice(span.start, span.end) };
  });
}

/** A resolved place as records and exports carry it (SCHEMA fields plus identity, position and precision). */
export interface GeoPlace {
  /** gazetteer id ("district:uttar-pradesh:kanpur-nagar") */
  id: string;
  /** canonical English name */
  name: string;
  /** the mention as written in the report */
  mention: string;
  kind: PlaceKind | "police_station";
  state: string | null;
  district: string | null;
  country: string;
  lgd_state: number | null;
  lgd_district: number | null;
  lat: number | null;
  lon: number | null;
  /** what lat/lon locate: the place itself, or the district / state / country around it when no finer point exists */
  precision: Precision | null;
}

/** The record form of a place. A police station is located at the locality of its name when one is known. */
export function geoPlace(p: Place, mention: string, kind: PlaceKind | "police_station" = p.kind): GeoPlace {
  return {
    id: p.id,
    name: p.name,
    mention,
    kind,
    state: p.state,
    district: p.district,
    country: p.country,
    lgd_state: p.lgdState,
    lgd_district: p.lgdDistrict,
    lat: p.lat,
    lon: p.lon,
    precision: p.precision,
  };
}
