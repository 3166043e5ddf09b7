// RSS and Atom feeds (files or URLs). A feed item is usually a headline and a teaser; the report is on the page it
// links to, so by default each item's link is fetched and read as an HTML page, the item and the feed supplying
// whatever the page does not say (title, date, outlet). Without following, the item's own content is the text.
import Parser from "rss-parser";
import type { Lang } from "../../core/types.js";
import type { Fetcher, SourceItem } from "../types.js";
import { blockText, parsePage } from "./dom.js";
import { fetchOrError } from "./fetch.js";
import { cleanLine, decodeMarkup, errorMessage, langFromTag, normaliseDate } from "./fields.js";
import { absoluteHttpUrl, readHtml } from "./html.js";

export interface FeedOptions {
  /** where the feed came from: its URL or file path, for origins */
  origin: string;
  /** the feed's URL, against which relative item links are resolved */
  feedUrl?: string | null;
  fetch?: Fetcher | null;
  followLinks?: boolean;
}

type Item = Record<string, unknown> & Parser.Item;

// Raw date fields, read as written: rss-parser's isoDate (and its Atom pubDate) are converted to UTC, which moves a
// report published at 1 am in India to the previous day.
const parser = new Parser<Record<string, unknown>, Item>({
  customFields: { item: ["published", "updated", "dc:date", "content:encoded"] },
});

/** How many item pages are fetched ahead of the one being read: network waits overlap, order stays the feed's. */
const PREFETCH = 4;

export async function* readFeed(body: string, opts: FeedOptions): AsyncGenerator<SourceItem> {
  let feed: Parser.Output<Item> & Record<string, unknown>;
  try {
    feed = (await parser.parseString(body)) as typeof feed;
  } catch (e) {
    yield { error: { origin: opts.origin, message: `not a readable RSS or Atom feed: ${oneLine(errorMessage(e))}` } };
    return;
  }
  const items = feed.items ?? [];
  const feedTitle = cleanLine(feed.title);
  const feedLang = langFromTag(feed.language);
  const follow = (opts.followLinks ?? true) && opts.fetch != null;
  const base = opts.feedUrl ?? cleanLine(feed.link) ?? null;

  const read = (item: Item, index: number): Promise<SourceItem> => {
    const ctx: ItemContext = {
      item,
      origin: `${opts.origin}#${index + 1}`,
      link: absoluteHttpUrl(item.link, base),
      title: cleanLine(item.title),
      published: itemDate(item),
      outlet: feedTitle,
      lang: feedLang,
    };
    const work = follow && ctx.link ? followItem(ctx, opts.fetch!) : Promise.resolve().then(() => itemContent(ctx));
    return work.catch((e): SourceItem => ({ error: { origin: ctx.origin, message: errorMessage(e) } }));
  };

  const pending: Promise<SourceItem>[] = [];
  let next = 0;
  while (next < items.length || pending.length) {
    while (next < items.length && pending.length < PREFETCH) {
      pending.push(read(items[next]!, next));
      next++;
    }
    yield await pending.shift()!;
  }
}

interface ItemContext {
  item: Item;
  origin: string;
  link: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
  lang: Lang | null;
}

async function followItem(ctx: ItemContext, fetcher: Fetcher): Promise<SourceItem> {
  const link = ctx.link!;
  const got = await fetchOrError(fetcher, link);
  if ("error" in got) return { error: { origin: ctx.origin, message: got.error.message } };
  const page = readHtml(decodeMarkup(got.res.body, got.res.contentType), {
    key: link,
    origin: link,
    url: link,
    fallback: { title: ctx.title, published: ctx.published, outlet: ctx.outlet, lang: ctx.lang },
  });
  // A page with no readable text (a paywall, a script-only page) still has the item's teaser to offer.
  if (page.error) {
    const teaser = itemContent(ctx);
    return teaser.doc ? teaser : page;
  }
  return page;
}

/** The item itself as the document: its full content when the feed carries it, else its summary. */
function itemContent(ctx: ItemContext): SourceItem {
  const { item } = ctx;
  const html = firstString(item["content:encoded"], item.content, item.summary, item.contentSnippet);
  const text = html ? fragmentText(html) : "";
  if (!text)
    return { error: { origin: ctx.origin, message: `feed item ${ctx.link ?? ctx.title ?? ""} has no text`.trim() } };
  return {
    doc: {
      key: ctx.link ?? firstString(item.guid, item.id) ?? ctx.origin,
      text,
      url: ctx.link,
      title: ctx.title,
      outlet: ctx.outlet,
      published: ctx.published,
      lang: ctx.lang,
      origin: ctx.origin,
    },
  };
}

function itemDate(item: Item): string | null {
  for (const v of [item.published, item.pubDate, item["dc:date"], item.updated, item.isoDate]) {
    const d = normaliseDate(v);
    if (d) return d;
  }
  return null;
}

/** Feed content is an HTML fragment (or plain text, which parses as one text node). */
function fragmentText(fragment: string): string {
  const document = parsePage(`<!DOCTYPE html><html><head></head><body>${fragment}</body></html>`);
  return document?.body ? blockText(document.body) : fragment.trim();
}

function firstString(...values: unknown[]): string | null {
  for (const v of values) if (typeof v === "string" && v.trim()) return v;
  return null;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
