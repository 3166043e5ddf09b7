// Durations: a quantity and a time unit ("दो साल", "six months", "सवा 2 घंटा"), vague ones ("कई सालों", "past few
// years", "लंबे समय"), and compounds ("2 साल और 3 महीने", "an hour and 45 minutes"). The phrase is a short English
// rendering ("2 years", "several years", "a long time") because that is what an incident record's `active_since`
// holds. Ages are not durations: "20 साल की युवती", "a 20-year-old" are skipped.
//
// Values follow Duckling's convention: a fractional amount moves to the next smaller unit (1.5 hours → 90 minutes,
// पौने 2 साल → 21 months), and a compound is expressed in its smallest unit (months when only years and months are
// involved, otherwise via seconds with a 365-day year and a 30-day month).

import { LEX as LEXICON, usable as usableRole } from "./lexicon.js";
import type { DurationUnit, Qualifier } from "./locale.js";
import { type Ctx, clean, info as infoOf } from "./parse.js";
import { type Found, scanNumbers } from "./scan.js";
import { Tokens } from "./tokens.js";

// Imported bindings become property getters under some module loaders (vitest, tsx); read once (per-token use).
const LEX = LEXICON;
const usable = usableRole;
const info = infoOf;

export type DurationRelation = "since" | "for" | "ago" | "after";

export interface DurationMatch {
  /** the quantity and its unit ("करीब दो साल", "कई सालों", "a long time"); since/ago words stay outside */
  start: number;
  end: number;
  /** null when vague */
  value: number | null;
  unit: DurationUnit;
  vague: boolean;
  /** short English phrase: "2 years", "several years", "six months", "a long time", "many years" */
  phrase: string;
  rule: string;
  /** how the text relates it to the event: "पिछले 2 साल से"/"for the past" → since, "for" → for, "पहले"/"ago" →
   *  ago, "बाद"/"later" → after; null when nothing says. An operation's `active_since` is a since/for duration. */
  relation: DurationRelation | null;
}

const RANK: Record<DurationUnit, number> = { year: 6, month: 5, week: 4, day: 3, hour: 2, minute: 1, second: 0 };
const SECONDS: Record<DurationUnit, number> = {
  year: 365 * 86400,
  month: 30 * 86400,
  week: 7 * 86400,
  day: 86400,
  hour: 3600,
  minute: 60,
  second: 1,
};
const SMALLER: Partial<Record<DurationUnit, [DurationUnit, number]>> = {
  year: ["month", 12],
  month: ["day", 30],
  week: ["day", 7],
  day: ["hour", 24],
  hour: ["minute", 60],
  minute: ["second", 60],
};

interface Item {
  value: number;
  unit: DurationUnit;
}

interface Part {
  s: number;
  e: number;
  items: Item[];
  /** null when vague */
  value: number | null;
  high?: number;
  unit: DurationUnit;
  phrase: string;
  rule: string;
  qualifier: Qualifier | null;
  /** a bare plural ("सालों", "years") is a duration only with since/for ("सालों से", "for years") */
  needsRelation: boolean;
}

function fmt(v: number): string {
  return String(clean(v));
}

function unitName(name: string, one: boolean): string {
  return one ? name : `${name}s`;
}

/** move a fractional amount down to a smaller unit until it is whole (or seconds) */
function whole(value: number, unit: DurationUnit): Item {
  let v = clean(value);
  let u = unit;
  for (let step = 0; step < 3 && !Number.isInteger(v); step++) {
    const next = SMALLER[u];
    if (!next) break;
    v = clean(v * next[1]);
    u = next[0];
  }
  return { value: v, unit: u };
}

const QUAL_WORD: Record<Qualifier, string> = { over: "over", about: "about", under: "up to" };

function sourceText(tk: Tokens, s: number, e: number): string {
  return tk.text
    .slice(tk.start[s], tk.end[e - 1])
    .toLowerCase()
    .replace(/\s+/g, " ");
}

function isEnglishUnit(tk: Tokens, u: number): boolean {
  return tk.key(u).charCodeAt(0) < 128 && !info(tk, u)?.durUnit?.gated;
}

function durUnitAt(ctx: Ctx, i: number) {
  if (!ctx.tk.isWord(i)) return undefined;
  return usable(info(ctx.tk, i)?.durUnit, ctx.roman);
}

function isAge(ctx: Ctx, s: number, e: number): boolean {
  const tk = ctx.tk;
  if (LEX.ageAfter.match(tk, e, ctx.roman)) return true;
  if (LEX.ageBefore.matchEndingAt(tk, s, ctx.roman)) return true;
  const link = LEX.ageLinks.match(tk, e, ctx.roman);
  if (!link) return false;
  let k = link.end;
  // "20 साल की एक युवती"
  const w = info(tk, k);
  if (usable(w?.unit, ctx.roman)?.value === 1 || usable(w?.article, ctx.roman)) k++;
  return LEX.ageNouns.match(tk, k, ctx.roman) !== null;
}

interface PartStep {
  part: Part | null;
  next: number;
}

function partAt(ctx: Ctx, u: number, byEnd: Map<number, Found>, byStart: Map<number, Found>): PartStep | null {
  const tk = ctx.tk;
  const roman = ctx.roman;
  const du = durUnitAt(ctx, u)!;
  const factor = du.factor;
  const english = isEnglishUnit(tk, u);
  let p = u;
  let hyphen = false;
  if (tk.isP(u - 1, "-") && tk.adjacent(u) && tk.adjacent(u - 1)) {
    p = u - 1; // "10-year"
    hyphen = true;
  } else if (u > 0 && usable(info(tk, u - 1)?.durModifier, roman) && byEnd.has(u - 1)) {
    p = u - 1; // "2 more minutes", "one and three quarters of hours"
  }
  let e = u + 1;
  let s: number;
  let value: number | null = null;
  let high: number | undefined;
  let qualifier: Qualifier | null = null;
  let phrase: string;
  let rule: string;
  let needsRelation = false;
  const n = byEnd.get(p);
  if (n && !tk.lineBreakBefore(u) && n.value > 0) {
    s = n.s;
    value = n.value * factor;
    high = n.high !== undefined ? n.high * factor : undefined;
    qualifier = n.qualifier;
    // the phrase counts the unit as named: "2 decades" (value 20 years), "six months" as an English text wrote it
    const num =
      english && n.english && high === undefined
        ? sourceText(tk, n.cs, n.ce)
        : n.high !== undefined
          ? `${fmt(n.value)}-${fmt(n.high)}`
          : fmt(n.value);
    phrase = `${qualifier ? `${QUAL_WORD[qualifier]} ` : ""}${num} ${unitName(du.name, n.value === 1 && n.high === undefined)}`;
    rule = "duration_number";
  } else if (hyphen) {
    return null;
  } else {
    const vq = LEX.vagueQuantifiers.matchEndingAt(tk, u, roman);
    const w1 = info(tk, u - 1);
    if (vq) {
      s = vq.start;
      phrase = `${vq.payload} ${unitName(du.name, false)}`;
      rule = "duration_vague";
    } else if (u > 0 && usable(w1?.article, roman)) {
      // "a month", "an hour", "half an hour"
      s = u - 1;
      value = factor;
      if (usable(info(tk, u - 2)?.half, roman)) {
        s = u - 2;
        value = 0.5 * factor;
      }
      phrase = sourceText(tk, s, u + 1);
      rule = "duration_article";
    } else if (usable(info(tk, u)?.durStandalone, roman) && (u === 0 || !tk.isWord(u - 1))) {
      s = u;
      value = factor;
      phrase = `a ${du.name}`;
      rule = "duration_standalone";
    } else if (usable(info(tk, u + 1)?.durWhole, roman) && !tk.lineBreakBefore(u + 1)) {
      // "साल भर": a whole year
      s = u;
      e = u + 2;
      value = factor;
      phrase = `a ${du.name}`;
      rule = "duration_whole";
    } else {
      const bare = LEX.barePlurals.get(tk.key(u));
      if (!bare) return null;
      s = u;
      phrase = bare;
      needsRelation = true;
      rule = "duration_vague";
    }
  }
  if (value !== null && isAge(ctx, s, e)) return { part: null, next: e };

  // "an hour and a half", "a month and a half"
  if (value !== null && high === undefined) {
    const ah = LEX.andHalf.match(tk, e, roman);
    if (ah) {
      value += 0.5 * factor;
      phrase = `${phrase} and a half`;
      e = ah.end;
    }
  }
  let items: Item[] = [];
  if (value !== null) {
    const w = whole(value, du.unit);
    items = [w];
    // "1 hour thirty", "2 hours and 10": bare minutes after hours
    if (du.unit === "hour" && high === undefined) {
      let k = e;
      if (usable(info(tk, k)?.and, roman)) k++;
      const m = byStart.get(k);
      if (
        m &&
        m.high === undefined &&
        m.qualifier === null &&
        Number.isInteger(m.value) &&
        m.value > 0 &&
        m.value < 60 &&
        (m.e >= tk.length || tk.isPunct(m.e))
      ) {
        items.push({ value: m.value, unit: "minute" });
        phrase = `${phrase} ${m.value} minutes`;
        e = m.e;
      }
    }
  }
  // "2 साल से ज्यादा": a qualifier after the unit
  const qa = LEX.qualAfter.match(tk, e, roman);
  if (qa && value !== null && qualifier === null) {
    qualifier = qa.payload;
    phrase = `${QUAL_WORD[qualifier]} ${phrase}`;
    e = qa.end;
  }
  const sum = items.length ? total(items) : null;
  return {
    part: {
      s,
      e,
      items,
      value: sum ? sum.value : null,
      high: high !== undefined ? whole(high, du.unit).value : undefined,
      unit: sum ? sum.unit : du.unit,
      phrase,
      rule,
      qualifier,
      needsRelation,
    },
    next: e,
  };
}

function relationOf(ctx: Ctx, s: number, e: number): DurationRelation | null {
  const tk = ctx.tk;
  const r = ctx.roman;
  if (LEX.sinceAfter.match(tk, e, r)) return "since";
  if (LEX.agoAfter.match(tk, e, r)) return "ago";
  if (LEX.afterAfter.match(tk, e, r)) return "after";
  if (LEX.sinceBefore.matchEndingAt(tk, s, r)) return "since";
  if (LEX.forBefore.matchEndingAt(tk, s, r)) return "for";
  if (LEX.afterBefore.matchEndingAt(tk, s, r)) return "after";
  return null;
}

/** separators allowed inside a compound: nothing, ",", "और", "and" */
function joinable(ctx: Ctx, a: Part, b: Part): boolean {
  if (a.value === null || b.value === null || a.high !== undefined || b.high !== undefined || b.qualifier) return false;
  if (RANK[b.items[0]!.unit] >= RANK[a.items[a.items.length - 1]!.unit]) return false;
  if (b.s - a.e > 2) return false;
  for (let k = a.e; k < b.s; k++) {
    if (ctx.tk.lineBreakBefore(k + 1) && k + 1 <= b.s) return false;
    if (!ctx.tk.isP(k, ",") && !usable(info(ctx.tk, k)?.and, ctx.roman)) return false;
  }
  return true;
}

function total(items: Item[]): Item {
  if (items.length === 1) return items[0]!;
  if (items.every((it) => it.unit === "year" || it.unit === "month")) {
    return {
      value: clean(items.reduce((a, it) => a + (it.unit === "year" ? it.value * 12 : it.value), 0)),
      unit: "month",
    };
  }
  let smallest: DurationUnit = items[0]!.unit;
  let seconds = 0;
  for (const it of items) {
    seconds += it.value * SECONDS[it.unit];
    if (RANK[it.unit] < RANK[smallest]) smallest = it.unit;
  }
  return { value: clean(seconds / SECONDS[smallest]), unit: smallest };
}

export function findDurations(text: string, opts?: { romanHindi?: boolean }): DurationMatch[] {
  const tk = new Tokens(text);
  const ctx: Ctx = { tk, roman: opts?.romanHindi === true };
  const nums = scanNumbers(ctx);
  const byEnd = new Map<number, Found>();
  const byStart = new Map<number, Found>();
  for (const n of nums) {
    byEnd.set(n.e, n);
    byStart.set(n.s, n);
  }
  const parts: Part[] = [];
  let i = 0;
  const triggers = LEX.durationTriggers;
  while (i < tk.length) {
    if (!triggers.has(tk.hash(i))) {
      i++;
      continue;
    }
    const vp = LEX.vaguePhrases.match(tk, i, ctx.roman);
    if (vp) {
      parts.push({
        s: i,
        e: vp.end,
        items: [],
        value: null,
        unit: vp.payload.unit,
        phrase: vp.payload.phrase,
        rule: "duration_vague_phrase",
        qualifier: null,
        needsRelation: false,
      });
      i = vp.end;
      continue;
    }
    if (durUnitAt(ctx, i)) {
      const r = partAt(ctx, i, byEnd, byStart);
      if (r) {
        if (r.part) parts.push(r.part);
        i = Math.max(r.next, i + 1);
        continue;
      }
    }
    i++;
  }

  // compounds: "2 साल, 3 महीने", "an hour and 45 minutes"
  const merged: Part[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (last && last.s <= p.s && joinable(ctx, last, p)) {
      last.items.push(...p.items);
      last.e = p.e;
      last.phrase = `${last.phrase} ${p.phrase}`;
      last.rule = "duration_compound";
      const t = total(last.items);
      last.value = t.value;
      last.unit = t.unit;
    } else merged.push(p);
  }

  const out: DurationMatch[] = [];
  for (const p of merged) {
    const relation = relationOf(ctx, p.s, p.e);
    if (p.needsRelation && relation !== "since" && relation !== "for") continue;
    const vague = p.value === null;
    out.push({
      start: tk.start[p.s]!,
      end: tk.end[p.e - 1]!,
      value: p.value,
      unit: p.unit,
      vague,
      phrase: p.phrase,
      rule: relation ? `${p.rule}+${relation}` : p.rule,
      relation,
    });
  }
  return out;
}
