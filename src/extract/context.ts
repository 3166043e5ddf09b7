// The reading context every field extractor shares: the document's content sentences (headline, body, tweet —
// never captions, bylines, "also read" lines or glued related headlines), their word order, and the cue index.
import type { Doc } from "../core/document.js";
import type { Segment, SegmentKind } from "../core/types.js";
import { findNumbers, type NumberMatch } from "../numbers/index.js";
import { WordSet } from "../text/wordset.js";
import { annotateCues, type CueIndex } from "./cues.js";

export interface Sentence {
  /** index in reading order among content sentences */
  index: number;
  start: number;
  end: number;
  /** the block the sentence is in */
  block: Extract<SegmentKind, "headline" | "paragraph" | "tweet" | "dateline">;
  /** index of the block among blocks (paragraph number) */
  paragraph: number;
  /** Hindi (also romanized) puts the verb last: counts attach to the verb after them; English: mostly before */
  verbFinal: boolean;
  /** romanized Hindi words are present: number words like "do", "teen" are numbers here */
  romanHindi: boolean;
}

export interface Context {
  doc: Doc;
  text: string;
  sentences: Sentence[];
  cues: CueIndex;
  numbers: NumberMatch[];
  /** blocks that are not content: captions, bylines, also-read lines, distractors, boilerplate */
  excluded: Segment[];
}

/** Share of Latin-script sentences that must read as romanized Hindi for the whole document to be read so. */
const ROMAN_DOC_SHARE = 0.3;

const CONTENT_BLOCKS = new Set<SegmentKind>(["headline", "paragraph", "tweet", "dateline"]);
// Function words of romanized Hindi that are not English words (or are rare in English news).
const ROMAN_HINDI_STRONG = new WordSet(
  "ko ne ki ke mein hai hain tha thi kiya gaya gayi liya karaya aur wale wali".split(" "),
);
/** the longest word of ROMAN_HINDI_STRONG: longer words are not looked up */
const STRONG_MAX = 6;

/** One pass over a sentence: Devanagari and Latin letters, words, and romanized-Hindi function words. */
function wordOrder(text: string, start: number, end: number): { verbFinal: boolean; romanHindi: boolean } {
  let dev = 0;
  let lat = 0;
  let words = 0;
  let strong = 0;
  let inSpace = true;
  let latinRun = -1;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 32;
    const latin = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (latin) {
      lat++;
      if (latinRun < 0) latinRun = i;
    } else {
      if (c >= 0x0900 && c <= 0x097f) dev++;
      // a word of Latin letters alone, between non-letters (as \b...\b sees it for these ASCII words)
      if (latinRun >= 0 && i - latinRun <= STRONG_MAX && !isWordChar(c) && !isWordChar(text.charCodeAt(latinRun - 1)))
        if (ROMAN_HINDI_STRONG.has(text, latinRun, i)) strong++;
      latinRun = -1;
    }
    // words as split(/\s+/) counts them: runs of non-space
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11;
    if (!space && inSpace) words++;
    inSpace = space;
  }
  if (dev > lat) return { verbFinal: true, romanHindi: false };
  // "the" is both English and Hinglish ("le ja rahe the"), so the strong list leaves it out
  const romanHindi = strong >= 2 && strong / Math.max(words, 1) > 0.06;
  return { verbFinal: romanHindi || dev > 0, romanHindi };
}

/** \w as a regular expression's \b sees it (ASCII letters, digits, underscore) */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

export function buildContext(doc: Doc): Context {
  const text = doc.text;
  const blocks = doc.segments.filter((s) => s.kind !== "sentence");
  const excluded = blocks.filter((b) => !CONTENT_BLOCKS.has(b.kind));
  const sentences: Sentence[] = [];
  const isExcluded = (s: number, e: number) => excluded.some((x) => x.start <= s && e <= x.end);
  for (const seg of doc.segments) {
    // a dateline ("कानपुर:", "Bhopal:") has no sentence of its own, but its place is evidence of the location
    if (seg.kind === "dateline") {
      sentences.push({
        index: sentences.length,
        start: seg.start,
        end: seg.end,
        block: "dateline",
        paragraph: blocks.indexOf(seg),
        verbFinal: false,
        romanHindi: false,
      });
      continue;
    }
    if (seg.kind !== "sentence") continue;
    if (isExcluded(seg.start, seg.end)) continue;
    const holds = (b: Segment | undefined): b is Segment =>
      b !== undefined && b.start <= seg.start && seg.end <= b.end && CONTENT_BLOCKS.has(b.kind);
    // the block the segmenter put the sentence in (its blocks never overlap, so no other block holds it); a search
    // only for a sentence without one
    const own = seg.paragraph === undefined ? undefined : blocks[seg.paragraph];
    const block = holds(own) ? own : blocks.find((b) => holds(b));
    if (!block) continue;
    const order = wordOrder(text, seg.start, seg.end);
    sentences.push({
      index: sentences.length,
      start: seg.start,
      end: seg.end,
      block: block.kind as Sentence["block"],
      paragraph: seg.paragraph ?? blocks.indexOf(block),
      ...order,
    });
  }
  // A document that is mostly romanized Hindi is so in its short sentences too ("Yaani kul chhah aaropi giraftaar.")
  const latin = sentences.filter((x) => !x.verbFinal || x.romanHindi);
  const roman = latin.filter((x) => x.romanHindi).length;
  if (roman >= 2 && roman / Math.max(latin.length, 1) >= ROMAN_DOC_SHARE)
    for (const x of latin) {
      x.romanHindi = true;
      x.verbFinal = true;
    }
  // numbers per sentence (whether "do" is the number two depends on the sentence's language), found on first use
  let numbers: NumberMatch[] | undefined;
  const findAll = () => {
    const out: NumberMatch[] = [];
    for (const s of sentences)
      for (const n of findNumbers(text.slice(s.start, s.end), { romanHindi: s.romanHindi }))
        out.push({ ...n, start: n.start + s.start, end: n.end + s.start });
    return out;
  };
  return {
    doc,
    text,
    sentences,
    cues: annotateCues(text),
    get numbers() {
      numbers ??= findAll();
      return numbers;
    },
    excluded,
  };
}

/** The content sentence containing a position of the normalised text (binary search: sentences are in text order). */
export function sentenceAt(ctx: Context, pos: number): Sentence | undefined {
  const list = ctx.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
