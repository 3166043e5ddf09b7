// Ingestion end to end, with texts written for this test: an HTML page and an RSS feed served by a local HTTP server
// are stored with their title, date and outlet; a WARC.gz of 1,000 records built with warcio is ingested by the
// `mukti ingest` command, streaming with two worker threads, with its peak RSS (read from /proc while it runs)
// under PEAK_RSS_MB: one thread takes ~180 MB, and each extraction thread adds its own lexicons and gazetteer.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { ingest } from "../src/ingest/run.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { REPO } from "./shared.js";

/** one thread ~180 MB; each of the two extraction threads adds its own lexicons and gazetteer (~90 MB) */
const PEAK_RSS_MB = 450;

const PAGE = (title: string, date: string, body: string) => `<!DOCTYPE html><html lang="en"><head>
<title>${title} | Valley Times</title><meta property="og:site_name" content="Valley Times">
<meta property="article:published_time" content="${date}T09:30:00+05:30"></head>
<body><nav><a href="/">Home</a> <a href="/crime">Crime</a></nav><article><h1>${title}</h1>${body}</article>
<footer>Copyright Valley Times</footer></body></html>`;

const RAID = PAGE(
  "Seven women rescued from hotel in Dehradun",
  "2024-07-14",
  "<p>Dehradun: The anti-human trafficking unit raided a hotel near the ISBT on Saturday night and rescued seven women.</p><p>The hotel manager, Naveen Rawat, and two agents were arrested, police said. The women had been brought from Nepal and West Bengal.</p>",
);
const RESCUE = PAGE(
  "Four boys freed from dhaba in Haridwar",
  "2024-07-16",
  "<p>Haridwar: Police and Childline rescued four child labourers working at a roadside dhaba on Monday and arrested its owner, Mohan Singh.</p><p>The boys, aged 11 to 14, were from Bihar.</p>",
);

let server: Server;
let base = "";
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mukti-e2e-"));
  server = createServer((req, res) => {
    const send = (type: string, body: string) => {
      res.writeHead(200, { "content-type": type });
      res.end(body);
    };
    if (req.url === "/raid.html") return send("text/html; charset=utf-8", RAID);
    if (req.url === "/rescue.html") return send("text/html; charset=utf-8", RESCUE);
    if (req.url === "/feed.xml")
      return send(
        "application/rss+xml",
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Times: Crime</title><link>${base}/</link>
<item><title>Four boys freed from dhaba in Haridwar</title><link>${base}/rescue.html</link><pubDate>Tue, 16 Jul 2024 08:00:00 +0530</pubDate></item>
</channel></rss>`,
      );
    res.writeHead(404).end();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server?.close());

describe("ingest end to end", () => {
  it("stores a page and a feed's item from a local server with title, date and outlet", async () => {
    const store = new SqliteStore(join(dir, "web.db"));
    const stats = await ingest(store, [`${base}/raid.html`, `${base}/feed.xml`]);
    expect(stats).toMatchObject({ read: 2, added: 2, errors: 0 });
    const raid = (await store.document(`${base}/raid.html`))!;
    expect(raid).toMatchObject({ outlet: "Valley Times", published: "2024-07-14", url: `${base}/raid.html` });
    expect(raid.title).toContain("Seven women rescued from hotel in Dehradun");
    expect(raid.html).toContain("<article>");
    expect(raid.text).not.toContain("Copyright");
    const rescue = (await store.document(`${base}/rescue.html`))!;
    expect(rescue).toMatchObject({ outlet: "Valley Times", published: "2024-07-16" });
    expect(rescue.title).toContain("Four boys freed from dhaba in Haridwar");
    const incidents = await store.incidents({});
    expect(incidents.map((i) => i.record.location.district).sort()).toEqual(["Dehradun", "Haridwar"]);
    await store.close();
  }, 60_000);

  it("ingests a 1,000-record WARC.gz streaming with two extraction threads, under PEAK_RSS_MB peak RSS", async () => {
    const archive = join(dir, "crawl.warc.gz");
    const out = createWriteStream(archive);
    const write = async (record: WARCRecord) => {
      for await (const chunk of new WARCSerializer(record, { gzip: true }))
        if (!out.write(chunk)) await once(out, "drain");
    };
    const enc = new TextEncoder();
    for (let i = 0; i < 1000; i++) {
      const html = (i % 2 ? RAID : RESCUE).replace(
        "</article>",
        `<p>Follow-up note ${i}: the case is under investigation.</p></article>`,
      );
      await write(
        WARCRecord.create(
          {
            url: `https://crawl.example/${i}.html`,
            type: "response",
            statusline: "HTTP/1.1 200 OK",
            httpHeaders: { "content-type": "text/html; charset=utf-8" },
          },
          [enc.encode(html)],
        ),
      );
    }
    out.end();
    await once(out, "finish");

    const db = join(dir, "warc.db");
    const child = spawn(
      process.execPath,
      [join(REPO, "bin/mukti.mjs"), "ingest", archive, "--db", db, "--quiet", "--workers", "2"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let peakKb = 0;
    const status = `/proc/${child.pid}/status`;
    const timer = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, "utf8"));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {}
    }, 50);
    let stdout = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    const [code] = await once(child, "exit");
    clearInterval(timer);
    expect(code).toBe(0);
    const stats = JSON.parse(stdout);
    console.log(`WARC: ${JSON.stringify(stats)}; peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
    expect(stats.read).toBe(1000);
    expect(stats.added).toBe(1000);
    if (existsSync("/proc/self/status")) {
      expect(peakKb).toBeGreaterThan(0);
      expect(peakKb).toBeLessThan(PEAK_RSS_MB * 1024);
    }
  }, 180_000);
});
