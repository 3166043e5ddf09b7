// Core types shared by every stage of the pipeline. Offsets are always into the ORIGINAL input text
// unless a name says otherwise (`norm*`): evidence is carried from the input to the database, never rebuilt.

export type Lang = "hi" | "en" | "mixed";

/** A language Mukti reads, or undefined for anything else (a caller's hint, a stored value). */
export function asLang(v: unknown): Lang | undefined {
  return v === "hi" || v === "en" || v === "mixed" ? v : undefined;
}

/** A half-open character range [start, end) of the original input (UTF-16 code units, as JS strings index). */
export interface Span {
  start: number;
  end: number;
}

/** What every extracted value carries: where it came from and which rule produced it. */
export interface Evidence extends Span {
  quote: string;
  rule: string;
  /** stated: the text says it; implied: derived (a district from a city, a date from "on Sunday"). */
  basis: "stated" | "implied";
}

export type SegmentKind =
  | "headline"
  | "dateline"
  | "paragraph"
  | "sentence"
  | "tweet"
  | "caption"
  | "byline"
  | "also_read"
  | "distractor"
  | "boilerplate";

/** A piece of the document. Offsets are into the NORMALISED text (see Doc.toOriginal). */
export interface Segment {
  start: number;
  end: number;
  kind: SegmentKind;
  lang: Lang | "other" | "none";
  /** index of the paragraph this sentence belongs to (sentences only) */
  paragraph?: number;
}
