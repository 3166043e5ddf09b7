// An HTML page (a file, a fetched URL, a WARC record, a feed item's link) into a document: the main text through
// Readability (navigation, ads and boilerplate left out), and the metadata news sites publish about themselves:
// title, outlet, publication date, language, canonical URL. Broken HTML still gives text or a clear error.
import { readFile, stat } from "node:fs/promises";
import { Readability } from "@mozilla/readability";
import type { Lang } from "../../core/types.js";
import { guardInput, InputError } from "../../text/guard.js";
import type { SourceItem } from "../types.js";
import { BOILERPLATE, blockText, type DomDocument, type DomNode, parsePage } from "./dom.js";
import { MAX_BODY_BYTES } from "./fetch.js";
import { cleanLine, decodeMarkup, errorMessage, langFromTag, normaliseDate } from "./fields.js";

export interface PageContext {
  key: string;
  origin: string;
  /** the URL the page was fetched from or archived under; relative links and the outlet's host come from it */
  url?: string | null;
  /** what the page's own metadata is preferred to (a feed item's title and date, the feed's title) */
  fallback?: { title?: string | null; published?: string | null; outlet?: string | null; lang?: Lang | null };
}

export interface PageMeta {
  /** the title the page states for its article (JSON-LD headline, og:title) */
  title: string | null;
  /** the page's <title> or first <h1>, often with the site's name appended: the last resort */
  pageTitle: string | null;
  /** the outlet the page names itself; the host is the caller's last resort */
  outlet: string | null;
  published: string | null;
  lang: Lang | null;
  canonical: string | null;
}

/** Reads one page. Never throws: a page that cannot be read becomes an error item. */
export function readHtml(html: string, ctx: PageContext): SourceItem {
  try {
    return readHtmlOrThrow(html, ctx);
  } catch (e) {
    return { error: { origin: ctx.origin, message: `could not read the HTML: ${errorMessage(e)}` } };
  }
}

function readHtmlOrThrow(html: string, ctx: PageContext): SourceItem {
  try {
    guardInput(html);
  } catch (e) {
    if (e instanceof InputError) return { error: { origin: ctx.origin, message: e.message } };
    throw e;
  }
  if (!html.trim()) return { error: { origin: ctx.origin, message: "empty page" } };
  const document = parsePage(html);
  if (!document) return { error: { origin: ctx.origin, message: "the HTML has no document structure to read" } };
  // Metadata first: Readability rewrites the DOM it reads (it removes scripts, JSON-LD among them).
  const meta = pageMeta(document, ctx.url ?? null);
  const article = new Readability<DomNode>(document as never, {
    serializer: (node) => node as unknown as DomNode,
  }).parse();
  let text = article?.content ? blockText(article.content) : "";
  if (!text) text = bodyText(html);
  if (!text) return { error: { origin: ctx.origin, message: "no readable text in the page" } };
  const fb = ctx.fallback ?? {};
  const url = meta.canonical ?? ctx.url ?? null;
  const declaredLang = meta.lang ?? fb.lang ?? null;
  return {
    doc: {
      key: ctx.key,
      text,
      html,
      url,
      // Readability's title is the <title> with the site's name cut off, so it comes before the raw one.
      title: meta.title ?? cleanLine(article?.title) ?? meta.pageTitle ?? cleanLine(fb.title),
      outlet: meta.outlet ?? cleanLine(fb.outlet) ?? hostOf(ctx.url ?? null) ?? hostOf(meta.canonical),
      published: meta.published ?? normaliseDate(fb.published),
      lang: agreesWithScript(declaredLang, text) ? declaredLang : null,
      origin: ctx.origin,
    },
  };
}

/** The whole body without page furniture, for pages where Readability finds no article (a short bare page). */
function bodyText(html: string): string {
  const document = parsePage(html);
  if (!document?.body) return "";
  for (const tag of BOILERPLATE) for (const el of [...document.body.querySelectorAll(tag)]) el.remove();
  return blockText(document.body);
}

/** Reads an .html file (bounded in size: a page, not a dump). */
export async function* readHtmlFile(file: string, key: string, origin: string): AsyncGenerator<SourceItem> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_BODY_BYTES) {
      yield {
        error: { origin, message: `the file is ${info.size} bytes, over the ${MAX_BODY_BYTES}-byte page limit` },
      };
      return;
    }
    bytes = await readFile(file);
  } catch (e) {
    yield { error: { origin, message: `could not read the file: ${errorMessage(e)}` } };
    return;
  }
  yield readHtml(decodeMarkup(bytes), { key, origin });
}

const DATE_META = [
  "article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publish-date",
  "publishdate",
  "publish_date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "og:published_time",
  "sailthru.date",
];

/** The metadata a news page states about itself, each field from its most reliable source first. */
export function pageMeta(document: DomDocument, pageUrl: string | null): PageMeta {
  const metas = new Map<string, string>();
  for (const el of document.querySelectorAll("meta")) {
    const content = el.getAttribute("content");
    if (content == null) continue;
    for (const attr of ["property", "name", "itemprop", "http-equiv"]) {
      const name = el.getAttribute(attr)?.trim().toLowerCase();
      if (name && !metas.has(name)) metas.set(name, content);
    }
  }
  const ld = jsonLd(document);

  let published = normaliseDate(ld.datePublished);
  for (const name of DATE_META) {
    if (published) break;
    published = normaliseDate(metas.get(name));
  }
  if (!published) {
    for (const el of document.querySelectorAll("time")) {
      published = normaliseDate(el.getAttribute("datetime"));
      if (published) break;
    }
  }

  const lang =
    langFromTag(document.documentElement?.getAttribute("lang")) ??
    langFromTag(metas.get("og:locale")) ??
    langFromTag(metas.get("content-language")) ??
    langFromTag(ld.inLanguage);

  return {
    title: cleanLine(ld.headline) ?? cleanLine(metas.get("og:title")),
    pageTitle: cleanLine(document.title) ?? firstText(document, "h1"),
    outlet: cleanLine(metas.get("og:site_name")) ?? cleanLine(ld.publisher) ?? cleanLine(metas.get("application-name")),
    published,
    lang,
    canonical: canonicalOf(document, metas, pageUrl),
  };
}

function firstText(document: DomDocument, selector: string): string | null {
  for (const el of document.querySelectorAll(selector)) return cleanLine(el.textContent);
  return null;
}

function canonicalOf(document: DomDocument, metas: Map<string, string>, pageUrl: string | null): string | null {
  const candidates: (string | null | undefined)[] = [];
  for (const el of document.querySelectorAll("link")) {
    const rel = el.getAttribute("rel")?.toLowerCase().split(/\s+/);
    if (rel?.includes("canonical")) candidates.push(el.getAttribute("href"));
  }
  candidates.push(metas.get("og:url"));
  for (const c of candidates) {
    const url = absoluteHttpUrl(c, pageUrl);
    if (url) return url;
  }
  return null;
}

/** An http(s) URL, resolved against the page's; null for anything else (javascript:, mailto:, garbage). */
export function absoluteHttpUrl(href: string | null | undefined, base: string | null): string | null {
  const s = href?.trim();
  if (!s) return null;
  try {
    const url = base ? new URL(s, base) : new URL(s);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

interface LdFields {
  datePublished?: unknown;
  headline?: unknown;
  publisher?: unknown;
  inLanguage?: unknown;
}

/** An article's schema.org JSON-LD: the first article-like object's fields (pages also describe the site, the
 *  breadcrumbs and the author, in @graph arrays or in several scripts). Unparsable JSON-LD is ignored. */
function jsonLd(document: DomDocument): LdFields {
  const found: LdFields = {};
  for (const script of document.querySelectorAll("script")) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const node = queue[i];
      if (Array.isArray(node)) {
        queue.push(...node);
        continue;
      }
      if (!node || typeof node !== "object") continue;
      const obj = node as Record<string, unknown>;
      if (Array.isArray(obj["@graph"])) queue.push(...obj["@graph"]);
      if (obj.datePublished === undefined) continue;
      found.datePublished ??= obj.datePublished;
      found.headline ??= obj.headline;
      found.inLanguage ??= obj.inLanguage;
      found.publisher ??= nameOf(obj.publisher);
    }
  }
  return found;
}

function nameOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === "string") return first;
  if (first && typeof first === "object") {
    const name = (first as Record<string, unknown>).name;
    if (typeof name === "string") return name;
  }
  return undefined;
}

const DEVANAGARI = /[\u0900-\u097F]/g;
const LATIN = /[A-Za-z]/g;
/** How many characters of text the language check samples: enough to see the script, cheap on long pages. */
const LANG_SAMPLE = 4000;

/**
 * Whether a declared language fits the script of the text. CMS templates often declare lang="en" on Hindi pages;
 * such a declaration is dropped (null: the language detector decides) rather than passed on wrong.
 */
function agreesWithScript(lang: Lang | null, text: string): boolean {
  if (!lang) return true;
  const sample = text.slice(0, LANG_SAMPLE);
  const deva = sample.match(DEVANAGARI)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (lang === "en") return deva <= latin;
  if (lang === "hi") return deva >= latin / 4;
  return true;
}
