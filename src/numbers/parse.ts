// The number grammar, over tokens. Recursive descent, greedy, no backtracking beyond one saved position:
//
//   expr     := [negative] cardinal [tail] [and fraction]
//   tail     := "बटा" cardinal | fraction-word (तिहाई) | "का/के/की" regular-ordinal
//   cardinal := group (big-scale [and] group)*          big scales strictly decreasing (लाख > हजार)
//   group    := small [dozen] [hundred [and] small<100 [dozen]]
//   small    := digits | unit-word [tens-compound] | डेढ़/ढाई | सवा/साढ़े/पौने small | आधा | "a" (before a scale)
//
// Every parse says where it ends (token index), its value and a base rule name. Ordinals and digits glued to
// unknown words come back marked (`ordinal`, `reject`) so the caller can skip them as a whole: "5वां" must not
// yield 5, "COVID19" must not yield 19.

import { LEX as LEXICON, type OrdinalRole, usable as usableRole, type WordInfo } from "./lexicon.js";
import type { Tokens } from "./tokens.js";

// Imported bindings become property getters under some module loaders (vitest, tsx); these run per token, so they
// are read once into module constants.
const LEX = LEXICON;
const usable = usableRole;

export interface Ctx {
  tk: Tokens;
  roman: boolean;
}

export interface Num {
  start: number;
  end: number;
  value: number;
  kind: "digits" | "words";
  /** base rule name: digits, digits_grouped, hi_words, en_words+scale, fraction ... */
  rule: string;
  /** the largest multiplier applied (1 when none): "6 लाख" → 1e5, so "5 से 6 लाख" reads as 5 लाख to 6 लाख */
  scale: number;
  /** number tokens in the parse (1: a single word, which may need support) */
  words: number;
  ordinal: boolean;
  /** an ordinal formed with a regular suffix (पांचवां): may be a denominator */
  regular: boolean;
  /** not a number (digits glued to an unknown word, a clock time): skip to `end` */
  reject: boolean;
  collective: boolean;
  /** a single weak word (वन, सेवन): a number only with support */
  weak: boolean;
  /** a single romanised word that must be followed by a word ("do dalal", not "bata do.") */
  needsWord: boolean;
  /** "दर्जन भर": approximate */
  approx: boolean;
  locId: string | null;
}

// Parses build and then mutate their own fresh Num: every Num has all fields, in one order (one hidden class), and
// no parse copies objects — the scanner runs this for every number-like token of a document.
function mk(start: number, end: number, value: number, kind: Num["kind"], rule: string, words = 1): Num {
  return {
    start,
    end,
    value,
    kind,
    rule,
    scale: 1,
    words,
    ordinal: false,
    regular: false,
    reject: false,
    collective: false,
    weak: false,
    needsWord: false,
    approx: false,
    locId: null,
  };
}

export function info(tk: Tokens, i: number): WordInfo | undefined {
  if (i < 0 || i >= tk.length || tk.isNum(i)) return undefined;
  return LEX.words.get(tk.key(i));
}

/** Snap float noise (2.33 * 1000 = 2330.0000000000005, 4.5 * 0.1) to the short number meant, without touching real
 *  fractions (2/3 stays 0.6666666666666666). */
export function clean(v: number): number {
  if (!Number.isFinite(v)) return v;
  const r = Math.round(v);
  if (Math.abs(v - r) <= 1e-9 * Math.abs(v)) return r;
  const short = Number.parseFloat(v.toPrecision(12));
  return String(short).length <= 12 ? short : v;
}

function nl(tk: Tokens, i: number): boolean {
  return tk.lineBreakBefore(i);
}

function reject(start: number, end: number): Num {
  const n = mk(start, end, 0, "digits", "reject");
  n.reject = true;
  return n;
}

function ordinal(start: number, end: number, value: number, regular: boolean, kind: Num["kind"] = "words"): Num {
  const n = mk(start, end, value, kind, "ordinal");
  n.ordinal = true;
  n.regular = regular;
  return n;
}

/** end of a run of tokens glued together (letters and digits): what an identifier like "MP3x" spans */
function gluedEnd(tk: Tokens, i: number): number {
  let k = i + 1;
  while (k < tk.length && tk.adjacent(k) && !tk.isPunct(k)) k++;
  return k;
}

function isCurrencyPrefix(ctx: Ctx, i: number): boolean {
  const m = LEX.currencyBefore.match(ctx.tk, i, ctx.roman) ?? LEX.currencyBeforeDigits.match(ctx.tk, i, ctx.roman);
  return m !== null && m.end === i + 1;
}

// ---------------------------------------------------------------------------------------------------------------
// digits

const SEPARATOR_CHAIN = ["-", "/", "."];

function chainAt(tk: Tokens, k: number): boolean {
  return SEPARATOR_CHAIN.some((c) => tk.isP(k, c)) && tk.adjacent(k) && tk.isNum(k + 1) && tk.adjacent(k + 1);
}

function chainBefore(tk: Tokens, i: number): boolean {
  return (tk.isP(i - 1, "-") || tk.isP(i - 1, "/") || tk.isP(i - 1, "+")) && tk.adjacent(i) && tk.isNum(i - 2);
}

function validGrouping(first: string, groups: string[]): boolean {
  const last = groups[groups.length - 1]!;
  if (first.length > 3 || last.length !== 3) return false;
  const middle = groups.slice(0, -1);
  if (middle.every((g) => g.length === 3)) return true; // western 120,000
  return first.length <= 2 && middle.every((g) => g.length === 2); // Indian 1,20,000
}

function parseDigits(ctx: Ctx, i: number): Num | null {
  const tk = ctx.tk;
  let intStr: string;
  let fracStr = "";
  let j: number;
  let rule = "digits";
  if (tk.isP(i, ".")) {
    // ".08": a leading decimal point, not the dot of "192.168"
    if (!tk.isNum(i + 1) || !tk.adjacent(i + 1)) return null;
    // not after a word either: "हैं .11 दिनों" is a sentence end without its space
    if ((tk.adjacent(i) && tk.isNum(i - 1)) || tk.isWord(i - 1)) return null;
    intStr = "0";
    fracStr = tk.key(i + 1);
    j = i + 1;
    rule = "digits_decimal";
  } else {
    if (!tk.isNum(i)) return null;
    // letters glued before the digits make an identifier (COVID19, MP3), unless they are a currency (Rs11,300)
    if (tk.adjacent(i) && tk.isWord(i - 1) && !isCurrencyPrefix(ctx, i - 1)) return reject(i, gluedEnd(tk, i));
    intStr = tk.key(i);
    j = i;
    // clock times "10:30" are not quantities
    if (tk.isP(j + 1, ":") && tk.adjacent(j + 1) && tk.isNum(j + 2) && tk.adjacent(j + 2)) {
      let k = j + 2;
      while (tk.isP(k + 1, ":") && tk.adjacent(k + 1) && tk.isNum(k + 2) && tk.adjacent(k + 2)) k += 2;
      return reject(i, k + 1);
    }
    // 1,20,000 / 120,000
    if (tk.isP(j + 1, ",") && tk.adjacent(j + 1) && tk.isNum(j + 2) && tk.adjacent(j + 2)) {
      const groups: string[] = [];
      let k = j + 1;
      while (tk.isP(k, ",") && tk.adjacent(k) && tk.isNum(k + 1) && tk.adjacent(k + 1)) {
        groups.push(tk.key(k + 1));
        k += 2;
      }
      if (validGrouping(intStr, groups)) {
        intStr += groups.join("");
        j = k - 1;
        rule = "digits_grouped";
      }
    } else if (intStr.length <= 2 && tk.isNum(j + 1) && tk.singleSpaceBefore(j + 1) && tk.key(j + 1).length === 3) {
      // "1 234 567": at least two groups of three after a short lead ("40 000" stays two numbers)
      const groups: string[] = [];
      let k = j + 1;
      while (tk.isNum(k) && tk.singleSpaceBefore(k) && tk.key(k).length === 3) {
        groups.push(tk.key(k));
        k++;
      }
      if (groups.length >= 2) {
        intStr += groups.join("");
        j = k - 1;
        rule = "digits_grouped";
      }
    }
    // decimals, but "192.168.1.2" (and dates 12.05.2020) are separate numbers
    const dotted = tk.isP(i - 1, ".") && tk.adjacent(i) && tk.isNum(i - 2) && tk.adjacent(i - 1);
    if (
      !dotted &&
      tk.isP(j + 1, ".") &&
      tk.adjacent(j + 1) &&
      tk.isNum(j + 2) &&
      tk.adjacent(j + 2) &&
      !chainAt(tk, j + 3)
    ) {
      fracStr = tk.key(j + 2);
      j += 2;
      rule = rule === "digits" ? "digits_decimal" : rule;
      // "10.30 pm", "9.15 बजे": a clock time
      if (fracStr.length === 2 && Number(intStr) <= 24 && LEX.clockAfter.match(tk, j + 1, ctx.roman)) {
        return reject(i, j + 1);
      }
    }
  }
  let value = Number.parseFloat(fracStr ? `${intStr}.${fracStr}` : intStr);
  let scale = 1;

  // 1e10, 12.32e+14
  if (tk.isWord(j + 1) && tk.adjacent(j + 1) && tk.key(j + 1) === "e") {
    let k = j + 2;
    let sign = "";
    if ((tk.isP(k, "+") || tk.isP(k, "-")) && tk.adjacent(k)) {
      sign = tk.key(k);
      k++;
    }
    if (tk.isNum(k) && tk.adjacent(k)) {
      value = Number.parseFloat(`${intStr}${fracStr ? `.${fracStr}` : ""}e${sign}${tk.key(k)}`);
      j = k;
      rule = "digits_exponent";
    }
  }
  // 1.1^23, 2.5^-1
  if (tk.isP(j + 1, "^") && tk.adjacent(j + 1)) {
    let k = j + 2;
    let neg = false;
    while ((tk.isP(k, "+") || tk.isP(k, "-")) && tk.adjacent(k)) {
      if (tk.isP(k, "-")) neg = !neg;
      k++;
    }
    if (tk.isNum(k) && tk.adjacent(k)) {
      const exp = Number.parseFloat(tk.key(k));
      value = value ** (neg ? -exp : exp);
      j = k;
      rule = "digits_power";
    }
  }

  // what follows: a multiplier (10k, 3M), an ordinal suffix (5th, 5वां), a known word (20Rs, 5लाख), or junk (1मि)
  const nx = j + 1;
  if (tk.isWord(nx)) {
    if (tk.adjacent(nx)) {
      const mult = LEX.digitMultipliers.get(tk.raw(nx));
      const wi = info(tk, nx);
      if (mult !== undefined) {
        value *= mult;
        scale = mult;
        j = nx;
        rule += "+multiplier";
      } else if (usable(wi?.digitOrdinal, ctx.roman)) {
        return ordinal(i, nx + 1, value, false, "digits");
      } else if (!usable(wi?.gluedOk, ctx.roman)) {
        return reject(i, gluedEnd(tk, nx));
      }
    } else if (!nl(tk, nx)) {
      const wi = info(tk, nx);
      if (usable(wi?.spacedOrdinal, ctx.roman)) return ordinal(i, nx + 1, value, false, "digits");
      if (LEX.spacedMultipliers.has(tk.raw(nx)) && !tk.isWord(nx + 1)) {
        value *= LEX.digitMultipliers.get(tk.raw(nx)) ?? 1;
        scale = 1000;
        j = nx;
        rule += "+multiplier";
      }
    }
  }

  // fractions 3/4, and mixed 2 1/4 — but not dates (5/17/2018), sections (363/366) or phone parts (2222/2222)
  if (rule === "digits") {
    if (tk.isP(j + 1, "/") && tk.adjacent(j + 1) && tk.isNum(j + 2) && tk.adjacent(j + 2)) {
      const b = Number.parseFloat(tk.key(j + 2));
      // "धारा 3/4", "section 3/4", "FIR No. 12/21": references, not fractions
      const ref =
        LEX.referenceWords.has(tk.key(i - 1)) || (tk.isP(i - 1, ".") && LEX.referenceWords.has(tk.key(i - 2)));
      if (!ref && !chainAt(tk, j + 3) && !chainBefore(tk, i) && b > 0 && value < b && b <= 100) {
        value /= b;
        j += 2;
        rule = "digit_fraction";
      }
    } else if (
      tk.isNum(j + 1) &&
      !tk.adjacent(j + 1) &&
      !nl(tk, j + 1) &&
      tk.isP(j + 2, "/") &&
      tk.adjacent(j + 2) &&
      tk.isNum(j + 3) &&
      tk.adjacent(j + 3) &&
      !chainAt(tk, j + 4)
    ) {
      const a = Number.parseFloat(tk.key(j + 1));
      const b = Number.parseFloat(tk.key(j + 3));
      if (b > 0 && a < b && b <= 100) {
        value += a / b;
        j += 3;
        rule = "digit_mixed_fraction";
      }
    }
  }
  const out = mk(i, j + 1, value, "digits", rule);
  out.scale = scale;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// words

/** decimals after a point word: digits, or number words read digit by digit ("शून्य तीन" = 03, "इकहत्तर" = 71) */
function readDecimals(ctx: Ctx, k: number): { digits: string; end: number } | null {
  const tk = ctx.tk;
  if (nl(tk, k)) return null;
  if (tk.isNum(k)) return { digits: tk.key(k), end: k + 1 };
  let digits = "";
  while (k < tk.length && !nl(tk, k)) {
    const u = usable(info(tk, k)?.unit, ctx.roman);
    if (!u || u.value >= 100 || !Number.isInteger(u.value)) break;
    digits += String(u.value);
    k++;
  }
  return digits ? { digits, end: k } : null;
}

function unitAt(ctx: Ctx, i: number) {
  return usable(info(ctx.tk, i)?.unit, ctx.roman);
}

function scaleAt(ctx: Ctx, i: number) {
  if (nl(ctx.tk, i)) return undefined;
  return usable(info(ctx.tk, i)?.scale, ctx.roman);
}

function ordinalAt(ctx: Ctx, i: number): OrdinalRole | undefined {
  if (nl(ctx.tk, i)) return undefined;
  return usable(info(ctx.tk, i)?.ordinal, ctx.roman);
}

function wordsRule(locId: string | undefined): string {
  return `${locId ?? "hi"}_words`;
}

export function parseSmall(ctx: Ctx, i: number, allowOffset = true): Num | null {
  const tk = ctx.tk;
  if (tk.isNum(i) || tk.isP(i, ".")) {
    const d = parseDigits(ctx, i);
    // "1 point 1"
    if (d && d.rule === "digits" && usable(info(tk, d.end)?.point, ctx.roman) && !nl(tk, d.end)) {
      const dec = readDecimals(ctx, d.end + 1);
      if (dec) {
        d.end = dec.end;
        d.value = Number.parseFloat(`${d.value}.${dec.digits}`);
        d.rule = "digits_decimal";
      }
    }
    return d;
  }
  if (!tk.isWord(i) && !tk.isPunct(i)) return null;
  const ph = LEX.phrases.match(tk, i, ctx.roman);
  if (ph) return mk(i, ph.end, ph.payload, "words", "phrase", 2);
  const wi = info(tk, i);
  if (!wi) return null;
  const roman = ctx.roman;

  const off = usable(wi.offset, roman);
  if (off) {
    if (!allowOffset) return null;
    const s2 = nl(tk, i + 1) ? null : parseSmall(ctx, i + 1, false);
    if (s2 && !s2.ordinal && !s2.reject && !s2.collective && s2.value > 0) {
      s2.start = i;
      s2.value += off.add;
      s2.rule = "fraction_offset";
      s2.words++;
      s2.weak = false;
      s2.needsWord = false;
      return s2;
    }
    if (scaleAt(ctx, i + 1)) {
      return mk(i, i + 1, 1 + off.add, "words", "fraction_offset");
    }
    if (off.alone !== null) {
      return mk(i, i + 1, off.alone, "words", "fraction_offset");
    }
    return null;
  }
  const fv = usable(wi.fracValue, roman);
  if (fv) return mk(i, i + 1, fv.value, "words", "fraction_value");
  if (usable(wi.half, roman)) return mk(i, i + 1, 0.5, "words", "half");

  const unit = usable(wi.unit, roman);
  if (unit?.notAfter?.has(tk.key(i - 1))) return null;
  if (unit) {
    let value = unit.value;
    let end = i + 1;
    let words = 1;
    const loc = unit.loc;
    // "twenty one", "twenty-one", "twenty-fifth"
    if (loc.tensCompound && value >= 20 && value <= 90 && value % 10 === 0 && !nl(tk, i + 1)) {
      let k = i + 1;
      if (tk.isP(k, "-") && tk.adjacent(k) && tk.adjacent(k + 1)) k++;
      const w2 = info(tk, k);
      const u2 = usable(w2?.unit, roman);
      const o2 = usable(w2?.ordinal, roman);
      if (u2 && u2.loc.id === loc.id && u2.value >= 1 && u2.value <= 9) {
        value += u2.value;
        end = k + 1;
        words = 2;
      } else if (o2 && o2.loc.id === loc.id && o2.value >= 1 && o2.value <= 9) {
        return ordinal(i, k + 1, value + o2.value, false);
      }
    }
    // "one twenty two" = 122
    if (loc.unitThenTens && words === 1 && value >= 1 && value <= 9 && !nl(tk, i + 1)) {
      const u2 = unitAt(ctx, i + 1);
      if (u2 && u2.loc.id === loc.id && u2.value >= 20 && u2.value % 10 === 0) {
        const s2 = parseSmall(ctx, i + 1, false);
        if (s2 && !s2.ordinal && s2.words === 2) {
          value = value * 100 + s2.value;
          end = s2.end;
          words = 3;
        }
      }
    }
    // "दो सौ दशमलव शून्य तीन", "two point two"
    if (usable(info(tk, end)?.point, roman) && Number.isInteger(value) && !nl(tk, end)) {
      const d = readDecimals(ctx, end + 1);
      if (d) {
        value = Number.parseFloat(`${value}.${d.digits}`);
        end = d.end;
        words += 2;
      }
    }
    const out = mk(i, end, value, "words", wordsRule(loc.id), words);
    out.weak = words === 1 && unit.weak;
    out.needsWord = words === 1 && unit.needsWord;
    out.locId = loc.id;
    return out;
  }
  const ord = usable(wi.ordinal, roman);
  if (ord) return ordinal(i, i + 1, ord.value, ord.regular);
  const coll = usable(wi.collective, roman);
  if (coll) {
    const c = mk(i, i + 1, coll.value, "words", "collective");
    c.collective = true;
    return c;
  }
  // "a hundred", "a dozen", "a lakh"
  if (usable(wi.article, roman) && !nl(tk, i + 1)) {
    const w2 = info(tk, i + 1);
    if (usable(w2?.scale, roman) || usable(w2?.dozen, roman)) {
      const a = mk(i, i + 1, 1, "words", "en_words");
      a.locId = "en";
      return a;
    }
    return null;
  }
  // "point 77"
  if (usable(wi.point, roman)) {
    const d = readDecimals(ctx, i + 1);
    if (d) {
      return mk(i, d.end, Number.parseFloat(`0.${d.digits}`), "words", "decimal_words", 2);
    }
  }
  return null;
}

/** "दो दर्जन" ×12, and "दर्जन भर" (approximate) */
function applyDozen(ctx: Ctx, n: Num): Num {
  const tk = ctx.tk;
  const j = n.end;
  if (nl(tk, j) || !usable(info(tk, j)?.dozen, ctx.roman)) return n;
  const approx = usable(info(tk, j + 1)?.dozenApprox, ctx.roman) !== undefined && !nl(tk, j + 1);
  n.value *= 12;
  n.end = approx ? j + 2 : j + 1;
  n.words++;
  n.weak = false;
  n.needsWord = false;
  n.approx = approx || n.approx;
  return n;
}

/** after "और": a fraction that closes the number ("एक सौ और तीन चौथाई") — then the "और" is not a remainder */
function isFractionTail(ctx: Ctx, k: number): boolean {
  const wi = info(ctx.tk, k);
  if (!wi || nl(ctx.tk, k)) return false;
  return (
    usable(wi.division, ctx.roman) !== undefined ||
    usable(wi.fracWord, ctx.roman) !== undefined ||
    (usable(wi.of, ctx.roman) !== undefined && ofOrdinal(ctx, k) !== null)
  );
}

export function parseGroup(ctx: Ctx, i: number): Num | null {
  const tk = ctx.tk;
  let s = parseSmall(ctx, i);
  if (!s && usable(info(tk, i)?.dozen, ctx.roman) && usable(info(tk, i + 1)?.dozenApprox, ctx.roman)) {
    // "दर्जन भर": about a dozen
    const d = mk(i, i + 2, 12, "words", "hi_words", 2);
    d.approx = true;
    return d;
  }
  if (!s) {
    const sc = usable(info(tk, i)?.scale, ctx.roman);
    if (!sc?.bare || sc.value !== 100) return null;
    // a bare "सौ": the hundred step below consumes it
    s = mk(i, i, 1, "words", "hi_words", 0);
    s.locId = "hi";
  }
  if (s.ordinal || s.reject || s.collective) return s;
  applyDozen(ctx, s);
  const base = s.value;
  let { value, end: j, words, scale } = s;
  const h = scaleAt(ctx, j);
  const hOrd = ordinalAt(ctx, j);
  if (h && h.value === 100) {
    value *= 100;
    j++;
    words++;
    scale = Math.max(scale, 100);
    // remainder: "एक सौ पच्चीस", "five hundred and four", "तीन सौ और दो दर्जन"
    let k = j;
    let hasAnd = false;
    if (usable(info(tk, k)?.and, ctx.roman) && !nl(tk, k)) {
      k++;
      hasAnd = true;
    }
    let s2 = nl(tk, k) ? null : parseSmall(ctx, k);
    if (s2 && !s2.ordinal) s2 = applyDozen(ctx, s2);
    // "2.12 सौ दो" is 212 and 2: only a whole number of hundreds takes a remainder
    if (s2 && !s2.reject && !s2.collective && s2.value < 100 && (!hasAnd || s2.value > 0) && Number.isInteger(base)) {
      const next = scaleAt(ctx, s2.end);
      // "3 सौ और 2 सौ" are two numbers; "एक सौ और तीन चौथाई" is 100 + 3/4
      const blocked = (next !== undefined && next.value === 100) || (hasAnd && isFractionTail(ctx, s2.end));
      if (!blocked) {
        if (s2.ordinal) return ordinal(s.start, s2.end, value + s2.value, s2.regular);
        value += s2.value;
        j = s2.end;
        words += s2.words + (hasAnd ? 1 : 0);
      }
    }
    s.value = value;
    s.end = j;
    s.words = words;
    s.scale = scale;
    s.weak = false;
    s.needsWord = false;
    return applyDozen(ctx, s);
  }
  if (hOrd?.isScale && hOrd.value === 100) return ordinal(s.start, j + 1, value * 100, hOrd.regular);
  return s;
}

export function parseCardinal(ctx: Ctx, i: number): Num | null {
  const tk = ctx.tk;
  let g = parseGroup(ctx, i);
  if (!g) {
    // a bare big scale: "हजार" = 1000
    const sc = usable(info(tk, i)?.scale, ctx.roman);
    if (!sc?.bare || sc.value < 1000) return null;
    g = mk(i, i, 1, "words", "hi_words", 0);
    g.locId = "hi";
  }
  if (g.ordinal || g.reject || g.collective) return g;
  const first = g;
  let total = 0;
  let lastBig = Number.POSITIVE_INFINITY;
  let cur: number | null = g.value;
  let j = g.end;
  let words = g.words;
  let scale = g.scale;
  let approx = g.approx;
  for (;;) {
    const big = scaleAt(ctx, j);
    if (cur !== null) {
      if (big && big.value >= 1000 && big.value < lastBig) {
        total += cur * big.value;
        lastBig = big.value;
        scale = Math.max(scale, big.value);
        cur = null;
        j++;
        words++;
        continue;
      }
      const bigOrd = ordinalAt(ctx, j);
      if (bigOrd?.isScale && bigOrd.value >= 1000 && bigOrd.value < lastBig) {
        return ordinal(i, j + 1, total + cur * bigOrd.value, bigOrd.regular);
      }
      break;
    }
    // after a big scale: a bigger one multiplies ("three thousand millions"), a smaller group adds
    if (big && big.value > lastBig) {
      total *= big.value;
      lastBig = big.value;
      scale = big.value;
      j++;
      words++;
      continue;
    }
    let k = j;
    let hasAnd = false;
    if (usable(info(tk, k)?.and, ctx.roman) && !nl(tk, k)) {
      k++;
      hasAnd = true;
    }
    const g2 = nl(tk, k) ? null : parseGroup(ctx, k);
    if (!g2 || g2.reject || g2.collective || g2.value >= lastBig || (hasAnd && g2.value <= 0)) break;
    // "32 हजार और दो बाइक", "Rs 2 lakh and 12 phones": after "and", a small number that a noun follows is a count of
    // its own; "seven hundred twenty-one thousand and twelve" ends there.
    if (hasAnd && g2.value < 100 && tk.isWord(g2.end) && !nl(tk, g2.end) && !scaleAt(ctx, g2.end)) break;
    if (g2.ordinal) return ordinal(i, g2.end, total + g2.value, g2.regular);
    const nb = scaleAt(ctx, g2.end);
    if (nb && nb.value >= 1000 && nb.value >= lastBig) break; // "पांच हजार और दो हजार": two numbers
    if (hasAnd && isFractionTail(ctx, g2.end)) break;
    cur = g2.value;
    j = g2.end;
    words += g2.words + (hasAnd ? 1 : 0);
    approx = approx || g2.approx;
  }
  if (cur !== null) total += cur;
  const many = words > 1;
  const rule = first.kind === "digits" ? (scale > 1 && first.scale === 1 ? "digits+scale" : first.rule) : first.rule;
  first.rule = first.kind === "words" && scale >= 1000 && !rule.includes("+scale") ? `${rule}+scale` : rule;
  first.start = i;
  first.end = j;
  first.value = total;
  first.words = words;
  first.scale = scale;
  first.weak = !many && first.weak;
  first.needsWord = !many && first.needsWord;
  first.approx = approx;
  return first;
}

/** "का/के/की" + a regular ordinal, ending the phrase ("एक का पांचवां (भाग)"): the denominator */
function ofOrdinal(ctx: Ctx, k: number): Num | null {
  const tk = ctx.tk;
  if (!usable(info(tk, k)?.of, ctx.roman) || nl(tk, k + 1)) return null;
  const o = parseCardinal(ctx, k + 1);
  if (!o?.ordinal || !o.regular || o.value === 0) return null;
  // "2020 के पांचवें महीने" is a date, not a fraction: the ordinal must close the phrase or be followed by "भाग"
  const after = o.end;
  const closes =
    after >= tk.length ||
    nl(tk, after) ||
    tk.isPunct(after) ||
    tk.isNum(after) ||
    usable(info(tk, after)?.part, ctx.roman) !== undefined;
  return closes ? o : null;
}

/** a fraction tail after a cardinal: "बटा आठ", "तिहाई", "का पांचवां" */
function fractionTail(ctx: Ctx, c: Num): { value: number; end: number } | null {
  const tk = ctx.tk;
  const k = c.end;
  if (nl(tk, k)) return null;
  const wi = info(tk, k);
  if (!wi) return null;
  if (usable(wi.division, ctx.roman)) {
    const d = nl(tk, k + 1) ? null : parseCardinal(ctx, k + 1);
    if (d && !d.ordinal && !d.reject && !d.collective && d.value !== 0) return { value: c.value / d.value, end: d.end };
    return null;
  }
  const fw = usable(wi.fracWord, ctx.roman);
  if (fw) return { value: c.value * fw.value, end: k + 1 };
  const o = ofOrdinal(ctx, k);
  if (o) return { value: c.value / o.value, end: o.end };
  return null;
}

/** after "and"/"और": "a half", "three quarters", "एक चौथाई", "तीन बटे पांच"; `hyphens`: "two-and-a-half" */
function andFraction(ctx: Ctx, k: number, hyphens = false): { value: number; end: number } | null {
  const tk = ctx.tk;
  if (nl(tk, k)) return null;
  let n = 1;
  let k2 = k;
  const w0 = info(tk, k);
  if (usable(w0?.article, ctx.roman)) k2 = k + 1;
  else {
    const u = usable(w0?.unit, ctx.roman);
    if (u?.loc.tensCompound && u.value >= 1 && u.value <= 3) {
      n = u.value;
      k2 = k + 1;
    }
  }
  if (hyphens && k2 > k) {
    if (!tk.isP(k2, "-")) return null;
    k2++;
  }
  const w2 = info(tk, k2);
  if (usable(w2?.half, ctx.roman) && n === 1) return { value: 0.5, end: k2 + 1 };
  const af = usable(w2?.andFracWord, ctx.roman);
  if (af) return { value: n * af.value, end: k2 + 1 };
  const c = parseCardinal(ctx, k);
  if (!c || c.ordinal || c.reject || c.collective) return null;
  const t = fractionTail(ctx, c);
  return t && t.value < 1 ? t : null;
}

export function parseExpr(ctx: Ctx, i: number): Num | null {
  const tk = ctx.tk;
  let sign = 1;
  let j = i;
  const wi = info(tk, i);
  if (usable(wi?.negative, ctx.roman) && !nl(tk, i + 1)) {
    sign = -1;
    j = i + 1;
  } else if (
    tk.isP(i, "-") &&
    (tk.isNum(i + 1) || (tk.isP(i + 1, ".") && tk.isNum(i + 2))) &&
    tk.adjacent(i + 1) &&
    (i === 0 || !tk.adjacent(i) || tk.isP(i - 1, "("))
  ) {
    // "-5" attached, after a space or a bracket: "सेक्टर-63" and "10-14" are not negative
    sign = -1;
    j = i + 1;
  } else if (i === 0 && tk.isP(0, "-") && !tk.adjacent(1) && !nl(tk, 1) && (tk.isNum(1) || tk.isP(1, "."))) {
    // "- 1,200,000" with a space: only as the very start of the text. Inside a text a spaced dash is a separator
    // or a bullet ("- 5 arrested").
    sign = -1;
    j = 1;
  }
  const c = parseCardinal(ctx, j);
  if (!c) return null;
  if (c.reject || c.ordinal || c.collective) {
    if (sign < 0 && !c.reject) c.start = i;
    return c;
  }
  let value = c.value;
  let end = c.end;
  let rule = c.rule;
  const t = fractionTail(ctx, c);
  if (t) {
    value = t.value;
    end = t.end;
    rule = "fraction";
  }
  const hyphens = tk.isP(end, "-") && tk.adjacent(end) && tk.adjacent(end + 1) && tk.isP(end + 2, "-");
  if (
    (usable(info(tk, end)?.and, ctx.roman) || (hyphens && usable(info(tk, end + 1)?.and, ctx.roman))) &&
    !nl(tk, end)
  ) {
    const f = hyphens ? andFraction(ctx, end + 3, true) : andFraction(ctx, end + 1);
    if (f) {
      value += f.value;
      end = f.end;
      rule = rule === "fraction" ? rule : `${rule}+fraction`;
    }
  }
  const many = end - c.start > 1 || sign < 0;
  c.start = i;
  c.end = end;
  c.value = clean(sign * value);
  c.rule = sign < 0 ? `${rule}+negative` : rule;
  c.words = many ? Math.max(c.words, 2) : c.words;
  c.weak = !many && c.weak;
  c.needsWord = !many && c.needsWord;
  return c;
}
