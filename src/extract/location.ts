// Where the incident happened, and where the victims came from.
//
// Every place mention of the incident's sentences is a candidate. Mentions in an origin context ("असम की लड़कियां",
// "girls from Assam", "Nepali girls") are victim origins, never the location; mentions that are an accused person's
// home ("नौबस्ता निवासी आशीष") are neither. The location is the candidate with the most support: a locative
// postposition after it ("कानपुर में", "in Goregaon"), presence in the headline or first body sentence, a police unit
// named after it ("रांची पुलिस"), repetition. The dateline says where the reporter filed from — weak support only:
// a Lucknow dateline over a Kanpur raid is common.

import type { Origin, PlaceRef } from "../core/record.js";
import type { Evidence } from "../core/types.js";
import { findPlaces, lookupPlace, type Place, type PlaceMatch, resolvePlaces } from "../geo/index.js";
import { fusedInitials, transliterate } from "../people/index.js";
import { type Context, type Sentence, sentenceAt } from "./context.js";
import { within } from "./cues.js";

export interface DocPlaces {
  matches: PlaceMatch[];
  resolved: Place[];
  /** what each mention is: the incident's place, a victim origin, an accused's home, or other */
  roles: PlaceRole[];
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

function propagateListRoles(ctx: Context, matches: readonly PlaceMatch[], roles: PlaceRole[]): void {
  for (let pass = 0; pass < 2; pass++)
    for (let i = 0; i + 1 < matches.length; i++) {
      // counts inside the list do not break it: "छह बिहार के कटिहार और तीन पूर्णिया"
      let gap = ctx.text.slice(matches[i]!.end, matches[i + 1]!.start);
      for (const n of within(ctx.numbers, matches[i]!.end, matches[i + 1]!.start))
        gap = gap.replace(ctx.text.slice(n.start, n.end), "");
      if (!LIST_GAP.test(gap) || gap.length > 50) continue;
      const [a, b] = [roles[i]!, roles[i + 1]!];
      if (a === "origin" && b === "location") roles[i + 1] = "origin";
      else if (b === "origin" && a === "location") roles[i] = "origin";
    }
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
  const roles = matches.map(
    (m): PlaceRole =>
      PART_OF_NAME.test(ctx.text.slice(m.end, m.end + 12)) || insideLongerName(ctx, m) ? "other" : placeRole(ctx, m),
  );
  propagateListRoles(ctx, matches, roles);
  return { matches, resolved, roles };
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
/** "X निवासी <name>", "X के रहने वाले <name>": an accused's home, not a location. */
// "X जिले के": an administrative word may stand between the place and its postposition
const ADMIN_WORD = "(?:जिले|जिला|शहर|गांव|कस्बे|प्रखंड|ब्लॉक)\\s+";
const RESIDENT_AFTER = new RegExp(
  `^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:${ADMIN_WORD})?(?:निवासी|के रहने वाले|की रहने वाली|का रहने वाला|niwasi)`,
);
// "असम और दिल्ली की बताई जा रही है", "बिहार के सिवान और गोपालगंज जिलों की हैं", "दिल्ली से लाया गया", "झालावाड़ से लाकर",
// "बलांगीर जिले के 24 मजदूर", romanized "Gaya aur Nawada zilon ke 27 bachche"
const ORIGIN_AFTER_HI = new RegExp(
  "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:(?:,|और|व|तथा|aur)\\s*[^\\s,।]+\\s*)*(?:के अलावा\\s+\\S+\\s+)?" +
    "(?:(?:जिले|जिला|जिलों|शहर|गांव|कस्बे|zile|zilon|jile|shahar|gaon)\\s+)?(?:की|के|से|ki|ke|se)\\s+(?:(?:\\S+\\s+){0,2})?" +
    "(?:(?:लड़क|लडक|युवत|महिला|बच्च|नाबालिग|मजदूर|श्रमिक|किशोर|बालक|बालिका|पीडित|ladk|yuvat|mahil|bachch|bacch|naabalig|nabalig|mazdoor|majdoor|shramik)\\S*" +
    "|(?:रहने|निवासी|बताई|बताए|है|हैं|लाया|लाई|लाए|लाकर|बुलाया|बुलाई|बुलाकर|आई|आए|आया|rehne|rahne|niwasi|laya|layi|laaya|lakar|laakar|laake|laaye|laayi|bulaya|hai|hain)(?=[\\s,।.]|$))" +
    // elliptical lists of victims' homes: "15 गया जिले के और सात सीतामढ़ी के", "तीन कोलकाता की और एक उज्बेकिस्तान की"
    "|^\\s*(?:(?:जिले|जिला|जिलों)\\s+)?(?:की|के|ki|ke)\\s*(?:,|और|व|aur)\\s",
);
const ORIGIN_BEFORE_EN =
  /(?:\b(?:from|hailing from|hails? from|natives? of|residents? of|belonging to|belongs? to|brought from|trafficked from)\s+(?:the\s+)?(?:[\w#-]+\s+){0,3})$/i;
/** "rescued 14 children from Bihar": the people's home, even right after a rescue verb */
const VICTIMS_FROM =
  /\b(?:children|girls|women|minors|boys|labourers|workers|victims|youths)\s+from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "are from", "hail from", "belong to": a statement of where people come from, whatever verb came earlier */
const COPULA_FROM =
  /\b(?:are|is|were|was|all|both|hail|hails|come|comes|came|belong|belongs)\s+(?:\w+\s+)?(?:from|to)\s+(?:the\s+)?(?:[\w#-]+\s+){0,3}$/i;
/** "Chhattisgarh girls", "Nepali girls", "Dumka ki 16 adivasi ladkiyon" */
const VICTIM_NOUN_AFTER =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:ki\s+|की\s+|के\s+)?(?:\d+\s+|[\w\u0900-\u097F]+\s+){0,2}?(?:girls?|women|minors?|children|boys|nationals|victims|ladkiyon|ladkiyan|लड़कियों|लड़कियां|लडकियों|लडकियां|युवतियों|युवतियां|महिलाओं|बच्चों|नाबालिग)/i;

const VICTIM_SUBJECT = new Set(["female", "minor_female", "minor", "minor_male", "person"]);
/** A sentence that opens on the rescued ("इनमें छह बिहार के ...", "सभी ...", "These girls are from ..."). */
const VICTIM_PRONOUN_LEAD = /^\s*(?:इनमें|इनमे|इनमें से|ये सभी|सभी|वे सभी|They|These|All of them)(?=\s|$)/i;
/** "... के रहने वाले हैं" ends the sentence: a statement about the subject, not "निवासी <name>" */
const RESIDENT_PREDICATE =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:(?:जिले|जिला|शहर|गांव|कस्बे)\s+)?(?:के|की)\s+(?:रहने\s+वाले|रहने\s+वाली|निवासी)\s+(?:हैं|है|थे|थीं|थी)/;

export type PlaceRole = "location" | "origin" | "resident" | "destination" | "other";

/** Where victims were being taken: "पंजाब ले जाए जा रहे", "being taken to Chennai", "bound for Mumbai". */
const DESTINATION_AFTER_HI =
  /^\s*(?:\([^)]{1,40}\)\s*)?(?:के\s+\S+\s+)?(?:ले\s*जा|ले\s*जाय|ले\s*जाई|ले\s*जाए|भेज|भेजा|जा\s+रहे|जा\s+रही|le\s+ja|bhej)/;
const DESTINATION_BEFORE_EN =
  /\b(?:taken to|being taken to|trafficked to|bound for|headed for|on their way to|en route to|sent to|to be sold in|destined for|ferried to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

export function placeRole(ctx: Context, m: PlaceMatch): PlaceRole {
  const after = ctx.text.slice(m.end, m.end + 80);
  const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
  if (DESTINATION_AFTER_HI.test(after) || DESTINATION_BEFORE_EN.test(before)) return "destination";
  if (RESIDENT_AFTER.test(after)) {
    // "सभी बच्चे पश्चिम चम्पारण के रहने वाले हैं": the victims' home, when victims are the sentence's subject
    const s = sentenceAt(ctx, m.start);
    const lead = s ? ctx.text.slice(s.start, m.start) : "";
    const victimsLead =
      s &&
      (within(ctx.cues.personNouns, s.start, m.start).some((n) => VICTIM_SUBJECT.has(n.value)) ||
        VICTIM_PRONOUN_LEAD.test(lead));
    if (
      victimsLead &&
      RESIDENT_PREDICATE.test(after) &&
      !within(ctx.cues.personNouns, s!.start, m.start).some((n) => n.value === "accused") &&
      lead.length < 120
    )
      return "origin";
    return "resident";
  }
  if (m.demonym && VICTIM_NOUN_AFTER.test(after)) return "origin";
  if (ORIGIN_AFTER_HI.test(after)) return "origin";
  if (ORIGIN_BEFORE_EN.test(before)) {
    // "from" + a victim sentence; "rescued from Moreh" is a location, so a rescue verb right before rules it out
    if (
      COPULA_FROM.test(before) ||
      VICTIMS_FROM.test(before) ||
      !/(?:rescued|freed|recovered|raided|busted)\s+(?:\w+\s+){0,3}from\s+(?:the\s+)?(?:[\w#-]+\s+){0,3}$/i.test(before)
    )
      return "origin";
  }
  if (VICTIM_NOUN_AFTER.test(after) && !/^\s*(?:में|में)/.test(after)) return "origin";
  return "location";
}

export interface LocationValue {
  state: string | null;
  district: string | null;
  city: string | null;
  place: PlaceRef | null;
  evidence: Record<string, Evidence[]>;
}

function toRef(p: Place): PlaceRef {
  return { name: p.name, kind: p.kind, state: p.state, district: p.district, lat: p.lat, lon: p.lon };
}

export function location(ctx: Context, sentences: readonly Sentence[], places: DocPlaces): LocationValue | null {
  const inGroup = new Set(sentences.map((s) => s.index));
  const sentenceOf = (pos: number) => sentenceAt(ctx, pos);
  const firstBody = ctx.sentences.find((s) => s.block === "paragraph" && inGroup.has(s.index));
  const score = new Map<string, { place: Place; score: number; first: number; m: PlaceMatch }>();
  const body = sentences.filter((s) => s.block === "paragraph").slice(0, 2);
  const cityRef = body.some((s) => CITY_REF.test(ctx.text.slice(s.start, s.end)));
  places.matches.forEach((m, i) => {
    const p = places.resolved[i];
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
  const best =
    specific &&
    (!stateOnly || specific.score >= stateOnly.score - W_LOCATIVE || specific.place.state === stateOnly.place.name)
      ? specific
      : ranked[0]!;
  const p = best.place;
  const ev = ctx.doc.evidence(best.m.start, best.m.end, `location.${best.m.rule}`);
  const implied = { ...ev, basis: "implied" as const };
  const state = p.kind === "state" ? p.name : p.state;
  const district = p.kind === "district" ? p.name : p.kind === "city" || p.kind === "locality" ? p.district : null;
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
  return { state, district, city, place: toRef(p), evidence };
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
      if (role === "origin" || (m.demonym && role !== "resident")) {
        if (!foreign.has(p.name)) foreign.set(p.name, { name: p.name, evidence: [ev] });
        if (!out.has(p.name)) out.set(p.name, { place: p.name, kind: "country", count: null, evidence: [ev] });
      }
      return;
    }
    if (role !== "origin") return;
    if (
      location?.place &&
      (p.name === location.place.name ||
        (p.kind !== "state" && p.district === location.district && p.kind === location.place.kind))
    )
      if (!/की|ki|from/i.test(ctx.text.slice(m.end, m.end + 20))) return;
    if (p.kind === "country") return;
    // a neighbourhood is too fine for a victim origin: report its district ("Delhi" for the capital's districts),
    // and drop it when it lies in the incident's own district (a place in town, not where victims came from)
    let name = p.name;
    let kind: Origin["kind"] = p.kind === "locality" ? "city" : p.kind;
    if (p.kind === "locality") {
      if (location?.district && p.district === location.district) return;
      if (p.state === "Delhi") [name, kind] = ["Delhi", "state"];
      else if (p.district) [name, kind] = [p.district, "district"];
    }
    if (!out.has(name)) out.set(name, { place: name, kind, count: null, evidence: [ev] });
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
