// Ingestion: sources → documents → extraction → store (with incident resolution). Idempotent: a document is
// identified by its content (normalised text), so the same document twice is stored once and the same story under
// another URL is recognised; known documents are not extracted again. Resumable: each document is stored in one
// transaction, in source order, so a rerun after an interruption skips what is stored and continues.
import type { DocInput } from "../core/document.js";
import { afterDocument } from "../core/memory.js";
import type { DocResult } from "../core/record.js";
import { asLang } from "../core/types.js";
import { WorkerPool } from "../parallel/pool.js";
import type { ExtractOutcome } from "../parallel/tasks.js";
import type { Store } from "../store/types.js";
import { contentHash } from "./hash.js";
import { countSources, readSources } from "./sources/index.js";
import type { SourceDoc, SourceItem, SourceOptions } from "./types.js";

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

/** Documents read ahead of the one being stored, per worker: enough to keep every worker busy while one is stored. */
const READ_AHEAD_PER_WORKER = 4;

export async function ingest(
  store: Store,
  specs: string[],
  opts: {
    source?: SourceOptions;
    onProgress?: (p: IngestProgress) => void;
    onError?: (origin: string, message: string) => void;
    /** extraction threads (1: extract in this thread) */
    workers?: number;
  } = {},
): Promise<IngestStats> {
  const stats: IngestStats = { read: 0, added: 0, known: 0, republished: 0, errors: 0, relevant: 0 };
  const total = await countSources(specs, opts.source).catch(() => null);
  const report = (lastError?: string) => opts.onProgress?.({ stats, total, lastError });
  // each item is an unreadable one or a document whose extraction may be running already
  await extractAhead<SourceItem, Prepared | { error: { origin: string; message: string } }>(
    opts.workers ?? 1,
    readSources(specs, opts.source),
    async (item, extractor) => (item.error ? { error: item.error } : prepare(store, item.doc, extractor)),
    async (next) => {
      if ("error" in next) {
        stats.errors++;
        await store.logError(next.error.origin, next.error.message);
        opts.onError?.(next.error.origin, next.error.message);
        report(`${next.error.origin}: ${next.error.message}`);
        return;
      }
      stats.read++;
      const added = await storePrepared(store, next, stats);
      if (added.error) opts.onError?.(added.origin, added.error);
      afterDocument();
      report();
    },
  );
  return stats;
}

/**
 * The one loop of ingest and reextract: items are prepared in order (their extraction started, in a worker when
 * there are several), and settled (stored) one by one in the same order, while the workers extract up to
 * READ_AHEAD_PER_WORKER documents each ahead of the one being stored. A run stays resumable: what is stored is a
 * prefix of the input.
 */
async function extractAhead<T, P>(
  workers: number,
  items: AsyncIterable<T> | Iterable<T>,
  prepareItem: (item: T, extractor: Extractor) => Promise<P | undefined>,
  settle: (prepared: P) => Promise<void>,
): Promise<void> {
  const pool = workers > 1 ? new WorkerPool(workers) : null;
  const extractor = await extractorFor(pool, true);
  const limit = pool ? workers * READ_AHEAD_PER_WORKER : 0;
  const ahead: P[] = [];
  try {
    for await (const item of items) {
      const prepared = await prepareItem(item, extractor);
      if (prepared === undefined) continue;
      ahead.push(prepared);
      while (ahead.length > limit) await settle(ahead.shift()!);
    }
    while (ahead.length) await settle(ahead.shift()!);
  } finally {
    await pool?.close();
  }
}

/** Start an extraction; a failure is met when the document's turn comes, and until then is not "unhandled". */
function startExtraction(extractor: Extractor, input: DocInput): Promise<ExtractOutcome> {
  const outcome = Promise.resolve(extractor(input));
  outcome.catch(() => {});
  return outcome;
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

type Extractor = (input: DocInput) => ExtractOutcome | Promise<ExtractOutcome>;

/**
 * Extraction in the pool's workers, or in this thread (the pipeline is loaded only then: workers load their own).
 * A batch warms this thread's pipeline up first (src/warmup.ts; the workers warm up as they start); one document
 * at a time (the API) does not: `mukti serve` warms up once, after it starts listening.
 */
async function extractorFor(pool: WorkerPool | null, batch = false): Promise<Extractor> {
  if (pool) return (input) => pool.run("extract", [input]).then((o) => o[0]!);
  const { extractOutcome } = await import("../parallel/tasks.js");
  if (batch) (await import("../warmup.js")).warmUp();
  return extractOutcome;
}

/** A document ready to be stored: its content hash, and its extraction (running) unless the content is known. */
interface Prepared {
  doc: SourceDoc;
  hash: string;
  outcome: Promise<ExtractOutcome> | null;
}

async function prepare(store: Store, source: SourceDoc, extractor: Extractor): Promise<Prepared> {
  const doc = withTitle(source);
  const hash = contentHash(doc.text);
  if (await store.documentByHash(hash)) return { doc, hash, outcome: null };
  const outcome = startExtraction(extractor, {
    id: doc.key,
    text: doc.text,
    published: doc.published ?? null,
    lang: doc.lang ?? undefined,
  });
  return { doc, hash, outcome };
}

async function storePrepared(store: Store, p: Prepared, stats: IngestStats): Promise<IngestedDocument> {
  let result: DocResult | null = null;
  if (p.outcome) {
    const o = await p.outcome;
    if ("error" in o) {
      stats.errors++;
      const message = o.input ? o.error : `could not extract: ${o.error}`;
      await store.logError(p.doc.origin, message);
      return { id: null, status: "error", incidents: [], origin: p.doc.origin, error: message };
    }
    result = o.result;
  }
  const outcome = await store.addDocument(p.doc, p.hash, result);
  stats[outcome.status]++;
  if (outcome.status === "added" && result?.relevant) stats.relevant++;
  return { id: outcome.documentId, status: outcome.status, incidents: outcome.incidents, origin: p.doc.origin };
}

/**
 * Store one document: known content (by its hash) only gains this key and is not extracted again; new content is
 * extracted and stored with its incidents resolved. Counts go to `stats`. Shared by `ingest` and the API.
 */
export async function addSource(store: Store, source: SourceDoc, stats: IngestStats): Promise<IngestedDocument> {
  return storePrepared(store, await prepare(store, source, await extractorFor(null)), stats);
}

export { contentHash };

/**
 * Read every stored document again with this version of the extractor (after an upgrade, or a change of the
 * locale lexicons) and resolve its incidents anew. Human corrections survive: they are applied over every merge.
 */
export async function reextractAll(
  store: Store,
  onProgress?: (done: number, total: number) => void,
  workers = 1,
): Promise<{ documents: number; incidents: number }> {
  const ids = await store.documentIds();
  let done = 0;
  await extractAhead<string, { id: string; outcome: Promise<ExtractOutcome> }>(
    workers,
    ids,
    async (id, extractor) => {
      const doc = await store.document(id);
      if (!doc) return undefined;
      const lang = asLang(doc.lang);
      return {
        id,
        outcome: startExtraction(extractor, { id, text: doc.text, published: doc.published ?? null, lang }),
      };
    },
    async ({ id, outcome }) => {
      const o = await outcome;
      // a stored document was read once: it can only fail now through a fault of this version, which must be seen
      if ("error" in o) throw new Error(`could not re-extract document ${id}: ${o.error}`);
      await store.reextract(id, o.result);
      done++;
      onProgress?.(done, ids.length);
      afterDocument();
    },
  );
  return { documents: done, incidents: (await store.counts()).incidents };
}
