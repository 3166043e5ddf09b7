// Runs the locale date corpora (src/locales/*/dates.corpus.ts): every example must produce exactly the expected
// matches, in order, with the expected resolution, kind, span, part of day and statement/event reading.

import { describe, expect, it } from "vitest";
import { enDatesCorpus } from "../locales/en/dates.corpus.js";
import { hiDatesCorpus, hiLatnDatesCorpus } from "../locales/hi/dates.corpus.js";
import { normalize } from "../text/normalize.js";
import { findDates, isStatementDate } from "./index.js";
import type { DateCorpusEntry, ExpectedDate } from "./types.js";

function runCorpus(name: string, corpus: DateCorpusEntry[], minSize: number): void {
  describe(`date corpus: ${name}`, () => {
    it(`has at least ${minSize} examples`, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(minSize);
    });
    it.each(corpus.map((e, i) => [i, ...e] as const))("#%i %s", (_i, raw, published, expected) => {
      const text = normalize(raw).text;
      const got = findDates(text, published);
      const want: ExpectedDate[] = expected === null ? [] : Array.isArray(expected) ? expected : [expected];
      const describeMatch = got.map((m) => `${text.slice(m.start, m.end)} → ${m.iso} (${m.kind}, ${m.rule})`);
      expect(got.length, describeMatch.join("; ")).toBe(want.length);
      want.forEach((w, k) => {
        const m = got[k]!;
        expect({ iso: m.iso, kind: m.kind }, describeMatch[k]).toEqual({ iso: w.iso, kind: w.kind });
        if (w.text !== undefined) expect(text.slice(m.start, m.end)).toBe(normalize(w.text).text);
        if (w.partOfDay !== undefined) expect(m.partOfDay).toBe(w.partOfDay);
        if (w.statement !== undefined)
          expect(isStatementDate(text, m), `statement? ${describeMatch[k]}`).toBe(w.statement);
      });
    });
  });
}

runCorpus("hi", hiDatesCorpus, 50);
runCorpus("hi-Latn (Hinglish)", hiLatnDatesCorpus, 15);
runCorpus("en", enDatesCorpus, 50);
