import { describe, expect, it } from "vitest";
import { locate, segment } from "./highlight.js";

const text = "Police rescued seven women from Assam in Meerut.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, quote: s });

describe("segment", () => {
  it("cuts nested and overlapping spans into flat segments that know every covering field", () => {
    const { segments, unplaced } = segment(text, [
      { ...at("seven women from Assam"), field: "victims" },
      { ...at("seven"), field: "victims.rescued" },
      { ...at("Assam in Meerut"), field: "place" },
    ]);
    expect(unplaced).toEqual([]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    const fields = (s: string) => segments.find((x) => x.text === s)?.marks.map((m) => m.field);
    expect(fields("seven")).toEqual(["victims.rescued", "victims"]); // shortest (most specific) first
    expect(fields(" women from ")).toEqual(["victims"]);
    expect(fields("Assam")).toEqual(["place", "victims"]);
    expect(fields(" in Meerut")).toEqual(["place"]);
    expect(fields("Police rescued ")).toEqual([]);
  });

  it("keeps identical spans of two fields together and leaves untouched text whole", () => {
    const { segments } = segment(text, [
      { ...at("Meerut"), field: "location.city" },
      { ...at("Meerut"), field: "location.district" },
    ]);
    expect(segments).toHaveLength(3);
    expect(segments[1]!.marks.map((m) => m.field).sort()).toEqual(["location.city", "location.district"]);
  });

  it("re-finds a quote whose offsets drifted and reports a quote that is not in the text", () => {
    const drifted = { start: 3, end: 8, quote: "Assam", field: "origin" };
    expect(locate(text, drifted)).toMatchObject({ start: text.indexOf("Assam"), end: text.indexOf("Assam") + 5 });
    const { unplaced } = segment(text, [{ start: 0, end: 4, quote: "Bihar", field: "origin" }]);
    expect(unplaced).toHaveLength(1);
  });

  it("clamps offsets past the end and drops empty spans", () => {
    expect(locate(text, { start: text.length - 2, end: text.length + 40, field: "x" })).toMatchObject({
      end: text.length,
    });
    expect(locate(text, { start: 5, end: 5, field: "x" })).toBeNull();
  });

  it("picks the occurrence nearest to the stated offset when a quote repeats", () => {
    const t = "two girls and two boys";
    expect(locate(t, { start: 13, end: 16, quote: "two", field: "n" })?.start).toBe(14);
  });
});
