import { describe, expect, it } from "vitest";
import { WordMap, WordSet } from "./wordset.js";

describe("WordSet", () => {
  const set = new WordSet(["ko", "mein", "The"]);
  it.each([
    ["ko", true],
    ["KO", true],
    ["Mein", true],
    ["the", true],
    ["k", false],
    ["kon", false],
    ["mei", false],
    ["मैं", false],
  ])("finds %j in place: %s", (word, found) => {
    const text = `(${word}) `;
    expect(set.has(text, 1, 1 + word.length)).toBe(found);
  });
});

describe("WordMap", () => {
  // more words than the smallest table, a word listed twice (the first value stays), mixed case
  const words = "ko ne ki ke mein hai hain tha thi kiya gaya the for with and".split(" ");
  const map = new WordMap<number>([...words.map((w, i) => [w, i] as const), ["KO", 99]]);
  it("gives each word its value, in place and case-insensitively", () => {
    words.forEach((w, i) => {
      expect(map.get(`x ${w} y`, 2, 2 + w.length)).toBe(i);
      expect(map.get(w.toUpperCase(), 0, w.length)).toBe(i);
    });
    expect(map.get("ko", 0, 2)).toBe(0);
  });
  it.each(["k", "kon", "mei", "then", "", "मैं", "ab"])("misses %j", (w) => {
    expect(map.get(w, 0, w.length)).toBeUndefined();
  });
});
