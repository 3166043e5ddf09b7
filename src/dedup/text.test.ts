import { describe, expect, it } from "vitest";
import { bandKeys, jaccardEstimate, minhash, neutralTokens, signature } from "./text.js";

const STORY =
  "Police raided a guest house in Civil Lines on Saturday night and rescued nine women from a prostitution racket. " +
  "The operator and ten customers were arrested and booked under the Immoral Traffic Prevention Act, the SHO said. " +
  "The women were sent to a shelter home and their families have been informed by the police.";

describe("script-neutral tokens", () => {
  it("folds Devanagari and Latin spellings of one name into one token", () => {
    expect(neutralTokens("कानपुर")).toEqual(neutralTokens("Kanpur"));
    expect(neutralTokens("Kaanpur")).toEqual(neutralTokens("Kanpur"));
  });

  it("drops function words of both scripts and keeps numbers whole, in either script's digits", () => {
    expect(neutralTokens("पुलिस ने 11 लोगों को")).toEqual(neutralTokens("पुलिस ११ लोगों"));
    expect(neutralTokens("in the of a")).toEqual([]);
    expect(neutralTokens("07 arrests")).toContain("#7");
  });
});

describe("MinHash similarity", () => {
  it("is 1 for one text and high for a copy with a changed sentence", () => {
    expect(jaccardEstimate(minhash(STORY), minhash(STORY))).toBe(1);
    const copy = STORY.replace("the SHO said", "a senior officer told reporters on Sunday");
    expect(jaccardEstimate(minhash(STORY), minhash(copy))).toBeGreaterThan(0.6);
  });

  it("is low for another story of the same kind", () => {
    const other =
      "A spa in Sector 29 was found running a flesh trade; four women were freed and the manager was detained on " +
      "Tuesday after a decoy customer was sent in by the anti human trafficking unit.";
    expect(jaccardEstimate(minhash(STORY), minhash(other))).toBeLessThan(0.12);
  });

  it("gives copies a shared LSH band and an empty text none", () => {
    const copy = STORY.replace("nine women", "9 women");
    const a = new Set(bandKeys(signature(STORY)));
    expect(bandKeys(signature(copy)).some((k) => a.has(k))).toBe(true);
    expect(bandKeys(minhash("   "))).toEqual([]);
    expect(jaccardEstimate(minhash(""), minhash(""))).toBe(0);
  });
});
