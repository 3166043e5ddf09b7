// A WARC.gz crawl built in the test with warcio, read back streaming: the acceptance point "a WARC.gz of 1,000
// records is read with bounded memory". Pages are generated from sentences written for this test.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import type { SourceItem } from "../types.js";
import { countSources, readSources } from "./index.js";

const PAGES = 1000;
const PEAK_RSS_LIMIT = 300 * 1024 * 1024;

const HINDI = [
  "पुलिस ने गुप्त सूचना पर एक मकान में छापा मारकर {n} युवतियों को मुक्त कराया।",
  "युवतियों को अच्छी नौकरी का झांसा देकर दूसरे राज्य से लाया गया था।",
  "आरोपी दंपती को गिरफ्तार कर उनके खिलाफ मानव तस्करी का मामला दर्ज किया गया है।",
  "मुक्त कराई गई युवतियों को महिला आश्रय गृह भेजा गया है, जहां उनकी काउंसलिंग की जाएगी।",
];
const ENGLISH = [
  "The anti-human trafficking unit rescued {n} children from a garment workshop on Tuesday.",
  "The children were made to work for more than twelve hours a day without wages.",
  "The workshop owner and a middleman who brought the children from their villages were arrested.",
  "The children will be handed over to their parents after an inquiry by the child welfare committee.",
];

/** A page of about 12 KB: the article, and the navigation and footer that Readability must leave out. */
function page(i: number): string {
  const hindi = i % 2 === 0;
  const lines = (hindi ? HINDI : ENGLISH).map((s) => s.replace("{n}", String((i % 9) + 2)));
  const paragraphs = Array.from({ length: 12 }, (_, k) => `<p>${lines[k % lines.length]} (${i}-${k})</p>`).join("\n");
  const nav = Array.from({ length: 40 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join("");
  const day = String((i % 28) + 1).padStart(2, "0");
  return `<!DOCTYPE html><html lang="${hindi ? "hi" : "en"}"><head><title>Report ${i}</title>
<meta property="og:site_name" content="Crawl Daily"><meta property="article:published_time" content="2024-02-${day}T08:00:00+05:30">
</head><body><nav><ul>${nav}</ul></nav><article><h1>Report ${i}</h1>${paragraphs}</article>
<footer>${"Copyright Crawl Daily. ".repeat(20)}</footer></body></html>`;
}

let dir = "";
let archive = "";

async function writeArchive(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = async (record: WARCRecord) => {
    for await (const chunk of new WARCSerializer(record, { gzip: true })) {
      if (!out.write(chunk)) await once(out, "drain");
    }
  };
  const enc = new TextEncoder();
  await write(WARCRecord.createWARCInfo({ filename: "crawl.warc.gz" }, { software: "mukti-test" }));
  for (let i = 0; i < PAGES; i++) {
    const url = `https://crawl.example/news/${i}.html`;
    if (i % 100 === 0) {
      // Records that hold no document: the request, an image, a 404 page, a redirect.
      await write(
        WARCRecord.create(
          { url, type: "request", httpHeaders: { host: "crawl.example" }, statusline: `GET /news/${i}.html HTTP/1.1` },
          [enc.encode("")],
        ),
      );
      await write(
        WARCRecord.create(
          { url: `https://crawl.example/img/${i}.png`, type: "response", httpHeaders: { "content-type": "image/png" } },
          [enc.encode("\x89PNG")],
        ),
      );
      await write(
        WARCRecord.create(
          {
            url: `https://crawl.example/gone/${i}`,
            type: "response",
            statusline: "HTTP/1.1 404 Not Found",
            httpHeaders: { "content-type": "text/html" },
          },
          [enc.encode("<p>Page not found</p>")],
        ),
      );
    }
    await write(
      WARCRecord.create(
        {
          url,
          type: "response",
          statusline: "HTTP/1.1 200 OK",
          httpHeaders: { "content-type": "text/html; charset=utf-8" },
        },
        [enc.encode(page(i))],
      ),
    );
  }
  // A plain-text resource record is a document too.
  await write(
    WARCRecord.create(
      { url: "file:///notes/tip.txt", type: "resource", warcHeaders: { "Content-Type": "text/plain" } },
      [enc.encode("Tip: two boys were seen with an agent at the bus stand.")],
    ),
  );
  out.end();
  await finished(out);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mukti-warc-"));
  archive = join(dir, "crawl.warc.gz");
  await writeArchive(archive);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("WARC archives", () => {
  it("reads 1,000 HTML responses of a WARC.gz streaming, under 300 MB of peak RSS", async () => {
    const size = (await stat(archive)).size;
    const before = process.memoryUsage.rss();
    let peak = before;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 10);
    const docs: NonNullable<SourceItem["doc"]>[] = [];
    const errors: SourceItem["error"][] = [];
    let wholeArticles = 0;
    const started = performance.now();
    try {
      for await (const item of readSources([archive])) {
        if (item.error) errors.push(item.error);
        else {
          // Each page's whole article and none of its furniture; only a few documents are kept whole, so that
          // the peak measures the reader, not what the test holds on to.
          const i = docs.length;
          if (item.doc.text.includes(`(${i}-11)`) && !item.doc.text.includes("Section 7")) wholeArticles++;
          docs.push(i < 2 || i === PAGES ? { ...item.doc, html: null } : { ...item.doc, html: null, text: "" });
        }
        peak = Math.max(peak, process.memoryUsage.rss());
      }
    } finally {
      clearInterval(timer);
    }
    const ms = performance.now() - started;
    console.log(
      `WARC.gz ${(size / 1024 / 1024).toFixed(1)} MB, ${docs.length} documents in ${(ms / 1000).toFixed(1)} s; RSS before ${(before / 1024 / 1024).toFixed(0)} MB, peak ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
    expect(errors).toEqual([]);
    expect(docs).toHaveLength(PAGES + 1);
    expect(wholeArticles).toBe(PAGES);
    expect(peak).toBeLessThan(PEAK_RSS_LIMIT);

    const first = docs[0]!;
    expect(first).toMatchObject({
      key: "https://crawl.example/news/0.html",
      url: "https://crawl.example/news/0.html",
      title: "Report 0",
      outlet: "Crawl Daily",
      published: "2024-02-01",
      lang: "hi",
      origin: `${archive}#5`, // after the warcinfo, request, image and 404 records
    });
    expect(first.text).toContain("मानव तस्करी का मामला दर्ज");
    expect(first.text).not.toContain("Section 7");
    expect(first.text).not.toContain("Copyright");
    expect(docs[1]!.lang).toBe("en");
    expect(docs.map((d) => d.key).slice(0, PAGES)).toEqual(
      Array.from({ length: PAGES }, (_, i) => `https://crawl.example/news/${i}.html`),
    );
    expect(docs[PAGES]).toMatchObject({
      key: "file:///notes/tip.txt",
      text: "Tip: two boys were seen with an agent at the bus stand.",
    });
    // Archives can only be counted by reading them.
    expect(await countSources([archive])).toBeNull();
  });

  it("gives an error item for a truncated archive after the records it could read, and goes on", async () => {
    const bytes = await readFile(archive);
    const cut = join(dir, "cut.warc.gz");
    await writeFile(cut, bytes.subarray(0, 40_000));
    const after = join(dir, "after.txt");
    await writeFile(after, "A source named after the broken archive.");
    const items: SourceItem[] = [];
    for await (const item of readSources([cut, after])) items.push(item);
    const firstError = items.findIndex((i) => i.error);
    expect(firstError).toBeGreaterThan(0);
    expect(items.slice(0, firstError).every((i) => i.doc)).toBe(true);
    expect(items[firstError]!.error!.message).toMatch(
      /^the archive ends inside (?:record|a gzip member after record) \d+: the file is truncated$/,
    );
    // the run goes on with the next source
    expect(items.slice(firstError + 1).map((i) => i.doc?.text)).toEqual(["A source named after the broken archive."]);
  });

  it("stops with an error item when an uncompressed archive ends inside a record it would skip", async () => {
    // warcio's own skipping of such a record never returns: this test hangs if the reader relies on it.
    const enc = new TextEncoder();
    const records = [
      WARCRecord.create(
        {
          url: "https://crawl.example/a",
          type: "response",
          statusline: "HTTP/1.1 200 OK",
          httpHeaders: { "content-type": "text/html" },
        },
        [enc.encode(page(7))],
      ),
      WARCRecord.create(
        { url: "https://crawl.example/b.png", type: "response", httpHeaders: { "content-type": "image/png" } },
        [enc.encode("x".repeat(4000))],
      ),
    ];
    const parts: Uint8Array[] = [];
    for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip: false }));
    const plain = join(dir, "cut.warc");
    const whole = Buffer.concat(parts);
    await writeFile(plain, whole.subarray(0, whole.length - 1000));
    const items: SourceItem[] = [];
    for await (const item of readSources([plain])) items.push(item);
    expect(items.map((i) => i.doc?.key ?? i.error?.message)).toEqual([
      "https://crawl.example/a",
      "the archive ends inside record 2: the file is truncated",
    ]);
  });

  it("says so for a file that is not an archive", async () => {
    const junk = join(dir, "junk.warc");
    await writeFile(junk, "this is not a web archive\n");
    const items: SourceItem[] = [];
    const empty = join(dir, "empty.warc.gz");
    await writeFile(empty, "");
    for await (const item of readSources([junk, empty])) items.push(item);
    expect(items).toEqual([
      {
        error: {
          origin: `${junk}#1`,
          message: "not a WARC record (no WARC/ version line): the file is not a web archive",
        },
      },
      { error: { origin: empty, message: "no WARC records in the file" } },
    ]);
  });
});
