import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { hi } from "./hi.js";
import { label, placeholders, translate } from "./index.js";

describe("interface text", () => {
  it("has every key in both languages, none empty, with the same placeholders", () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
    for (const [k, s] of Object.entries(en)) {
      const h = (hi as Record<string, string>)[k]!;
      expect(s.trim(), k).not.toBe("");
      expect(h.trim(), k).not.toBe("");
      expect(placeholders(h), k).toEqual(placeholders(s));
    }
  });

  it("Hindi text is written in Devanagari (not left in English by mistake)", () => {
    const latinOnly = Object.entries(hi).filter(
      ([k, s]) => !/[\u0900-\u097f]/.test(s) && !k.startsWith("export.") && k !== "app.language",
    );
    expect(latinOnly).toEqual([]);
  });

  it("fills placeholders and labels enumerations, falling back to the raw value", () => {
    expect(translate("en", "table.page", { page: 2, pages: 9 })).toBe("Page 2 of 9");
    expect(translate("hi", "table.page", { page: 2, pages: 9 })).toBe("पेज 2 / 9");
    expect(label("hi", "exploitation", "labour")).toBe(hi["exploitation.labour"]);
    expect(label("en", "exploitation", "unheard_of")).toBe("unheard_of");
  });
});
