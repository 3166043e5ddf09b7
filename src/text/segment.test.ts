import { describe, expect, it } from "vitest";
import { cpuMs } from "../../test/timing.js";
import { Doc } from "../core/document.js";
import type { Segment, SegmentKind } from "../core/types.js";
import { EN_SEGMENT_CORPUS } from "../locales/en/segment.corpus.js";
import { HI_SEGMENT_CORPUS, type SegmentExample } from "../locales/hi/segment.corpus.js";
import { normalize } from "./normalize.js";
import { ruleOf, segment } from "./segment.js";

function segmented(text: string): Doc {
  const doc = new Doc({ text });
  segment(doc);
  return doc;
}

function render(doc: Doc): [SegmentKind, string][] {
  return doc.segments.map((s) => [s.kind, doc.text.slice(s.start, s.end)]);
}

const CORPUS: [string, SegmentExample][] = [
  ...HI_SEGMENT_CORPUS.map((e, i): [string, SegmentExample] => [`hi#${i}`, e]),
  ...EN_SEGMENT_CORPUS.map((e, i): [string, SegmentExample] => [`en#${i}`, e]),
];

describe("segment corpus (src/locales/*/segment.corpus.ts)", () => {
  it("has at least 25 documents covering every segment kind", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(25);
    const kinds = new Set(CORPUS.flatMap(([, [, expected]]) => expected.map(([k]) => k)));
    const all: SegmentKind[] = [
      "headline",
      "dateline",
      "paragraph",
      "sentence",
      "tweet",
      "caption",
      "byline",
      "also_read",
      "distractor",
      "boilerplate",
    ];
    expect([...kinds].sort()).toEqual([...all].sort());
  });

  it.each(CORPUS)("%s", (_name, [input, expected]) => {
    const doc = segmented(input);
    const want = expected.map(([k, t]): [SegmentKind, string] => [k, normalize(t).text]);
    expect(render(doc)).toEqual(want);
  });
});

describe("segment invariants", () => {
  const docs = CORPUS.map(([, [input]]) => segmented(input));

  it("segments come in text order, blocks do not overlap, sentences lie inside their prose block", () => {
    for (const doc of docs) {
      const blocks = doc.segments.filter((s) => s.kind !== "sentence");
      for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThanOrEqual(blocks[i - 1]!.end);
      for (let i = 1; i < doc.segments.length; i++) {
        expect(doc.segments[i]!.start).toBeGreaterThanOrEqual(doc.segments[i - 1]!.start);
      }
      for (const s of doc.segments.filter((x) => x.kind === "sentence")) {
        const block = blocks[s.paragraph!]!;
        expect(["headline", "paragraph", "tweet"]).toContain(block.kind);
        expect(s.start).toBeGreaterThanOrEqual(block.start);
        expect(s.end).toBeLessThanOrEqual(block.end);
      }
    }
  });

  it("no segment is empty or starts or ends with a space", () => {
    for (const doc of docs) {
      for (const s of doc.segments) {
        const t = doc.text.slice(s.start, s.end);
        expect(t.length).toBeGreaterThan(0);
        expect(t).toBe(t.trim());
      }
    }
  });

  it("an empty or blank text has no segments", () => {
    expect(segmented("").segments).toEqual([]);
    expect(segmented(" \n\n \t\n").segments).toEqual([]);
  });

  it("offsets are into the normalised text and map back to the original", () => {
    const doc = segmented("फ़ैज़ाबाद: पुलिस ने लड़कियों को छुड़ाया। दो गिरफ़्तार हुए।");
    const dateline = doc.segments.find((s) => s.kind === "dateline")!;
    expect(doc.text.slice(dateline.start, dateline.end)).toBe("फैजाबाद:");
    expect(doc.evidence(dateline.start, dateline.end, "dateline").quote).toBe("फ़ैज़ाबाद:");
  });

  it("names the rule that made each block", () => {
    const doc = segmented(
      "पुलिस ने छापा मारा। दो युवतियां मुक्त हुईं। संचालक गिरफ्तार हुआ। आगरा में तीन दलाल पकड़े गए\nये भी पढ़ें: मथुरा में होटल सील\nजांच जारी है।",
    );
    const rules = doc.segments
      .filter((s) => s.kind !== "sentence")
      .map((s): [string, string | undefined] => [s.kind, ruleOf(s)]);
    expect(rules).toEqual([
      ["paragraph", "paragraph"],
      ["distractor", "glued_headline"],
      ["also_read", "hi.also_read"],
      ["paragraph", "paragraph"],
    ]);
  });

  it("sentences carry their own language", () => {
    const doc = segmented("Police ne do dalal pakde. उत्तर प्रदेश पुलिस ने छापा मारा। The girls were rescued.");
    const langs = doc.segments.filter((s) => s.kind === "sentence").map((s) => s.lang);
    expect(langs).toEqual(["mixed", "hi", "en"]);
  });
});

describe("segment speed", () => {
  function timed(text: string): { ms: number; segments: Segment[] } {
    const doc = new Doc({ text });
    const { ms } = cpuMs(() => segment(doc));
    return { ms, segments: doc.segments };
  }

  // ~1 s here when the machine is quiet; the bound leaves room for a loaded 2-core CI machine (CPU time still grows
  // under contention: shared caches), while a quadratic slip (tens of seconds) still fails
  it("segments 5 MB of news text in under 4 s of CPU time", () => {
    const page = CORPUS.map(([, [input]]) => input).join("\n\n");
    const text = page.repeat(Math.ceil(5_000_000 / page.length));
    const { ms, segments } = timed(text);
    expect(segments.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(4000);
  });

  it("stays linear on adversarial 1 MB inputs (one endless line, dots, brackets, separators, many lines)", () => {
    const MB = 1_000_000;
    const inputs = [
      "a",
      "क",
      ".",
      "A.",
      "(",
      "Also Read - ",
      "x / ",
      "(@a) ",
      "- x (@a) May 1, 2020\n",
      "short line\n",
    ].map((unit) => unit.repeat(Math.ceil(MB / unit.length)));
    // linear work is a few hundred ms per MB; a backtracking regex or a quadratic scan would take minutes
    for (const text of inputs) expect(timed(text).ms).toBeLessThan(1500);
  });
});
