// Where the incident happened, and where the victims came from.
//
// Every place mention of the incident's sentences is a candidate. Mentions in an origin context ("असम की लड़कियां",
// "girls from Assam", "Nepali girls") are victim origins, never the location; mentions that are an accused person's
// home ("नौबस्ता निवासी आशीष") are neither. The location is the candidate with the most support: a locative
// postposition after it ("कानपुर में", "in Goregaon"), presence in the headline or first body sentence, a police unit
// named after it ("रांची पुलिस"), repetition. The dateline says where the reporter filed from — weak support only:
// a Lucknow dateline over a Kanpur raid is common.

import type { Origin } from "../core/record.js";
import type { Evidence } from "../core/types.js";
import {
  findLocality,
  findPlaces,
  type GeoPlace,
  geoPlace,
  lookupPlace,
  type Place,
  type PlaceMatch,
  resolvePlaces,
  searchDistricts,
} from "../geo/index.js";
import { fusedInitials, transliterate } from "../people/index.js";
import { type Context, type Sentence, sentenceAt } from "./context.js";
import { within } from "./cues.js";
import {
  APPOSITION_RESIDENT,
  CONTAINER_THEN_PART,
  COPULA_FROM,
  DESTINATION_AFTER,
  DESTINATION_BEFORE,
  GROUP_OF_PLACES,
  HOME_BEFORE,
  LURE_AFTER,
  NEAR_GAP,
  NON_VICTIM_NOUNS,
  namedDelhiDistrict,
  ORIGIN_AFTER,
  ORIGIN_BEFORE,
  PART_THEN_CONTAINER,
  PARTS_OF,
  PREDICATE_END,
  RESCUED_AT_AFTER,
  RESCUED_FROM,
  RESIDENCE_AFTER,
  TO_GAP,
  VICTIM_NOUN_AFTER,
  VICTIM_NOUNS_EN,
  VICTIMS_FROM,
} from "./origins.js";

export interface DocPlaces {
  matches: PlaceMatch[];
  resolved: Place[];
  /** what each mention is: the incident's place, a victim origin, an accused's home, or other */
  roles: PlaceRole[];
  /** the role is stated outright ("की रहने वाली हैं", "are residents of"), not read off a preposition */
  explicit: boolean[];
  /** a container's index → the place it qualifies ("बिहार के रोहतास": Bihar → Rohtas), else -1 */
  partOf: number[];
}

/** "वैशाली नगर", "Laxmi Nagar", "Civil Lines Road": a place name inside a longer neighbourhood or street name. */
const PART_OF_NAME =
  /^\s*(?:नगर|कॉलोनी|कालोनी|विहार|रोड|मार्ग|चौक|बाजार|गली|पार्क|एन्क्लेव|सेक्टर|Nagar|Colony|Vihar|Road|Marg|Chowk|Bazaar|Bazar|Enclave|Park|Lane|Street)(?![\w\u0900-\u097F])/;

/** "the Bhatta Basti area": a capitalised word before and an area word after make a longer neighbourhood name. */
function insideLongerName(ctx: Context, m: PlaceMatch): boolean {
  const before = /([A-Z][a-z]+)\s+$/.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start));
  if (!before || /^(?:In|At|From|Near|The|Of|To|And|Police|District)$/.test(before[1]!)) return false;
  return /^\s+(?:area|locality|colony|road|market|mohalla|village|police station)\b/i.test(
    ctx.text.slice(m.end, m.end + 20),
  );
}

const DATELINE_WORDS = /^\s*([^\s,।:(/-][^,।:(/-]{0,30}?)\s*(?:[,।:(/-]|$)/;

function datelinePlace(ctx: Context, s: Sentence): PlaceMatch | null {
  const m = DATELINE_WORDS.exec(ctx.text.slice(s.start, s.end));
  if (!m) return null;
  const places = lookupPlace(m[1]!).filter((p) => p.country === "India" && p.kind !== "state");
  if (!places.length) return null;
  const start = s.start + m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length, surface: m[1]!, places, rule: "dateline.lookup", demonym: false };
}

/** Longest place mention, in characters: a mention covering a span starts at most this far before it. */
const PLACE_REACH = 40;

/** Indexes of the place mentions starting in [from, to) (binary search: mentions are in text order). */
export function placesIn(places: DocPlaces, from: number, to: number): number[] {
  let lo = 0;
  let hi = places.matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places.matches[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < places.matches.length && places.matches[i]!.start < to; i++) out.push(i);
  return out;
}

/** Places in one list ("असम, दिल्ली और फैजाबाद के अलावा कानपुर की", "from Delhi and Haryana") share their role. */
const LIST_GAP =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:,|और|व|तथा|एवं|and|aur|or|या|के अलावा|as well as)?\s*(?:,\s*)?(?:and\s+)?$/i;

function contains(outer: Place | undefined, inner: Place | undefined): boolean {
  if (!outer || !inner || outer === inner || outer.name === inner.name) return false;
  if (outer.kind === "country") return inner.country === outer.name;
  if (outer.kind === "state") return inner.state === outer.name;
  return outer.kind === "district" && inner.kind !== "district" && inner.district === outer.name;
}

/**
 * Roles that hold for a phrase of several place mentions rather than for one:
 *  - an English gloss repeats the place before it ("असम (Assam)");
 *  - a list shares one role;
 *  - a place and its container name one place ("बिहार के रोहतास की", "from Bihar's Rohtas district"): the specific one
 *    takes the phrase's role and the container is no origin of its own;
 *  - "from Virar near Mumbai": the landmark is no origin.
 */
function phraseRoles(ctx: Context, matches: readonly PlaceMatch[], resolved: readonly (Place | undefined)[], r: Roles) {
  const gloss = matches.map(
    (m, i) =>
      i > 0 &&
      /^\s*\(\s*$/.test(ctx.text.slice(matches[i - 1]!.end, m.start)) &&
      resolved[i]?.name === resolved[i - 1]?.name,
  );
  const primary = matches.flatMap((_, i) => (gloss[i] ? [] : [i]));
  const gapOf = (i: number, j: number) => {
    // counts inside the list do not break it: "छह बिहार के कटिहार और तीन पूर्णिया"
    let gap = ctx.text.slice(matches[i]!.end, matches[j]!.start);
    for (const n of within(ctx.numbers, matches[i]!.end, matches[j]!.start))
      gap = gap.replace(ctx.text.slice(n.start, n.end), "");
    return gap;
  };
  // a list item may be a container and its part: "भीलवाड़ा और मध्य प्रदेश के राजगढ़ से लाया गया" lists Bhilwara with
  // Rajgarh, so the list's neighbour of Bhilwara is Rajgarh, not Madhya Pradesh
  const partAfter = (k: number): number => {
    const [j, n] = [primary[k + 1], primary[k + 2]];
    if (j === undefined || n === undefined) return j ?? -1;
    return CONTAINER_THEN_PART.test(ctx.text.slice(matches[j]!.end, matches[n]!.start)) &&
      contains(resolved[j], resolved[n])
      ? n
      : j;
  };
  for (let pass = 0; pass < 2; pass++)
    for (let k = 0; k + 1 < primary.length; k++) {
      const i = primary[k]!;
      const gap = gapOf(i, primary[k + 1]!);
      if (!LIST_GAP.test(gap) || gap.length > 50) continue;
      const j = partAfter(k);
      const [a, b] = [r.roles[i]!, r.roles[j]!];
      if (a === "origin" && b === "location") [r.roles[j], r.explicit[j]] = ["origin", r.explicit[i]!];
      else if (b === "origin" && a === "location") [r.roles[i], r.explicit[i]] = ["origin", r.explicit[j]!];
    }
  const stated = (x: PlaceRole) => x === "origin" || x === "resident" || x === "destination";
  // right to left, so that a chain "झारखंड के पश्चिम सिंहभूम जिले के चक्रधरपुर" hands the role down to its last place
  for (let k = primary.length - 2; k >= 0; k--) {
    const [i, j] = [primary[k]!, primary[k + 1]!];
    const gap = ctx.text.slice(matches[i]!.end, matches[j]!.start);
    let [outer, inner] = [-1, -1];
    if (CONTAINER_THEN_PART.test(gap) && contains(resolved[i], resolved[j])) [outer, inner] = [i, j];
    else if (PART_THEN_CONTAINER.test(gap) && contains(resolved[j], resolved[i])) [outer, inner] = [j, i];
    if (outer < 0) continue;
    r.partOf[outer] = inner;
    const role = [r.roles[inner]!, r.roles[outer]!].find(stated);
    if (!role) continue;
    r.roles[inner] = role;
    r.explicit[inner] = r.explicit[inner]! || r.explicit[outer]!;
    r.roles[outer] = "other";
  }
  for (let k = 0; k + 1 < primary.length; k++) {
    const [i, j] = [primary[k]!, primary[k + 1]!];
    if (r.roles[i] !== "origin") continue;
    const gap = ctx.text.slice(matches[i]!.end, matches[j]!.start);
    if (NEAR_GAP.test(gap)) r.roles[j] = "other";
    // "bringing women from Assam to Thiruvananthapuram": where the route ends
    else if (TO_GAP.test(gap)) r.roles[j] = "destination";
  }
  matches.forEach((_, i) => {
    if (gloss[i]) [r.roles[i], r.explicit[i]] = [r.roles[i - 1]!, r.explicit[i - 1]!];
  });
}

interface Roles {
  roles: PlaceRole[];
  explicit: boolean[];
  partOf: number[];
}

/** Place mentions of the whole document (content sentences only), resolved together so they disambiguate each other. */
export function docPlaces(ctx: Context): DocPlaces {
  const matches: PlaceMatch[] = [];
  for (const s of ctx.sentences) {
    const found = findPlaces(ctx.text.slice(s.start, s.end));
    for (const m of found) matches.push({ ...m, start: m.start + s.start, end: m.end + s.start });
    // a dateline is a place by position: "कोटा।" names the city even where the word alone is ambiguous ("quota")
    if (s.block === "dateline" && !found.length) {
      const d = datelinePlace(ctx, s);
      if (d) matches.push(d);
    }
  }
  matches.sort((a, b) => a.start - b.start);
  const resolved = resolvePlaces(matches);
  const readings = matches.map(
    (m): RoleReading =>
      PART_OF_NAME.test(ctx.text.slice(m.end, m.end + 12)) || insideLongerName(ctx, m)
        ? { role: "other", explicit: false }
        : readRole(ctx, m),
  );
  const r: Roles = {
    roles: readings.map((x) => x.role),
    explicit: readings.map((x) => x.explicit),
    partOf: matches.map(() => -1),
  };
  phraseRoles(ctx, matches, resolved, r);
  return { matches, resolved, ...r };
}

// Support weights (named so the trade-offs are visible).
const W_LOCATIVE = 3;
const W_HEADLINE = 2;
const W_FIRST_SENTENCE = 2;
const W_POLICE_UNIT = 2;
/** A locative in the sentence of the raid or rescue: the police's home town (the unit's name) counts for less. */
const W_ACTION_PLACE = 2;
const W_REPEAT = 1;
const W_DATELINE = 1;
/** The body refers back to the dateline's city ("शहर के वेसु इलाके", "राजधानी के", "the city"): strong support. */
const W_DATELINE_REF = 3;
const CITY_REF = /(?:^|\s)(?:शहर|राजधानी|यहां|shahar)(?=\s|$)|\b(?:the city|the capital|here)\b/i;
/** District and city mentions beat a bare state: analysts need the district. */
const W_SPECIFIC = 1;

// "कानपुर में", "कानपुर (Kanpur) के नौबस्ता में", and lists "भोपाल, जहांगीराबाद और अशोका गार्डन में"
const LOCATIVE_AFTER =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:,|और|व)\s*[^\s,।]+(?:\s[^\s,।]+)?\s*)*(?:में|मे|के\s+(?:[^\s,।]+\s+){1,3}(?:में|इलाके|इलाका|क्षेत्र|स्थित)|(?:जंक्शन|स्टेशन|रेलवे स्टेशन|बस अड्डे|बस स्टैंड|बॉर्डर)\s+पर|इलाके|शहर|जिले|स्थित|mein|me\b)(?![\u0900-\u097F])/;
const EN_LOCATIVE_BEFORE = /\b(?:in|at|near|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$/;
const POLICE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:पुलिस|police|city police|rural police|district police)/i;
const VICTIM_SUBJECT = new Set(["female", "minor_female", "minor", "minor_male", "person"]);
/** A sentence that opens on the rescued ("इनमें छह बिहार के ...", "सभी ...", "These girls are from ..."). */
const VICTIM_PRONOUN_LEAD = /^\s*(?:इनमें|इनमे|इनमें से|ये सभी|सभी|वे सभी|They|These|All of them)(?=\s|$)/i;

export type PlaceRole = "location" | "origin" | "resident" | "destination" | "other";

/** A role, and whether the text states it outright ("की रहने वाली हैं", "are residents of") rather than by a preposition. */
interface RoleReading {
  role: PlaceRole;
  explicit: boolean;
}

/** Reported speech: "गिरोह के सदस्यों ने बताया कि सभी बच्चे ...": the subject is that of the clause after "कि" / "that". */
const CLAUSE_START = /(?:^|\s)(?:कि|that|ki)\s/gi;

/** Where the last clause before a position starts: after the last "कि" / "that" of the sentence. */
function clauseStart(text: string, from: number, to: number): number {
  let start = from;
  CLAUSE_START.lastIndex = 0;
  const lead = text.slice(from, to);
  for (let m = CLAUSE_START.exec(lead); m; m = CLAUSE_START.exec(lead)) start = from + m.index + m[0].length;
  return start;
}

/** The subject of the place's clause is the victims (a victim noun or pronoun, and no accused noun). */
function victimsLead(ctx: Context, m: PlaceMatch): boolean {
  const s = sentenceAt(ctx, m.start);
  if (!s) return false;
  const start = clauseStart(ctx.text, s.start, m.start);
  if (m.start - start > 160) return false;
  const nouns = within(ctx.cues.personNouns, start, m.start);
  if (nouns.some((n) => n.value === "accused" || n.value === "operator" || n.value === "broker")) return false;
  return nouns.some((n) => VICTIM_SUBJECT.has(n.value)) || VICTIM_PRONOUN_LEAD.test(ctx.text.slice(start, m.start));
}

/** The word before "from" names who came: a victim noun, or someone else (an officer, an accused, a person's name). */
function fromNonVictim(word: string | undefined): boolean {
  if (!word) return false;
  const w = word.replace(/[,.;:]$/, "");
  if (VICTIM_NOUNS_EN.has(w.toLowerCase())) return false;
  if (NON_VICTIM_NOUNS.has(w.toLowerCase())) return true;
  // "Lala from Lucknow": a capitalised word that is no victim noun is a name (of a person or a unit)
  return word === w && /^[A-Z][a-z]+$/.test(w);
}

export function placeRole(ctx: Context, m: PlaceMatch): PlaceRole {
  return readRole(ctx, m).role;
}

function readRole(ctx: Context, m: PlaceMatch): RoleReading {
  const after = ctx.text.slice(m.end, m.end + 90);
  const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
  if (DESTINATION_AFTER.test(after) || DESTINATION_BEFORE.test(before) || LURE_AFTER.test(after))
    return { role: "destination", explicit: true };
  const res = RESIDENCE_AFTER.exec(after);
  if (res) {
    // "सभी बच्चे पश्चिम चम्पारण के रहने वाले हैं": the victims' home, when victims are the sentence's subject and the
    // phrase is its predicate; "नौबस्ता निवासी आशीष", "जो राजस्थान के कोटपुतली का रहने वाला है" (an accused): a home
    const predicate = PREDICATE_END.test(res[1] ?? "");
    return { role: predicate && victimsLead(ctx, m) ? "origin" : "resident", explicit: true };
  }
  // "X Police rescue minor girls", "with help from the Assam police": a unit named after its place, no origin
  const unit = POLICE_AFTER.test(after);
  if (unit && ORIGIN_BEFORE.test(before)) return { role: "other", explicit: false };
  if (m.demonym && VICTIM_NOUN_AFTER.test(after)) return { role: "origin", explicit: true };
  if (RESCUED_AT_AFTER.test(after)) return { role: "location", explicit: false };
  if (ORIGIN_AFTER.test(after)) return { role: "origin", explicit: /रहने|निवासी|rehne|rahne|niwasi/.test(after) };
  if (HOME_BEFORE.test(before)) return { role: "origin", explicit: true };
  const from = ORIGIN_BEFORE.exec(before);
  if (from) {
    if (APPOSITION_RESIDENT.test(before) || fromNonVictim(from[1])) return { role: "resident", explicit: false };
    if (PARTS_OF.test(before)) return { role: "location", explicit: false };
    if (COPULA_FROM.test(before) || /\b(?:natives?|residents?|hail\w*)\s+(?:of|from)\s/i.test(before))
      return { role: "origin", explicit: true };
    // "rescued five women, three from Nepal and two from West Bengal": a counted part of the victims and its home
    if (SUBSET_FROM.test(before)) return { role: "origin", explicit: false };
    // "40 Nepali girls from Moreh": their home is said already, so "from" gives the place they were found
    if (VICTIMS_FROM.test(before))
      return { role: demonymVictims(ctx, m, before) ? "location" : "origin", explicit: false };
    // "rescued from Moreh" is the raid's place
    return { role: RESCUED_FROM.test(before) ? "location" : "origin", explicit: false };
  }
  if (GROUP_OF_PLACES.test(before)) return { role: "origin", explicit: false };
  if (!unit && VICTIM_NOUN_AFTER.test(after) && !/^\s*(?:में|mein)\s/.test(after))
    return { role: "origin", explicit: false };
  return { role: "location", explicit: false };
}

/** ", three from Nepal", "including two from Bihar", ", two of them from Assam": a counted part of a group, then
 *  where it comes from */
const SUBSET_FROM =
  /(?:,|\bincluding|\band)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|some|most|all|many|the rest|others?)\s+(?:of (?:them|whom)\s+)?(?:were\s+|are\s+)?from\s+(?:the\s+)?$/i;

/** "rescued 40 Nepali girls from Moreh": the victims' nationality stands before the noun, so "from" gives the place. */
function demonymVictims(ctx: Context, m: PlaceMatch, before: string): boolean {
  const v = /\b(\w+)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/.exec(before);
  if (!v) return false;
  const at = m.start - before.length + v.index;
  return findPlaces(ctx.text.slice(at, at + v[1]!.length)).some((x) => x.demonym);
}

export interface LocationValue {
  state: string | null;
  district: string | null;
  city: string | null;
  place: GeoPlace | null;
  /** the gazetteer place behind `place` (localities are looked for inside it) */
  resolved: Place | null;
  evidence: Record<string, Evidence[]>;
}

export function location(ctx: Context, sentences: readonly Sentence[], places: DocPlaces): LocationValue | null {
  const inGroup = new Set(sentences.map((s) => s.index));
  const sentenceOf = (pos: number) => sentenceAt(ctx, pos);
  const firstBody = ctx.sentences.find((s) => s.block === "paragraph" && inGroup.has(s.index));
  const score = new Map<string, { place: Place; score: number; first: number; m: PlaceMatch }>();
  const body = sentences.filter((s) => s.block === "paragraph").slice(0, 2);
  const cityRef = body.some((s) => CITY_REF.test(ctx.text.slice(s.start, s.end)));
  places.matches.forEach((m, i) => {
    let p = places.resolved[i];
    if (p?.country !== "India" || p.kind === "country") return;
    const s = sentenceOf(m.start);
    if (!s || !inGroup.has(s.index)) return;
    if (places.roles[i] !== "location") return;
    let w = W_REPEAT;
    const after = ctx.text.slice(m.end, m.end + 40);
    const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
    if (LOCATIVE_AFTER.test(after) || EN_LOCATIVE_BEFORE.test(before)) {
      w += W_LOCATIVE;
      // where the raid or rescue itself happened: "वाराणसी पुलिस ने दिल्ली के बसंत विहार इलाके में दबिश दी"
      if (within(ctx.cues.actions, s.start, s.end).some((a) => a.value === "raid" || a.value === "rescue"))
        w += W_ACTION_PLACE;
    }
    if (POLICE_AFTER.test(after)) w += W_POLICE_UNIT;
    if (s.block === "headline") w += W_HEADLINE;
    if (s.block === "dateline") w += W_DATELINE + (cityRef ? W_DATELINE_REF : 0);
    if (firstBody && s.index === firstBody.index) w += W_FIRST_SENTENCE;
    // "दिल्ली के बसंत विहार इलाके में": the container's support is the support of the place it qualifies
    const part = places.partOf[i]!;
    if (part >= 0 && places.roles[part] === "location" && places.resolved[part]) p = places.resolved[part]!;
    if (p.kind !== "state") w += W_SPECIFIC;
    const key = p.kind === "state" ? `state:${p.name}` : `${p.district ?? p.name}`;
    const cur = score.get(key);
    if (cur) {
      cur.score += w;
      // prefer the more specific / city-named mention of the same district
      if (p.kind === "city" && cur.place.kind !== "city") cur.place = p;
    } else score.set(key, { place: p, score: w, first: m.start, m });
  });
  if (!score.size) return null;
  const ranked = [...score.values()].sort((a, b) => b.score - a.score || a.first - b.first);
  // a district/city outranks a state it lies in: the state then only confirms
  const specific = ranked.find((r) => r.place.kind !== "state");
  const stateOnly = ranked.find((r) => r.place.kind === "state");
  const top =
    specific &&
    (!stateOnly || specific.score >= stateOnly.score - W_LOCATIVE || specific.place.state === stateOnly.place.name)
      ? specific
      : ranked[0]!;
  // a state won over a district elsewhere ("32 Chhattisgarh girls rescued in UP ... near Allahabad"): its own best
  // district or city, where the text names one, is the place
  const best =
    top.place.kind === "state"
      ? (ranked.find((r) => r.place.kind !== "state" && r.place.state === top.place.name) ?? top)
      : top;
  const p = best.place;
  const ev = ctx.doc.evidence(best.m.start, best.m.end, `location.${best.m.rule}`);
  const implied = { ...ev, basis: "implied" as const };
  const state = p.kind === "state" ? p.name : p.state;
  const implicit = p.kind === "district" ? p.name : p.kind === "city" || p.kind === "locality" ? p.district : null;
  const district = p.state === "Delhi" ? delhiDistrict(ctx, sentences, best.m, p) : implicit;
  // the city: a town named as such; a district named after its city ("Kanpur"); the city of a neighbourhood's
  // district ("Goregaon" → Mumbai); the capital for Delhi, which is a city-state
  const city =
    p.state === "Delhi"
      ? "Delhi"
      : p.kind === "city"
        ? p.name
        : p.kind === "district" && cityNamed(ctx, best.m, p, places)
          ? cityName(p.name)
          : p.kind === "locality" && p.district
            ? cityName(p.district)
            : null;
  const evidence: Record<string, Evidence[]> = {};
  if (state) evidence["location.state"] = [p.kind === "state" ? ev : implied];
  if (district) evidence["location.district"] = [p.kind === "district" ? ev : implied];
  if (city) evidence["location.city"] = [ev];
  evidence["location.place"] = [ev];
  const mention = ctx.doc.originalSlice(best.m.start, best.m.end);
  return { state, district, city, place: geoPlace(p, mention), resolved: p, evidence };
}

/**
 * Delhi's districts are police and revenue units that reports name only now and then ("south Delhi", "Central
 * district"); a neighbourhood ("GB Road", "Vasant Vihar") or "New Delhi" in a dateline does not say which district
 * the report means, so the district is given only where the text names it.
 */
function delhiDistrict(ctx: Context, sentences: readonly Sentence[], m: PlaceMatch, p: Place): string | null {
  if (p.kind === "district" && p.name !== "New Delhi" && !/^(?:नई\s+)?दिल्ली$|^(?:New\s+)?Delhi$/i.test(m.surface))
    return p.name;
  for (const s of sentences) {
    const named = namedDelhiDistrict(ctx.text.slice(s.start, s.end));
    if (named) return named;
  }
  return null;
}

/** A district named after its city ("Kanpur" for Kanpur Nagar, "Ranchi"): the mention is also the city. */
/** A district mention is also its city unless the text calls it a district ("Nadia district", "गंजाम जिले"). */
function cityNamed(ctx: Context, m: PlaceMatch, p: Place, places: DocPlaces): boolean {
  if (p.kind !== "district") return false;
  const calledDistrict = (x: PlaceMatch) =>
    /district|जिला|जिले/i.test(x.surface) || DISTRICT_AFTER.test(ctx.text.slice(x.end, x.end + 14));
  return !places.matches.some((x, i) => places.resolved[i]?.name === p.name && calledDistrict(x)) && !calledDistrict(m);
}
const DISTRICT_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:district|जिले|जिला|जिलों|zile|zila|jile)(?![\w\u0900-\u097F])/i;
function cityName(district: string): string {
  // "Kanpur Nagar" → "Kanpur", "Mumbai Suburban" → "Mumbai": the district's name without an administrative suffix
  return district.replace(/\s+(Nagar|Urban|Rural|Dehat|City|Sadar|Suburban)$/i, "");
}

// ---------- victim origins ----------
export function origins(
  ctx: Context,
  sentences: readonly Sentence[],
  places: DocPlaces,
  location: LocationValue | null,
): {
  origins: Origin[];
  foreign: { name: string; evidence: Evidence[] }[];
} {
  const inGroup = new Set(sentences.map((s) => s.index));
  const out = new Map<string, Origin>();
  const foreign = new Map<string, { name: string; evidence: Evidence[] }>();
  places.matches.forEach((m, i) => {
    const p = places.resolved[i];
    if (!p) return;
    const s = sentenceAt(ctx, m.start);
    if (!s || !inGroup.has(s.index)) return;
    const role = places.roles[i]!;
    const ev = ctx.doc.evidence(m.start, m.end, `origin.${m.rule}`);
    if (p.country !== "India") {
      // a foreign country is a victim nationality when it qualifies victims or is their origin
      // (a district or town abroad, "Jhapa", "Jessore", is the origin; its country is the nationality)
      if (role === "origin" || (m.demonym && role !== "resident")) {
        if (!foreign.has(p.country)) foreign.set(p.country, { name: p.country, evidence: [ev] });
        const kind = p.kind === "country" ? "country" : "city";
        if (!out.has(p.name))
          out.set(p.name, { place: p.name, kind, count: null, geo: geoPlace(p, ev.quote), evidence: [ev] });
      }
      return;
    }
    if (role !== "origin") return;
    if (
      location?.place &&
      (p.name === location.place.name ||
        (p.kind !== "state" && p.district === location.district && p.kind === location.place.kind))
    )
      if (!places.explicit[i] && !/की|ki|from/i.test(ctx.text.slice(m.end, m.end + 20))) return;
    // "भारत और थाईलैंड की लड़कियां": India itself is an origin only where the text says so
    if (p.kind === "country" && role !== "origin") return;
    // a neighbourhood is too fine for a victim origin: report its district ("Delhi" for the capital's districts),
    // and drop it when it lies in the incident's own district (a place in town, not where victims came from)
    let name = p.name;
    let kind: Origin["kind"] = p.kind === "locality" ? "city" : p.kind;
    let reported: Place | undefined = p;
    if (p.kind === "locality") {
      if (location?.district && p.district === location.district) return;
      if (p.district) {
        [name, kind] = [p.district, "district"];
        reported = lookupPlace(`${p.district}, ${p.state}`).find((x) => x.kind === "district");
      }
    }
    // the capital's districts and towns ("नई दिल्ली", "South Delhi") are reported as Delhi, like its neighbourhoods
    if (p.state === "Delhi" && p.kind !== "country") {
      [name, kind] = ["Delhi", "state"];
      reported = lookupPlace("Delhi").find((x) => x.kind === "state");
    }
    const geo = reported ? geoPlace(reported, ev.quote) : null;
    if (!out.has(name)) out.set(name, { place: name, kind, count: null, geo, evidence: [ev] });
  });
  return { origins: [...out.values()], foreign: [...foreign.values()] };
}

// ---------- locality and police station ----------
const GLOSS_AFTER = /^\s*\(([A-Za-z][A-Za-z .'-]{1,40})\)/;
// Devanagari letters and signs, without the danda (।) that ends a sentence
// (a sector number may follow: "सेक्टर-29 थाना")
const WORD_BEFORE = /([\u0900-\u0963\u0970-\u097F]+(?:-?\d+)?(?:\s+[\u0900-\u0963\u0970-\u097F]+(?:-?\d+)?)?)\s*$/;
// Function words that cannot be part of a place name: a name before "थाना" / "इलाके" starts after the last of them.
const HI_STOP = new Set(
  (
    "के की का में से पर इस उस एक स्थानीय संबंधित इसी अपने शहर जिले जिला को ने व और तथा एवं है हैं था थी थे ही भी तो कि जो " +
    "यह वह इन उन लिए द्वारा साथ बाद पास स्थित मौजूद दौरान समेत सहित गए गई गया किया कर करके तक बताया पुलिस टीम अंतर्गत " +
    "वाले वाली निवासी रहने नामक सभी कुछ कई अन्य दूसरे पहले मामला मामले बार रात देर सुबह शाम दोपहर आज कल " +
    "तहत अनुसार मुताबिक खिलाफ कार्रवाई जरिए बताया गया स्थानीय"
  ).split(" "),
);

/** English loanwords in Hindi place names are written in English, not transliterated ("कॉलोनी" → Colony). */
const PLACE_WORDS: Record<string, string> = {
  कॉलोनी: "Colony",
  कालोनी: "Colony",
  नगर: "Nagar",
  रोड: "Road",
  मोहल्ला: "Mohalla",
  मोहल्ले: "Mohalla",
  चौक: "Chowk",
  बाजार: "Bazaar",
  बाज़ार: "Bazaar",
  सेक्टर: "Sector",
  मार्केट: "Market",
  विहार: "Vihar",
  एन्क्लेव: "Enclave",
  सिटी: "City",
  सेंटर: "Centre",
  कैंट: "Cantt",
  कैंटोनमेंट: "Cantonment",
  प्लेस: "Place",
  फेज: "Phase",
};

function englishOf(ctx: Context, start: number, end: number): string | null {
  const orig = ctx.doc.originalSlice(start, end).trim();
  if (!orig) return null;
  if (/^[A-Za-z]/.test(orig)) return orig;
  return orig
    .split(/\s+/)
    .map((w) => {
      const [word, num] = w.split(/-(?=\d)/);
      // Latin letters as Devanagari spells them: "आरएस पुरा" is RS Pura, "वीआईपी रोड" VIP Road
      const en = PLACE_WORDS[word!] ?? fusedInitials(word!) ?? transliterate(word!);
      return num ? `${en} ${num}` : en;
    })
    .join(" ");
}

function hindiNameBefore(ctx: Context, cueStart: number): { start: number; end: number } | null {
  const before = ctx.text.slice(Math.max(0, cueStart - 30), cueStart);
  const m = WORD_BEFORE.exec(before);
  if (!m) return null;
  let words = m[1]!.split(/\s+/);
  while (words.length && HI_STOP.has(words[0]!)) words = words.slice(1);
  if (!words.length || words.some((w) => HI_STOP.has(w))) {
    words = words.slice(words.findLastIndex((w) => HI_STOP.has(w)) + 1);
    if (!words.length) return null;
  }
  const text = words.join(" ");
  const end = cueStart - (before.length - before.trimEnd().length);
  return { start: end - text.length, end };
}

export function policeStation(
  ctx: Context,
  sentences: readonly Sentence[],
  places: DocPlaces,
): { value: string; evidence: Evidence[] } | null {
  for (const s of sentences) {
    const t = ctx.text.slice(s.start, s.end);
    // English: "Argora Police station", "S R Nagar police station", "Goregaon PS"
    const en = /\b((?:[A-Z][\w.]*\s+){1,3})(?:police station|Police Station|Police station|PS\b|thana\b)/.exec(t);
    if (en) {
      const name = en[1]!.trim();
      if (!/^(The|A|Local|Nearest|City|Women|Cyber)$/i.test(name))
        return {
          value: name,
          evidence: [ctx.doc.evidence(s.start + en.index, s.start + en.index + en[0].length, "police_station.en")],
        };
    }
    for (const c of within(ctx.cues.policeStationAfter, s.start, s.end)) {
      const w = hindiNameBefore(ctx, c.start);
      if (!w) continue;
      const gloss =
        GLOSS_AFTER.exec(ctx.text.slice(w.end, w.end + 50)) ?? GLOSS_AFTER.exec(ctx.text.slice(c.end, c.end + 50));
      const name = gloss
        ? gloss[1]!.replace(/\s*(police station|police|thana|area|ps)\s*$/i, "").trim()
        : englishOf(ctx, w.start, w.end);
      if (!name) continue;
      // "रांची पुलिस" is a city's police, not a station
      const isBigPlace = placesIn(places, w.start - PLACE_REACH, w.end).some(
        (i) =>
          places.matches[i]!.start <= w.start &&
          w.end <= places.matches[i]!.end &&
          places.resolved[i]?.kind !== "locality" &&
          places.resolved[i]?.kind !== "city",
      );
      if (isBigPlace && /पुलिस/.test(c.term)) continue;
      return { value: name, evidence: [ctx.doc.evidence(w.start, c.end, "police_station.hi")] };
    }
    for (const c of within(ctx.cues.policeStationBefore, s.start, s.end)) {
      const m = /^\s*([\u0900-\u097F]+)/.exec(ctx.text.slice(c.end, c.end + 30));
      if (!m || HI_STOP.has(m[1]!) || /^(क्षेत्र|पुलिस|प्रभारी|इलाके|में|पर)$/.test(m[1]!)) continue;
      const start = c.end + m[0].length - m[1]!.length;
      const name = englishOf(ctx, start, start + m[1]!.length);
      if (name)
        return { value: name, evidence: [ctx.doc.evidence(c.start, start + m[1]!.length, "police_station.hi_before")] };
    }
  }
  return areaPolice(ctx, sentences);
}

/**
 * English "<Name> police" where the name is below a district ("the Goregaon police raided", "Feroke police", "S R
 * Nagar police"): the police station of that area. A district's, state's or city's police is a force, not a station.
 */
const EN_AREA_POLICE =
  /\b((?:[A-Z][\w.]*\s+){1,3})police\b(?!\s+(?:station|commissioner|commissionerate|chief|headquarters))/g;
const EN_AREA_STOP =
  /^(?:The|A|An|Local|State|City|Railway|Rural|District|Indian|Women|Cyber|Crime|Special|Senior|Additional|Deputy|When|After|But|And|Our|Their)$/;

function areaPolice(ctx: Context, sentences: readonly Sentence[]): { value: string; evidence: Evidence[] } | null {
  for (const s of sentences) {
    const t = ctx.text.slice(s.start, s.end);
    for (const m of t.matchAll(EN_AREA_POLICE)) {
      const words = m[1]!.trim().split(/\s+/);
      while (words.length && EN_AREA_STOP.test(words[0]!)) words.shift();
      if (!words.length || words.some((w) => EN_AREA_STOP.test(w))) continue;
      const name = words.join(" ");
      const known = lookupPlace(name);
      if (
        known.some((p) => p.kind === "state" || p.kind === "district" || p.kind === "country" || p.name === p.district)
      )
        continue;
      const start = s.start + m.index + m[0].indexOf(name);
      return {
        value: name,
        evidence: [ctx.doc.evidence(start, s.start + m.index + m[0].length, "police_station.en_area_police")],
      };
    }
  }
  return null;
}

/**
 * The area within the city: in order of trust,
 *  1. a neighbourhood the gazetteer knows, mentioned as the incident's place ("Goregaon", "Kamathipura");
 *  2. a name before an area word ("नौबस्ता इलाके (Naubasta Area)" — the article's gloss wins — "the Vesu area");
 *  3. English "in / at / near <Name>" in a raid or rescue sentence, when the name is no district, state, person or unit.
 */
export function locality(
  ctx: Context,
  sentences: readonly Sentence[],
  places: DocPlaces,
  loc: LocationValue | null,
): { value: string; evidence: Evidence[] } | null {
  const inGroup = new Set(sentences.map((s) => s.index));
  for (const [i, m] of places.matches.entries()) {
    const p = places.resolved[i];
    if (p?.kind !== "locality" || places.roles[i] !== "location") continue;
    const s = sentenceAt(ctx, m.start);
    if (!s || !inGroup.has(s.index) || (loc?.district && p.district !== loc.district)) continue;
    // the article's side of town: "Goregaon (W)" → "Goregaon (West)"
    const side = /^\s*\((W|E|N|S|West|East|North|South)\)/.exec(ctx.text.slice(m.end, m.end + 10));
    const sides: Record<string, string> = { W: "West", E: "East", N: "North", S: "South" };
    const value = side ? `${p.name} (${sides[side[1]!] ?? side[1]})` : p.name;
    return {
      value,
      evidence: [ctx.doc.evidence(m.start, side ? m.end + side[0].length : m.end, "locality.gazetteer")],
    };
  }
  for (const s of sentences) {
    for (const c of within(ctx.cues.localityAfter, s.start, s.end)) {
      if (/^[a-z]/i.test(c.term)) {
        // English: "in the Vesu area", "Jalalpura Panwara area"
        const m = /((?:[A-Z][\w.]*\s+){1,3})$/.exec(ctx.text.slice(Math.max(0, c.start - 40), c.start));
        if (!m || !/^(area|locality|colony|ilake|ilaka|kshetra|mohalla|mohalle|red light area)$/i.test(c.term))
          continue;
        const name = m[1]!.trim();
        if (isKnownBigPlace(places, name) || /^(The|This|That|Police)$/.test(name)) continue;
        return { value: name, evidence: [ctx.doc.evidence(c.start - m[0].length, c.end, "locality.en_area")] };
      }
      if (!/^(इलाके|इलाका|क्षेत्र|मोहल्ले|मोहल्ला|कॉलोनी|स्थित)$/.test(c.term)) continue;
      // "थाना क्षेत्र" is a police station's area, handled there
      if (/थाना\s*$|थाने\s*$/.test(ctx.text.slice(Math.max(0, c.start - 8), c.start))) continue;
      const w = hindiNameBefore(ctx, c.start);
      if (!w) continue;
      const inPlace =
        placesIn(places, w.start - PLACE_REACH, w.end).find(
          (i) => places.matches[i]!.start <= w.start && w.end <= places.matches[i]!.end,
        ) ?? -1;
      if (inPlace >= 0 && places.resolved[inPlace]?.kind !== "locality") continue;
      const gloss =
        GLOSS_AFTER.exec(ctx.text.slice(c.end, c.end + 50)) ?? GLOSS_AFTER.exec(ctx.text.slice(w.end, w.end + 50));
      const name = gloss
        ? gloss[1]!.replace(/\s*(area|locality|ilaka)\s*$/i, "").trim()
        : englishOf(ctx, w.start, w.end);
      if (!name || (loc && (name === loc.city || name === loc.district))) continue;
      // "कागजी मोहल्ले" is "Kagzi Mohalla": the area word is part of the name for a mohalla or a colony
      const areaWord = !gloss && /^(मोहल्ले|मोहल्ला|कॉलोनी)$/.test(c.term) ? ` ${PLACE_WORDS[c.term] ?? ""}` : "";
      return { value: `${name}${areaWord}`.trim(), evidence: [ctx.doc.evidence(w.start, c.end, "locality.hi_area")] };
    }
  }
  return enLocative(ctx, sentences, loc);
}

const EN_IN_NAME =
  /\b(?:in|at|near)\s+(?:the\s+|a\s+|an\s+)?((?:[A-Z][\w'-]*)(?:\s+(?:[A-Z][\w'-]*|\d+[A-Z]?|\([EWNS]\)|\((?:East|West|North|South)\)))*)/g;
const NOT_LOCALITY =
  /^(?:The|A|An|India|Police|Hotel|Lodge|Spa|Court|Station|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const RAID_OR_RESCUE = new Set(["raid", "rescue", "interception"]);

function enLocative(
  ctx: Context,
  sentences: readonly Sentence[],
  loc: LocationValue | null,
): { value: string; evidence: Evidence[] } | null {
  if (!loc?.district) return null;
  for (const s of sentences) {
    if (s.verbFinal || s.block === "headline") continue;
    if (!within(ctx.cues.actions, s.start, s.end).some((a) => RAID_OR_RESCUE.has(a.value))) continue;
    const t = ctx.text.slice(s.start, s.end);
    for (const m of t.matchAll(EN_IN_NAME)) {
      const name = m[1]!.trim();
      const first = name.split(/\s+/)[0]!;
      if (NOT_LOCALITY.test(first) || /'s\b/.test(name) || /\b(?:India|Nepal|Bangladesh|Industrial|Area)\b/.test(name))
        continue;
      const start = s.start + m.index + m[0].indexOf(name);
      const end = start + name.length;
      // a known district/state/city, a person or a unit is not a neighbourhood
      const known = lookupPlace(name.replace(/\s*\(.*\)$/, ""));
      if (known.some((p) => p.kind !== "locality")) continue;
      if (within(ctx.cues.agencies, start, end).length || within(ctx.cues.venues, start, end).length) continue;
      if (/^\s+(?:police|district|state)\b/i.test(ctx.text.slice(end, end + 12))) continue;
      return {
        value: name.replace(/\(W\)/, "(West)").replace(/\(E\)/, "(East)"),
        evidence: [ctx.doc.evidence(start, end, "locality.en_locative")],
      };
    }
  }
  return null;
}

function isKnownBigPlace(places: DocPlaces, name: string): boolean {
  return places.resolved.some((p) => p && p.kind !== "locality" && p.name.toLowerCase() === name.toLowerCase());
}

/**
 * The finest place of the incident: the locality, else the police station, when a post-office place of that name
 * lies in the incident's district (a police station takes its locality's position: stations are named after the
 * area they police); null when neither is known there, and the resolved location stands.
 */
export function pinpoint(
  loc: LocationValue,
  locality: { value: string; evidence: Evidence[] } | null,
  station: { value: string; evidence: Evidence[] } | null,
): { place: GeoPlace; evidence: Evidence[] } | null {
  if (!loc.resolved) return null;
  const districts = searchDistricts(loc.resolved);
  if (districts.length === 0) return null;
  if (locality) {
    const hit = findLocality(locality.value, districts)[0];
    if (hit)
      return { place: geoPlace(hit, locality.evidence[0]?.quote ?? locality.value), evidence: locality.evidence };
  }
  if (station) {
    const hit = findLocality(station.value, districts)[0];
    if (hit) {
      const place: GeoPlace = {
        ...geoPlace(hit, station.evidence[0]?.quote ?? station.value, "police_station"),
        id: hit.id.replace(/^locality:/, "police-station:"),
        name: station.value,
      };
      return { place, evidence: station.evidence };
    }
  }
  return null;
}
