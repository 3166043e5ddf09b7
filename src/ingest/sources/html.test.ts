// Pages and feeds from strings: metadata from each place news sites put it, and broken input that must give text
// or a clear error, never a throw. All texts are written for this test.
import { describe, expect, it } from "vitest";
import type { SourceDoc, SourceItem } from "../types.js";
import { readFeed } from "./feed.js";
import { decodeMarkup, normaliseDate } from "./fields.js";
import { readHtml } from "./html.js";

const ctx = { key: "k", origin: "page.html" };
const STORY =
  "<p>Railway police found four teenage boys travelling without tickets with a man who could not explain who they were.</p>" +
  "<p>The boys said they had been promised work at a hotel in the city; the man was detained for questioning.</p>";

function docOf(item: SourceItem): SourceDoc {
  if (!item.doc) throw new Error(`expected a document, got ${JSON.stringify(item.error)}`);
  return item.doc;
}

async function collect(gen: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of gen) items.push(item);
  return items;
}

describe("page metadata", () => {
  it("reads meta name=date, og:locale, application-name and the canonical og:url", () => {
    const doc = docOf(
      readHtml(
        `<html><head><title>Boys found on train</title><meta name="date" content="12/01/2024">
         <meta property="og:locale" content="en_IN"><meta name="application-name" content="Rail Mail">
         <meta property="og:url" content="https://railmail.example/story/77"></head><body>${STORY}</body></html>`,
        ctx,
      ),
    );
    expect(doc).toMatchObject({
      title: "Boys found on train",
      published: "2024-01-12", // day first, as Indian pages write it
      lang: "en",
      outlet: "Rail Mail",
      url: "https://railmail.example/story/77",
    });
  });

  it("falls back to <time datetime> for the date and to the host for the outlet", () => {
    const doc = docOf(
      readHtml(`<html><body><time datetime="2022-08-30">30 Aug</time>${STORY}</body></html>`, {
        ...ctx,
        url: "https://www.kalyug-times.example/x/1",
      }),
    );
    expect(doc).toMatchObject({ published: "2022-08-30", outlet: "kalyug-times.example", lang: null });
  });

  it("drops a declared language that the text's script contradicts (a Hindi page marked lang=en)", () => {
    const doc = docOf(
      readHtml(
        `<html lang="en"><body><p>बस अड्डे से दो बच्चों को बरामद किया गया और उन्हें चाइल्डलाइन को सौंपा गया।</p></body></html>`,
        ctx,
      ),
    );
    expect(doc.lang).toBeNull();
  });

  it("decodes a page by its declared charset", () => {
    const bytes = Buffer.from(`<meta charset="windows-1252"><p>caf\xe9 owner held for keeping minors</p>`, "latin1");
    expect(decodeMarkup(bytes)).toContain("café owner");
    expect(decodeMarkup(Buffer.from("<p>नमस्ते</p>"), "text/html; charset=utf-8")).toBe("<p>नमस्ते</p>");
  });
});

describe("broken HTML gives text or a clear error", () => {
  it("reads unclosed tags and a page with no <html>, <head> or <body>", () => {
    const doc = docOf(
      readHtml(
        `<title>दलाल गिरफ्तार</title><p>पुलिस ने एक दलाल को <b>गिरफ्तार किया<p>उसके पास से दो नाबालिग लड़कियां मिलीं <i>जिन्हें`,
        ctx,
      ),
    );
    expect(doc.title).toBe("दलाल गिरफ्तार");
    expect(doc.text).toBe("पुलिस ने एक दलाल को गिरफ्तार किया\n\nउसके पास से दो नाबालिग लड़कियां मिलीं जिन्हें");
  });

  it("reads the text after </head> when there is no <body> tag", () => {
    const doc = docOf(readHtml(`<html><head><title>T</title></head><div>Two men held at the border</div></html>`, ctx));
    expect(doc.text).toBe("Two men held at the border");
  });

  it("reads plain text given as a page", () => {
    expect(docOf(readHtml("Nine workers freed from a brick kiln", ctx)).text).toBe(
      "Nine workers freed from a brick kiln",
    );
  });

  it("gives error items for a page without readable text, an empty page and binary bytes", () => {
    const items = [
      readHtml(
        `<html><head><script>var a = 1;</script></head><body><script>track()</script><nav></nav></body></html>`,
        ctx,
      ),
      readHtml("  \n ", ctx),
      readHtml("\x00\x01\x02PK\x03\x04", ctx),
    ];
    expect(items.map((i) => i.error?.message)).toEqual([
      "no readable text in the page",
      "empty page",
      expect.stringMatching(/looks binary/),
    ]);
  });
});

describe("feeds", () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desh Samachar</title><language>hi-in</language>
    <item><title>सीमा पर युवती मुक्त</title><link>https://desh.example/1</link><guid>d-1</guid>
      <pubDate>Thu, 07 Mar 2024 00:15:00 +0530</pubDate>
      <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>सशस्त्र सीमा बल ने सीमा पर एक युवती को मुक्त कराया।</p><p>उसे विदेश में नौकरी का लालच दिया गया था।</p>]]></content:encoded>
      <description>छोटा सार</description></item>
    <item><title>Without a link</title><guid>d-2</guid><description>Only a summary here</description></item>
    <item><title>No text at all</title><link>https://desh.example/3</link></item>
  </channel></rss>`;

  it("uses an item's full content over its summary, and keys items by link, then guid", async () => {
    const items = await collect(readFeed(rss, { origin: "feed.xml", followLinks: false }));
    expect(items.map((i) => i.doc?.key ?? i.error?.message)).toEqual([
      "https://desh.example/1",
      "d-2",
      "feed item https://desh.example/3 has no text",
    ]);
    expect(docOf(items[0]!)).toMatchObject({
      text: "सशस्त्र सीमा बल ने सीमा पर एक युवती को मुक्त कराया।\n\nउसे विदेश में नौकरी का लालच दिया गया था।",
      title: "सीमा पर युवती मुक्त",
      outlet: "Desh Samachar",
      published: "2024-03-07",
      lang: "hi",
      origin: "feed.xml#1",
    });
  });

  it("falls back to the item's own text when its page has none, and reports fetch failures per item", async () => {
    const fetch = async (url: string) => {
      if (url.endsWith("/1"))
        return { status: 200, contentType: "text/html", body: Buffer.from("<script>paywall()</script>") };
      throw new Error("getaddrinfo ENOTFOUND desh.example");
    };
    const items = await collect(readFeed(rss, { origin: "feed.xml", fetch, followLinks: true }));
    expect(docOf(items[0]!).text).toMatch(/^सशस्त्र सीमा बल/);
    expect(items[1]!.doc?.key).toBe("d-2"); // no link to follow
    expect(items[2]!.error?.message).toBe("could not fetch https://desh.example/3: getaddrinfo ENOTFOUND desh.example");
  });

  it("gives one error item for a malformed feed, an HTML page and an empty body", async () => {
    for (const body of [
      `<rss version="2.0"><channel><title>Cut off<item><title>x</title></channel>`,
      "<html><body><p>not a feed</p></body></html>",
      "",
    ]) {
      const items = await collect(readFeed(body, { origin: "bad.xml" }));
      expect(items).toHaveLength(1);
      expect(items[0]!.error).toMatchObject({
        origin: "bad.xml",
        message: expect.stringMatching(/^not a readable RSS or Atom feed: /),
      });
    }
  });
});

describe("normaliseDate", () => {
  it.each([
    ["2024-03-05T00:40:00+05:30", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["Tue, 05 Mar 2024 01:00:00 +0530", "2024-03-05"],
    ["March 5th, 2024", "2024-03-05"],
    ["05-03-2024", "2024-03-05"],
    ["03/25/2024", "2024-03-25"],
    ["2024-02-30", null],
    ["yesterday", null],
    ["", null],
  ])("%s → %s", (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});
