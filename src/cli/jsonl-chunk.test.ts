import { describe, expect, it } from "vitest";
import { countLines, splitLines } from "./jsonl-chunk.js";

const enc = new TextEncoder();

describe("JSONL chunks", () => {
  it.each([
    ["", 0],
    ["a", 1],
    ["a\n", 1],
    ["a\nb", 2],
    ["a\r\nb\r\n", 2],
    ["a\rb", 2],
    ["a\r", 1],
    ["\n\n", 2],
    ["a\r\n\r\nb", 3],
    ["कानपुर\nपुणे\r\n", 2],
  ])("splits %j into %i lines, and counts as many in its bytes", (text, n) => {
    expect(splitLines(text)).toHaveLength(n);
    expect(countLines(enc.encode(text))).toBe(n);
  });
  it("counts what it splits, for random mixes of breaks and text", () => {
    const parts = ["x", "य", "\n", "\r", "\r\n", " ", "{}"];
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (let k = 0; k < 500; k++) {
      let t = "";
      for (let i = next() % 12; i > 0; i--) t += parts[next() % parts.length];
      expect(countLines(enc.encode(t)), JSON.stringify(t)).toBe(splitLines(t).length);
    }
  });
});
