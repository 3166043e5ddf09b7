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
  /** full-text search over the incident's documents (Hindi and English words) */
  text?: string;
  limit?: number;
  offset?: number;
}

export interface IncidentRow {
  id: string;
  /** ids of its documents (for JSONL input, the `id` of each input line), sorted */
  documents: string[];
  record: MergedIncident;
}

export interface IncidentDetail extends IncidentRow {
  /** the documents with their own extracted record of this incident (evidence in their offsets) */
  sources: { document: StoredDocument; index: number; record: DocResult["incidents"][number] }[];
}

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
  addDocument(doc: SourceDoc, contentHash: string, result: DocResult): Promise<AddOutcome>;
  /** remember that a source could not be read (bad input is reported, never lost silently) */
  logError(origin: string, message: string): Promise<void>;
  incidents(filter?: IncidentFilter): Promise<IncidentRow[]>;
  incident(id: string): Promise<IncidentDetail | null>;
  document(id: string): Promise<StoredDocument | null>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
