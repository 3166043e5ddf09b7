import { describe, expect, it } from "vitest";
import { WordSet } from "./wordset.js";

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
