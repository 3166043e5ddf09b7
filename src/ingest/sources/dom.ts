// HTML into a DOM that Readability can walk, and a DOM subtree into text with its paragraph breaks.
//
// linkedom is fast and forgiving of unclosed tags, but it does not build the implied <html>/<head>/<body> of the
// HTML standard: "<title>x</title><p>text" comes out with <title> as the root and the text outside any body, and
// content after </head> with no <body> tag is dropped. Pages without those tags are common (hand-written pages,
// fragments saved from feeds), so they are given an explicit skeleton before parsing.
import { parseHTML } from "linkedom";

/** The part of the DOM interface this module and its callers use (the project compiles without the DOM lib). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}
export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  remove(): void;
}
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;
const HTML_OPEN = /<html\b([^>]*)>/i;
const SKELETON_TAGS = /<!doctype[^>]*>|<\/?(?:html|head|body)\b[^>]*>/gi;
const HEAD_ONLY = /<title\b[^>]*>[\s\S]*?<\/title\s*>|<meta\b[^>]*>|<link\b[^>]*>|<base\b[^>]*>/gi;

/** Parses a page; a page without <html> or <body> is first given them, its head-only tags moved into <head>. */
export function parsePage(html: string): DomDocument | null {
  const source = HAS_HTML.test(html) && HAS_BODY.test(html) ? html : withSkeleton(html);
  const { document } = parseHTML(source) as unknown as { document: DomDocument };
  if (document.documentElement?.nodeName.toUpperCase() !== "HTML" || !document.body) return null;
  return document;
}

function withSkeleton(html: string): string {
  const htmlAttrs = HTML_OPEN.exec(html)?.[1] ?? "";
  const head: string[] = [];
  const body = html.replace(SKELETON_TAGS, "").replace(HEAD_ONLY, (tag) => {
    head.push(tag);
    return "";
  });
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head.join("")}</head><body>${body}</body></html>`;
}

/** Elements whose text is never reading text. */
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IFRAME",
  "OBJECT",
  "HEAD",
  "SELECT",
  "BUTTON",
]);
/** Elements that start a new paragraph of text. */
const BLOCK = new Set([
  "ADDRESS",
  "ARTICLE",
  "ASIDE",
  "BLOCKQUOTE",
  "CAPTION",
  "DD",
  "DETAILS",
  "DIV",
  "DL",
  "DT",
  "FIELDSET",
  "FIGCAPTION",
  "FIGURE",
  "FOOTER",
  "FORM",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "HEADER",
  "HR",
  "LI",
  "MAIN",
  "NAV",
  "OL",
  "P",
  "PRE",
  "SECTION",
  "SUMMARY",
  "TABLE",
  "TR",
  "UL",
]);
/** Table cells and line breaks end a line, not a paragraph. */
const LINE = new Set(["BR", "TD", "TH"]);
/** Page furniture dropped when the whole body is read because Readability found no article in it. */
export const BOILERPLATE = ["nav", "header", "footer", "aside", "form", "script", "style", "noscript"];

const SPACES = /\s+/g;
const LINE_EDGES = / *\n */g;
const EXTRA_BREAKS = /\n{3,}/g;

/**
 * The text of a subtree as a reader sees it: white space of the source collapsed, paragraphs (block elements)
 * separated by a blank line, <br> and table cells by a line break.
 */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        parts.push((child.textContent ?? "").replace(SPACES, " "));
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = child.nodeName.toUpperCase();
        if (SKIP.has(tag)) continue;
        const sep = BLOCK.has(tag) ? "\n\n" : LINE.has(tag) ? "\n" : "";
        parts.push(sep);
        walk(child);
        parts.push(sep);
      }
    }
  };
  walk(root);
  return parts.join("").replace(LINE_EDGES, "\n").replace(EXTRA_BREAKS, "\n\n").trim();
}
