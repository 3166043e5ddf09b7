// Number, duration and money recognition for Hindi, English and romanised Hindi (Hinglish), over NORMALISED text
// (src/text/normalize.ts): offsets point into the text given. Language data: src/locales/{hi,en}/numbers.ts.
//
// What findNumbers returns, and what it deliberately does not:
// - cardinals in digits (1,20,000 / 120,000 / 4.50 / 10k), in words (नौ, इक्कीस, एक सौ पच्चीस, ढाई लाख, सवा सौ,
//   twenty-one, three crore), romanised words when opts.romanHindi (solah, do, paanch), and a number with its gloss
//   as one match ("5 (paanch)", "solah (16)": the gloss also confirms a romanised word without the flag);
// - fractions (3/4, दो तिहाई, डेढ़ 1.5, आधा 0.5): non-integer values; callers that count people ignore them;
// - ranges ("10-14", "दस से बारह": value = low, high set) and distributives ("14-14", "एक-एक": each; rule
//   contains "distributive");
// - qualifiers: "over 20", "20 से ज्यादा", "more than a dozen" → over; "about/लगभग/करीब" → about; "up to" → under;
// - ORDINALS ARE NEVER RETURNED ("1st", "5वां", "पहली", "third"): they are skipped whole, so "5वां" gives nothing;
// - vague quantities are not numbers ("a few", "dozens", "दर्जनों", "हजारों"): nothing is guessed;
// - clock times (10:30, 10.30 pm) and digits glued to unknown words (COVID19, 1मि) are not numbers; "3/4" after
//   धारा/section is two references, not a fraction; a dash is a minus only attached to digits ("-5"), or spaced at
//   the very start of the text;
// - romanised words need opts.romanHindi, and the ambiguous ones ("do", "teen", "das") must be followed by a word.
//
// findDurations and findMoney build on the same scan: see durations.ts and money.ts.

import { normalize } from "../text/normalize.js";
import type { Qualifier } from "./locale.js";
import { matchAt, scanNumbers } from "./scan.js";
import { Tokens } from "./tokens.js";

export type { DurationMatch, DurationRelation } from "./durations.js";
export { findDurations } from "./durations.js";
export type { DurationUnit, NumberLocale, Qualifier } from "./locale.js";
export type { MoneyMatch } from "./money.js";
export { findMoney } from "./money.js";

export interface NumberMatch {
  /** the whole phrase: a qualifier ("more than", "से ज्यादा"), a range's second number and a gloss "(16)" included */
  start: number;
  end: number;
  value: number;
  rule: string;
  /** "over 20", "20 से ज्यादा", "more than a dozen" → "over"; "about/lagbhag/करीब" → "about"; "up to" → "under" */
  qualifier: Qualifier | null;
  /** a range "10-14", "दस से बारह" gives value = low and high set */
  high?: number;
}

export function findNumbers(text: string, opts?: { romanHindi?: boolean }): NumberMatch[] {
  const tk = new Tokens(text);
  return scanNumbers({ tk, roman: opts?.romanHindi === true }).map((f) => {
    const m: NumberMatch = {
      start: tk.start[f.s]!,
      end: tk.end[f.e - 1]!,
      value: f.value,
      rule: f.rule,
      qualifier: f.qualifier,
    };
    if (f.high !== undefined) m.high = f.high;
    return m;
  });
}

/** A whole phrase → its value (the low end of a range), null if it is not (only) a number. Romanised Hindi words are
 *  accepted: a phrase handed over on its own has no English sentence around it to be confused with. */
export function parseNumberPhrase(s: string): number | null {
  const tk = new Tokens(normalize(s).text);
  if (tk.length === 0) return null;
  const r = matchAt({ tk, roman: true }, 0);
  if (r === null || "skip" in r || r.e !== tk.length) return null;
  return r.value;
}
