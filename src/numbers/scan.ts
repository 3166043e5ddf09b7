// One left-to-right pass over the tokens that finds number phrases: an optional qualifier before ("more than",
// "लगभग"), the number (parse.ts), an optional gloss in parentheses ("solah (16)"), a range or distributive
// ("10-14", "दस से बारह", "एक-एक") and an optional qualifier after ("से ज्यादा", "or more"). Leftmost-longest:
// at each token the longest phrase wins and scanning resumes after it. Ordinals and glued identifiers are skipped
// whole. findNumbers, findDurations and findMoney all start from this list.

import { LEX as LEXICON, usable as usableRole } from "./lexicon.js";
import type { Qualifier } from "./locale.js";
import { type Ctx, clean as cleanNum, info as infoOf, type Num, parseExpr as parseExprAt } from "./parse.js";

// Imported bindings become property getters under some module loaders (vitest, tsx); read once (hot loop).
const LEX = LEXICON;
const usable = usableRole;
const clean = cleanNum;
const info = infoOf;
const parseExpr = parseExprAt;
const TRIGGERS = LEX.triggers;
const STARTS = LEX.numberStarts;

export interface Found {
  /** token span of the whole phrase, qualifiers and gloss included */
  s: number;
  e: number;
  /** token span of the number itself */
  cs: number;
  ce: number;
  value: number;
  high?: number;
  qualifier: Qualifier | null;
  rule: string;
  kind: Num["kind"];
  /** English number words ("six", "a dozen"): durations quote them as written */
  english: boolean;
}

type Step = Found | { skip: number } | null;

function ok(n: Num | null): n is Num {
  return n !== null && !n.reject && !n.ordinal && !n.collective;
}

/** "(16)" after "solah", "(paanch)" after "5": the same value again, in parentheses */
function glossEnd(ctx: Ctx, k: number, value: number): number | null {
  const tk = ctx.tk;
  if (!tk.isP(k, "(") || tk.lineBreakBefore(k)) return null;
  const g = parseExpr({ tk, roman: true }, k + 1);
  if (!ok(g) || Math.abs(g.value - value) > 1e-9 * Math.max(1, Math.abs(value))) return null;
  return tk.isP(g.end, ")") ? g.end + 1 : null;
}

interface RangeStep {
  end: number;
  low: number;
  high: number | undefined;
  rule: string;
}

/** "10-14", "दस से बारह", "दो या तीन" (range); "14-14", "एक-एक" (distributive: each) */
function rangeAt(ctx: Ctx, e: Num, k: number): RangeStep | null {
  const tk = ctx.tk;
  if (k >= tk.length || tk.lineBreakBefore(k) || tk.lineBreakBefore(k + 1)) return null;
  const dash = tk.isP(k, "-");
  if (!dash && !usable(info(tk, k)?.range, ctx.roman)) return null;
  const e2 = parseExpr(ctx, k + 1);
  if (!ok(e2) || e2.weak) return null;
  if (dash && e.kind === "digits" && e2.kind === "digits") {
    // dates and phone numbers chain more parts: 12-05-2020, 222-2222-2222, +1-222
    const after = e2.end;
    if ((tk.isP(after, "-") || tk.isP(after, "/") || tk.isP(after, ".")) && tk.adjacent(after) && tk.isNum(after + 1))
      return null;
    if ((tk.isP(e.start - 1, "-") || tk.isP(e.start - 1, "/") || tk.isP(e.start - 1, "+")) && tk.adjacent(e.start))
      return null;
  }
  // "5 से 6 लाख", "7-9 lakh": the first number shares the second one's scale
  let low = e.value;
  if (e2.scale > e.scale && e.scale === 1 && e.value * e2.scale <= e2.value) low = clean(e.value * e2.scale);
  if (dash && low === e2.value) return { end: e2.end, low, high: undefined, rule: "distributive" };
  if (e2.value <= low) return null;
  if (dash && e.kind === "digits" && low !== 0 && e2.value > 10 * low) return null;
  return { end: e2.end, low, high: e2.value, rule: "range" };
}

function englishNumber(n: Num): boolean {
  return n.kind === "words" && (n.locId === "en" || n.rule.startsWith("en_words") || n.rule === "phrase");
}

export function matchAt(ctx: Ctx, i: number): Step {
  const tk = ctx.tk;
  // most tokens are ordinary words: one set lookup and out
  const isNum = tk.isNum(i);
  const h = isNum ? 0 : tk.hash(i);
  if (!isNum && !TRIGGERS.has(h)) return null;
  // a full stop or a dash starts a number only right before digits (".08", "-5")
  if (tk.isPunct(i) && !((tk.isNum(i + 1) || tk.isP(i + 1, ".")) && (tk.adjacent(i + 1) || i === 0))) return null;
  // "between 10 and 20", "from 5 to 10"
  const join = LEX.rangeFrames.get(tk.key(i));
  if (join !== undefined) {
    const a = parseExpr(ctx, i + 1);
    if (ok(a) && tk.key(a.end) === join) {
      const b = parseExpr(ctx, a.end + 1);
      if (ok(b) && b.value > a.value) {
        return {
          s: i,
          e: b.end,
          cs: a.start,
          ce: b.end,
          value: a.value,
          high: b.value,
          qualifier: null,
          rule: `${a.rule}+range`,
          kind: a.kind,
          english: englishNumber(a),
        };
      }
    }
  }

  let qualifier: Qualifier | null = null;
  let hasQ = false;
  let j = i;
  const qb = LEX.qualBefore.match(tk, i, ctx.roman);
  if (qb && !(i > 0 && LEX.qualBlockers.has(tk.key(i - 1)))) {
    qualifier = qb.payload;
    hasQ = true;
    j = qb.end;
  } else if (!isNum && !STARTS.has(h)) return null;
  let e = parseExpr(ctx, j);
  let end: number;
  let rule: string;
  let glossed = false;
  if (!e && !ctx.roman && !tk.isNum(j)) {
    // a romanised number word the caller did not enable, confirmed by its gloss: "solah (16)"
    const r = parseExpr({ tk, roman: true }, j);
    const g = ok(r) ? glossEnd(ctx, r.end, r.value) : null;
    if (!ok(r) || g === null) return null;
    e = r;
    end = g;
    glossed = true;
    rule = `${r.rule}+gloss`;
  } else {
    if (!e) return null;
    if (e.reject || e.ordinal) return { skip: Math.max(e.end, i + 1) };
    end = e.end;
    rule = e.rule;
    const g = glossEnd(ctx, end, e.value);
    if (g !== null) {
      end = g;
      glossed = true;
      rule += "+gloss";
    }
  }
  if (e.weak && !glossed && !(j > 0 && usable(info(tk, j - 1)?.plus, ctx.roman))) return null;
  if (e.needsWord && !glossed && !(tk.isWord(end) && !tk.lineBreakBefore(end))) return null;

  let value = e.value;
  let high: number | undefined;
  if (!e.collective) {
    const r = rangeAt(ctx, e, end);
    if (r) {
      value = r.low;
      high = r.high;
      end = r.end;
      rule += `+${r.rule}`;
      const g2 = high !== undefined ? glossEnd(ctx, end, high) : null;
      if (g2 !== null) end = g2;
    }
  }
  if (!hasQ) {
    const qa = LEX.qualAfter.match(tk, end, ctx.roman);
    if (qa && !(tk.isPunct(end) && !tk.adjacent(end))) {
      qualifier = qa.payload;
      end = qa.end;
    } else if (e.approx) qualifier = "about";
  }
  if (qualifier) rule += `+${qualifier}`;
  return {
    s: i,
    e: end,
    cs: e.start,
    ce: e.end,
    value,
    high,
    qualifier,
    rule,
    kind: e.kind,
    english: englishNumber(e),
  };
}

export function scanNumbers(ctx: Ctx): Found[] {
  const out: Found[] = [];
  const n = ctx.tk.length;
  let i = 0;
  while (i < n) {
    const r = matchAt(ctx, i);
    if (r === null) i++;
    else if ("skip" in r) i = r.skip;
    else {
      out.push(r);
      i = Math.max(r.e, i + 1);
    }
  }
  return out;
}
