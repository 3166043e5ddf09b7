import { describe, expect, it } from "vitest";
import { Lexicon } from "./lexicon.js";
import { normalize } from "./normalize.js";

const lex = Lexicon.from<string>({
  sexual: ["देह व्यापार", "sex racket*"],
  girl: ["लड़कि*", "girl"],
});
const find = (s: string) => {
  const t = normalize(s).text;
  return lex.find(t).map((m) => [t.slice(m.start, m.end), m.value]);
};

describe("Lexicon", () => {
  it("matches multi-word Hindi terms with spaces, hyphens or nothing between words", () => {
    expect(find("देह व्यापार")).toEqual([["देह व्यापार", "sexual"]]);
    expect(find("देह-व्यापार के")).toEqual([["देह-व्यापार", "sexual"]]);
    expect(find("देहव्यापार")).toEqual([["देहव्यापार", "sexual"]]);
  });
  it("respects Devanagari word boundaries (a stem needs its word start)", () => {
    expect(find("नौ लड़कियों को")).toEqual([["लडकियों", "girl"]]);
    expect(find("बलड़कियों")).toEqual([]);
  });
  it("is case-insensitive in Latin and supports stems", () => {
    expect(find("Sex Rackets busted")).toEqual([["Sex Rackets", "sexual"]]);
    expect(find("girls")).toEqual([]);
  });
  it("folds nukta so both spellings match", () => {
    expect(find("लडकियां")).toEqual(find("लड़कियां"));
  });
});
