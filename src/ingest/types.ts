// What every ingestion source yields: documents, or errors that say what could not be read (bad input loses
// nothing: the run reports it and goes on). Sources stream: a WARC archive of any size is read record by record.
import type { Lang } from "../core/types.js";

export interface SourceDoc {
  /** stable key of the document within its source: a JSONL line's `id`, a file's path, a page's URL, a WARC
   *  record's target URI. Re-reading the same source yields the same keys. */
  key: string;
  /** the readable text (for HTML: the main text, without navigation, ads and boilerplate) */
  text: string;
  /** the page's HTML when the document came from one */
  html?: string | null;
  url?: string | null;
  /** the publication's name ("Dainik Jagran", "The Hindu"), from the page's metadata or the feed */
  outlet?: string | null;
  title?: string | null;
  /** publication date, YYYY-MM-DD */
  published?: string | null;
  lang?: Lang | null;
  /** where it came from, for messages: "reports.jsonl:12", "https://...", "crawl.warc.gz#1532" */
  origin: string;
}

export interface SourceError {
  origin: string;
  message: string;
}

export type SourceItem = { doc: SourceDoc; error?: undefined } | { error: SourceError; doc?: undefined };

/** How a source reaches the network: injectable so tests serve pages from a local server. */
export type Fetcher = (url: string) => Promise<{ status: number; contentType: string | null; body: Buffer }>;

export interface SourceOptions {
  fetch?: Fetcher;
  /** follow each RSS/Atom item to its page (default true) */
  followFeedLinks?: boolean;
}
