// Pages and feeds served by a local HTTP server, read through the default fetcher: the acceptance point "an HTML
// page and an RSS feed are ingested with title, date and outlet". All texts are written for this test.
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceDoc, SourceItem } from "../types.js";
import { createFetcher } from "./fetch.js";
import { readSources } from "./index.js";

const HINDI_PAGE = `<!DOCTYPE html>
<html lang="hi-IN"><head><meta charset="utf-8">
<title>ढाबे से तीन नाबालिग मुक्त, संचालक गिरफ्तार | नगर दर्पण</title>
<meta property="og:site_name" content="नगर दर्पण">
<link rel="canonical" href="/rajya/dhaba-chhapa-123.html">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"नगर दर्पण"},
  {"@type":"NewsArticle","headline":"ढाबे से तीन नाबालिग मुक्त, संचालक गिरफ्तार",
   "datePublished":"2024-03-05T00:40:00+05:30","publisher":{"@type":"NewsMediaOrganization","name":"नगर दर्पण"}}]}</script>
</head><body>
<header><nav><a href="/">मुखपृष्ठ</a> <a href="/rajya">राज्य</a> <a href="/khel">खेल</a></nav></header>
<main><article>
<h1>ढाबे से तीन नाबालिग मुक्त, संचालक गिरफ्तार</h1>
<p>मानव तस्करी निरोधक इकाई ने सोमवार रात राजमार्ग के एक ढाबे पर छापा मारकर तीन नाबालिग लड़कों को मुक्त कराया।
   तीनों बच्चों से दिन-रात बर्तन धुलवाए जा रहे थे और उन्हें मजदूरी भी नहीं दी जाती थी।</p>
<p>पुलिस ने ढाबा संचालक को बाल श्रम और मानव तस्करी की धाराओं में गिरफ्तार कर लिया है। बच्चों को बाल कल्याण
   समिति के सामने पेश किया गया, जहां से उन्हें आश्रय गृह भेज दिया गया।</p>
<p>इकाई के प्रभारी ने बताया कि बच्चों को काम दिलाने के नाम पर गांव से लाया गया था और मामले में एक दलाल की तलाश जारी है।</p>
</article></main>
<aside><h3>यह भी पढ़ें</h3><ul><li><a href="/a">मौसम का हाल</a></li><li><a href="/b">बाजार भाव</a></li></ul></aside>
<footer>© नगर दर्पण, सर्वाधिकार सुरक्षित</footer>
</body></html>`;

const ENGLISH_PAGE = `<!doctype html>
<html lang="en"><head>
<title>Twelve girls rescued from placement agency - Eastern Courier</title>
<meta property="og:title" content="Twelve girls rescued from placement agency in city raid">
<meta property="article:published_time" content="2023-11-18T09:15:00+05:30">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-18T09:15:00+05:30",
  "publisher":{"@type":"Organization","name":"Eastern Courier"}}</script>
</head><body>
<div class="menu"><a href="/">Home</a> | <a href="/city">City</a> | <a href="/sport">Sport</a></div>
<div class="story">
<p>Police rescued twelve girls, four of them minors, from a domestic placement agency during a raid on Friday evening.
The girls had been brought from villages in the hills with the promise of jobs as housekeepers in the city.</p>
<p>According to officers of the anti-human trafficking unit, the agency owner kept the girls in a single room and
took away their phones. Two men who ran the agency were arrested and booked under the trafficking provisions.</p>
<p>The rescued girls were produced before the child welfare committee and will be sent home after counselling.</p>
</div>
<div class="share">Share on social media</div>
</body></html>`;

// No metadata at all: title, date and outlet must come from the feed item and the feed.
const BARE_PAGE = `<html><head><title>गुमशुदा किशोरी स्टेशन पर मिली</title></head><body>
<p>रेलवे सुरक्षा बल ने स्टेशन पर एक किशोरी को अकेले घूमते देखा। पूछताछ में उसने बताया कि एक युवक उसे शहर में नौकरी दिलाने
का झांसा देकर घर से ले आया था। किशोरी को परिजनों के सुपुर्द कर दिया गया और युवक की तलाश की जा रही है।</p>
</body></html>`;

const FEED = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Border Times</title><link>${base}/</link><language>hi</language>
<item><title>ढाबे से तीन नाबालिग मुक्त</title><link>/news/hi-1.html</link>
  <pubDate>Mon, 04 Mar 2024 20:00:00 +0530</pubDate><description>छापे में तीन बच्चे मुक्त</description></item>
<item><title>Girls rescued</title><link>${base}/news/en-1.html</link>
  <pubDate>Sat, 18 Nov 2023 10:00:00 +0530</pubDate><description>A raid on an agency</description></item>
<item><title>स्टेशन पर मिली किशोरी</title><link>${base}/news/bare.html</link>
  <pubDate>Tue, 09 Jan 2024 07:30:00 +0530</pubDate><description>किशोरी परिजनों को सौंपी गई</description></item>
<item><title>Removed story</title><link>${base}/news/gone.html</link>
  <pubDate>Wed, 10 Jan 2024 07:30:00 +0530</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title>
<entry><title>Brick kiln workers freed</title><link href="https://hillpost.example/kiln"/>
  <published>2024-02-01T00:30:00+05:30</published>
  <content type="html">&lt;p&gt;Officials freed nine bonded workers from a brick kiln.&lt;/p&gt;&lt;p&gt;The owner was booked.&lt;/p&gt;</content>
</entry></feed>`;

let server: Server;
let base = "";
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push(`${path} ${req.headers["user-agent"]}`);
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type });
      res.end(body);
    };
    if (path === "/news/hi-1.html") send(200, "text/html; charset=utf-8", HINDI_PAGE);
    else if (path === "/news/en-1.html") send(200, "text/html", ENGLISH_PAGE);
    else if (path === "/news/bare.html") send(200, "text/html; charset=utf-8", BARE_PAGE);
    else if (path === "/feed.xml") send(200, "application/rss+xml; charset=utf-8", FEED(base));
    // Served with the wrong type on purpose: the body says it is a feed.
    else if (path === "/atom") send(200, "text/html", ATOM);
    else if (path === "/moved") {
      res.writeHead(301, { location: "/news/en-1.html" });
      res.end();
    } else if (path === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>starts but never ends");
    } else if (path === "/big") send(200, "text/html", `<p>${"x".repeat(5000)}</p>`);
    else if (path === "/big-declared") {
      res.writeHead(200, { "content-type": "text/html", "content-length": "5007" });
      res.end(`<p>${"x".repeat(5000)}</p>`);
    } else if (path === "/image") send(200, "image/png", "\x89PNG\r\n");
    else send(404, "text/html", "<h1>Not found</h1>");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

async function collect(specs: string[], opts = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(specs, opts)) items.push(item);
  return items;
}

function docOf(item: SourceItem | undefined): SourceDoc {
  if (!item?.doc) throw new Error(`expected a document, got ${JSON.stringify(item?.error)}`);
  return item.doc;
}

describe("URLs served by a local server", () => {
  it("reads a Hindi page: main text without navigation, and its title, date, outlet, language, canonical URL", async () => {
    requests = [];
    const [item, ...rest] = await collect([`${base}/news/hi-1.html`]);
    expect(rest).toEqual([]);
    const doc = docOf(item);
    expect(doc.key).toBe(`${base}/news/hi-1.html`);
    expect(doc.title).toBe("ढाबे से तीन नाबालिग मुक्त, संचालक गिरफ्तार");
    expect(doc.outlet).toBe("नगर दर्पण");
    // 00:40 in India on the 5th: the date as published, not the UTC day before
    expect(doc.published).toBe("2024-03-05");
    expect(doc.lang).toBe("hi");
    expect(doc.url).toBe(`${base}/rajya/dhaba-chhapa-123.html`);
    expect(doc.text).toContain("तीन नाबालिग लड़कों को मुक्त कराया।");
    expect(doc.text).toContain("\n\nपुलिस ने ढाबा संचालक");
    expect(doc.text).not.toContain("मुखपृष्ठ");
    expect(doc.text).not.toContain("सर्वाधिकार");
    expect(doc.html).toBe(HINDI_PAGE);
    expect(requests[0]).toBe("/news/hi-1.html Mukti/0.1");
  });

  it("reads an English page whose outlet is only in JSON-LD, following a redirect", async () => {
    const doc = docOf((await collect([`${base}/moved`]))[0]);
    expect(doc.title).toBe("Twelve girls rescued from placement agency in city raid");
    expect(doc.outlet).toBe("Eastern Courier");
    expect(doc.published).toBe("2023-11-18");
    expect(doc.lang).toBe("en");
    expect(doc.text).toMatch(/^Police rescued twelve girls/);
    expect(doc.text).not.toContain("Sport");
  });

  it("reads an RSS feed by following each item to its page; the item and the feed fill in what a page lacks", async () => {
    const items = await collect([`${base}/feed.xml`]);
    expect(items).toHaveLength(4);
    const [hi, en, bare, gone] = items;
    expect(docOf(hi)).toMatchObject({
      key: `${base}/news/hi-1.html`,
      title: "ढाबे से तीन नाबालिग मुक्त, संचालक गिरफ्तार",
      outlet: "नगर दर्पण",
      published: "2024-03-05",
    });
    expect(docOf(en)).toMatchObject({ outlet: "Eastern Courier", published: "2023-11-18" });
    expect(docOf(bare)).toMatchObject({
      key: `${base}/news/bare.html`,
      title: "गुमशुदा किशोरी स्टेशन पर मिली",
      outlet: "Border Times",
      published: "2024-01-09",
      lang: "hi",
    });
    expect(docOf(bare).text).toContain("नौकरी दिलाने का झांसा");
    expect(gone?.error?.message).toBe(`could not fetch ${base}/news/gone.html: HTTP 404 (not found)`);
  });

  it("reads a feed's own item text when links are not followed", async () => {
    const items = await collect([`${base}/feed.xml`], { followFeedLinks: false });
    expect(items.map((i) => i.doc?.text ?? i.error?.message)).toEqual([
      "छापे में तीन बच्चे मुक्त",
      "A raid on an agency",
      "किशोरी परिजनों को सौंपी गई",
      `feed item ${base}/news/gone.html has no text`,
    ]);
    expect(docOf(items[0])).toMatchObject({
      key: `${base}/news/hi-1.html`,
      outlet: "Border Times",
      title: "ढाबे से तीन नाबालिग मुक्त",
    });
  });

  it("tells an Atom feed served as text/html by its content, and keeps the entry's local date", async () => {
    const items = await collect([`${base}/atom`], { followFeedLinks: false });
    const doc = docOf(items[0]);
    expect(doc).toMatchObject({ title: "Brick kiln workers freed", outlet: "Hill Post", published: "2024-02-01" });
    expect(doc.text).toBe("Officials freed nine bonded workers from a brick kiln.\n\nThe owner was booked.");
  });

  it("turns HTTP errors, refused connections, timeouts, oversize bodies and non-pages into error items", async () => {
    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await once(closed, "listening");
    const deadPort = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, "close");
    const fetch = createFetcher({ timeoutMs: 300, maxBytes: 1000 });
    const items = await collect(
      [
        `${base}/missing`,
        `http://127.0.0.1:${deadPort}/x`,
        `${base}/slow`,
        `${base}/big`,
        `${base}/big-declared`,
        `${base}/image`,
      ],
      { fetch },
    );
    expect(items.map((i) => i.error?.message)).toEqual([
      `could not fetch ${base}/missing: HTTP 404 (not found)`,
      `could not fetch http://127.0.0.1:${deadPort}/x: connection refused (ECONNREFUSED)`,
      `could not fetch ${base}/slow: no complete response within 300 ms (timed out)`,
      `could not fetch ${base}/big: the response is over the 1000-byte limit`,
      `could not fetch ${base}/big-declared: the response is 5007 bytes, over the 1000-byte limit`,
      `not an HTML page or a feed (content type image/png)`,
    ]);
  });
});
