// Which fields a record has evidence for, as highlight marks over one document's text.

import type { Mark } from "./highlight.js";
import type { Evidence, IncidentRecord } from "./types.js";

/** Scalar fields a reviewer may correct (docs/api.md: a scalar path), in the order the incident page lists them. */
export const SCALAR_FIELDS = [
  "exploitation",
  "event_date",
  "location.state",
  "location.district",
  "location.city",
  "location.locality",
  "location.police_station",
  "location.venue",
  "victims.rescued",
  "victims.minors",
  "victims.gender",
  "arrests.total",
  "active_since",
] as const;

/** Fields whose value is a whole number (the review form asks for a number). */
export const NUMBER_FIELDS: ReadonlySet<string> = new Set(["victims.rescued", "victims.minors", "arrests.total"]);

/** A value at a dotted path of a record ("victims.rescued"), or undefined. */
export function valueAt(record: unknown, path: string): unknown {
  let v: unknown = record;
  for (const k of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

const toMark = (field: string, e: Evidence): Mark => ({
  start: e.start,
  end: e.end,
  field,
  quote: e.quote,
  rule: e.rule,
});

/**
 * Every piece of evidence of a record as marks: scalar and list fields from `evidence[path]`, list items (accused,
 * officials, origins, seized) from their own evidence. With `docId`, only the evidence from that document (merged
 * records carry evidence from all their reports).
 */
export function recordMarks(record: IncidentRecord, docId?: string): Mark[] {
  const keep = (e: Evidence) => docId === undefined || e.docId === undefined || e.docId === docId;
  const marks: Mark[] = [];
  for (const [field, evs] of Object.entries(record.evidence ?? {}))
    for (const e of evs) if (keep(e)) marks.push(toMark(field, e));
  const items: [string, { evidence: Evidence[] }[]][] = [
    ["accused", record.accused ?? []],
    ["officials", record.officials ?? []],
    ["victims.origins", record.victims?.origins ?? []],
    ["seized", record.seized ?? []],
  ];
  for (const [field, list] of items)
    for (const it of list) for (const e of it.evidence ?? []) if (keep(e)) marks.push(toMark(field, e));
  return marks;
}

/** The documents a merged record's evidence for `field` comes from. */
export function fieldDocuments(record: IncidentRecord, field: string): string[] {
  const docs = new Set<string>();
  for (const e of record.evidence?.[field] ?? []) if (e.docId) docs.add(e.docId);
  return [...docs].sort();
}
