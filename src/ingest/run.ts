// Ingestion: sources → documents → extraction → store (with incident resolution). Idempotent: a document is
// identified by its content (normalised text), so the same document twice is stored once and the same story under
// another URL is recognised; known documents are not extracted again. Resumable: each document is stored in one
// transaction, in source order, so a rerun after an interruption skips what is stored and continues.
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { extract, InputError } from "../pipeline.js";
import type { Store } from "../store/types.js";
import { contentHash } from "./hash.js";
import { countSources, readSources } from "./sources/index.js";
import type { SourceDoc, SourceOptions } from "./types.js";

export interface IngestStats {
  /** documents read from the sources */
  read: number;
  /** new documents stored */
  added: number;
  /** documents stored before under the same key */
  known: number;
  /** stored content seen under a new key (a story republished elsewhere) */
  republished: number;
  /** items that could not be read (also kept in the store's error log) */
  errors: number;
  /** new documents judged relevant */
  relevant: number;
}

export interface IngestProgress {
  stats: IngestStats;
  /** the number of documents expected, when the sources can tell cheaply */
  total: number | null;
  /** the last error, for display */
  lastError?: string;
}

/**
 * V8 grows its heap lazily: a long ingest leaves hundreds of megabytes of garbage between collections. A full
 * collection every COLLECT_EVERY documents, once the process holds more than COLLECT_ABOVE_MB, keeps the peak memory
 * near what is alive (a hard heap limit would instead crash on one huge document). The collector is reached through
 * V8's flag, without a command-line switch.
 */
const COLLECT_EVERY = 100;
const COLLECT_ABOVE_MB = 160;
let collect: (() => void) | null | undefined;
function collectGarbage(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  if (collect && process.memoryUsage().rss > COLLECT_ABOVE_MB * 1024 * 1024) collect();
}

export async function ingest(
  store: Store,
  specs: string[],
  opts: {
    source?: SourceOptions;
    onProgress?: (p: IngestProgress) => void;
    onError?: (origin: string, message: string) => void;
  } = {},
): Promise<IngestStats> {
  const stats: IngestStats = { read: 0, added: 0, known: 0, republished: 0, errors: 0, relevant: 0 };
  const total = await countSources(specs, opts.source).catch(() => null);
  const report = (lastError?: string) => opts.onProgress?.({ stats, total, lastError });
  for await (const item of readSources(specs, opts.source)) {
    if (item.error) {
      stats.errors++;
      await store.logError(item.error.origin, item.error.message);
      opts.onError?.(item.error.origin, item.error.message);
      report(`${item.error.origin}: ${item.error.message}`);
      continue;
    }
    stats.read++;
    const added = await addSource(store, item.doc, stats);
    if (added.error) opts.onError?.(added.origin, added.error);
    if (stats.read % COLLECT_EVERY === 0) collectGarbage();
    report();
  }
  return stats;
}

/** How far into the text a title may already stand (pages whose readable text starts with their headline). */
const TITLE_REACH = 400;

/**
 * A page's headline is part of the report: it names the place and the count as often as the body does. Sources give
 * it apart (the page's title, a JSONL `title`): it heads the text unless the text already starts with it.
 */
export function withTitle(doc: SourceDoc): SourceDoc {
  const title = doc.title?.trim();
  if (!title || doc.text.slice(0, TITLE_REACH).includes(title)) return doc;
  return { ...doc, text: `${title}\n\n${doc.text}` };
}

/** What became of one document of a source. */
export interface IngestedDocument {
  /** the stored document's id; null when the item could not be read */
  id: string | null;
  status: "added" | "known" | "republished" | "error";
  incidents: string[];
  origin: string;
  error?: string;
}

/**
 * Store one document: known content (by its hash) only gains this key and is not extracted again; new content is
 * extracted and stored with its incidents resolved. Counts go to `stats`. Shared by `ingest` and the API.
 */
export async function addSource(store: Store, source: SourceDoc, stats: IngestStats): Promise<IngestedDocument> {
  const doc = withTitle(source);
  const hash = contentHash(doc.text);
  let result: ReturnType<typeof extract> | null = null;
  if (!(await store.documentByHash(hash))) {
    try {
      result = extract({ id: doc.key, text: doc.text, published: doc.published ?? null, lang: doc.lang ?? undefined });
    } catch (e) {
      stats.errors++;
      const message = e instanceof InputError ? e.message : `could not extract: ${(e as Error).message}`;
      await store.logError(doc.origin, message);
      return { id: null, status: "error", incidents: [], origin: doc.origin, error: message };
    }
  }
  const outcome = await store.addDocument(doc, hash, result);
  stats[outcome.status]++;
  if (outcome.status === "added" && result?.relevant) stats.relevant++;
  return { id: outcome.documentId, status: outcome.status, incidents: outcome.incidents, origin: doc.origin };
}

export { contentHash };

/**
 * Read every stored document again with this version of the extractor (after an upgrade, or a change of the
 * locale lexicons) and resolve its incidents anew. Human corrections survive: they are applied over every merge.
 */
export async function reextractAll(
  store: Store,
  onProgress?: (done: number, total: number) => void,
): Promise<{ documents: number; incidents: number }> {
  const ids = await store.documentIds();
  let done = 0;
  for (const id of ids) {
    const doc = await store.document(id);
    if (!doc) continue;
    const result = extract({
      id,
      text: doc.text,
      published: doc.published ?? null,
      lang: doc.lang === "hi" || doc.lang === "en" || doc.lang === "mixed" ? doc.lang : undefined,
    });
    await store.reextract(id, result);
    done++;
    onProgress?.(done, ids.length);
    if (done % COLLECT_EVERY === 0) collectGarbage();
  }
  return { documents: done, incidents: (await store.counts()).incidents };
}
