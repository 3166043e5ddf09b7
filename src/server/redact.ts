// Victims' names out of the document texts the API serves. The extraction never stores a victim's name in a record
// and withholds them from every evidence quote, but a document's stored text is the report as published, and some
// reports name a victim. The store does not keep where the withheld names stand, so they are found again here with
// the pipeline's own finder (segmentation, then the person finder's withheld spans: the same spans the extraction
// redacted from its quotes), replaced by "[name withheld]", and every evidence offset into that text is moved to
// the redacted text so that highlighting still lands on the right words.
import { Doc, REDACTED } from "../core/document.js";
import type { Evidence } from "../core/types.js";
import { withheldNameSpans } from "../people/index.js";
import { guardInput } from "../text/guard.js";
import { toOriginalSpan } from "../text/normalize.js";
import { segment } from "../text/segment.js";

export interface Redacted {
  /** the text with each withheld name replaced by REDACTED */
  text: string;
  /** the withheld names as written (to take them out of the page's HTML too) */
  names: string[];
  /** an offset into the stored text → the same place in the redacted text */
  offset(at: number, side: "start" | "end"): number;
}

const IDENTITY = (text: string): Redacted => ({ text, names: [], offset: (at) => at });

/** The stored text of a document as served: victims' names withheld. */
export function redactText(stored: string): Redacted {
  let doc: Doc;
  try {
    doc = new Doc({ text: guardInput(stored).text });
    segment(doc);
  } catch {
    return IDENTITY(stored); // binary or unreadable text: nothing the extraction read, nothing it withheld
  }
  const spans = withheldNameSpans(doc)
    .map((s) => toOriginalSpan(doc.norm, s.start, s.end))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  if (!spans.length) return IDENTITY(stored);
  // overlapping or touching spans are one withheld stretch
  const merged: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  let text = "";
  let at = 0;
  for (const s of merged) {
    text += stored.slice(at, s.start) + REDACTED;
    at = s.end;
  }
  text += stored.slice(at);
  const names = [...new Set(merged.map((s) => stored.slice(s.start, s.end).trim()))].filter((n) => n.length >= 2);
  const offset = (x: number, side: "start" | "end"): number => {
    let shift = 0;
    for (const s of merged) {
      if (x <= s.start) break;
      if (x < s.end) return s.start + shift + (side === "start" ? 0 : REDACTED.length);
      shift += REDACTED.length - (s.end - s.start);
    }
    return x + shift;
  };
  return { text, names, offset };
}

/** A page's HTML without the withheld names found in its text. */
export function redactHtml(html: string, names: readonly string[]): string {
  let out = html;
  for (const n of names) out = out.split(n).join(REDACTED);
  return out;
}

function isEvidence(x: Record<string, unknown>): x is Record<string, unknown> & Evidence {
  return typeof x.start === "number" && typeof x.end === "number" && typeof x.quote === "string";
}

/**
 * Moves every evidence span in a value (a record, a list of them) to the redacted text of its document: the
 * evidence's own `docId` names it, else `docId` is the document the value belongs to. Changes the value in place.
 */
export function remapEvidence(value: unknown, redactionOf: (docId: string) => Redacted | undefined, docId?: string) {
  if (Array.isArray(value)) {
    for (const v of value) remapEvidence(v, redactionOf, docId);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const obj = value as Record<string, unknown>;
  if (isEvidence(obj)) {
    const r = redactionOf(typeof obj.docId === "string" ? obj.docId : (docId ?? ""));
    if (r) {
      const start = r.offset(obj.start, "start");
      obj.end = r.offset(obj.end, "end");
      obj.start = start;
    }
    return;
  }
  for (const v of Object.values(obj)) remapEvidence(v, redactionOf, docId);
}
