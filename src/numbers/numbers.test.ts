// Behaviour of the public API beyond the corpora: invariants of the output, parseNumberPhrase, the romanised-Hindi
// gate, and speed.

import { describe, expect, it } from "vitest";
import { EN_NUMBER_CORPUS } from "../locales/en/numbers.corpus.js";
import { HI_NUMBER_CORPUS } from "../locales/hi/numbers.corpus.js";
import { normalize } from "../text/normalize.js";
import { findDurations, findMoney, findNumbers, parseNumberPhrase } from "./index.js";

const norm = (s: string) => normalize(s).text;

describe("findNumbers output", () => {
  const texts = [...HI_NUMBER_CORPUS, ...EN_NUMBER_CORPUS].map(([t]) => norm(t));
  const doc = texts.join("\n");

  it("is in text order, non-overlapping, and every span lies inside the text", () => {
    for (const fn of [findNumbers, findDurations, findMoney] as const) {
      const ms = fn(doc, { romanHindi: true });
      expect(ms.length).toBeGreaterThan(20);
      let last = 0;
      for (const m of ms) {
        expect(m.start).toBeGreaterThanOrEqual(last);
        expect(m.end).toBeGreaterThan(m.start);
        expect(m.end).toBeLessThanOrEqual(doc.length);
        last = m.end;
      }
    }
  });

  it("finds the same matches in a sentence alone and inside a document (offsets shift, nothing else)", () => {
    const alone = texts.flatMap((t) => findNumbers(t).map((m) => `${t.slice(m.start, m.end)}=${m.value}`));
    const inDoc = findNumbers(doc).map((m) => `${doc.slice(m.start, m.end)}=${m.value}`);
    expect(inDoc).toEqual(alone);
  });

  it("never joins numbers across a line break", () => {
    expect(findNumbers("कुल 5\nलाख लोग").map((m) => m.value)).toEqual([5]);
    expect(findNumbers(norm("10 से\n14 तक")).map((m) => m.value)).toEqual([10, 14]);
  });

  it("reads a dash as minus only attached to digits, or spaced at the very start of the text", () => {
    expect(findNumbers("तापमान -5 डिग्री").map((m) => m.value)).toEqual([-5]);
    expect(findNumbers("- 5 arrested").map((m) => m.value)).toEqual([-5]);
    expect(findNumbers("Headlines:\n- 5 arrested").map((m) => m.value)).toEqual([5]);
    expect(findNumbers("सेक्टर-63").map((m) => m.value)).toEqual([63]);
  });

  it("keeps the rule names that evidence needs", () => {
    const [d] = findNumbers(norm("एक-एक"));
    expect(d!.rule).toContain("distributive");
    const [g] = findNumbers(norm("नौ (9)"));
    expect(g!.rule).toContain("gloss");
    const [r] = findNumbers("10-14");
    expect(r).toMatchObject({ value: 10, high: 14 });
    expect(r!.rule).toContain("range");
  });
});

describe("romanised Hindi is the caller's choice", () => {
  const text = "Dumka ki do dalal ek train mein the; what do you do?";
  it("reads no romanised words without the flag", () => {
    expect(findNumbers(text)).toEqual([]);
  });
  it("reads them with it, but not a clause-final 'do'", () => {
    const got = findNumbers(text, { romanHindi: true }).map((m) => text.slice(m.start, m.end));
    expect(got).toEqual(["do", "ek", "do"]);
  });
});

describe("parseNumberPhrase", () => {
  it.each([
    ["ढाई लाख", 250000],
    ["साढ़े तीन सौ", 350],
    ["एक सौ पच्चीस", 125],
    ["1,20,000", 120000],
    ["twenty-one", 21],
    ["two dozen", 24],
    ["solah", 16],
    ["over 20", 20],
    ["10-14", 10],
    ["1.5 करोड़", 15000000],
  ] as const)("%s → %d", (s, v) => {
    expect(parseNumberPhrase(s)).toBe(v);
  });

  it.each(["hello", "", "पहला", "5वां", "20 लड़कियां", "dozens", "a few"])("%s → null", (s) => {
    expect(parseNumberPhrase(s)).toBeNull();
  });
});

describe("speed", () => {
  // CPU time, not wall time: a busy test machine must not fail this; the product goal is well under a second.
  it("scans 5 MB of report text in well under 3 CPU seconds per recogniser", () => {
    const unit = [...HI_NUMBER_CORPUS, ...EN_NUMBER_CORPUS].map(([t]) => t).join(". ");
    // mostly ordinary prose, as in real reports, with the corpus sentences' numbers sprinkled in
    const filler =
      "पुलिस ने बताया कि मामले की जांच जारी है और आरोपियों से पूछताछ की जा रही है। " +
      "The police said the investigation is on and the accused are being questioned. ";
    let text = "";
    while (text.length < 5_000_000) text += `${filler.repeat(8)}${unit}\n`;
    text = norm(text.slice(0, 5_000_000));
    for (const fn of [findNumbers, findDurations, findMoney] as const) {
      fn(text.slice(0, 100_000)); // warm up the JIT
      const t0 = process.cpuUsage();
      const n = fn(text).length;
      const used = process.cpuUsage(t0);
      const ms = (used.user + used.system) / 1000;
      console.log(`${fn.name} over ${(text.length / 1e6).toFixed(1)}M chars: ${n} matches in ${ms.toFixed(0)} ms CPU`);
      expect(n).toBeGreaterThan(1000);
      expect(ms).toBeLessThan(3000);
    }
  });
});
