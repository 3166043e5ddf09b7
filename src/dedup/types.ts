// The unit of incident resolution: one incident extracted from one report, with what the resolver needs beside the
// record (the whole report text for shingling, the publication date for date windows and tie-breaks).

import type { IncidentRecord } from "../core/record.js";

export interface ExtractedIncident {
  /** the report's id */
  docId: string;
  /** position of the incident in the report's `incidents` */
  index: number;
  record: IncidentRecord;
  /** the whole report text (original or normalised; shingling folds both alike) */
  text: string;
  /** ISO publication date of the report, or null */
  published: string | null;
  outlet?: string | null;
}

/** "docId#index": the identity of an extracted incident. */
export function memberId(inc: Pick<ExtractedIncident, "docId" | "index">): string {
  return `${inc.docId}#${inc.index}`;
}
