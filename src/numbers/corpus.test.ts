// Runs the locale corpora (src/locales/{hi,en}/numbers.corpus.ts): every example must give exactly the expected
// numbers, durations and money (for each list an example states).

import { describe, expect, it } from "vitest";
import { EN_NUMBER_CORPUS } from "../locales/en/numbers.corpus.js";
import { HI_NUMBER_CORPUS } from "../locales/hi/numbers.corpus.js";
import { normalize } from "../text/normalize.js";
import { findDurations, findMoney, findNumbers } from "./index.js";
import type { NumberCase, NumberCorpus } from "./locale.js";

const norm = (s: string) => normalize(s).text;

/** what the recognisers return for an input, in the shape of NumberCase (only the lists the case states) */
function actual(input: string, want: NumberCase): NumberCase {
  const text = norm(input);
  const opts = { romanHindi: want.roman === true };
  const got: NumberCase = {};
  if (want.n) {
    got.n = findNumbers(text, opts).map((m, k) => {
      const w = want.n![k]?.[2] ?? {};
      const extra: { qualifier?: "over" | "about" | "under"; high?: number; rule?: string } = {};
      if (m.qualifier) extra.qualifier = m.qualifier;
      if (m.high !== undefined) extra.high = m.high;
      // rule is compared as a substring: keep the expected one when it occurs in the actual rule
      if (w.rule !== undefined) extra.rule = m.rule.includes(w.rule) ? w.rule : m.rule;
      return Object.keys(extra).length
        ? [text.slice(m.start, m.end), m.value, extra]
        : [text.slice(m.start, m.end), m.value];
    });
  }
  if (want.d) {
    got.d = findDurations(text, opts).map((d, k) => {
      const w = want.d![k]?.[2] ?? {};
      const extra: NonNullable<NonNullable<NumberCase["d"]>[number][2]> = {};
      if ("value" in w) extra.value = d.value;
      if ("unit" in w) extra.unit = d.unit;
      if ("relation" in w) extra.relation = d.relation;
      return Object.keys(extra).length
        ? [text.slice(d.start, d.end), d.phrase, extra]
        : [text.slice(d.start, d.end), d.phrase];
    });
  }
  if (want.m) got.m = findMoney(text, opts).map((m) => [text.slice(m.start, m.end), m.amountInr]);
  return got;
}

/** the expected lists with their texts normalised like the input (करोड़ → करोड) */
function expected(want: NumberCase): NumberCase {
  const out: NumberCase = {};
  if (want.n) out.n = want.n.map(([t, v, x]) => (x && Object.keys(x).length ? [norm(t), v, x] : [norm(t), v]));
  if (want.d) out.d = want.d.map(([t, p, x]) => (x && Object.keys(x).length ? [norm(t), p, x] : [norm(t), p]));
  if (want.m) out.m = want.m.map(([t, a]) => [norm(t), a]);
  return out;
}

function runCorpus(name: string, corpus: NumberCorpus): void {
  describe(name, () => {
    it("has at least 60 examples", () => {
      expect(corpus.length).toBeGreaterThanOrEqual(60);
    });
    it.each(corpus.map(([input, want]) => [input, want] as const))("%s", (input, want) => {
      expect(actual(input, want)).toEqual(expected(want));
    });
  });
}

runCorpus("Hindi number corpus", HI_NUMBER_CORPUS);
runCorpus("English number corpus", EN_NUMBER_CORPUS);
