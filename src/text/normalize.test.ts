import { describe, expect, it } from "vitest";
import { normalize, toOriginalSpan } from "./normalize.js";

describe("normalize", () => {
  it("folds nukta forms, both precomposed and combining", () => {
    expect(normalize("फ़ैज़ाबाद").text).toBe(normalize("फैजाबाद").text);
    expect(normalize("\u095B").text).toBe("ज");
    expect(normalize("\u091C\u093C").text).toBe("ज");
  });
  it("drops zero-width characters and maps Devanagari digits", () => {
    expect(normalize("२१\u200Bमोबाइल").text).toBe("21मोबाइल");
  });
  it("straightens quotes and dashes, chandrabindu to anusvara", () => {
    expect(normalize("“पहुँचाया” — ‘ok’").text).toBe("\"पहुंचाया\" - 'ok'");
  });
  it("keeps offsets mappable to the original", () => {
    const orig = "क़\u200Bरीब २१ लोग";
    const n = normalize(orig);
    const i = n.text.indexOf("21");
    const o = toOriginalSpan(n, i, i + 2);
    expect(orig.slice(o.start, o.end)).toBe("२१");
    const w = n.text.indexOf("लोग");
    const ow = toOriginalSpan(n, w, w + 3);
    expect(orig.slice(ow.start, ow.end)).toBe("लोग");
  });
  it("keeps a trailing combining nukta inside the mapped span", () => {
    const orig = "5 करोड\u093C रुपये";
    const n = normalize(orig);
    const i = n.text.indexOf("करोड");
    const o = toOriginalSpan(n, i, i + 4);
    expect(orig.slice(o.start, o.end)).toBe("करोड\u093C");
  });
  it("decodes HTML character references left in scraped text, keeping offsets", () => {
    const orig = "Rs&nbsp;5,000 &amp; &#8377;200 &#x915;";
    const n = normalize(orig);
    expect(n.text).toBe("Rs 5,000 & ₹200 क");
    const i = n.text.indexOf("₹");
    const o = toOriginalSpan(n, i, i + 4);
    expect(orig.slice(o.start, o.end)).toBe("&#8377;200");
    expect(normalize("AT&T & co").text).toBe("AT&T & co");
  });
  it("joins vowel signs typed in two parts (ा + े = ो)", () => {
    expect(normalize("44 बच्चाें काे").text).toBe(normalize("44 बच्चों को").text);
  });
  it("treats CRLF as one line break", () => {
    const n = normalize("a\r\nb");
    expect(n.text).toBe("a\nb");
    expect(n.map[2]).toBe(3); // "b" is at original index 3
  });
});
