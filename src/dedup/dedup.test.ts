import { describe, expect, it } from "vitest";
import { type Accused, emptyIncident, type IncidentRecord } from "../core/record.js";
import type { Evidence } from "../core/types.js";
import { IncidentIndex } from "./cluster.js";
import { SAME_THRESHOLD, sameIncident } from "./decide.js";
import { blockingKeys } from "./keys.js";
import { mergeIncident } from "./merge.js";
import type { ExtractedIncident } from "./types.js";

interface Sketch {
  published?: string | null;
  index?: number;
  text?: string;
  state?: string | null;
  district?: string | null;
  city?: string | null;
  locality?: string | null;
  venue?: IncidentRecord["location"]["venue"];
  event_date?: string | null;
  rescued?: number | null;
  arrests?: number | null;
  exploitation?: IncidentRecord["exploitation"];
  accused?: Partial<Accused>[];
  laws?: string[];
}

const ev = (quote: string): Evidence => ({ start: 0, end: quote.length, quote, rule: "test", basis: "stated" });

/** A record of a raid in Bhopal unless the sketch says otherwise; no text (no text evidence) unless given. */
function inc(docId: string, s: Sketch = {}): ExtractedIncident {
  const r = emptyIncident();
  r.exploitation = s.exploitation === undefined ? "sexual" : s.exploitation;
  r.event_date = s.event_date ?? null;
  r.location.state = s.state === undefined ? "Madhya Pradesh" : s.state;
  r.location.district = s.district === undefined ? "Bhopal" : s.district;
  r.location.city = s.city === undefined ? r.location.district : s.city;
  r.location.locality = s.locality ?? null;
  r.location.venue = s.venue ?? null;
  r.victims.rescued = s.rescued ?? null;
  r.arrests.total = s.arrests ?? null;
  r.laws = s.laws ?? [];
  r.accused = (s.accused ?? []).map((a) => ({
    name: "",
    name_native: null,
    aliases: [],
    role: null,
    arrested: null,
    status: null,
    evidence: [ev(a.name ?? "")],
    ...a,
  }));
  if (r.victims.rescued !== null) r.evidence["victims.rescued"] = [ev(`${r.victims.rescued} rescued`)];
  if (r.laws.length) r.evidence.laws = [ev(r.laws.join(", "))];
  return {
    docId,
    index: s.index ?? 0,
    record: r,
    text: s.text ?? "",
    published: s.published === undefined ? "2024-03-10" : s.published,
  };
}

describe("blocking keys", () => {
  it("let dates up to 7 days apart meet, across bucket edges, and not months apart", () => {
    for (let d = 1; d <= 28; d++) {
      const day = `2024-02-${String(d).padStart(2, "0")}`;
      for (let gap = 0; gap <= 7; gap++) {
        const later = new Date(Date.UTC(2024, 1, d + gap)).toISOString().slice(0, 10);
        const a = new Set(blockingKeys(inc("a", { published: null, event_date: day })));
        const b = blockingKeys(inc("b", { published: null, event_date: later }));
        expect(
          b.some((k) => k.startsWith("pd:") && a.has(k)),
          `${day} / ${later}`,
        ).toBe(true);
      }
    }
    const a = new Set(blockingKeys(inc("a", { event_date: "2024-01-01", published: null })));
    expect(blockingKeys(inc("b", { event_date: "2024-04-01", published: null })).some((k) => a.has(k))).toBe(false);
  });

  it("let close counts meet in one place (9/11, 44/44), not in another district", () => {
    const nine = new Set(blockingKeys(inc("a", { published: null, rescued: 9 })));
    expect(blockingKeys(inc("b", { published: null, arrests: 11 })).some((k) => nine.has(k))).toBe(true);
    const elsewhere = blockingKeys(inc("c", { published: null, district: "Indore", city: "Indore", rescued: 9 }));
    expect(elsewhere.some((k) => nine.has(k))).toBe(false);
    // 1 and 2 are too common to block on
    expect(blockingKeys(inc("d", { published: null, rescued: 2 })).some((k) => k.startsWith("pn:"))).toBe(false);
  });

  it("let a Devanagari and a Latin spelling of an accused meet", () => {
    const hi = new Set(blockingKeys(inc("a", { published: null, accused: [{ name: "आशीष कुमार" }] })));
    const en = blockingKeys(inc("b", { published: null, accused: [{ name: "Ashish Kumar" }] }));
    expect(en.filter((k) => hi.has(k)).some((k) => k.startsWith("n:"))).toBe(true);
  });

  it("tell a numbered sector from another", () => {
    const a = new Set(blockingKeys(inc("a", { published: null, locality: "Sector 18" })));
    expect(blockingKeys(inc("b", { published: null, locality: "Sector 62" })).some((k) => a.has(k))).toBe(false);
    expect(blockingKeys(inc("c", { published: null, locality: "Sector-18" })).some((k) => a.has(k))).toBe(true);
  });
});

describe("sameIncident", () => {
  it("never joins two incidents of one report", () => {
    const d = sameIncident(inc("a", { rescued: 9 }), inc("a", { index: 1, rescued: 9 }));
    expect(d.same).toBe(false);
    expect(d.reasons).toEqual(["same document"]);
  });

  it("joins two outlets' reports of one raid with close counts and a day between their dates", () => {
    const a = inc("a", { event_date: "2024-03-09", rescued: 9, arrests: 4, venue: "hotel" });
    const b = inc("b", { event_date: "2024-03-10", rescued: 11, arrests: 4, venue: "hotel", published: "2024-03-11" });
    const d = sameIncident(a, b);
    expect(d.same).toBe(true);
    expect(d.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
    expect(d.reasons).toContain("close rescued (9/11) (+0.5)");
    const back = sameIncident(b, a);
    expect([back.same, back.score]).toEqual([d.same, d.score]);
  });

  it("keeps apart two raids of one district with different counts, dates or kinds", () => {
    const a = inc("a", { rescued: 44, arrests: 23, exploitation: "begging" });
    expect(sameIncident(a, inc("b", { arrests: 5, exploitation: "forced_marriage" })).same).toBe(false);
    expect(sameIncident(a, inc("c", { rescued: 44, arrests: 23, published: "2023-01-02" })).same).toBe(false);
    // a place and one equal count are not enough without a date
    const three = { arrests: 3, published: null };
    expect(sameIncident(inc("d", three), inc("e", three)).same).toBe(false);
  });

  it("needs something identifying: equal counts and dates with no place, name or text are not one incident", () => {
    const noPlace = { state: null, district: null, city: null, rescued: 14, arrests: 6, event_date: "2024-03-09" };
    const d = sameIncident(inc("a", noPlace), inc("b", noPlace));
    expect(d.score).toBeGreaterThanOrEqual(SAME_THRESHOLD);
    expect(d.same).toBe(false);
  });

  it("lets a shared named accused carry a report whose place is only the state", () => {
    const a = inc("a", { rescued: 7, accused: [{ name: "Rakesh Tiwari" }] });
    const b = inc("b", { district: null, city: null, rescued: 7, accused: [{ name: "राकेश तिवारी" }] });
    expect(sameIncident(a, b).same).toBe(true);
  });

  it("takes near-identical text (one agency story in two outlets) as strong evidence", () => {
    const story =
      "The anti human trafficking unit intercepted a bus at the inter state border and freed twelve boys who " +
      "were being taken to work in embroidery units; two agents were held and sent to judicial custody.";
    const a = inc("a", { district: null, city: null, text: story, rescued: 12 });
    const b = inc("b", { district: null, city: null, text: `${story} Further probe is on.`, rescued: 12 });
    const d = sameIncident(a, b);
    expect(d.reasons.some((r) => r.startsWith("text copy"))).toBe(true);
    expect(d.same).toBe(true);
  });

  it("keeps reports from two states apart even with equal counts", () => {
    const a = inc("a", { rescued: 9, arrests: 11 });
    const b = inc("b", { state: "Rajasthan", district: "Kota", city: "Kota", rescued: 9, arrests: 11 });
    expect(sameIncident(a, b).same).toBe(false);
  });
});

describe("mergeIncident", () => {
  it("takes the majority value and keeps the disagreement visible with its documents", () => {
    const m = mergeIncident([
      inc("c", { rescued: 11, published: "2024-03-12" }),
      inc("a", { rescued: 9, published: "2024-03-10" }),
      inc("b", { rescued: 9, published: "2024-03-11" }),
    ]);
    expect(m.victims.rescued).toBe(9);
    expect(m.conflicts["victims.rescued"]).toEqual([
      { value: 9, documents: ["a", "b"] },
      { value: 11, documents: ["c"] },
    ]);
    expect(m.documents).toEqual(["a", "b", "c"]);
    // the chosen value's evidence, each piece with its report
    expect(m.evidence["victims.rescued"]?.map((e) => e.docId)).toEqual(["a", "b"]);
  });

  it("breaks a tie by the earliest published report, whatever the input order", () => {
    const early = inc("z", { arrests: 4, published: "2024-03-09" });
    const late = inc("a", { arrests: 5, published: "2024-03-12" });
    const undated = inc("b", { arrests: 6, published: null });
    expect(mergeIncident([late, undated, early]).arrests.total).toBe(4);
    expect(mergeIncident([undated, early, late])).toEqual(mergeIncident([late, undated, early]));
  });

  it("does not count a report that is silent on a field as disagreeing", () => {
    const m = mergeIncident([inc("a", { rescued: 9 }), inc("b")]);
    expect(m.victims.rescued).toBe(9);
    expect(m.conflicts).toEqual({});
  });

  it("keeps the place one that exists: the district comes from reports in the chosen state", () => {
    const m = mergeIncident([
      inc("a", { published: "2024-03-09" }),
      inc("b", { published: "2024-03-10", state: "Madhya Pradesh", district: null }),
      inc("c", { published: "2024-03-11", state: "Rajasthan", district: "Kota" }),
      inc("d", { published: "2024-03-12", state: "Rajasthan", district: "Kota" }),
      inc("e", { published: "2024-03-13", state: "Madhya Pradesh", district: null }),
    ]);
    expect(m.location.state).toBe("Madhya Pradesh");
    expect(m.location.district).toBe("Bhopal");
    expect(m.conflicts["location.district"]?.map((c) => c.value)).toEqual(["Bhopal", "Kota"]);
  });

  it("unites accused by name key across scripts and aliases, with role conflicts per person", () => {
    const m = mergeIncident([
      inc("a", { accused: [{ name: "Raju Verma", aliases: ["Iran"], role: "operator" }] }),
      inc("b", { accused: [{ name: "राजू वर्मा", name_native: "राजू वर्मा", role: "broker" }] }),
      inc("c", { accused: [{ name: "Iran", role: "operator", arrested: true }, { name: "Kalpana Gupta" }] }),
    ]);
    expect(m.accused.map((a) => a.name)).toEqual(["Raju Verma", "Kalpana Gupta"]);
    const raju = m.accused[0]!;
    expect(raju.aliases).toEqual(["Iran"]);
    expect(raju.name_native).toBe("राजू वर्मा");
    expect(raju.role).toBe("operator");
    expect(raju.arrested).toBe(true);
    expect(m.conflicts["accused[Raju Verma].role"]).toEqual([
      { value: "operator", documents: ["a", "c"] },
      { value: "broker", documents: ["b"] },
    ]);
    expect(raju.evidence.map((e) => e.docId)).toEqual(["a", "b", "c"]);
  });

  it("unites list fields and their evidence", () => {
    const m = mergeIncident([inc("a", { laws: ["ITPA"] }), inc("b", { laws: ["itpa", "IPC 370"] })]);
    expect(m.laws).toEqual(["ITPA", "IPC 370"]);
    expect(m.evidence.laws?.map((e) => e.docId)).toEqual(["a", "b"]);
  });
});

describe("IncidentIndex", () => {
  it("puts reports of one raid in one incident and a report already added in the same one", () => {
    const idx = new IncidentIndex();
    const a = idx.add(inc("a", { event_date: "2024-03-09", rescued: 9, arrests: 4 }));
    const b = idx.add(inc("b", { event_date: "2024-03-09", rescued: 11, arrests: 4 }));
    const c = idx.add(inc("c", { event_date: "2024-03-09", rescued: 2, exploitation: "labour" }));
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    const before = idx.comparisons;
    expect(idx.add(inc("b", { event_date: "2024-03-09", rescued: 11, arrests: 4 }))).toBe(a);
    expect(idx.comparisons).toBe(before);
    expect(idx.members(a).map((m) => m.docId)).toEqual(["a", "b"]);
    expect(idx.incidentOf("c", 0)).toBe(c);
    expect(idx.merged(a).documents).toEqual(["a", "b"]);
  });

  it("gives deterministic ids from the first member", () => {
    const ids = () => {
      const idx = new IncidentIndex();
      return [idx.add(inc("a", { rescued: 9 })), idx.add(inc("b", { rescued: 30, exploitation: "labour" }))];
    };
    const first = ids();
    expect(first).toEqual(ids());
    expect(first[0]).toMatch(/^inc-[0-9a-f]{12}$/);
    expect(first[0]).not.toBe(first[1]);
  });

  it("never puts two incidents of one report together, even through a third report", () => {
    const idx = new IncidentIndex();
    const one = idx.add(inc("a", { event_date: "2024-03-09", rescued: 9, arrests: 4 }));
    const two = idx.add(inc("a", { index: 1, event_date: "2024-03-09", rescued: 9, arrests: 4 }));
    expect(two).not.toBe(one);
    // b matches both equally: it joins one of them (the smaller id), never both
    expect([one, two]).toContain(idx.add(inc("b", { event_date: "2024-03-09", rescued: 9, arrests: 4 })));
    expect(idx.size).toBe(2);
  });

  it("refuses a newcomer that a member clearly contradicts, however well it matches another member", () => {
    const idx = new IncidentIndex();
    const rakesh = [{ name: "Rakesh Tiwari" }];
    const day = "2024-03-09";
    const a = idx.add(inc("a", { event_date: day, rescued: 40, accused: rakesh }));
    // a report that names only the accused and the day: one incident with a
    const b = idx.add(inc("b", { state: null, district: null, city: null, event_date: day, accused: rakesh }));
    expect(b).toBe(a);
    // same name and day, but another state and another count: it matches b, a vetoes it
    const kota = { state: "Rajasthan", district: "Kota", city: "Kota" };
    const c = inc("c", { ...kota, event_date: day, rescued: 9, accused: rakesh });
    expect(sameIncident(c, idx.members(a)[1]!).same).toBe(true);
    expect(idx.add(c)).not.toBe(a);
  });
});
