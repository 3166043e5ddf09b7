// Incident resolution over the extractor's output, on reports written for this test: one raid reported in English
// and twice in Hindi (one report without a date), and another raid in the same district.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { IncidentIndex } from "./cluster.js";
import type { ExtractedIncident } from "./types.js";

const REPORTS = [
  {
    id: "en-raid",
    published: "2023-05-14",
    text:
      "Noida: Police busted a sex racket running from a guest house in Sector 18 on Saturday and rescued nine " +
      "women. Eleven people including the operator Ramesh Chauhan were arrested, SHO Vinod Kumar said.",
  },
  {
    id: "hi-raid",
    published: "2023-05-15",
    text:
      "नोएडा: सेक्टर 18 के एक गेस्ट हाउस में चल रहे देह व्यापार के धंधे का पुलिस ने शनिवार को भंडाफोड़ किया। " +
      "पुलिस ने मौके से 9 महिलाओं को मुक्त कराया और संचालक रमेश चौहान समेत 11 लोगों को गिरफ्तार किया। " +
      "थाना प्रभारी विनोद कुमार ने बताया कि जांच जारी है।",
  },
  {
    id: "hi-undated",
    published: null,
    text:
      "नोएडा में पुलिस ने एक होटल पर छापा मारकर देह व्यापार का भंडाफोड़ किया। मौके से 11 लोगों को गिरफ्तार किया " +
      "गया, 9 युवतियों को मुक्त कराया गया। सेक्टर 18 स्थित होटल का संचालक रमेश चौहान भी पकड़ा गया।",
  },
  {
    id: "en-other",
    published: "2023-03-03",
    text:
      "Noida: Police raided a spa in Sector 62 on Thursday and rescued four women from a flesh trade racket. Two " +
      "men were arrested, police said.",
  },
];

function extracted(): ExtractedIncident[] {
  return REPORTS.flatMap((r) =>
    extract(r).incidents.map((record, index) => ({
      docId: r.id,
      index,
      record,
      text: r.text,
      published: r.published,
    })),
  );
}

/** The grouping as sorted lists of report ids (independent of the ids the order gives). */
function grouping(idx: IncidentIndex): string[][] {
  return idx
    .ids()
    .map((id) =>
      idx
        .members(id)
        .map((m) => m.docId)
        .sort(),
    )
    .sort((a, b) => a[0]!.localeCompare(b[0]!));
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

describe("IncidentIndex over extracted reports", () => {
  const incidents = extracted();

  it("extracts one incident per report", () => {
    expect(incidents.map((i) => i.docId)).toEqual(REPORTS.map((r) => r.id));
  });

  it("joins the Hindi and English reports of one raid and keeps the other raid apart, in every input order", () => {
    for (const order of permutations(incidents)) {
      const idx = new IncidentIndex();
      for (const inc of order) idx.add(inc);
      expect(grouping(idx)).toEqual([["en-other"], ["en-raid", "hi-raid", "hi-undated"]]);
    }
  });

  it("merges the raid into one record that keeps the venue disagreement visible", () => {
    const idx = new IncidentIndex();
    for (const inc of incidents) idx.add(inc);
    const m = idx.merged(idx.incidentOf("en-raid", 0)!);
    expect(m.documents).toEqual(["en-raid", "hi-raid", "hi-undated"]);
    expect(m.victims.rescued).toBe(9);
    expect(m.arrests.total).toBe(11);
    expect(m.event_date).toBe("2023-05-13");
    expect(m.location.district).toBe("Gautam Buddh Nagar");
    expect(m.accused.map((a) => a.name)).toEqual(["Ramesh Chauhan"]);
    expect(m.location.venue).toBe("guest_house");
    expect(m.conflicts["location.venue"]).toEqual([
      { value: "guest_house", documents: ["en-raid", "hi-raid"] },
      { value: "hotel", documents: ["hi-undated"] },
    ]);
  });
});
