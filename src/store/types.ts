// The store behind Mukti's database: documents with their extraction, incidents (clusters of extracted records from
// one or more documents), persons, places and review edits. The embedded default is SQLite (sqlite.ts); the interface
// is asynchronous so that a PostgreSQL implementation can satisfy it later.
import type { DocResult } from "../core/record.js";
import type { MergedIncident } from "../dedup/merge.js";
import type { SourceDoc } from "../ingest/types.js";

export interface StoredDocument {
  id: string;
  /** every source key the document was seen under (URLs, JSONL ids, paths): a story republished elsewhere */
  keys: string[];
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  contentHash: string;
  text: string;
  html: string | null;
  relevant: boolean;
  extraction: DocResult;
}

export interface AddOutcome {
  /** added: a new document; known: this key and content were stored before; republished: the same content under a
   *  new key (recorded as another key of the stored document) */
  status: "added" | "known" | "republished";
  documentId: string;
  /** the incidents its extracted records joined or started */
  incidents: string[];
}

export interface IncidentFilter {
  state?: string;
  district?: string;
  /** event date (else first publication) on or after, YYYY-MM-DD */
  from?: string;
  to?: string;
  exploitation?: string;
  platform?: string;
  /** a place id: incidents located there (the places of incidentPlaces()) */
  place?: string;
  /** full-text search over the incident's documents (Hindi and English words) */
  text?: string;
  /** date: oldest first; -date: newest first (the default); the others ascending, or descending with "-", unknown
   *  values last: rescued, arrested, exploitation, place (state, then district), sources (reports) */
  sort?: IncidentSort;
  limit?: number;
  offset?: number;
}

export const INCIDENT_SORTS = [
  "date",
  "-date",
  "rescued",
  "-rescued",
  "arrested",
  "-arrested",
  "exploitation",
  "-exploitation",
  "place",
  "-place",
  "sources",
  "-sources",
] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

/** A human correction of one scalar field of an incident. Every correction is kept; the latest one per field wins. */
export interface Review {
  id: number;
  incident_id: string;
  field: string;
  /** the value shown before this correction (the merged value, or an earlier correction) */
  old_value: unknown;
  new_value: unknown;
  who: string;
  /** ISO timestamp */
  at: string;
  note: string | null;
}

/** The merged record as shown everywhere: human corrections applied on top, each under `reviewed[field]`. */
export type ReviewedIncident = MergedIncident & { reviewed: Record<string, Review> };

export interface IncidentRow {
  id: string;
  /** ids of its documents (for JSONL input, the `id` of each input line), sorted */
  documents: string[];
  record: ReviewedIncident;
}

export interface IncidentDetail extends IncidentRow {
  /** the documents with their own extracted record of this incident (evidence in their offsets) */
  sources: { document: StoredDocument; index: number; record: DocResult["incidents"][number] }[];
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface PersonSummary {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** how many incidents name this person */
  incidents: number;
}

export interface PersonDetail {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  incidents: {
    id: string;
    role: string | null;
    rank: string | null;
    /** the name as that incident gives it */
    name: string;
    date: string | null;
    district: string | null;
    state: string | null;
  }[];
  /** persons sharing incidents with this one, most shared first (the small graph of co-accused) */
  links: { person: string; name: string; kind: string; shared: number }[];
}

export interface PlaceSummary {
  id: string;
  name: string;
  kind: string;
  state: string | null;
  district: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  /** incidents located here */
  incidents: number;
  /** incidents whose victims came from here */
  as_origin: number;
}

export interface IncidentStats {
  by_month: { month: string; incidents: number; rescued: number }[];
  by_state: { state: string; incidents: number; rescued: number }[];
  by_exploitation: { exploitation: string; incidents: number }[];
  by_platform: { platform: string; incidents: number }[];
  totals: { incidents: number; documents: number; rescued: number; arrested: number };
}

export interface PlaceLite {
  id: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
}

export interface Flow {
  from: PlaceLite;
  to: PlaceLite;
  incidents: number;
  /** victims from that origin: the origin's stated count, else the incident's rescued count when it names one
   *  origin only, else 0 */
  victims: number;
}

/** The incidents located at one place (a map marker): how many match the filter there. */
export interface PlacedIncidents {
  id: string;
  name: string;
  kind: string;
  state: string | null;
  district: string | null;
  lat: number;
  lon: number;
  precision: string | null;
  incidents: number;
}

export interface IncidentPlaces {
  /** places with a position, most incidents first */
  items: PlacedIncidents[];
  /** matching incidents without a located place */
  unplaced: number;
}

/** A stored document without its text, extraction and HTML (lists). */
export type DocumentSummary = Omit<StoredDocument, "text" | "html" | "extraction" | "contentHash">;

export interface StoreCounts {
  documents: number;
  incidents: number;
  errors: number;
}

export interface Store {
  /** where the data lives (a file path for SQLite) */
  readonly location: string;
  /** the schema version reached by the migrations */
  schemaVersion(): Promise<number>;
  /** the stored document with this content hash, if any */
  documentByHash(contentHash: string): Promise<string | null>;
  /** a stored document seen under another key (or the same key again): remember the key, say which it was */
  recordKey(key: string, documentId: string): Promise<"known" | "republished">;
  /** store a document and its extraction, and resolve its incidents against the stored ones — atomically */
  addDocument(doc: SourceDoc, contentHash: string, result: DocResult | null): Promise<AddOutcome>;
  /** remember that a source could not be read (bad input is reported, never lost silently) */
  logError(origin: string, message: string): Promise<void>;
  incidents(filter?: IncidentFilter): Promise<IncidentRow[]>;
  incident(id: string): Promise<IncidentDetail | null>;
  document(id: string): Promise<StoredDocument | null>;
  counts(): Promise<StoreCounts>;
  /** the page incidents() returns, as the JSON text of an IncidentRow array (records are stored as JSON: a list of
   *  them is served without parsing and serialising each again) */
  incidentsJson(filter?: IncidentFilter): Promise<string>;
  /** how many incidents match the filter (its paging ignored) */
  countIncidents(filter?: IncidentFilter): Promise<number>;
  /** every matching incident in the filter's order, read in pages (exports): no paging */
  eachIncident(filter?: IncidentFilter): AsyncGenerator<IncidentRow>;
  persons(query?: Page & { text?: string }): Promise<{ total: number; items: PersonSummary[] }>;
  person(id: string): Promise<PersonDetail | null>;
  places(query?: { kind?: string; limit?: number }): Promise<PlaceSummary[]>;
  stats(filter?: IncidentFilter): Promise<IncidentStats>;
  /** origin → incident place pairs, most victims first; the filter's limit caps them (default and most: MAX_PAGE) */
  flows(filter?: IncidentFilter): Promise<Flow[]>;
  /** the matching incidents counted per located place (the map: one marker per place, whatever the store's size) */
  incidentPlaces(filter?: IncidentFilter): Promise<IncidentPlaces>;
  documents(query?: Page & { text?: string }): Promise<{ total: number; items: DocumentSummary[] }>;
  /** ids of all stored documents, in the order they were stored */
  documentIds(): Promise<string[]>;
  /**
   * Replace a stored document's extraction (a newer extractor read it again) and resolve its incidents anew, in one
   * transaction. Human corrections stay on top of every incident they were made on.
   */
  reextract(documentId: string, result: DocResult): Promise<{ incidents: string[] }>;
  /**
   * Correct one scalar field of an incident (see REVIEWABLE in reviews.ts): kept with who, when and the old value,
   * applied on top of every later merge. Null when there is no such incident; throws ReviewError for a bad value.
   */
  review(
    incidentId: string,
    field: string,
    value: unknown,
    who: string,
    note?: string | null,
  ): Promise<{ review: Review; incident: IncidentRow } | null>;
  /** the corrections of an incident, oldest first */
  reviews(incidentId: string): Promise<Review[]>;
  close(): Promise<void>;
}
