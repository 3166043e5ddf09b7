// Segmentation and language detection on the shared gold: the seed report (tweet, glued related headline,
// dateline) and every dev document (gold distractors must fall outside sentences; gold languages).
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { Doc } from "../src/core/document.js";
import type { Lang, Segment, SegmentKind } from "../src/core/types.js";
import { detectLang, docLang } from "../src/text/lang.js";
import { normalize } from "../src/text/normalize.js";
import { segment } from "../src/text/segment.js";
import { describeShared, readJsonl, sharedPath } from "./shared.js";

interface GoldDoc {
  id: string;
  lang: Lang;
  text: string;
  gold: { distractors?: string[] };
}

/** segments that keep their text away from the extractors' sentences */
const OUTSIDE_SENTENCES: ReadonlySet<SegmentKind> = new Set([
  "also_read",
  "distractor",
  "boilerplate",
  "caption",
  "byline",
]);

function segmented(text: string): Doc {
  const doc = new Doc({ text });
  segment(doc);
  return doc;
}

function find(doc: Doc, raw: string): { start: number; end: number } {
  const needle = normalize(raw).text.trim();
  const start = doc.text.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length };
}

function covering(doc: Doc, span: { start: number; end: number }): Segment[] {
  return doc.segments.filter((s) => s.start <= span.start && s.end >= span.end);
}

describeShared("segment: the seed report", () => {
  const doc = segmented(readFileSync(sharedPath("corpus/seed-kanpur.txt"), "utf8"));
  const text = doc.text;
  const slice = (s: Segment) => text.slice(s.start, s.end);

  it("the dateline is its own segment", () => {
    const datelines = doc.segments.filter((s) => s.kind === "dateline").map(slice);
    expect(datelines).toEqual(["लखनऊ:"]);
  });

  it("the glued DCW headline is a distractor and no sentence", () => {
    const dcw = find(doc, "दिल्ली महिला आयोग ने 20 साल की एक युवती को देह व्यापार से मुक्त कराया");
    expect(covering(doc, dcw).map((s) => s.kind)).toEqual(["distractor"]);
    const overlapping = doc.segments.filter((s) => s.kind === "sentence" && s.start < dcw.end && s.end > dcw.start);
    expect(overlapping).toEqual([]);
  });

  it("the embedded tweet lines are tweet and caption segments", () => {
    const tweet = find(doc, "A inter-state online sex racket running for past few years");
    expect(covering(doc, tweet).map((s) => s.kind)).toContain("tweet");
    const pic = find(doc, "Photo: Twitter pic.twitter.com/hjGmLGFAxe");
    expect(covering(doc, pic).map((s) => s.kind)).toEqual(["caption"]);
    const signature = find(doc, "— IANS Tweets (@ians_india) September 14, 2020");
    expect(covering(doc, signature).map((s) => s.kind)).toEqual(["tweet"]);
  });

  it("every other sentence of the report is a sentence segment", () => {
    // the report's prose lines (not the tweet lines), split at "." / "।" + space, without dateline and DCW line
    const expected: string[] = [];
    for (const line of text.split("\n")) {
      if (!/[\u0900-\u097F]/.test(line)) continue;
      const body = line.replace(/^लखनऊ:\s*/, "").replace(/\s*दिल्ली महिला आयोग ने[^\n]*$/, "");
      expected.push(...body.split(/(?<=[.\u0964]"?)\s+/).filter((s) => s.length > 0));
    }
    const blocks = doc.segments.filter((s) => s.kind !== "sentence");
    const proseSentences = doc.segments
      .filter((s) => s.kind === "sentence" && blocks[s.paragraph!]!.kind === "paragraph")
      .map(slice);
    expect(proseSentences).toEqual(expected);
  });

  it("the report is Hindi with English glosses: mixed", () => {
    expect(docLang(doc)).toBe("mixed");
  });
});

describeShared("segment: dev documents", () => {
  const docs = readJsonl<GoldDoc>("corpus/dev.jsonl");

  it("every gold distractor lies inside a non-sentence segment", () => {
    let total = 0;
    let held = 0;
    const misses: string[] = [];
    for (const g of docs) {
      const doc = segmented(g.text);
      for (const d of g.gold.distractors ?? []) {
        total++;
        const span = find(doc, d);
        if (covering(doc, span).some((s) => OUTSIDE_SENTENCES.has(s.kind))) held++;
        else misses.push(`${g.id}: ${d}`);
      }
    }
    console.log(
      `gold distractors outside sentences: ${held}/${total}${misses.length ? `\n  ${misses.join("\n  ")}` : ""}`,
    );
    expect(total).toBeGreaterThan(0);
    expect(held).toBe(total);
  });

  it("detectLang and docLang agree with the gold language (>= 90%)", () => {
    const confusion = (pairs: [Lang, string][]) => {
      const m = new Map<string, number>();
      for (const [gold, got] of pairs) m.set(`${gold}->${got}`, (m.get(`${gold}->${got}`) ?? 0) + 1);
      return [...m].sort().map(([k, n]) => `${k}: ${n}`);
    };
    const byDoc: [Lang, string][] = [];
    const byText: [Lang, string][] = [];
    const wrong: string[] = [];
    for (const g of docs) {
      const doc = segmented(g.text);
      const d = docLang(doc);
      const t = detectLang(doc.text);
      byDoc.push([g.lang, d]);
      byText.push([g.lang, t]);
      if (d !== g.lang || t !== g.lang) wrong.push(`${g.id}: gold ${g.lang}, docLang ${d}, detectLang ${t}`);
    }
    const agree = (pairs: [Lang, string][]) => pairs.filter(([a, b]) => a === b).length / pairs.length;
    console.log(
      `docLang ${(100 * agree(byDoc)).toFixed(1)}% [${confusion(byDoc).join(", ")}]\n` +
        `detectLang(text) ${(100 * agree(byText)).toFixed(1)}% [${confusion(byText).join(", ")}]` +
        (wrong.length ? `\n  ${wrong.join("\n  ")}` : ""),
    );
    expect(agree(byDoc)).toBeGreaterThanOrEqual(0.9);
    expect(agree(byText)).toBeGreaterThanOrEqual(0.9);
  });
});
