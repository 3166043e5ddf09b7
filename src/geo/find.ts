// findPlaces: place mentions in normalised text, one pass over its tokens, leftmost-longest.
//
// At each token the matcher extends a folded key through the following tokens while the key is the prefix of some
// multi-token name (PREFIXES), and keeps the longest key that names a place. Then cheap guards:
// - case (Latin): names must be Capitalised, acronyms in capitals ("UP" but not "up"); lowercased text (some
//   archives) is therefore not matched;
// - person names: a word right after "उर्फ" / "alias" / "Mr" ("राजू उर्फ ईरान"), or right before a surname
//   ("भुवनेश्वर कुमार", "Maan Devi"), is a person; a village of the town source, or a weak name, right after a
//   Capitalised word is part of a longer name ("Sanjay Puri", "TP Nagar");
// - weak names (common words and person names: "बस्ती", "Sagar", "Anand") need a cue: a cue word after or before
//   ("बस्ती जिले", "district of Sagar", "Mandi police"), a place of the same state just before ("बिहार के गया",
//   "Jharkhand's Sahibganj", across one postposition), a dateline ("गया:"), an English gloss of the same place
//   ("गया (Gaya)"), or a confirmed mention of the same place elsewhere in the text when this one is used as a noun
//   (a postposition after it or a preposition before it). Strict names (the verb "गया") accept only district words.
// - weak demonyms ("Indian", "चीनी" = sugar) need a noun for people after them ("Indian women", "चीनी नागरिक").
//
// An English gloss in parentheses after a Hindi name ("कानपुर (Kanpur)") is a second mention of the same place:
// two matches, so each keeps its own evidence span; resolvePlaces resolves them together.
//
// A place qualified by the place it lies in narrows to its candidates inside it, and the qualifier to its candidates
// that contain them: "Aurangabad, Maharashtra", "प्रतापगढ़ (राजस्थान)", "Bilaspur in Himachal Pradesh", "Pratapgarh
// district of Rajasthan", "बिहार के औरंगाबाद", "Bareilly's Nawabganj", "सीकर जिले के फतेहपुर", "Nawabganj, Bareilly"
// (the district, not the city). Only containment narrows, so lists of siblings ("Hamirpur, Kangra and Mandi") and
// routes between unrelated places are left to the resolver's votes.
//
// Rule names say which path produced a match: "geo.hi.name", "geo.en.demonym", "geo.hi.name+cue",
// "+place" (a place just before or after), "+gloss", "+dateline", "+person", "+text" (confirmed elsewhere),
// "+side" (a locality with "(W)"), "+qualified" (narrowed by a place it lies in, or as that place).

import { normalize } from "../text/normalize.js";
import { cityOfLocality, type Entry, entriesOf, hasName, LOCALES, MAX_TOKENS, PREFIXES, WEAK } from "./gazetteer.js";
import { CASE_CAP, caseOk, DEVA, joinable, LATIN, type Token, tokenize } from "./tokens.js";
import type { Place, PlaceMatch } from "./types.js";

const phraseKeys = (s: string) => tokenize(normalize(s).text).map((t) => t.key);
const keySet = (list: (l: (typeof LOCALES)[number]) => string[]) =>
  new Set(LOCALES.flatMap(list).flatMap((s) => phraseKeys(s).join(" ") || []));

const CUES_AFTER = LOCALES.flatMap((l) => l.cuesAfter)
  .map(phraseKeys)
  .filter((p) => p.length > 0);
const STRONG_CUES_AFTER = LOCALES.flatMap((l) => l.strongCuesAfter)
  .map(phraseKeys)
  .filter((p) => p.length > 0);
const STRICT = new Set(LOCALES.flatMap((l) => l.strict).map((s) => phraseKeys(s).join("")));
const BLOCK_AFTER = keySet((l) => l.blockAfter);
const CUES_BEFORE = LOCALES.flatMap((l) => l.cuesBefore)
  .map(phraseKeys)
  .filter((p) => p.length > 0);
const BLOCK_BEFORE = keySet((l) => l.blockBefore);
const CONNECTORS = keySet((l) => l.connectors);
/** words joining the items of a list of places ("और", "and") */
const LIST_JOINERS = keySet((l) => l.listJoiners);
const PERSON_NOUNS = keySet((l) => l.personNouns);
const PREPOSITIONS = keySet((l) => l.prepositions);
// Words that link a place to the place it lies in (locale data: PlaceLocale.qualifiersBefore / qualifiersAfter).
const QUALIFY_BEFORE = keySet((l) => l.qualifiersBefore);
const DISTRICT_WORDS = keySet((l) => l.districtWords);
const QUALIFY_AFTER = keySet((l) => l.qualifiersAfter);

interface Candidate {
  /** index of the last token */
  end: number;
  key: string;
  entries: Entry[];
}

/** All names starting at token i, longest first. */
function candidatesAt(text: string, toks: Token[], i: number): Candidate[] {
  const out: Candidate[] = [];
  let j = i;
  let key = toks[i]!.key;
  for (;;) {
    const entries = entriesOf(key);
    if (entries) out.push({ end: j, key, entries });
    if (j - i + 1 >= MAX_TOKENS || j + 1 >= toks.length || !PREFIXES.has(key)) break;
    if (!joinable(text, toks[j]!, toks[j + 1]!)) break;
    j++;
    key += toks[j]!.key;
  }
  return out.reverse();
}

const tokText = (text: string, t: Token) => text.slice(t.start, t.end);

/** Keep the entries whose Latin case pattern the text satisfies. */
function caseFilter(text: string, toks: Token[], i: number, c: Candidate): Entry[] {
  if (toks[i]!.cls !== LATIN) return c.entries;
  const n = c.end - i + 1;
  return c.entries.filter((e) =>
    e.cases.some((pat) => {
      if (pat.length === n) {
        for (let k = 0; k < n; k++) if (!caseOk(tokText(text, toks[i + k]!), pat[k]!)) return false;
        return true;
      }
      // the name and the text cut the words differently ("Biharsharif" / "Bihar Sharif")
      if (!caseOk(tokText(text, toks[i]!), pat[0]!)) return false;
      for (let k = 1; k < n; k++) if (!caseOk(tokText(text, toks[i + k]!), CASE_CAP)) return false;
      return true;
    }),
  );
}

/** No line break or sentence end between two positions. */
function sameClause(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 0x0964 || c === 0x7c || c === 0x3f || c === 0x21) return false; // \n । | ? !
    if (c === 0x2e && (to - from > 2 || k + 1 >= to || text.charCodeAt(k + 1) === 0x20)) return false; // ". "
  }
  return true;
}

function phraseAt(toks: Token[], k: number, phrase: string[]): boolean {
  if (k < 0 || k + phrase.length > toks.length) return false;
  for (let x = 0; x < phrase.length; x++) if (toks[k + x]!.key !== phrase[x]) return false;
  return true;
}

const statesOf = (entries: readonly Entry[]) => new Set(entries.map((e) => e.place.state).filter((s) => s !== null));

interface Accepted {
  /** token span */
  first: number;
  last: number;
  start: number;
  end: number;
  key: string;
  entries: Entry[];
  rule: string;
  pending: boolean;
}

function cueAfter(text: string, toks: Token[], c: Candidate, entries: Entry[], strict: boolean): string | null {
  let k = c.end + 1;
  if (k >= toks.length) return null;
  const last = toks[c.end]!;
  // "गया (Gaya)": an English gloss of the same place
  const gap = text.slice(last.end, toks[k]!.start);
  if (/^ ?\( ?$/.test(gap)) {
    const own = new Set(entries.map((e) => e.place));
    for (const g of candidatesAt(text, toks, k)) {
      if (caseFilter(text, toks, k, g).some((e) => own.has(e.place))) return "gloss";
    }
  }
  if (!sameClause(text, last.end, toks[k]!.start)) return null;
  if (CONNECTORS.has(toks[k]!.key) && k + 1 < toks.length && sameClause(text, toks[k]!.end, toks[k + 1]!.start)) k++;
  for (const p of strict ? STRONG_CUES_AFTER : CUES_AFTER) if (phraseAt(toks, k, p)) return "cue";
  // "Sagar, Madhya Pradesh", "सागर (मध्य प्रदेश)"; and a list of districts of one state: "खूंटी और गुमला जिले",
  // "Khunti and Gumla districts" (the weak first name takes its confirmation from its neighbour in the list)
  const own = statesOf(entries);
  const listed = LIST_JOINERS.has(toks[k]!.key) && k + 1 < toks.length;
  for (const g of candidatesAt(text, toks, listed ? k + 1 : k)) {
    if (WEAK.has(g.key)) continue;
    const kinds = listed ? ["district"] : ["state", "district"];
    if (g.entries.some((e) => kinds.includes(e.place.kind) && own.has(e.place.state!)))
      return listed ? "list" : "place";
  }
  return null;
}

function cueBefore(
  text: string,
  toks: Token[],
  i: number,
  entries: Entry[],
  prev: Accepted | undefined,
): string | null {
  for (const p of CUES_BEFORE) {
    const k = i - p.length;
    if (k >= 0 && phraseAt(toks, k, p) && sameClause(text, toks[k]!.end, toks[i]!.start)) return "cue";
  }
  // "बिहार के गया", "Jharkhand's Sahibganj": a place of the same state just before, across one connector
  if (prev && !prev.pending && sameClause(text, prev.end, toks[i]!.start)) {
    const between = i - prev.last - 1;
    if (between === 0 || (between === 1 && CONNECTORS.has(toks[i - 1]!.key))) {
      const own = statesOf(entries);
      if (prev.entries.some((e) => e.place.state !== null && own.has(e.place.state))) return "place";
    }
  }
  return null;
}

/** A dateline: the name opens a line and a colon, comma or dash follows ("गया:", "Gaya, Jan 3 -"). */
function isDateline(text: string, start: number, end: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c !== 0x20) return false;
  }
  return /^ ?[:,\-(]/.test(text.slice(end, end + 3));
}

function personNounAfter(text: string, toks: Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && k < toks.length; k++) {
    if (!sameClause(text, toks[k - 1]!.end, toks[k]!.start)) return false;
    if (PERSON_NOUNS.has(toks[k]!.key)) return true;
  }
  return false;
}

/** A Capitalised word (or initials) right before a village or weak name makes it part of a person's or a
 *  locality's name ("Sanjay Puri", "Rekha Saha", "TP Nagar"). */
function afterCapitalisedWord(text: string, toks: Token[], i: number, prev: Accepted | undefined): boolean {
  if (i === 0) return false;
  const p = toks[i - 1]!;
  if (p.cls !== LATIN || toks[i]!.start - p.end !== 1 || text.charCodeAt(p.end) !== 0x20) return false;
  if (prev && prev.last === i - 1) return false;
  const w = tokText(text, p);
  const first = w.charCodeAt(0);
  if (!(first >= 65 && first <= 90)) return false;
  return !PREPOSITIONS.has(p.key) && !CONNECTORS.has(p.key);
}

/** "भुवनेश्वर कुमार", "Maan Devi": a surname right after makes the name a person's. */
function personAfter(text: string, toks: Token[], last: number): boolean {
  const n = toks[last + 1];
  return !!n && n.start - toks[last]!.end === 1 && text.charCodeAt(n.start - 1) === 0x20 && BLOCK_AFTER.has(n.key);
}

function blocked(text: string, toks: Token[], i: number): boolean {
  if (i === 0) return false;
  const p = toks[i - 1]!;
  const gap = text.slice(p.end, toks[i]!.start);
  return BLOCK_BEFORE.has(p.key) && /^(?:\.? ?|\s)$/.test(gap);
}

function usedAsNoun(text: string, toks: Token[], a: Accepted): boolean {
  const next = toks[a.last + 1];
  if (next && CONNECTORS.has(next.key) && sameClause(text, a.end, next.start)) return true;
  const prev = toks[a.first - 1];
  return !!prev && (PREPOSITIONS.has(prev.key) || CONNECTORS.has(prev.key)) && sameClause(text, prev.end, a.start);
}

/** Place mentions in normalised text, in text order, non-overlapping, leftmost-longest. */
export function findPlaces(text: string): PlaceMatch[] {
  const toks = tokenize(text);
  const acc: Accepted[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.cls !== LATIN && t.cls !== DEVA) {
      i++;
      continue;
    }
    const cands = hasName(t.key) || PREFIXES.has(t.key) ? candidatesAt(text, toks, i) : [];
    let taken: Accepted | null = null;
    const prev = acc[acc.length - 1];
    for (const c of cands) {
      const entries = caseFilter(text, toks, i, c);
      if (entries.length === 0) continue;
      if (blocked(text, toks, i) || personAfter(text, toks, c.end)) break;
      const weak = WEAK.has(c.key);
      // "Sanjay Puri", "TP Nagar", "Rekha Saha": after a Capitalised word a village or a weak name is part of a name
      if (t.cls === LATIN && (weak || entries.every((e) => e.minor)) && afterCapitalisedWord(text, toks, i, prev))
        continue;
      const start = t.start;
      let end = toks[c.end]!.end;
      const demonym = entries.every((e) => e.demonym);
      // "Goregaon (W)", "अंधेरी (पूर्व)": the side of a locality belongs to its name, and confirms it
      let side = false;
      if (entries[0]!.place.kind === "locality") {
        const m = /^ ?\((?:W|E|N|S|West|East|North|South|पश्चिम|पूर्व|उत्तर|दक्षिण)\)/.exec(text.slice(end, end + 12));
        if (m) {
          end += m[0].length;
          side = true;
        }
      }
      let cue: string | null = null;
      let pending = false;
      if (weak && !side) {
        if (demonym) {
          cue = personNounAfter(text, toks, c.end) ? "person" : null;
          if (!cue) continue;
        } else {
          cue =
            cueAfter(text, toks, c, entries, STRICT.has(c.key)) ??
            cueBefore(text, toks, i, entries, prev) ??
            (isDateline(text, start, end) ? "dateline" : null);
          if (!cue) pending = true;
        }
      }
      const script = t.cls === DEVA ? "hi" : "en";
      const rule = `geo.${script}.${demonym ? "demonym" : "name"}${cue ? `+${cue}` : ""}${side ? "+side" : ""}`;
      // "Pondicherry district", "लक्षद्वीप जिले": a word for a district after a name says which of its places is meant
      const districts = entries.filter((e) => e.place.kind === "district");
      const named =
        districts.length && districts.length < entries.length && DISTRICT_WORDS.has(toks[c.end + 1]?.key ?? "")
          ? districts
          : entries;
      taken = { first: i, last: c.end, start, end, key: c.key, entries: named, rule, pending };
      break;
    }
    if (taken) {
      acc.push(taken);
      i = taken.last + 1;
      while (i < toks.length && toks[i]!.start < taken.end) i++; // past a locality's "(W)"
    } else i++;
  }

  // A weak name without a cue stands when the same place is confirmed elsewhere in the text and the word is used
  // as a noun here: a postposition follows or a preposition precedes ("सागर के", "in Sagar"). The verb "गया" in a
  // report about Gaya stays a verb ("रोका गया").
  const confirmed = new Set<Place>();
  for (const a of acc) if (!a.pending) for (const e of a.entries) confirmed.add(e.place);
  const out: PlaceMatch[] = [];
  const kept: Accepted[] = [];
  for (const a of acc) {
    let rule = a.rule;
    if (a.pending) {
      if (!a.entries.some((e) => confirmed.has(e.place)) || !usedAsNoun(text, toks, a)) continue;
      rule += "+text";
    }
    kept.push(a);
    out.push({
      start: a.start,
      end: a.end,
      surface: text.slice(a.start, a.end),
      places: a.entries.map((e) => e.place),
      rule,
      demonym: a.entries.every((e) => e.demonym),
    });
  }
  qualify(text, toks, kept, out);
  return out;
}

// ---------------------------------------------------------------- qualifiers

/** The place `outer` contains `p`: a state its districts and towns, a district its towns, a city its localities. */
function contains(outer: Place, p: Place): boolean {
  if (outer === p || p.state !== outer.state || p.state === null) return false;
  switch (outer.kind) {
    case "state":
      return p.kind !== "state";
    case "district":
      return (p.kind === "city" || p.kind === "locality") && p.district === outer.name;
    case "city":
      return p.kind === "locality" && cityOfLocality(p) === outer.name;
    default:
      return false;
  }
}

/** Skip the district/city words after token k ("district", "जिले"); the index of the first token after them. */
function skipCues(toks: Token[], k: number, limit: number): number {
  for (let n = 0; n < 2 && k < limit; n++) {
    const p = STRONG_CUES_AFTER.find((c) => phraseAt(toks, k, c) && k + c.length <= limit);
    if (!p) break;
    k += p.length;
  }
  return k;
}

/** Spaces only (an apostrophe before "s" for "Bihar's"). */
const SPACES = /^[ ']*$/;

/** Which of two adjacent matches qualifies the other: "after" (b contains a), "before" (a contains b), or null. */
function link(text: string, toks: Token[], a: Accepted, b: Accepted): "after" | "before" | null {
  if (!sameClause(text, a.end, b.start)) return null;
  // after a: cue words, then ", " / " (" / ") , " or "in" / "of"
  const k = skipCues(toks, a.last + 1, b.first);
  const from = k > a.last + 1 ? toks[k - 1]!.end : a.end;
  if (k === b.first && /^ ?\)? ?[,(] ?$/.test(text.slice(from, b.start))) return "after";
  if (k + 1 === b.first && QUALIFY_AFTER.has(toks[k]!.key) && SPACES.test(text.slice(from, toks[k]!.start)))
    return SPACES.test(text.slice(toks[k]!.end, b.start)) ? "after" : null;
  // before b: cue words, then a genitive / locative postposition ("बिहार के", "रामपुर जिले के", "Bihar's")
  if (k + 1 === b.first && QUALIFY_BEFORE.has(toks[k]!.key) && SPACES.test(text.slice(from, toks[k]!.start)))
    return SPACES.test(text.slice(toks[k]!.end, b.start)) ? "before" : null;
  return null;
}

/** Narrow `inner` to the candidates inside `outer`, and `outer` to its candidates that contain them (in their order:
 *  "दिल्ली के रोहिणी" keeps the union territory first, "कोलकाता के सोनागाछी" the district). */
function narrow(inner: PlaceMatch, outer: PlaceMatch): void {
  if (inner.places.some((p) => outer.places.includes(p))) return; // a gloss or a repeated name, not a qualifier
  const ins = inner.places.filter((p) => outer.places.some((q) => contains(q, p)));
  if (!ins.length) return;
  const outs = outer.places.filter((q) => ins.some((p) => contains(q, p)));
  for (const [m, places] of [
    [inner, ins],
    [outer, outs],
  ] as const) {
    if (places.length === m.places.length) continue;
    m.places = places;
    m.rule += "+qualified";
  }
}

function qualify(text: string, toks: Token[], kept: Accepted[], out: PlaceMatch[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.demonym || b.demonym) continue;
    const l = link(text, toks, kept[i]!, kept[i + 1]!);
    if (l === "after") narrow(a, b);
    else if (l === "before") narrow(b, a);
  }
  // "हमीरपुर (Hamirpur), हिमाचल प्रदेश": a gloss and its name are one place, narrowed together
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!/^ ?\( ?$/.test(text.slice(a.end, b.start))) continue;
    const both = a.places.filter((p) => b.places.includes(p));
    if (!both.length) continue;
    for (const m of [a, b]) {
      if (both.length === m.places.length) continue;
      m.places = both;
      m.rule += "+qualified";
    }
  }
}
