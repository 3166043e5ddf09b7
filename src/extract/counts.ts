// Counts of people: how many were rescued, how many of them minors, how many arrested and in which roles.
//
// A "group" is a number followed by a person noun ("नौ लड़कियों", "eight women", "5 (paanch) dalal"), or a bare
// number right before a verb ("five held"). Each group attaches to one verb of the sentence: Hindi and romanized
// Hindi put the verb after its object ("नौ लड़कियों को बचाया"); English puts it before an active object ("rescued
// nine girls") and after a passive subject ("eight women were rescued", "3 held"). Groups under one verb that are
// coordinated ("10 बच्चों और चार युवतियों") add up; a group after "कुल" / "in all" is the total; a group joined by
// "समेत" / "including" is a subset (minors among the rescued), not an addition.
import type { PersonNoun } from "../locales/types.js";
import type { LexMatch } from "../text/lexicon.js";
import type { Context, Sentence } from "./context.js";
import { within } from "./cues.js";

export type VerbKind = "rescue" | "arrest" | "caught" | "escape";

export interface PersonGroup {
  start: number;
  end: number;
  value: number;
  noun: PersonNoun | null;
  /** preceded by a total cue ("कुल", "in all") */
  total: boolean;
  /** a subset of another group in the same phrase ("3 नाबालिगों समेत 7 लड़कियां": the 3) */
  subset: boolean;
  /** a minor noun or adjective in the group ("नाबालिग", "minor") */
  minor: boolean;
}

export interface CountFact {
  verb: VerbKind;
  verbStart: number;
  verbEnd: number;
  sentence: number;
  groups: PersonGroup[];
  /** named people listed with the counted groups as the verb's object ("संचालक X, मैनेजर Y और दो ग्राहकों को गिरफ्तार") */
  named?: number;
  /** the total of several statements of one sentence added up (see sumBySentence) */
  sum?: number;
}

/** How far (characters) a person noun may follow its number: leaves room for 1–3 adjectives ("16 adivasi"). */
const NOUN_WINDOW = 28;
/** How far a verb may follow a passive subject in English ("eight women were rescued"). */
const PASSIVE_WINDOW = 24;
const PASSIVE_AUX =
  /^(?:\s*,?\s*(?:were|was|are|is|have been|has been|had been|been|being|got|get|all|also|later|reportedly|allegedly|subsequently|then)\b)*\s*$/i;
// what may stand between a number and its noun: adjectives, never a clause boundary or another number
const BETWEEN_NUMBER_AND_NOUN = /^[^\d।.!?;:"]*$/;
const COUPLE = /\b(?:a|the)\s+couple\b(?!\s+of)|(?:^|\s)(?:दंपती|दंपति|दंपत्ति|dampati)(?=\s|$)/gi;
/** "arrested a 33-year-old pimp", "arrested the owner of a placement agency", "arrested a woman who ..." */
const ONE_AFTER_ARREST =
  /^\s+((?:a|an|the|one)\s+(?:\d+-year-old\s+)?(?:[a-z-]+\s+){0,2}?(?:woman|man|youth|pimp|agent|broker|tout|trafficker|owner|manager|operator|kingpin|mastermind|suspect|driver|contractor|person|accused))\b/i;
const BARE_OBJECT = /^\s*(?:को|ko)\s*(?:भी\s*|bhi\s*)?$/i;
const ROLE_NOUNS = new Set(["operator", "broker", "customer", "staff"]);
/** Role words in the singular (a plural is a group of unknown size, counted by nobody). */
const SINGULAR_ROLE_WORD =
  /^(?:संचालक|संचालिका|सरगना|मुखिया|मालिक|मालकिन|मैनेजर|प्रबंधक|owner|manager|operator|kingpin|mastermind|sanchalak|sargana)$/i;
// "संचालक और पांच ग्राहक", "the owner and four customers", "स्पा संचालक, उसके मैनेजर और ..."
const COORD_BEFORE_GROUP = /^\s*(?:और|व|तथा|एवं|and|aur|,)\s*(?:उसके|उसकी|उनके|his|her|their)?\s*$/i;
const MONEY_BEFORE = /(?:rs\.?|₹|inr|रु\.?|रुपये)\s*$/i;
const COORD = /^\s*(?:,|और|व|तथा|एवं|and|aur|evam|,\s*and)\s*(?:उसके|उसकी|उनके|his|her|their)?\s*$/i;
// Ages, durations and amounts are numbers followed by a unit, not by people.
const UNIT_AFTER =
  /^\s*(?:\)\s*)?-?\s*(?:साल|वर्ष|वर्षीय|साला|महीने|माह|दिन|घंटे|बजे|किलो|ग्राम|रुपये|रुपए|हजार|लाख|करोड|years?|yrs?|months?|days?|hours?|kg|grams?|rs|rupees|lakh|crore|%|saal|baje|mahine|din|number|नंबर)(?![A-Za-z\u0900-\u097F])/i;

const RESCUE_ACTION = "rescue";
const ARREST_ACTION = "arrest";

export function personGroups(ctx: Context, s: Sentence): PersonGroup[] {
  const text = ctx.text;
  const nouns = within(ctx.cues.personNouns, s.start, s.end);
  const totals = within(ctx.cues.total, s.start, s.end);
  const incl = within(ctx.cues.including, s.start, s.end);
  const groups: PersonGroup[] = [];
  const nums = within(ctx.numbers, s.start, s.end);
  for (const [k, n] of nums.entries()) {
    if (n.rule.includes("ordinal") || !Number.isInteger(n.value)) continue;
    if (
      UNIT_AFTER.test(text.slice(n.end, n.end + 12)) ||
      MONEY_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start)) ||
      // an age in apposition: "Ravi Shetty, 38, and ...", "Vahida (35)"
      (/[,(]\s*$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && /^\s*[,)]/.test(text.slice(n.end, n.end + 3)))
    )
      continue;
    // the noun must come before the next number: "तीन किशोरियों व चार युवतियों" is two groups
    const limit = Math.min(n.end + NOUN_WINDOW, nums[k + 1]?.start ?? Number.POSITIVE_INFINITY);
    const noun = nouns.find(
      (m) => m.start >= n.end && m.start <= limit && BETWEEN_NUMBER_AND_NOUN.test(text.slice(n.end, m.start)),
    );
    // "ग्यारह परिवार": families are households, not a count of people
    if (noun?.value === "family") continue;
    const total = totals.some((t) => t.end <= n.start && n.start - t.end <= 3);
    const end = noun ? noun.end : n.end;
    const between = noun ? text.slice(n.end, noun.start) : "";
    const minor = /नाबालिग|naabalig|nabalig|minor/i.test(between) || (noun ? /minor/.test(noun.value) : false);
    groups.push({ start: n.start, end, value: n.value, noun: noun?.value ?? null, total, subset: false, minor });
  }
  // Groups without a number: "a couple" / "दंपती" are two people; right after an English arrest verb, "a 33-year-old
  // pimp", "the owner", "a woman" is one person.
  for (const m of text.slice(s.start, s.end).matchAll(COUPLE)) {
    const start = s.start + m.index;
    if (!groups.some((g) => g.start <= start && start < g.end))
      groups.push({
        start,
        end: start + m[0].length,
        value: 2,
        noun: "person",
        total: false,
        subset: false,
        minor: false,
      });
  }
  if (!s.verbFinal)
    for (const v of within(ctx.cues.actions, s.start, s.end)) {
      if (v.value !== "arrest") continue;
      const m = ONE_AFTER_ARREST.exec(text.slice(v.end, Math.min(s.end, v.end + 60)));
      if (!m || groups.some((g) => g.start >= v.end && g.start - v.end <= m[0].length)) continue;
      const start = v.end + m.index + m[0].indexOf(m[1]!);
      groups.push({
        start,
        end: v.end + m.index + m[0].length,
        value: 1,
        noun: "accused",
        total: false,
        subset: false,
        minor: false,
      });
    }
  groups.sort((a, b) => a.start - b.start);
  // A single role-holder coordinated with a counted group is one more person: "संचालक और पांच ग्राहकों को गिरफ्तार"
  // (6), "the owner and four customers were arrested" (5).
  // (right to left, so that "संचालक, उसके मैनेजर और तीन ग्राहकों" chains through the manager to the customers)
  for (const n of [...nouns].reverse()) {
    if (!ROLE_NOUNS.has(n.value) || !SINGULAR_ROLE_WORD.test(text.slice(n.start, n.end))) continue;
    if (groups.some((g) => g.start <= n.start && n.end <= g.end)) continue;
    const next = groups.find((g) => g.start >= n.end && g.start - n.end <= 8);
    if (!next || !COORD_BEFORE_GROUP.test(text.slice(n.end, next.start))) continue;
    groups.push({ start: n.start, end: n.end, value: 1, noun: n.value, total: false, subset: false, minor: false });
  }
  groups.sort((a, b) => a.start - b.start);
  // Subsets. Hindi "A समेत/सहित B": A ⊂ B. English "B including A": A ⊂ B; "A among B": A ⊂ B;
  // "B, four of whom / one of them ...": the number right before "of whom" is the subset.
  for (const c of incl) {
    const cue = c.term.toLowerCase();
    const before = [...groups].reverse().find((g) => g.start < c.start && c.start - g.start <= 40);
    const after = groups.find((g) => g.start >= c.end && g.start - c.end <= 12);
    if (/of whom|of them|among them/.test(cue)) {
      const g = groups.find((x) => x.start < c.start && /^\s*$/.test(text.slice(x.start, c.start).replace(/^\S+/, "")));
      if (g) g.subset = true;
    } else if (/[\u0900-\u097F]|samet|sahit|among/.test(cue)) {
      if (before && after && before.end <= c.start && c.start - before.end <= 6) before.subset = true;
    } else if (before && after) after.subset = true;
  }
  return groups;
}

type Verb = LexMatch<string> & { kind: VerbKind };

function verbsOf(ctx: Context, s: Sentence): Verb[] {
  const out: Verb[] = [];
  for (const a of within(ctx.cues.actions, s.start, s.end)) {
    if (a.value === RESCUE_ACTION) out.push({ ...a, kind: "rescue" });
    else if (a.value === ARREST_ACTION) out.push({ ...a, kind: "arrest" });
    // "intercepted seven women" rescues them; only verbs, not places ("at the station")
    else if (a.value === "interception" && INTERCEPT_VERB.test(a.term)) out.push({ ...a, kind: "rescue" });
  }
  for (const c of within(ctx.cues.escape, s.start, s.end)) out.push({ ...c, kind: "escape", value: "escape" });
  for (const c of within(ctx.cues.caught, s.start, s.end)) {
    // "पकड़े गए" is in both lists: the caught reading wins (it says nothing about being rescued)
    const i = out.findIndex((v) => v.start < c.end && c.start < v.end);
    if (i >= 0) out.splice(i, 1);
    out.push({ ...c, kind: "caught", value: "caught" });
  }
  return out.sort((a, b) => a.start - b.start);
}

const INTERCEPT_VERB = /^(?:intercepted|deboarded|de-boarded|रोका गया|रोक लिया|रोककर|ट्रेन से उतार\*)$/i;

/** A clause boundary between a group and an earlier verb: the verb does not govern the group. */
// (\b knows only ASCII letters: Devanagari words are delimited by spaces here)
const CLAUSE_BREAK = /[,;:]|(?:^|\s)(?:जबकि|लेकिन|मगर)(?=\s|$)|\bwhile\b|\bbut\b|\bwhereas\b|\bafter\b|\bwhen\b/;

function attach(ctx: Context, s: Sentence, g: PersonGroup, verbs: Verb[]): Verb | undefined {
  const after = verbs.filter((v) => v.start >= g.end);
  const before = verbs.filter((v) => v.end <= g.start);
  const prev = before[before.length - 1];
  if (s.verbFinal) {
    if (after[0]) return after[0];
    // "पुलिस ने गिरफ्तार किया 5 लोगों को" is rare; take an earlier verb only within the same clause
    return prev && !CLAUSE_BREAK.test(ctx.text.slice(prev.end, g.start)) ? prev : undefined;
  }
  // English: a passive or bare participle right after the group ("eight women were rescued", "five held")
  const next = after[0];
  if (next && next.start - g.end <= PASSIVE_WINDOW && PASSIVE_AUX.test(ctx.text.slice(g.end, next.start))) return next;
  // an active verb before its object ("rescued seven women"), in the same clause or a list of objects;
  // active "held" is keeping, not arresting ("the owner held eight women")
  if (
    prev &&
    !/^held$/i.test(ctx.text.slice(prev.start, prev.end)) &&
    !/[;:]|\bwhile\b|\bbut\b|\bwhen\b|\bafter\b|\bwhere\b/i.test(ctx.text.slice(prev.end, g.start))
  )
    return prev;
  // a long passive subject at the start of the sentence: "Eighteen young women and girls from Jashpur, who were
  // being trafficked to Chennai, were rescued from a bus"
  const main = after.find((v) =>
    /\b(?:were|was|have been|has been)\s+$/i.test(ctx.text.slice(Math.max(s.start, v.start - 14), v.start)),
  );
  if (main && g.noun && g.start - s.start <= SUBJECT_START && !before.length) return main;
  return undefined;
}

/** A sentence's subject starts within this many characters of its start (after a dateline such as "Raipur, Oct 3 (PTI)"). */
const SUBJECT_START = 40;

/** Every (verb, groups) pair of the given sentences. */
export function countFacts(ctx: Context, sentences: readonly Sentence[]): CountFact[] {
  const facts: CountFact[] = [];
  for (const s of sentences) {
    const verbs = verbsOf(ctx, s);
    if (!verbs.length) continue;
    const byVerb = new Map<Verb, PersonGroup[]>();
    const unattached: PersonGroup[] = [];
    for (const g of personGroups(ctx, s)) {
      // a bare number counts people only right before a verb ("five held", "7 rescued")
      if (!g.noun) {
        const v = verbs.find((x) => x.start >= g.end && x.start - g.end <= PASSIVE_WINDOW);
        const gap = v ? ctx.text.slice(g.end, v.start) : "";
        // Hindi: "दोनों को गिरफ्तार किया", romanized "dono ko giraftaar"
        if (!v || !(PASSIVE_AUX.test(gap) || (s.verbFinal && BARE_OBJECT.test(gap)))) continue;
      }
      const v = attach(ctx, s, g, verbs);
      if (!v) {
        if (g.noun) unattached.push(g);
        continue;
      }
      const list = byVerb.get(v) ?? [];
      list.push(g);
      byVerb.set(v, list);
    }
    // coordinated subjects share their verb: "5 Bangladeshi women and 2 girls rescued"
    const attached = [...byVerb.entries()];
    for (const g of unattached) {
      const partner = attached.find(([, gs]) =>
        gs.some((x) => x.start >= g.end && COORD.test(ctx.text.slice(g.end, x.start))),
      );
      if (partner) partner[1].unshift(g);
    }
    for (const [v, groups] of byVerb)
      if (v.kind !== "escape")
        facts.push({ verb: v.kind, verbStart: v.start, verbEnd: v.end, sentence: s.index, groups });
  }
  return facts;
}

/** The number of people a fact counts: the total group if stated, else the sum of coordinated non-subset groups. */
export function factTotal(ctx: Context, f: CountFact): number {
  if (f.sum !== undefined) return f.sum;
  const t = f.groups.find((g) => g.total);
  if (t) return t.value;
  return groupsTotal(ctx, f) + (f.named ?? 0);
}

function groupsTotal(ctx: Context, f: CountFact): number {
  const main = f.groups.filter((g) => !g.subset);
  if (main.length <= 1) return main[0]?.value ?? f.groups[0]!.value;
  // add only groups that are coordinated with each other; otherwise take the first
  let n = 1;
  while (n < main.length && COORD.test(ctx.text.slice(main[n - 1]!.end, main[n]!.start))) n++;
  const values = main.slice(0, n).map((g) => g.value);
  // an apposition spells out the first group: "seven Bangladeshi nationals, five women and two minor girls"
  const rest = values.slice(1).reduce((a, b) => a + b, 0);
  if (values.length > 2 && values[0] === rest) return values[0]!;
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Parts of one operation stated in one sentence add up: "जहांगीराबाद से 26 बच्चे रेस्क्यू किए ... और अशोका गार्डन से 18
 * बच्चों को रेस्क्यू किया" rescued 44. Statements in different sentences are not added (a headline repeats the body).
 */
export function sumBySentence(ctx: Context, facts: readonly CountFact[]): CountFact[] {
  const out: CountFact[] = [];
  const bySentence = new Map<number, CountFact[]>();
  for (const f of facts) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  for (const fs of bySentence.values()) {
    const totals = fs.map((f) => factTotal(ctx, f));
    if (fs.length < 2 || fs.some((f) => f.groups.some((g) => g.total)) || new Set(totals).size < fs.length) {
      out.push(...fs);
      continue;
    }
    out.push({
      ...fs[0]!,
      verbEnd: fs[fs.length - 1]!.verbEnd,
      groups: fs.flatMap((f) => f.groups),
      sum: totals.reduce((a, b) => a + b, 0),
    });
  }
  return out.sort((a, b) => a.sentence - b.sentence || a.verbStart - b.verbStart);
}
