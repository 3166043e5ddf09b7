// SOURCE arguments of `mukti ingest` into one stream of documents: files, folders (read recursively, in sorted
// order so that a rerun sees the same sequence), http(s) URLs (an HTML page or an RSS/Atom feed) and "-" (JSONL on
// stdin). Nothing here throws for bad input: what cannot be read is an error item and the stream goes on.
import { createReadStream } from "node:fs";
import { open, readdir, readFile, realpath, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Fetcher, SourceItem, SourceOptions } from "../types.js";
import { readFeed } from "./feed.js";
import { defaultFetcher, fetchOrError, MAX_BODY_BYTES } from "./fetch.js";
import { decodeMarkup, errorMessage } from "./fields.js";
import { readHtml, readHtmlFile } from "./html.js";
import { readJsonl, readJsonlFile } from "./jsonl.js";
import { readTextFile, textItem } from "./text.js";
import { readWarcFile } from "./warc.js";

export type SourceKind = "text" | "html" | "jsonl" | "feed" | "warc";

const EXTENSIONS: [RegExp, SourceKind][] = [
  [/\.warc(?:\.gz)?$/i, "warc"],
  [/\.jsonl$|\.ndjson$/i, "jsonl"],
  [/\.html?$|\.xhtml$/i, "html"],
  [/\.(?:xml|rss|atom)$/i, "feed"],
  [/\.txt$/i, "text"],
];

/** The kind a file's name says it is; null for files a folder walk passes over (images, PDFs, scripts...). */
export function kindOfName(name: string): SourceKind | null {
  for (const [pattern, kind] of EXTENSIONS) if (pattern.test(name)) return kind;
  return null;
}

const URL_SPEC = /^https?:\/\//i;

export async function* readSources(specs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const spec of specs) yield* readSpec(spec, opts);
}

async function* readSpec(spec: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (spec === "-") {
    yield* readJsonl(process.stdin, "stdin");
    return;
  }
  if (URL_SPEC.test(spec)) {
    yield* readUrl(spec, opts);
    return;
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(spec);
  } catch (e) {
    const code = (e as { code?: string }).code;
    yield { error: { origin: spec, message: code === "ENOENT" ? "no such file or folder" : errorMessage(e) } };
    return;
  }
  if (info.isDirectory()) {
    for await (const entry of walk(spec, new Set())) {
      if ("error" in entry) yield entry;
      else yield* readFileOfKind(entry.file, entry.kind, opts);
    }
    return;
  }
  // A file named on the command line is read whatever its extension: its first bytes say what it is.
  yield* readFileOfKind(spec, kindOfName(spec) ?? (await sniffFile(spec)), opts);
}

type WalkEntry = { file: string; kind: SourceKind } | { error: { origin: string; message: string } };

/** The readable files under a folder, depth first in code-unit order of names; hidden entries are skipped, and a
 *  folder reached again through a symbolic link is not walked twice. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith(".")).sort(byCodeUnit);
  } catch (e) {
    yield { error: { origin: dir, message: `could not read the folder: ${errorMessage(e)}` } };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (e) {
      yield { error: { origin: path, message: errorMessage(e) } };
      continue;
    }
    if (info.isDirectory()) yield* walk(path, seen);
    else if (info.isFile()) {
      const kind = kindOfName(name);
      if (kind) yield { file: path, kind };
    }
  }
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function* readFileOfKind(file: string, kind: SourceKind, opts: SourceOptions): AsyncGenerator<SourceItem> {
  // Keys are absolute paths, so that a rerun from another working folder names the same documents the same way;
  // origins keep the path as given, which is what the user recognises in messages.
  const key = resolve(file);
  switch (kind) {
    case "text":
      yield* readTextFile(file, key, file);
      return;
    case "html":
      yield* readHtmlFile(file, key, file);
      return;
    case "jsonl":
      yield* readJsonlFile(file, file);
      return;
    case "warc":
      yield* readWarcFile(file, file);
      return;
    case "feed": {
      let body: Buffer;
      try {
        const info = await stat(file);
        if (info.size > MAX_BODY_BYTES) {
          yield {
            error: { origin: file, message: `the feed is ${info.size} bytes, over the ${MAX_BODY_BYTES}-byte limit` },
          };
          return;
        }
        body = await readFile(file);
      } catch (e) {
        yield { error: { origin: file, message: `could not read the file: ${errorMessage(e)}` } };
        return;
      }
      yield* readFeed(decodeMarkup(body), feedOptions(file, null, opts));
      return;
    }
  }
}

function feedOptions(origin: string, feedUrl: string | null, opts: SourceOptions) {
  return { origin, feedUrl, fetch: fetcherOf(opts), followLinks: opts.followFeedLinks ?? true };
}

function fetcherOf(opts: SourceOptions): Fetcher {
  return opts.fetch ?? defaultFetcher;
}

const HTML_CONTENT = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const FEED_CONTENT = /^\s*(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)\b/i;
const TEXT_CONTENT = /^\s*text\/plain\b/i;

async function* readUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const got = await fetchOrError(fetcherOf(opts), url);
  if ("error" in got) {
    yield got;
    return;
  }
  const { body, contentType } = got.res;
  // Servers label feeds text/html and pages text/xml often enough that the body decides between the two.
  const sniffed = sniffMarkup(body);
  if (sniffed === "feed" || (sniffed === null && contentType && FEED_CONTENT.test(contentType))) {
    yield* readFeed(decodeMarkup(body, contentType), feedOptions(url, url, opts));
  } else if (sniffed === "html" || (contentType && HTML_CONTENT.test(contentType))) {
    yield readHtml(decodeMarkup(body, contentType), { key: url, origin: url, url });
  } else if (contentType && TEXT_CONTENT.test(contentType)) {
    yield textItem(body, url, url, url);
  } else {
    yield { error: { origin: url, message: `not an HTML page or a feed (content type ${contentType ?? "unknown"})` } };
  }
}

/** How many bytes of a body or file are looked at to tell what it is. */
const SNIFF_BYTES = 2048;
const FEED_ROOT = /<(?:rss|feed|rdf:RDF)[\s>]/i;
const HTML_ROOT = /<(?:!doctype\s+html|html|head|body|title|p|div|article)[\s>]/i;

function sniffMarkup(bytes: Uint8Array): "feed" | "html" | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString("latin1");
  const feed = FEED_ROOT.exec(head);
  const html = HTML_ROOT.exec(head);
  if (feed && (!html || feed.index < html.index)) return "feed";
  if (html) return "html";
  return null;
}

async function sniffFile(file: string): Promise<SourceKind> {
  let head: Buffer;
  try {
    const handle = await open(file, "r");
    try {
      const buf = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buf, 0, SNIFF_BYTES, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch {
    return "text"; // the text reader reports why the file cannot be read
  }
  if ((head[0] === 0x1f && head[1] === 0x8b) || head.subarray(0, 5).toString("latin1") === "WARC/") return "warc";
  const markup = sniffMarkup(head);
  if (markup) return markup;
  const start = head
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (start.startsWith("{")) return "jsonl";
  return "text";
}

/**
 * How many documents the sources hold, when that is cheap to know: a text or HTML file is one, a JSONL file its
 * lines (counted by scanning bytes, not parsing). Null when any source can only be counted by reading it (feeds,
 * archives, URLs, stdin): the progress display then shows a count without an ETA.
 */
export async function countSources(specs: string[], _opts: SourceOptions = {}): Promise<number | null> {
  let total = 0;
  for (const spec of specs) {
    if (spec === "-" || URL_SPEC.test(spec)) return null;
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(spec);
    } catch {
      total += 1; // one error item
      continue;
    }
    if (info.isDirectory()) {
      for await (const entry of walk(spec, new Set())) {
        const n = "error" in entry ? 1 : await countFile(entry.file, entry.kind);
        if (n === null) return null;
        total += n;
      }
    } else {
      const n = await countFile(spec, kindOfName(spec) ?? (await sniffFile(spec)));
      if (n === null) return null;
      total += n;
    }
  }
  return total;
}

async function countFile(file: string, kind: SourceKind): Promise<number | null> {
  if (kind === "text" || kind === "html") return 1;
  if (kind !== "jsonl") return null;
  try {
    return await countLines(file);
  } catch {
    return 1;
  }
}

/** Non-blank lines of a file, from its bytes (a line of only spaces counts: an estimate, not a parse). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let inLine = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        if (inLine) lines++;
        inLine = false;
      } else if (b !== 0x0d) inLine = true;
    }
  }
  return inLine ? lines + 1 : lines;
}
