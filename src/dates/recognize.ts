// Date recognition: one pass over the tokens; at each token that can begin a date phrase every rule is tried and
// the longest phrase wins (ties go to the rule listed first). Rules are small grammars over tokens; the words come
// from the locales, so each rule name is prefixed with the locale of the word that anchors it ("hi.weekday",
// "en.date.month_day_year"); rules on bare numbers are prefixed "num".

import {
  addUnits,
  dayNumber,
  isoOfDay,
  parseIsoDay,
  resolveDayOfMonth,
  resolveMonthDay,
  resolveWeekday,
} from "./calendar.js";
import { buildLexicon } from "./lexicon.js";
import { DATE_LOCALES } from "./locales.js";
import { ADJACENT, DEVA, LATIN, NEWLINE, NUM, PUNCT, type Tokens, tokenize, tokenKey } from "./tokens.js";
import type { DateKind, DateMatch, PartOfDay, WeekdayModifier } from "./types.js";

export const LEX = buildLexicon(DATE_LOCALES);

/** A calendar date as written: day, month and maybe a year. */
interface Core {
  next: number;
  y: number | null;
  m: number;
  d: number;
  rule: string;
}

/** The tables whose words can begin each rule (numbers aside): a rule is tried only where one of them matches. */
const START = {
  date: LEX.month.bit | LEX.dayWord.bit | LEX.partOfDayBefore.bit | LEX.weekdayModifier.bit,
  weekday: LEX.partOfDayBefore.bit | LEX.weekModifier.bit | LEX.weekdayModifier.bit | LEX.weekday.bit,
  relative: LEX.partOfDayBefore.bit | LEX.relative.bit,
  ago: LEX.fromToday.bit | LEX.withinBefore.bit | LEX.count.bit,
  dayOfMonth: LEX.dayOfMonthModifier.bit,
  any: 0,
};
START.any = START.date | START.weekday | START.relative | START.ago | START.dayOfMonth | LEX.notDate.bit;

interface Candidate {
  next: number;
  matches: DateMatch[];
}

class Scanner {
  /** the end (exclusive) of the line being scanned: no phrase runs past it */
  limit = 0;

  constructor(
    readonly t: Tokens,
    readonly pub: number | null,
  ) {}

  key(i: number): string {
    return tokenKey(this.t, i);
  }

  /** token i lies on the line being scanned */
  sameLine(i: number): boolean {
    return i < this.limit;
  }

  adjacent(i: number): boolean {
    return i < this.t.n && this.t.gap[i] === ADJACENT;
  }

  isPunct(i: number, chars: string): boolean {
    const t = this.t;
    return i < t.n && t.kind[i] === PUNCT && chars.includes(t.text[t.start[i]!]!);
  }

  punctChar(i: number): string {
    return this.t.text[this.t.start[i]!]!;
  }

  isNum(i: number, maxLen = 9): boolean {
    const t = this.t;
    return i < t.n && t.kind[i] === NUM && t.end[i]! - t.start[i]! <= maxLen;
  }

  numLen(i: number): number {
    return this.t.end[i]! - this.t.start[i]!;
  }

  num(i: number): number {
    const text = this.t.text;
    let v = 0;
    for (let k = this.t.start[i]!, e = this.t.end[i]!; k < e; k++) {
      const c = text.charCodeAt(k);
      v = v * 10 + (c >= 0x0966 ? c - 0x0966 : c - 48); // Devanagari digits, should un-normalised text come in
    }
    return v;
  }

  raw(i: number): string {
    return this.t.text.slice(this.t.start[i]!, this.t.end[i]!);
  }

  /** A number that starts a date must not continue another number ("10.21", "3/21"). */
  cleanNumStart(i: number): boolean {
    if (i < 2 || !this.adjacent(i)) return true;
    return !(this.isPunct(i - 1, "./-:,") && this.adjacent(i - 1) && this.t.kind[i - 2] === NUM);
  }

  /** ... nor run on into one ("21 मई 2019.5", a time "May 5:30"). */
  cleanNumEnd(j: number): boolean {
    return !(this.adjacent(j) && this.isPunct(j, "./-:") && this.adjacent(j + 1) && this.isNum(j + 1));
  }

  make(from: number, next: number, rule: string, kind: DateKind, iso: string | null, pod: PartOfDay | null): DateMatch {
    return { start: this.t.start[from]!, end: this.t.end[next - 1]!, rule, kind, iso, partOfDay: pod };
  }

  // ---- pieces -------------------------------------------------------------------------------------------------

  month(i: number, mode: "dmy" | "mdy" | "numeric") {
    const t = this.t;
    if (!this.sameLine(i)) return null;
    const hit = LEX.month.match(t, i);
    if (!hit) return null;
    const v = hit.value;
    if (v.numericOnly && mode !== "numeric") return null;
    let needYear = false;
    if (t.kind[i] === LATIN) {
      const raw = this.raw(i);
      const lower = raw === raw.toLowerCase();
      if (v.abbrev && lower) return null; // "jan", "mar" are words
      if (lower && LEX.monthWords.has(this.key(i))) needYear = true; // "5 may be", "a march"
    }
    let next = hit.next;
    if (v.abbrev && this.adjacent(next) && this.isPunct(next, ".")) next++;
    return { next, month: v.month, locale: hit.locale, needYear };
  }

  day(i: number, allowWords: boolean) {
    const t = this.t;
    if (!this.sameLine(i)) return null;
    if (t.kind[i] === NUM) {
      if (this.numLen(i) > 2) return null;
      const d = this.num(i);
      if (d < 1 || d > 31) return null;
      let next = i + 1;
      if (next < t.n && t.kind[next] === LATIN && this.adjacent(next) && LEX.ordinalSuffix.has(this.key(next))) next++;
      return { next, day: d, locale: null as string | null };
    }
    if (!allowWords) return null;
    const w = LEX.dayWord.match(t, i);
    return w ? { next: w.next, day: w.value, locale: w.locale as string | null } : null;
  }

  year(i: number): { next: number; y: number } | null {
    if (!this.sameLine(i) || !this.isNum(i, 4) || this.numLen(i) !== 4) return null;
    const y = this.num(i);
    return y >= 1900 && y <= 2099 ? { next: i + 1, y } : null;
  }

  /** "21 मई 2019", "21st of May", "उनतीस मई", "23/सित/2020" */
  dmy(i: number, free = false): Core | null {
    const d = this.day(i, true);
    if (!d) return null;
    const isNumber = d.locale === null;
    if (isNumber && !free && !this.cleanNumStart(i)) return null;
    let j = d.next;
    let numericSep = false;
    if (isNumber) {
      if (this.isPunct(j, "-/.") && this.sameLine(j)) {
        numericSep = true;
        j++;
      } else {
        const of = this.sameLine(j) ? LEX.dayMonthJoiner.match(this.t, j) : null;
        if (of) j = of.next;
      }
    }
    const m = this.month(j, numericSep ? "numeric" : "dmy");
    if (!m) return null;
    if (!isNumber && d.locale !== m.locale) return null;
    j = m.next;
    let y: number | null = null;
    const k = this.isPunct(j, ",-/.") && this.sameLine(j) ? j + 1 : j;
    const yr = this.year(k);
    if (yr && this.cleanNumEnd(yr.next)) {
      y = yr.y;
      j = yr.next;
    }
    if (m.needYear && y === null) return null;
    return {
      next: j,
      y,
      m: m.month,
      d: d.day,
      rule: `${m.locale}.date.${y === null ? "day_month" : "day_month_year"}`,
    };
  }

  /** "May 21, 2019", "फरवरी 21", "जून -15", "Sept. 3" */
  mdy(i: number): Core | null {
    const m = this.month(i, "mdy");
    if (!m) return null;
    let j = m.next;
    if (this.isPunct(j, ",-/.") && this.sameLine(j)) j++;
    if (!this.sameLine(j) || !this.isNum(j, 2)) return null;
    const d = this.num(j);
    if (d < 1 || d > 31) return null;
    j++;
    if (j < this.t.n && this.t.kind[j] === LATIN && this.adjacent(j) && LEX.ordinalSuffix.has(this.key(j))) j++;
    if (!this.cleanNumEnd(j)) return null;
    let y: number | null = null;
    const k = this.isPunct(j, ",") && this.sameLine(j) ? j + 1 : j;
    const yr = this.year(k);
    if (yr && this.cleanNumEnd(yr.next)) {
      y = yr.y;
      j = yr.next;
    }
    if (m.needYear && y === null) return null;
    return { next: j, y, m: m.month, d, rule: `${m.locale}.date.${y === null ? "month_day" : "month_day_year"}` };
  }

  /**
   * "21/05/2019", "21-05-2019", "21.05.2019", "2019-05-21", "4/30/2022". Indian text writes the day first; a
   * part above 12 settles the order when it can.
   */
  numeric(i: number): Core | null {
    if (!this.isNum(i, 4) || !this.cleanNumStart(i)) return null;
    const s = i + 1;
    if (!this.adjacent(s) || !this.isPunct(s, "/-.")) return null;
    const sep = this.punctChar(s);
    if (!this.adjacent(i + 2) || !this.isNum(i + 2, 2)) return null;
    if (!this.adjacent(i + 3) || !this.isPunct(i + 3, sep)) return null;
    if (!this.adjacent(i + 4) || !this.isNum(i + 4, 4)) return null;
    const next = i + 5;
    if (!this.cleanNumEnd(next)) return null;
    const [la, lc] = [this.numLen(i), this.numLen(i + 4)];
    const [a, b, c] = [this.num(i), this.num(i + 2), this.num(i + 4)];
    let y: number;
    let m: number;
    let d: number;
    let rule: string;
    if (la === 4) {
      if (lc > 2) return null;
      [y, m, d, rule] = [a, b, c, "num.date.ymd"];
    } else if (la <= 2 && (lc === 4 || lc === 2)) {
      y = lc === 4 ? c : c < 50 ? 2000 + c : 1900 + c;
      if (a > 12 && b <= 12) [d, m, rule] = [a, b, "num.date.dmy"];
      else if (b > 12 && a <= 12) [m, d, rule] = [a, b, "num.date.mdy"];
      else if (a <= 12 && b <= 12) [d, m, rule] = [a, b, "num.date.dmy"];
      else return null;
    } else return null;
    if (y < 1900 || y > 2099 || dayNumber(y, m, d) === null) return null;
    return { next, y, m, d, rule };
  }

  /** A month name, a day and a four-digit year in any order between "-" or "/": "सित-23-2020", "2020/23/सित". */
  mixed(i: number): Core | null {
    let j = i;
    let month: { m: number; locale: string } | null = null;
    let y: number | null = null;
    let d: number | null = null;
    for (let p = 0; p < 3; p++) {
      if (p > 0) {
        if (!this.sameLine(j) || !this.isPunct(j, "-/")) return null;
        j++;
      }
      if (!this.sameLine(j)) return null;
      if (this.isNum(j, 4)) {
        if (p === 0 && !this.cleanNumStart(j)) return null;
        const v = this.num(j);
        if (this.numLen(j) === 4) {
          if (y !== null) return null;
          y = v;
        } else if (this.numLen(j) <= 2) {
          if (d !== null) return null;
          d = v;
        } else return null;
        j++;
      } else {
        const mh = this.month(j, "numeric");
        if (!mh || month) return null;
        month = { m: mh.month, locale: mh.locale };
        j = mh.next;
      }
    }
    if (!month || y === null || d === null || !this.cleanNumEnd(j)) return null;
    if (y < 1900 || y > 2099 || dayNumber(y, month.m, d) === null) return null;
    return { next: j, y, m: month.m, d, rule: `${month.locale}.date.numeric_with_month` };
  }

  core(i: number, free = false): Core | null {
    let best = this.numeric(i);
    best = longer(best, this.mixed(i));
    best = longer(best, this.dmy(i, free));
    return longer(best, this.mdy(i));
  }

  resolveCore(c: Core, dir: "past" | "coming"): { kind: DateKind; iso: string | null } | null {
    if (c.y !== null) {
      const day = dayNumber(c.y, c.m, c.d);
      return day === null ? null : { kind: "absolute", iso: isoOfDay(day) };
    }
    if (dayNumber(2000, c.m, c.d) === null) return null; // 31 June is no date in any year
    const day = this.pub === null ? null : resolveMonthDay(this.pub, c.m, c.d, dir);
    return { kind: "month_day", iso: day === null ? null : isoOfDay(day) };
  }

  /** "(की) देर रात" after a weekday, relative word or date */
  partOfDayTail(j: number): { next: number; pod: PartOfDay } | null {
    let k = j;
    if (!this.sameLine(k)) return null;
    const jn = LEX.joiner.match(this.t, k);
    if (jn) k = jn.next;
    if (!this.sameLine(k)) return null;
    const p = LEX.partOfDay.match(this.t, k);
    return p ? { next: p.next, pod: p.value } : null;
  }

  /** ", मंगलवार" / "(Tuesday)" after a date: it adds nothing the date does not say, but belongs to the phrase */
  weekdayTail(j: number): number | null {
    let k = j;
    let paren = false;
    if (this.isPunct(k, ",(") && this.sameLine(k)) {
      paren = this.punctChar(k) === "(";
      k++;
    }
    if (!this.sameLine(k)) return null;
    const wd = LEX.weekday.match(this.t, k);
    if (!wd) return null;
    k = wd.next;
    if (paren && this.isPunct(k, ")")) k++;
    return k;
  }

  /**
   * Is the clause around a phrase (tokens before `from`, from `j` on) in the future tense? Decides कल = tomorrow.
   * Verb endings are looked for after the phrase (Hindi puts the verb last); future words ("will") on both sides.
   */
  futureClause(j: number, from: number): boolean {
    const t = this.t;
    for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
      if (t.gap[k + 1] === NEWLINE || this.isPunct(k, ",;।?!|.")) break;
      const key = this.key(k);
      if (LEX.clauseBreaks.has(key)) break;
      if (LEX.futureWords.has(key)) return true;
    }
    for (let k = j; k < t.n && k < j + 40; k++) {
      if (t.gap[k] === NEWLINE) return false;
      if (t.kind[k] === PUNCT) {
        if (this.isPunct(k, ",;।?!|")) return false;
        if (this.isPunct(k, ".") && !(this.isNum(k - 1) && this.isNum(k + 1))) return false;
        continue;
      }
      const key = this.key(k);
      if (LEX.clauseBreaks.has(key)) return false;
      if (LEX.futureWords.has(key)) return true;
      if (t.kind[k] === DEVA || t.kind[k] === LATIN) {
        for (const s of LEX.futureSuffixes) if (key.length > s.length && key.endsWith(s)) return true;
      }
    }
    return false;
  }

  // ---- rules --------------------------------------------------------------------------------------------------

  /** A calendar date, with an optional modifier before it and a weekday or part of day after it. */
  dateRule(i: number): Candidate | null {
    let j = i;
    let dir: "past" | "coming" = "past";
    let modified = false;
    const pb = LEX.partOfDayBefore.match(this.t, j); // "the intervening night of May 20"
    if (pb) j = pb.next;
    const mod = this.sameLine(j) ? LEX.weekdayModifier.match(this.t, j) : null;
    if (mod && (mod.value === "next" || mod.value === "coming")) {
      dir = "coming"; // "अगले 6 अप्रैल को"
      modified = true;
      j = mod.next;
    }
    let yearFirst: number | null = null;
    const yr = j === i ? this.year(i) : null;
    const yj = yr && this.sameLine(yr.next) ? LEX.yearThenDate.match(this.t, yr.next) : null;
    if (yr && yj) {
      yearFirst = yr.y; // "2020 में 28 जून"
      j = yj.next;
    }
    if (j !== i && !this.sameLine(j)) return null;
    let c = this.core(j);
    if (!c && yearFirst !== null) {
      j = i;
      yearFirst = null;
      c = this.core(j);
    }
    if (!c) return null;
    if (yearFirst !== null) {
      if (c.y !== null) return null;
      c = { ...c, y: yearFirst, rule: `${c.rule}.year_first` };
    }
    const r = this.resolveCore(c, dir);
    if (!r) return null;
    let next = c.next;
    const wd = this.weekdayTail(next);
    if (wd !== null) next = wd;
    const tail = this.partOfDayTail(next);
    if (tail) next = tail.next;
    const rule = modified ? `${c.rule}.modified` : c.rule;
    return { next, matches: [this.make(i, next, rule, r.kind, r.iso, tail?.pod ?? pb?.value ?? null)] };
  }

  /** "18 और 19 जून", "15-16 जनवरी की रात": two days of one month, two matches. */
  dayListRule(i: number): Candidate | null {
    if (!this.isNum(i, 2) || !this.cleanNumStart(i)) return null;
    const first = this.day(i, false);
    if (!first) return null;
    let j = first.next;
    if (!this.sameLine(j)) return null;
    if (this.isPunct(j, ",&")) j++;
    else {
      const pj = LEX.pairJoiner.match(this.t, j);
      if (!pj) return null;
      j = pj.next;
    }
    if (!this.isNum(j, 2) || !this.sameLine(j)) return null;
    const c = this.dmy(j, true);
    if (!c || c.d <= first.day) return null;
    const head = this.resolveCore({ ...c, d: first.day }, "past");
    const r = this.resolveCore(c, "past");
    if (!head || !r) return null;
    let next = c.next;
    const tail = this.partOfDayTail(next);
    if (tail) next = tail.next;
    return {
      next,
      matches: [
        this.make(i, first.next, `${c.rule}.list_head`, head.kind, head.iso, null),
        this.make(j, next, c.rule, r.kind, r.iso, tail?.pod ?? null),
      ],
    };
  }

  /** "शनिवार देर रात", "पिछले बुधवार", "अगले हफ्ते सोम", "late Sunday night", "Tuesday, May 21, 2019" */
  weekdayRule(i: number): Candidate | null {
    const t = this.t;
    let j = i;
    let pre: PartOfDay | null = null;
    let mod: WeekdayModifier | null = null;
    let weekShift = 0;
    let modified = false;
    const pb = LEX.partOfDayBefore.match(t, j);
    if (pb) {
      pre = pb.value;
      j = pb.next;
    }
    if (!this.sameLine(j)) return null;
    const wm = LEX.weekModifier.match(t, j);
    if (wm) {
      weekShift = wm.value;
      modified = true;
      j = wm.next;
      const g = this.sameLine(j) ? LEX.joiner.match(t, j) : null;
      if (g) j = g.next;
      if (this.isPunct(j, "-") && this.sameLine(j)) j++;
    } else {
      const m = LEX.weekdayModifier.match(t, j);
      if (m) {
        mod = m.value;
        modified = true;
        j = m.next;
      }
    }
    if (!this.sameLine(j)) return null;
    const wd = LEX.weekday.match(t, j) ?? (modified ? LEX.weekdayAfterModifier.match(t, j) : null);
    if (!wd) return null;
    j = wd.next;
    let pod: PartOfDay | null = null;
    let pair = false;
    let core: Core | null = null;
    const pj = this.sameLine(j) ? LEX.pairJoiner.match(t, j) : null;
    if (pj && this.sameLine(pj.next)) {
      const wd2 = LEX.weekday.match(t, pj.next);
      const tail = wd2 ? this.partOfDayTail(wd2.next) : null;
      // only a night joins two days into one phrase; "शनिवार और रविवार को" names two days
      if (wd2 && ((tail && tail.pod === "night") || pre === "night")) {
        j = tail ? tail.next : wd2.next;
        pod = "night";
        pair = true;
      }
    }
    if (!pair) {
      let k = j;
      let paren = false;
      if (this.isPunct(k, ",(-") && this.sameLine(k)) {
        paren = this.punctChar(k) === "(";
        k++;
      }
      const c = this.sameLine(k) ? this.core(k) : null;
      if (c) {
        core = c;
        j = c.next;
        if (paren && this.isPunct(j, ")")) j++;
      }
      const tail = this.partOfDayTail(j);
      if (tail) {
        pod = tail.pod;
        j = tail.next;
      }
    }
    if (core) {
      const r = this.resolveCore(core, mod === "next" || mod === "coming" ? "coming" : "past");
      if (r)
        return { next: j, matches: [this.make(i, j, `${wd.locale}.weekday+${core.rule}`, r.kind, r.iso, pod ?? pre)] };
    }
    const iso = this.pub === null ? null : isoOfDay(resolveWeekday(this.pub, wd.value, mod, weekShift));
    const rule = `${wd.locale}.weekday${pair ? ".night_between" : modified ? ".modified" : ""}`;
    return { next: j, matches: [this.make(i, j, rule, "weekday", iso, pod ?? pre)] };
  }

  /** "कल", "बीती रात", "aaj Mangalvar", "late last night", "yesterday evening" */
  relativeRule(i: number): Candidate | null {
    const t = this.t;
    let j = i;
    let pre: PartOfDay | null = null;
    const pb = LEX.partOfDayBefore.match(t, j);
    if (pb) {
      pre = pb.value;
      j = pb.next;
    }
    if (!this.sameLine(j) || (j > i && LEX.notDate.match(t, j))) return null;
    const rel = LEX.relative.match(t, j);
    if (!rel) return null;
    // "India Today", "Business Today": a capitalised word after a capitalised word is a name.
    if (t.kind[j] === LATIN && /^[A-Z]/.test(this.raw(j)) && j > 0 && this.sameLine(j) && t.kind[j - 1] === LATIN) {
      if (/^[A-Z]/.test(this.raw(j - 1))) return null;
    }
    j = rel.next;
    let pod = rel.value.partOfDay ?? null;
    let withWeekday = false;
    if (pod === null) {
      const wd = this.sameLine(j) ? LEX.weekday.match(t, j) : null;
      if (wd) {
        withWeekday = true;
        j = wd.next;
      }
      const tail = this.partOfDayTail(j);
      if (tail) {
        pod = tail.pod;
        j = tail.next;
      }
    }
    let offset = rel.value.offset;
    if (rel.value.futureOffset !== undefined && this.futureClause(j, i)) offset = rel.value.futureOffset;
    const iso = this.pub === null ? null : isoOfDay(this.pub + offset);
    const rule = `${rel.locale}.relative${withWeekday ? "+weekday" : ""}`;
    return { next: j, matches: [this.make(i, j, rule, "relative", iso, pod ?? pre)] };
  }

  /**
   * "दो दिन पहले", "two days ago", "a week back"; "आज के दो दिन बाद"; in a future clause "दो सप्ताह में",
   * "in two weeks".
   */
  agoRule(i: number): Candidate | null {
    const t = this.t;
    let j = i;
    let mode: "ago" | "from_today" | "within" = "ago";
    const from = LEX.fromToday.match(t, i) ?? LEX.withinBefore.match(t, i);
    if (from) {
      mode = LEX.fromToday.match(t, i) ? "from_today" : "within";
      j = from.next;
    }
    if (!this.sameLine(j)) return null;
    let n: number;
    if (t.kind[j] === NUM) {
      if (this.numLen(j) > 3 || !this.cleanNumStart(j)) return null;
      n = this.num(j);
      j++;
    } else {
      const c = LEX.count.match(t, j);
      if (!c) return null;
      n = c.value;
      j = c.next;
    }
    if (!this.sameLine(j)) return null;
    const u = LEX.unit.match(t, j);
    if (!u) return null;
    j = u.next;
    let sign = 1;
    if (mode === "ago") {
      const a = this.sameLine(j) ? LEX.ago.match(t, j) : null;
      if (a) {
        sign = -1;
        j = a.next;
        if (i > 0 && this.sameLine(i) && LEX.agoAnchor.has(this.key(i - 1))) return null;
      } else {
        const w = this.sameLine(j) ? LEX.withinAfter.match(t, j) : null;
        if (!w || !this.futureClause(w.next, i)) return null;
        mode = "within";
        j = w.next;
      }
    } else if (mode === "within") {
      if (!this.futureClause(j, i)) return null;
    } else {
      const l = this.sameLine(j) ? LEX.later.match(t, j) : null;
      if (l) j = l.next;
    }
    const iso = this.pub === null ? null : isoOfDay(addUnits(this.pub, sign * n, u.value));
    return { next: j, matches: [this.make(i, j, `${u.locale}.${mode}`, "relative", iso, null)] };
  }

  /** "15 तारीख को", "बीती 15 तारीख", "इस महीने 21 तारीख": the Nth of a month left implicit */
  dayOfMonthRule(i: number): Candidate | null {
    const t = this.t;
    let j = i;
    const mod = LEX.dayOfMonthModifier.match(t, j);
    if (mod) j = mod.next;
    if (!this.sameLine(j) || !this.isNum(j, 2)) return null;
    if (!mod && !this.cleanNumStart(j)) return null;
    const d = this.num(j);
    if (d < 1 || d > 31) return null;
    j++;
    const noun = this.sameLine(j) ? LEX.dayOfMonthNoun.match(t, j) : null;
    if (!noun) return null;
    j = noun.next;
    const tail = this.partOfDayTail(j);
    if (tail) j = tail.next;
    const day = this.pub === null ? null : resolveDayOfMonth(this.pub, d, mod?.value ?? null);
    const iso = day === null ? null : isoOfDay(day);
    return { next: j, matches: [this.make(i, j, `${noun.locale}.day_of_month`, "month_day", iso, tail?.pod ?? null)] };
  }

  /** The longest phrase any rule finds at token i; on a tie the rule listed first wins. */
  best(i: number): Candidate | null {
    const isNum = this.t.kind[i] === NUM;
    const mask = LEX.tables.maskAt(this.t, i);
    let best: Candidate | null = null;
    if (isNum || mask & START.date) best = this.dateRule(i);
    if (isNum) best = longer(best, this.dayListRule(i));
    if (mask & START.weekday) best = longer(best, this.weekdayRule(i));
    if (mask & START.relative) best = longer(best, this.relativeRule(i));
    if (isNum || mask & START.ago) best = longer(best, this.agoRule(i));
    if (isNum || mask & START.dayOfMonth) best = longer(best, this.dayOfMonthRule(i));
    return best;
  }
}

function longer<T extends { next: number }>(a: T | null, b: T | null): T | null {
  return b && (!a || b.next > a.next) ? b : a;
}

/** Text is scanned in chunks of about this many characters, cut after a line break (no date phrase spans one). */
const CHUNK = 1 << 15;

/**
 * Every date phrase in NORMALISED text, in text order and non-overlapping, resolved against the publication date
 * (YYYY-MM-DD, or null when unknown: then only dates with a year resolve).
 */
export function findDates(text: string, published: string | null): DateMatch[] {
  const pub = parseIsoDay(published);
  const out: DateMatch[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const nl = text.indexOf("\n", to);
      to = nl < 0 ? text.length : nl + 1;
    }
    scanChunk(tokenize(text, from, to), pub, out);
    from = to;
  }
  return out;
}

function scanChunk(t: Tokens, pub: number | null, out: DateMatch[]): void {
  const s = new Scanner(t, pub);
  let i = 0;
  while (i < t.n) {
    if (i >= s.limit) {
      let end = i + 1;
      while (end < t.n && t.gap[end] !== NEWLINE) end++;
      s.limit = end;
    }
    const k = t.kind[i];
    // one hash lookup tells whether any rule can begin at a word; most words are passed over right here
    if (k === PUNCT || (k !== NUM && (LEX.tables.maskAt(t, i) & START.any) === 0)) {
      i++;
      continue;
    }
    // "आज तक", "आज कल", "कल-परसों": the whole phrase is no date, so none of its words may start one either
    const not = LEX.notDate.match(t, i);
    if (not) {
      i = not.next;
      continue;
    }
    const c = s.best(i);
    if (c) {
      for (const m of c.matches) out.push(m);
      i = c.next;
    } else i++;
  }
}
