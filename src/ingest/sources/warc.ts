// WARC and WARC.gz archives (web crawls), read record by record from a file stream: an archive of any size is
// never held in memory, only the record being read. warcio's parser finds the gzip members itself.
//
// Documents come from `response` records whose HTTP content type is HTML (read as pages) and from `resource`
// records of text/html or text/plain; requests, metadata, revisits, images and scripts are passed over. A record
// that cannot be read gives an error item and the next record is read; an archive whose structure breaks (a
// truncated or corrupt gzip member) ends with an error item saying after which record.
import { createReadStream } from "node:fs";
import { WARCParser, type WARCRecord } from "warcio";
import type { SourceItem } from "../types.js";
import { MAX_BODY_BYTES } from "./fetch.js";
import { decodeMarkup, errorMessage } from "./fields.js";
import { readHtml } from "./html.js";
import { textItem } from "./text.js";

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;

/** Reads an archive; `name` prefixes origins ("crawl.warc.gz#1532", the record's position in the file from 1). */
export async function* readWarcFile(file: string, name: string): AsyncGenerator<SourceItem> {
  const stream = createReadStream(file);
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", resolve);
  });
  if (opened) {
    yield { error: { origin: name, message: `could not read the archive: ${opened.message}` } };
    return;
  }
  const parser = new WARCParser(stream);
  let recordNo = 0;
  try {
    for await (const record of parser) {
      recordNo++;
      const origin = `${name}#${recordNo}`;
      if (!record.warcHeaders.statusline.startsWith("WARC/")) {
        yield {
          error: { origin, message: "not a WARC record (no WARC/ version line): the file is not a web archive" },
        };
        return;
      }
      const item = await recordItem(record, origin);
      // Every record is drained here, wanted or not: warcio's own skipping of a record cut short by the end of the
      // file never returns (it waits for bytes that will not come).
      const complete = await drain(record);
      if (!complete) {
        yield { error: { origin, message: `the archive ends inside record ${recordNo}: the file is truncated` } };
        return;
      }
      if (item) yield item;
    }
    if (recordNo === 0) yield { error: { origin: name, message: "no WARC records in the file" } };
    else if (endsInsideGzipMember(parser))
      yield {
        error: {
          origin: `${name}#${recordNo + 1}`,
          message: `the archive ends inside a gzip member after record ${recordNo}: the file is truncated`,
        },
      };
  } catch (e) {
    yield {
      error: {
        origin: `${name}#${recordNo + 1}`,
        message: `the archive could not be read past record ${recordNo}: ${errorMessage(e)}`,
      },
    };
  } finally {
    stream.destroy();
  }
}

/** What of warcio's record reader this module relies on: the count of the record's bytes not yet read. */
interface LimitReaderState extends AsyncIterable<Uint8Array> {
  limit: number;
}

/** Reads what is left of a record's bytes, discarding them; false when the file ends before the record does. */
async function drain(record: WARCRecord): Promise<boolean> {
  const raw = (record as unknown as { _reader?: Partial<LimitReaderState> })._reader;
  if (!raw || typeof raw.limit !== "number" || typeof raw[Symbol.asyncIterator] !== "function") return true;
  if (raw.limit > 0) for await (const _ of raw as LimitReaderState);
  record.consumed ||= "skipped";
  return raw.limit <= 0;
}

/** A gzip member begun and never finished: the last record was cut off before warcio could even see it. */
function endsInsideGzipMember(parser: WARCParser): boolean {
  const reader = parser as unknown as {
    _reader?: { compressed?: string | null; inflator?: { ended?: boolean } | null };
  };
  return !!reader._reader?.compressed && reader._reader.inflator?.ended === false;
}

/** The document of one record, an error item, or null for a record that holds no document. */
async function recordItem(record: WARCRecord, origin: string): Promise<SourceItem | null> {
  const type = record.warcType;
  if (type !== "response" && type !== "resource") return null;
  const uri = record.warcTargetURI ?? null;
  let contentType: string | null;
  if (type === "response") {
    // Only successful responses are reports: a 404 page or a redirect stub is not.
    const status = Number(record.httpHeaders?.statusCode);
    if (!(status >= 200 && status < 300)) return null;
    contentType = record.httpHeaders?.headers.get("content-type") ?? null;
    if (!contentType || !HTML_TYPE.test(contentType)) return null;
  } else {
    contentType = record.warcContentType ?? null;
    if (!contentType || !(HTML_TYPE.test(contentType) || TEXT_TYPE.test(contentType))) return null;
  }
  if (!uri) return { error: { origin, message: `${type} record without a WARC-Target-URI` } };
  if (record.warcContentLength > MAX_BODY_BYTES)
    return {
      error: {
        origin,
        message: `record is ${record.warcContentLength} bytes, over the ${MAX_BODY_BYTES}-byte page limit`,
      },
    };
  let body: Uint8Array;
  try {
    // Content, not raw: chunked transfer and gzip/deflate content encodings are undone.
    body = await record.readFully(true);
  } catch (e) {
    return { error: { origin, message: `could not read the record of ${uri}: ${errorMessage(e)}` } };
  }
  if (TEXT_TYPE.test(contentType)) return textItem(body, uri, origin, uri);
  return readHtml(decodeMarkup(body, contentType), { key: uri, origin, url: uri });
}
