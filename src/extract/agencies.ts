// Agencies that acted: named units and organisations from the lexicon (AHTU, RPF, Childline, DCW ...), and police
// forces named after a place ("रांची पुलिस" → Ranchi Police, "Goregaon police", "उत्तर प्रदेश पुलिस (Uttar Pradesh
// Police)": the article's own English gloss wins).
import type { Evidence } from "../core/types.js";
import { lookupPlace } from "../geo/index.js";
import type { Context, Sentence } from "./context.js";
import { within } from "./cues.js";
import { type DocPlaces, placesIn } from "./location.js";

export interface AgencyValue {
  value: string;
  evidence: Evidence[];
}

/** English police names: "<Capitalised words> Police" ("Goa Police Crime Branch", "S R Nagar police"). */
const EN_POLICE = /\b((?:[A-Z][\w.'-]*\s+){1,3})(?:City\s+|Rural\s+|District\s+)?[Pp]olice\b/g;
const EN_POLICE_STOP =
  /^(?:The|A|An|Local|State|City|Railway|Senior|Additional|Deputy|Assistant|Superintendent|Director|Inspector|Commissioner|Sub|When|After|Then|But|And|Indian|Our|Their|His|Her|Said|Women)$/;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|At|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** NGOs and bodies named in English: "Prayas Jan Sahyog Samiti", "Sahyog Trust", "Bandhua Mukti Morcha". */
const EN_ORG =
  /\b((?:[A-Z][\w'-]*\s+){1,4})(Trust|Samiti|Sansthan|Foundation|Morcha|Vahini|Society|Sangathan|Andolan|Mission|Zindagi)\b/g;
const GLOSS_POLICE = /\(([A-Z][A-Za-z ]{1,40}Police)\)/g;

export function agencies(ctx: Context, sentences: readonly Sentence[], places: DocPlaces): AgencyValue[] {
  const out = new Map<string, AgencyValue>();
  const add = (name: string, start: number, end: number, rule: string) => {
    const key = name.toLowerCase();
    if (!out.has(key)) out.set(key, { value: name, evidence: [ctx.doc.evidence(start, end, rule)] });
  };
  for (const s of sentences) {
    for (const c of within(ctx.cues.agencies, s.start, s.end)) add(c.value, c.start, c.end, "agency.lexicon");
    const t = ctx.text.slice(s.start, s.end);
    for (const m of t.matchAll(EN_ORG)) {
      const words = m[1]!.trim().split(/\s+/);
      while (words.length && /^(?:The|A|An|NGO|By|With|And|Of)$/.test(words[0]!)) words.shift();
      if (words.length)
        add(`${words.join(" ")} ${m[2]}`, s.start + m.index, s.start + m.index + m[0].length, "agency.en_org");
    }
    for (const m of t.matchAll(GLOSS_POLICE))
      add(m[1]!, s.start + m.index, s.start + m.index + m[0].length, "agency.gloss");
    for (const m of t.matchAll(EN_POLICE)) {
      const words = m[1]!.trim().replace(/'s$/, "").split(/\s+/);
      while (words.length && EN_POLICE_STOP.test(words[0]!)) words.shift();
      if (!words.length || words.some((w) => EN_POLICE_STOP.test(w) || CALENDAR.test(w) || /'s$/.test(w))) continue;
      const name = words.join(" ");
      // a unit that is itself police ("GRP police") is the unit; a place abbreviation becomes its name ("UP" → Uttar Pradesh)
      if (within(ctx.cues.agencies, s.start + m.index, s.start + m.index + m[0].length).length) continue;
      const place = lookupPlace(name)[0];
      const label = place && place.kind !== "locality" ? place.name : name;
      add(`${label} Police`, s.start + m.index, s.start + m.index + m[0].length, "agency.en_police");
    }
    // Hindi: a place mention right before "पुलिस"
    for (const p of within(ctx.cues.police, s.start, s.end)) {
      if (/^[a-z]/i.test(p.term)) continue;
      const i =
        placesIn(places, p.start - 60, p.start).find((k) => {
          const m = places.matches[k]!;
          return m.end <= p.start && p.start - m.end <= 3 && /^\s*$/.test(ctx.text.slice(m.end, p.start));
        }) ?? -1;
      const place = i >= 0 ? places.resolved[i] : undefined;
      if (place?.country !== "India") continue;
      add(`${place.name} Police`, places.matches[i]!.start, p.end, "agency.hi_police");
    }
  }
  return [...out.values()];
}

/**
 * Police named only as "पुलिस" / "police" are the police of the incident's place: "Varanasi Police" (implied). Added
 * only when no police force is named and the police acted in the incident.
 */
export function impliedPolice(
  ctx: Context,
  sentences: readonly Sentence[],
  named: readonly AgencyValue[],
  place: string | null,
): AgencyValue | null {
  if (!place || named.some((a) => /police/i.test(a.value))) return null;
  for (const s of sentences) {
    const police = within(ctx.cues.police, s.start, s.end)[0];
    if (!police) continue;
    if (!within(ctx.cues.actions, s.start, s.end).some((a) => ACTING.has(a.value))) continue;
    return {
      value: `${place} Police`,
      evidence: [{ ...ctx.doc.evidence(police.start, police.end, "agency.implied_police"), basis: "implied" }],
    };
  }
  return null;
}

const ACTING = new Set(["raid", "rescue", "arrest", "interception"]);
