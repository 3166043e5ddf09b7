// Every resolved place of a record carries its identity (canonical name, the mention as written, kind, LGD codes),
// position and the precision of that position, with evidence that points at the mention. Texts written for this test.
import { describe, expect, it } from "vitest";
import { extract } from "../src/pipeline.js";

const run = (text: string) => extract({ id: "t", text, published: "2024-03-10" }).incidents[0]!;

describe("resolved places in the record", () => {
  it("pins the incident to a locality of its district, found from Devanagari by transliteration", () => {
    const text =
      "रांची: अरगोड़ा थाना क्षेत्र के एक होटल में पुलिस ने छापा मारकर देह व्यापार का भंडाफोड़ किया। छापे में बिहार की तीन युवतियों को मुक्त कराया गया और होटल संचालक को गिरफ्तार किया गया।";
    const inc = run(text);
    expect(inc.location.district).toBe("Ranchi");
    const p = inc.location.place!;
    expect(p).toMatchObject({
      name: "Argora",
      district: "Ranchi",
      state: "Jharkhand",
      lgd_state: 20,
      precision: "locality",
    });
    expect(["locality", "police_station"]).toContain(p.kind);
    expect(p.lgd_district).toBeTypeOf("number");
    expect(p.lat).toBeCloseTo(23.35, 1);
    const ev = inc.evidence["location.place"]![0]!;
    expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(ev.quote).toContain("अरगोड़ा");
    const bihar = inc.victims.origins.find((o) => o.place === "Bihar")!;
    expect(bihar.geo).toMatchObject({
      id: "state:bihar",
      mention: "बिहार",
      kind: "state",
      lgd_state: 10,
      precision: "state",
    });
  });

  it("keeps the district as the place, with district precision, when no locality is named", () => {
    const inc = run(
      "Police rescued four women from a spa in Gurugram on Saturday and arrested the manager, officials said. The women were from Nepal.",
    );
    expect(inc.location.place).toMatchObject({
      name: "Gurugram",
      mention: "Gurugram",
      lgd_state: 6,
      precision: expect.stringMatching(/^(district|city)$/),
    });
    const nepal = inc.victims.origins.find((o) => o.place === "Nepal");
    expect(nepal?.geo).toMatchObject({ kind: "country", country: "Nepal", precision: "country" });
  });

  it("writes an old name as the canonical one and keeps the mention as written", () => {
    const inc = run(
      "इलाहाबाद: पुलिस ने एक मकान में छापा मारकर सेक्स रैकेट पकड़ा, दो युवतियों को मुक्त कराया और संचालक को गिरफ्तार किया।",
    );
    expect(inc.location.place).toMatchObject({ name: "Prayagraj", mention: "इलाहाबाद", lgd_state: 9 });
  });
});
