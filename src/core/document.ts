// The document object that flows through the pipeline (spaCy-style): each stage reads what earlier stages wrote
// and adds its own annotations. Offsets inside the pipeline are into the normalised text; `evidence()` maps a span
// back to the original input, so evidence is carried, never reconstructed.

import { type Normalized, normalize, toOriginalSpan } from "../text/normalize.js";
import type { Evidence, Lang, Segment } from "./types.js";

export interface DocInput {
  id?: string;
  text: string;
  /** ISO date (YYYY-MM-DD) of publication, when known */
  published?: string | null;
  /** the caller's language hint; detected when absent */
  lang?: Lang | null;
}

/** What a quote shows in place of a withheld name. */
export const REDACTED = "[name withheld]";

export class Doc {
  readonly id: string;
  readonly original: string;
  readonly norm: Normalized;
  readonly published: string | null;
  lang: Lang;
  segments: Segment[] = [];
  /** problems worth telling the user (bad input, truncation...) */
  warnings: string[] = [];
  /** spans of the ORIGINAL text that no quote may show (victims' names): replaced by REDACTED in every quote */
  private redactions: { start: number; end: number }[] = [];
  /** finders of spans to withhold, run before the first quote (most documents are never quoted: not relevant) */
  private pendingRedactions: (() => readonly { start: number; end: number }[])[] = [];

  constructor(input: DocInput) {
    this.id = input.id ?? "doc";
    this.original = input.text;
    this.norm = normalize(input.text);
    this.published =
      input.published && /^\d{4}-\d{2}-\d{2}/.test(input.published) ? input.published.slice(0, 10) : null;
    this.lang = input.lang ?? "en";
  }

  /** the normalised text: what rules match against */
  get text(): string {
    return this.norm.text;
  }

  /** Evidence for a span of the normalised text. */
  evidence(start: number, end: number, rule: string, basis: Evidence["basis"] = "stated"): Evidence {
    const o = toOriginalSpan(this.norm, start, end);
    return { start: o.start, end: o.end, quote: this.quote(o.start, o.end), rule, basis };
  }

  /** Withhold spans of the normalised text from every later quote (privacy by construction: victims' names). */
  redact(spans: readonly { start: number; end: number }[]): void {
    for (const s of spans) this.redactions.push(toOriginalSpan(this.norm, s.start, s.end));
    this.redactions.sort((a, b) => a.start - b.start);
  }

  /**
   * Withhold the spans a finder returns, running it only when the first quote is made: finding victims' names
   * means reading every person in the text, which a document that is never quoted does not need.
   */
  redactLazily(find: () => readonly { start: number; end: number }[]): void {
    this.pendingRedactions.push(find);
  }

  /** The original text of a span, with withheld names replaced by REDACTED. */
  quote(start: number, end: number): string {
    if (this.pendingRedactions.length) {
      const finders = this.pendingRedactions;
      this.pendingRedactions = [];
      for (const find of finders) this.redact(find());
    }
    let out = "";
    let at = start;
    for (const r of this.redactions) {
      if (r.end <= at || r.start >= end) continue;
      out += this.original.slice(at, Math.max(at, r.start)) + REDACTED;
      at = Math.min(end, r.end);
    }
    return out + this.original.slice(at, end);
  }

  /** The original characters behind a span of the normalised text (e.g. for transliteration, which needs ड़ vs ड). */
  originalSlice(start: number, end: number): string {
    const o = toOriginalSpan(this.norm, start, end);
    return this.original.slice(o.start, o.end);
  }
}
