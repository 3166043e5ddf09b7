// Ingestion through the API: a report's text, a URL to fetch (a page or a feed), or an uploaded file. Each
// document goes the way `mukti ingest` takes it (src/ingest/run.ts): headline joined to the text, identified by its
// content, extracted once, stored with its incidents resolved against the stored ones. Unlike the command, the API
// answers what became of each document (its id, whether it was new, the incidents it joined).
import { Readable } from "node:stream";
import { addSource, contentHash, type IngestedDocument, type IngestStats } from "../ingest/run.js";
import { decodeMarkup } from "../ingest/sources/fields.js";
import { readHtml } from "../ingest/sources/html.js";
import { readSources } from "../ingest/sources/index.js";
import { readJsonl } from "../ingest/sources/jsonl.js";
import { textItem } from "../ingest/sources/text.js";
import type { Fetcher, SourceItem } from "../ingest/types.js";
import type { Store } from "../store/types.js";

export type { IngestedDocument };

export interface IngestResult {
  stats: IngestStats;
  documents: IngestedDocument[];
}

/** The kinds of file an upload may be, by extension. */
export const UPLOAD_KINDS: Readonly<Record<string, "text" | "html" | "jsonl">> = {
  ".txt": "text",
  ".html": "html",
  ".htm": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export function uploadKind(filename: string): "text" | "html" | "jsonl" | null {
  const m = /\.[^.]+$/.exec(filename.toLowerCase());
  return (m && UPLOAD_KINDS[m[0]]) || null;
}

export async function ingestItems(store: Store, items: AsyncIterable<SourceItem> | Iterable<SourceItem>) {
  const stats: IngestStats = { read: 0, added: 0, known: 0, republished: 0, errors: 0, relevant: 0 };
  const documents: IngestedDocument[] = [];
  for await (const item of items) {
    if (item.error) {
      stats.errors++;
      await store.logError(item.error.origin, item.error.message);
      documents.push({
        id: null,
        status: "error",
        incidents: [],
        origin: item.error.origin,
        error: item.error.message,
      });
      continue;
    }
    stats.read++;
    documents.push(await addSource(store, item.doc, stats));
  }
  return { stats, documents } satisfies IngestResult;
}

export interface TextInput {
  text: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  lang?: "hi" | "en" | "mixed";
}

/** A report given as text: its key is its URL when given, else one made from its content (the same text twice is
 *  the same document). */
export function textSource(input: TextInput): SourceItem[] {
  const key = input.url ?? `api:${contentHash(input.text).slice(0, 16)}`;
  return [
    {
      doc: {
        key,
        text: input.text,
        url: input.url ?? null,
        title: input.title ?? null,
        outlet: input.outlet ?? null,
        published: input.published ?? null,
        lang: input.lang ?? null,
        origin: input.url ?? "POST /api/ingest",
      },
    },
  ];
}

export function urlSource(url: string, fetch?: Fetcher): AsyncIterable<SourceItem> {
  return readSources([url], fetch ? { fetch } : {});
}

/** An uploaded file's documents (its kind from its extension, checked by the caller). */
export function uploadSource(
  filename: string,
  kind: "text" | "html" | "jsonl",
  body: Buffer,
): AsyncIterable<SourceItem> | SourceItem[] {
  const key = `upload:${filename}`;
  if (kind === "text") return [textItem(body, key, filename)];
  if (kind === "html") return [readHtml(decodeMarkup(body), { key, origin: filename })];
  return readJsonl(Readable.from([body.toString("utf8")]), filename);
}
