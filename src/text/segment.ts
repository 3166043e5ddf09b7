// Segmentation: the normalised text of a news page cut into blocks (headline, dateline, paragraph, tweet, caption,
// byline, also_read, distractor, boilerplate) and the sentences of its prose blocks.
//
// Why it matters: a page carries more than the report. "ये भी पढ़ें" lines, tickers and related headlines name
// other incidents; captions and bylines carry names and places that are not facts of the story. Extractors read
// sentences only, so anything that is not the report's own prose must end up outside every sentence.
//
// How (Readability-style: cues are data, thresholds are named constants that say why):
// 1. Lines are blocks. Hard-wrapped plain text (short lines that run on) is detected and rejoined first.
// 2. Each line is matched against the locale cue lexicons (src/locales/*/segment.ts): also_read, tickers,
//    bylines and timestamps, captions and photo credits, site chrome, breadcrumbs; embedded tweets are found
//    by their "- Name (@handle) Month D, YYYY" signature and the text line above it.
// 3. The leading short, unpunctuated lines are headlines; a headline repeated later is a headline again.
// 4. Paragraphs: a leading dateline ("कानपुर:", "NEW DELHI:", "रामपुर, फरवरी 21 --") becomes its own block; a
//    trailing photo credit "(Representative photo)" becomes a caption; "Also read - ..." glued after a sentence
//    becomes an also_read block; a related headline glued to the end without punctuation becomes a distractor.
// 5. Sentences: split at "।", "?", "!", "." and ellipses, not at abbreviations and initials (Dr., S.K., U.P.,
//    "एम." for M.) or decimals.
// A few linear passes over the lines (classify, plan, emit) with regexes compiled once at load; no regex can
// backtrack badly. The locales whose cues apply are registered in lang.ts (SEGMENT_LOCALES).
import type { Doc } from "../core/document.js";
import type { Segment, SegmentKind } from "../core/types.js";
import {
  addLangCounts,
  countLang,
  decideLang,
  emptyLangCounts,
  type LangCounts,
  rememberCounts,
  SEGMENT_LOCALES,
} from "./lang.js";
import { normalize } from "./normalize.js";

/** A regular expression with the name under which its matches are reported. */
export interface NamedPattern {
  rule: string;
  re: RegExp;
}

/**
 * One locale's segmentation cues. "Labels" count only when a separator (":", "-", "|") or the end of the line
 * follows them; "leads" start a line with anything after them; "phrases" may stand anywhere in a short line.
 */
export interface SegmentLexicon {
  locale: string;
  /** a pointer to another story ("ये भी पढ़ें", "Also read"): a label */
  alsoRead: string[];
  /** a heading of a one-line list of other stories ("ताज़ा खबरें:"): needs a colon */
  ticker: string[];
  captionLabels: string[];
  /** words that make a parenthetical a photo credit: "(फाइल फोटो)", "(Representative image)" */
  captionCreditWords: string[];
  captionPhrases: string[];
  bylineLabels: string[];
  bylineLeads: string[];
  /** anywhere in a short line without a final full stop ("| Updated 01:16 am IST") */
  bylinePhrases: string[];
  /** a short line ending so ("Digital Desk", "दिल्ली आज तक ब्यूरो") */
  bylineSuffixes: string[];
  bylinePatterns: NamedPattern[];
  boilerplateLabels: string[];
  boilerplateLeads: string[];
  /** anywhere in a line of site chrome length, whatever its punctuation ("सर्वाधिकार सुरक्षित", "newsletter") */
  boilerplatePhrases: string[];
  /** words followed by "." that do not end a sentence (lower case for Latin) */
  abbreviations: string[];
  /** month names and time-zone marks: parts of a date, not of a place */
  dateWords: string[];
  /** words that can open a line before a colon but are never a place ("Note:", "वीडियो:") */
  datelineNotPlace: string[];
  /** "Desk" in "Digital Desk, Prayagraj:" — allowed in a dateline */
  deskWords: string[];
  /** words a place name never contains */
  functionWords: string[];
  firstPerson: string[];
  /** words that open a sentence continuing the previous one (pronouns, connectives): not a new story */
  continuationStarts: string[];
  /** words a complete headline never ends with (a wrapped or cut sentence does) */
  danglingEnds: string[];
  /** sentence-final auxiliaries of body prose that headlines drop ("है", "था") */
  bodyEndings: string[];
  /** articles and auxiliaries that body prose is full of and headlines drop ("the", "was", "can") */
  bodyMarkers: string[];
  /** Latin-script function words that identify the language when it is written in Latin letters */
  latinSignals: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Thresholds

/** A headline is one short line; longer leading lines are the body (or a standfirst, which is a paragraph). */
export const HEADLINE_MAX_CHARS = 250;
/** headline + kicker + deck; more short lines than this at the top are a list, not a headline */
export const HEADLINE_MAX_LINES = 3;
/** Lines this long or longer are prose, never page chrome, whatever cue word they contain. */
export const CHROME_MAX_CHARS = 250;
/** Bylines and timestamps are short: "By X | June 24, 2017 9:44 AM". */
export const BYLINE_MAX_CHARS = 160;
export const BYLINE_MAX_WORDS = 20;
/** "sanjay sharma" under a timestamp: a bare name line this short next to a byline is part of it. */
export const BYLINE_NAME_MAX_WORDS = 4;
/** A byline ending in "Desk"/"ब्यूरो" is a short line. */
export const BYLINE_SUFFIX_MAX_WORDS = 7;
/** Photo credits in parentheses are short: "(Photo: K Asif/The India Today Group via Getty Images)". */
export const CREDIT_MAX_CHARS = 100;
/** A caption is one sentence of at most this length before its credit... */
export const CAPTION_MAX_CHARS = 250;
/** ...and a whole line is taken as a caption only in a document with at least this many prose lines, so that
 * the only paragraph of a short report is never swallowed because it ends with "(File photo)". */
export const CAPTION_MIN_DOC_PARAGRAPHS = 3;
/** The lines under a bare "ये भी पढ़ें:" heading are headlines of other stories: short, at most this many. */
export const ALSO_READ_RUN_MAX_LINES = 10;
export const ALSO_READ_RUN_MAX_CHARS = 200;
/** A tweet is at most 280 characters; a little more for normalisation and links. */
export const TWEET_MAX_CHARS = 320;
/** A dateline is a place, maybe a date and an agency: a few words before ":", "।" or "--". */
export const DATELINE_MAX_CHARS = 60;
export const DATELINE_MAX_WORDS = 5;
/** Datelines open the first body paragraph; a standfirst may come before it, so look at this many paragraphs. */
export const DATELINE_MAX_PARAGRAPH = 2;
/** "Sex racket exposed in Hotel Maurya, Ranchi :" — words before the comma that make a glued headline */
export const DATELINE_GLUED_HEADLINE_MIN_WORDS = 3;
/**
 * The glued related headline: a paragraph with at least this many sentences that end in punctuation shows that
 * its writer punctuates; an unpunctuated last sentence after them is a headline pasted on without a line break.
 * A lone unterminated sentence is only sloppy punctuation (Hinglish often has none) and is kept.
 */
export const GLUED_MIN_TERMINATED = 2;
/** Headlines are short: at least a subject and a verb, at most a long Hindi headline. */
export const GLUED_MIN_WORDS = 4;
export const GLUED_MAX_WORDS = 30;
export const GLUED_MAX_CHARS = 220;
/** English headlines capitalise most words ("Two UP Constables Caught Running..."); a share this high. */
export const TITLE_CASE_MIN_SHARE = 0.6;
/** Sentence-case headlines drop articles and auxiliaries ("Court jails two traffickers"); allow this many. */
export const HEADLINE_MAX_BODY_MARKERS = 1;
/** Hard-wrapped text has a fixed width between these (a longer line anywhere means lines are paragraphs)... */
export const WRAP_MIN_CHARS = 30;
export const WRAP_MAX_CHARS = 100;
/** ...its wrapped lines fill at least this share of the width and stop without punctuation... */
export const WRAP_FILL_SHARE = 0.75;
/** ...and make up at least this share of the lines, of at least this many lines. */
export const WRAP_MIN_SHARE = 0.5;
export const WRAP_MIN_LINES = 4;

// ---------------------------------------------------------------------------------------------------------------
// Compiled cues (once, at load)

const WORD = "\\p{L}\\p{M}\\p{N}";
const NOT_WORD_AFTER = `(?![${WORD}])`;
/** separators after a label: "Also Read:", "Also Read -", "इसे भी पढ़िए-", "ALSO READ |", or the end of the line */
const LABEL_TAIL = `[ \\t]*(?:[:|>\\-]+[ \\t]*|$)`;

function norm(s: string): string {
  return normalize(s).text.trim();
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function alternation(terms: readonly string[]): string {
  const uniq = [...new Set(terms.map(norm).filter((t) => t.length > 0))];
  uniq.sort((a, b) => b.length - a.length); // longest first: "ये भी पढ़ें" before "पढ़ें"
  return uniq.map((t) => escapeRe(t).replace(/ /g, "\\s+")).join("|");
}

/** A cue family of one locale, compiled into an anchored regex; `rule` names it in ruleOf(). */
interface Cue {
  rule: string;
  re: RegExp;
}

function cue(lex: SegmentLexicon, family: string, terms: readonly string[], tail: string, anchored = true): Cue | null {
  if (terms.length === 0) return null;
  const body = `(?:${alternation(terms)})${NOT_WORD_AFTER}${tail}`;
  // anchored cues are tested on the line slice; phrases search it (and must start at a word boundary)
  const re = anchored ? new RegExp(`^${body}`, "iu") : new RegExp(`(?<![${WORD}])${body}`, "iu");
  return { rule: `${lex.locale}.${family}`, re };
}

function cues(build: (lex: SegmentLexicon) => Cue | null): Cue[] {
  return SEGMENT_LOCALES.map(build).filter((c): c is Cue => c !== null);
}

const ALSO_READ = cues((l) => cue(l, "also_read", l.alsoRead, LABEL_TAIL));
/** glued after a sentence inside a paragraph the cue needs its separator: "... said. Also Read - Two held" */
const ALSO_READ_INLINE = cues((l) => cue(l, "also_read", l.alsoRead, "[ \\t]*[:|>\\-]+"));
/** how far past a sentence start the inline cue is looked for */
const INLINE_CUE_WINDOW = 60;
const TICKER = cues((l) => cue(l, "ticker", l.ticker, "[ \\t]*:"));
const CAPTION_LABEL = cues((l) => cue(l, "caption", l.captionLabels, LABEL_TAIL));
const CAPTION_PHRASE = cues((l) => cue(l, "caption_phrase", l.captionPhrases, "", false));
const CREDIT_WORD = cues((l) => cue(l, "credit", l.captionCreditWords, "", false));
const BYLINE_LABEL = cues((l) => cue(l, "byline", l.bylineLabels, "[ \\t]*[:|\\-]"));
const BYLINE_LEAD = cues((l) => cue(l, "byline", l.bylineLeads, ""));
const BYLINE_PHRASE = cues((l) => cue(l, "byline_phrase", l.bylinePhrases, "", false));
const BYLINE_SUFFIX: Cue[] = SEGMENT_LOCALES.filter((l) => l.bylineSuffixes.length > 0).map((l) => ({
  rule: `${l.locale}.byline_suffix`,
  re: new RegExp(`(?<![${WORD}])(?:${alternation(l.bylineSuffixes)})[\\s.|,-]*$`, "iu"),
}));
const BYLINE_PATTERNS: Cue[] = SEGMENT_LOCALES.flatMap((l) => l.bylinePatterns);
const BOILER_LABEL = cues((l) => cue(l, "boilerplate", l.boilerplateLabels, LABEL_TAIL));
const BOILER_LEAD = cues((l) => cue(l, "boilerplate", l.boilerplateLeads, ""));
const BOILER_PHRASE: Cue[] = SEGMENT_LOCALES.filter((l) => l.boilerplatePhrases.length > 0).map((l) => ({
  rule: `${l.locale}.boilerplate_phrase`,
  re: new RegExp(alternation(l.boilerplatePhrases), "iu"),
}));

function wordSet(pick: (l: SegmentLexicon) => readonly string[]): ReadonlySet<string> {
  return new Set(SEGMENT_LOCALES.flatMap((l) => pick(l).map((w) => norm(w).toLowerCase())));
}

const ABBREVIATIONS = wordSet((l) => l.abbreviations);
const DATE_WORDS = wordSet((l) => l.dateWords);
const NOT_PLACE = wordSet((l) => l.datelineNotPlace);
const DESK_WORDS = wordSet((l) => l.deskWords);
const FUNCTION_WORDS = wordSet((l) => l.functionWords);
const FIRST_PERSON = wordSet((l) => l.firstPerson);
const CONTINUATION_WORDS = wordSet((l) => l.continuationStarts.filter((w) => !w.includes(" ")));
const CONTINUATION_PHRASES = SEGMENT_LOCALES.flatMap((l) =>
  l.continuationStarts.filter((w) => w.includes(" ")).map(norm),
);
const DANGLING_ENDS = wordSet((l) => l.danglingEnds);
const BODY_ENDINGS = wordSet((l) => l.bodyEndings);
const BODY_MARKERS = wordSet((l) => l.bodyMarkers);

/** "- IANS Tweets (@ians_india) September 14, 2020": the signature line of an embedded tweet */
const TWEET_HANDLE = /\(@\w{1,30}\)/;
const TWEET_DATE_AFTER = /^\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}\s*$/u;
const TWEET_PIC = /pic\.twitter\.com\/\w+/;
/** a clock time: "9:44 AM", "19:12 IST", "5:42:08 PM" */
const CLOCK =
  /(?<!\d)\d{1,2}(?::\d{2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|ist|hrs)?|\.\d{2}\s*(?:am|pm))(?![\p{L}\d])/iu;
/** breadcrumb separators: "होम / उत्तर प्रदेश / वाराणसी", "Home > News > India" */
const CRUMB_SEPARATORS = ["/", "›", ">", "»", "|"];

// ---------------------------------------------------------------------------------------------------------------
// Characters

function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // normalisation has already turned NBSP, thin and ideographic spaces into " "
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2028 || c === 0x2029;
}
function isDeva(code: number): boolean {
  return code >= 0x0900 && code <= 0x097f && code !== 0x0964 && code !== 0x0965 && !(code >= 0x0966 && code <= 0x096f);
}
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}
function isWordChar(code: number): boolean {
  return isLatinLetter(code) || isDeva(code) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x24f);
}
/** closing quotes and brackets that belong to the sentence they follow */
function isCloser(ch: string | undefined): boolean {
  return ch === '"' || ch === "'" || ch === ")" || ch === "]" || ch === "\u00BB";
}
function isTerminatorChar(ch: string | undefined): boolean {
  return ch === "." || ch === "\u0964" || ch === "?" || ch === "!";
}
/** does text[start, end) stop with a full stop ("." or "।", not an ellipsis "..." that headlines end with)? */
function endsWithFullStop(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isCloser(text[e - 1])) e--;
  if (e <= start) return false;
  const last = text[e - 1];
  if (last === ".") return text[e - 2] !== ".";
  return last === "\u0964" || (last === "|" && isDeva(text.charCodeAt(e - 2)));
}

/** does text[start, end) stop with sentence punctuation (ignoring closing quotes)? */
function endsTerminated(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isCloser(text[e - 1])) e--;
  return e > start && (isTerminatorChar(text[e - 1]) || (text[e - 1] === "|" && isDeva(text.charCodeAt(e - 2))));
}

// ---------------------------------------------------------------------------------------------------------------
// Words

interface Word {
  start: number;
  end: number;
  /** lower-cased, without surrounding punctuation */
  key: string;
}

function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  let i = start;
  while (i < end) {
    while (i < end && !isWordChar(text.charCodeAt(i))) i++;
    const s = i;
    while (i < end && (isWordChar(text.charCodeAt(i)) || text[i] === "'" || text[i] === "-")) i++;
    let e = i;
    while (e > s && (text[e - 1] === "'" || text[e - 1] === "-")) e--;
    if (e > s) out.push({ start: s, end: e, key: text.slice(s, e).toLowerCase() });
  }
  return out;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = !isSpace(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

interface Line {
  start: number;
  end: number;
  /** a blank line (or the document start) precedes it */
  blankBefore: boolean;
}

function rawLines(text: string): Line[] {
  const out: Line[] = [];
  let blank = true;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) {
      out.push({ start: s, end: e, blankBefore: blank });
      blank = false;
    } else blank = true;
    pos = nl + 1;
  }
  return out;
}

/**
 * Plain text wrapped at a fixed width (e-mail, PDFs) breaks sentences across lines; there the blank line is the
 * paragraph break. Detected when no line is longer than a wrapping width and most lines fill that width and run
 * on into the next line without punctuation.
 */
function isHardWrapped(text: string, lines: Line[]): boolean {
  if (lines.length < WRAP_MIN_LINES) return false;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  if (width > WRAP_MAX_CHARS || width < WRAP_MIN_CHARS) return false;
  let wrapped = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const l = lines[k]!;
    if (l.end - l.start < WRAP_FILL_SHARE * width || lines[k + 1]!.blankBefore) continue;
    const last = text[l.end - 1];
    if (!isTerminatorChar(last) && !isCloser(last) && last !== ":") wrapped++;
  }
  return wrapped >= WRAP_MIN_SHARE * (lines.length - 1);
}

function blocksOfLines(text: string): Line[] {
  const lines = rawLines(text);
  if (!isHardWrapped(text, lines)) return lines;
  const merged: Line[] = [];
  for (const l of lines) {
    const prev = merged[merged.length - 1];
    if (prev && !l.blankBefore) prev.end = l.end;
    else merged.push({ ...l });
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------------------------
// Line cues

type LineRole =
  | { kind: "chrome"; seg: SegmentKind; rule: string }
  | { kind: "also_read_heading"; rule: string }
  | { kind: "tweet_signature"; sigStart: number; rule: string }
  | { kind: "pic"; rule: string }
  | { kind: "prose" };

function firstMatch(list: readonly Cue[], s: string): Cue | undefined {
  return list.find((c) => c.re.test(s));
}

/** "होम / उत्तर प्रदेश / वाराणसी / अपराध": three or more short parts joined by one separator */
function isBreadcrumb(s: string): boolean {
  for (const sep of CRUMB_SEPARATORS) {
    const first = s.indexOf(sep);
    if (first < 0 || s.indexOf(sep, first + 1) < 0) continue;
    const parts = s.split(sep);
    if (parts.length < 3) continue;
    if (parts.every((p) => p.trim().length > 0 && countWords(p, 0, p.length) <= 4 && !/[.।?!]\s*$/.test(p)))
      return true;
  }
  return false;
}

function hasLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLatinLetter(c) || isDeva(c) || c >= 0xc0) return true;
  }
  return false;
}

function classifyLine(text: string, l: Line): LineRole {
  const len = l.end - l.start;
  if (!hasLetters(text, l.start, l.end)) return { kind: "chrome", seg: "boilerplate", rule: "no_letters" };
  // the tweet signature may close a line that also holds the tweet text
  const sig = tweetSignature(text, l);
  if (sig >= 0) return { kind: "tweet_signature", sigStart: sig, rule: "tweet.signature" };
  if (len > CHROME_MAX_CHARS) return { kind: "prose" };
  const s = text.slice(l.start, l.end);
  const terminated = endsTerminated(text, l.start, l.end);
  const words = countWords(text, l.start, l.end);

  const also = firstMatch(ALSO_READ, s);
  if (also) {
    const rest = s.replace(also.re, "").trim();
    return rest.length === 0
      ? { kind: "also_read_heading", rule: also.rule }
      : { kind: "chrome", seg: "also_read", rule: also.rule };
  }
  const ticker = firstMatch(TICKER, s);
  if (ticker) return { kind: "chrome", seg: "also_read", rule: ticker.rule };

  if (s.startsWith("pic.twitter.com/")) return { kind: "chrome", seg: "caption", rule: "tweet.pic" };
  const capLabel = firstMatch(CAPTION_LABEL, s);
  if (capLabel) return { kind: "chrome", seg: "caption", rule: capLabel.rule };

  if (len <= BYLINE_MAX_CHARS && words <= BYLINE_MAX_WORDS) {
    const by =
      firstMatch(BYLINE_PATTERNS, s) ??
      firstMatch(BYLINE_LABEL, s) ??
      firstMatch(BYLINE_LEAD, s.startsWith("(") ? s.slice(1) : s) ?? // "(With inputs from PTI)"
      (terminated ? undefined : firstMatch(BYLINE_PHRASE, s)) ??
      (!terminated && words <= BYLINE_SUFFIX_MAX_WORDS ? firstMatch(BYLINE_SUFFIX, s) : undefined);
    if (by) return { kind: "chrome", seg: "byline", rule: by.rule };
    if (!terminated && CLOCK.test(s)) return { kind: "chrome", seg: "byline", rule: "timestamp" };
  }

  // "Picture used for representational purpose only": a one-sentence line (a paragraph that merely ends with
  // "(Representative image)" is prose with a credit, handled with the paragraph)
  const oneSentence = !/[.\u0964?!]\s/.test(s);
  const capPhrase = len <= BYLINE_MAX_CHARS && oneSentence ? firstMatch(CAPTION_PHRASE, s) : undefined;
  if (capPhrase) return { kind: "chrome", seg: "caption", rule: capPhrase.rule };
  if (s.startsWith("(") && s.endsWith(")") && isCredit(text, l.start, l.end)) {
    return { kind: "chrome", seg: "caption", rule: "credit" };
  }

  const boiler = firstMatch(BOILER_LABEL, s) ?? firstMatch(BOILER_LEAD, s) ?? firstMatch(BOILER_PHRASE, s);
  if (boiler) return { kind: "chrome", seg: "boilerplate", rule: boiler.rule };
  if (s.includes("\u00A9")) return { kind: "chrome", seg: "boilerplate", rule: "copyright" };
  if (isBreadcrumb(s)) return { kind: "chrome", seg: "boilerplate", rule: "breadcrumb" };

  if (TWEET_PIC.test(s)) return { kind: "pic", rule: "tweet.pic" };
  return { kind: "prose" };
}

/** Start of a tweet signature "- Name (@handle) Month D, YYYY" that ends the line, or -1. */
function tweetSignature(text: string, l: Line): number {
  const s = text.slice(Math.max(l.start, l.end - 120), l.end);
  const base = Math.max(l.start, l.end - 120);
  const h = TWEET_HANDLE.exec(s);
  if (!h || !TWEET_DATE_AFTER.test(s.slice(h.index + h[0].length))) return -1;
  // the dash that opens the signature: at the line start or after a space
  for (let i = h.index - 1; i >= 0; i--) {
    if (s[i] === "-" && (base + i === l.start || isSpace(s[i - 1]) || s[i - 1] === "-")) {
      let d = i;
      while (d > 0 && s[d - 1] === "-") d--;
      return base + d;
    }
  }
  return -1;
}

/** The photo credit in parentheses that closes text[start, end), or null. */
function trailingCredit(text: string, start: number, end: number): { start: number; end: number } | null {
  if (text[end - 1] !== ")") return null;
  const open = text.lastIndexOf("(", end - 1);
  return open >= start && end - open <= CREDIT_MAX_CHARS && isCredit(text, open, end) ? { start: open, end } : null;
}

/** Is the parenthetical text[start, end) (with its brackets) a photo credit? */
function isCredit(text: string, start: number, end: number): boolean {
  if (end - start > CREDIT_MAX_CHARS) return false;
  const inner = text.slice(start + 1, end - 1);
  return CREDIT_WORD.some((c) => c.re.test(inner));
}

// ---------------------------------------------------------------------------------------------------------------
// Sentences

interface Sentence {
  start: number;
  end: number;
  terminated: boolean;
}

/** does an "Also read:" pointer (with its separator) open text[at, to)? */
function startsWithAlsoRead(text: string, at: number, to: number): boolean {
  if (at >= to) return false;
  const head = text.slice(at, Math.min(to, at + INLINE_CUE_WINDOW));
  return ALSO_READ_INLINE.some((c) => c.re.test(head));
}

/** "(With inputs from PTI)", "Additional reporting by X": a credit glued to the end of the last paragraph */
function bylineTail(text: string, s: Sentence): boolean {
  if (s.end - s.start > BYLINE_MAX_CHARS) return false;
  const t = text.slice(s.start, s.end).replace(/^\(/, "");
  return BYLINE_LEAD.some((c) => c.re.test(t));
}

/** is the last non-space character before `at` Devanagari? ("पकड़ा गया |") */
function afterDevanagari(text: string, at: number, from: number): boolean {
  let p = at - 1;
  while (p > from && isSpace(text[p])) p--;
  return p >= from && isDeva(text.charCodeAt(p));
}

/** Is the "." at `dot` part of an abbreviation or initial rather than a sentence end? */
function isAbbreviationDot(text: string, dot: number, from: number): boolean {
  let s = dot;
  while (s > from && isWordChar(text.charCodeAt(s - 1))) s--;
  const len = dot - s;
  if (len === 0) return false;
  // chains of initials: "U.P.", "A.H.T.U.", "S.K.", "हि.स.", "a.m."
  if (s > from && text[s - 1] === "." && len <= 3) return true;
  const first = text.charCodeAt(s);
  if (len === 1 && first >= 0x41 && first <= 0x5a) return true; // "Virendra K. Singh"
  if (first >= 0x30 && first <= 0x39) return false; // "in 2019." ends a sentence
  return ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}

const DANDA = 0x0964;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const PIPE = 0x7c;
const FULL_STOP = 0x2e;

/**
 * Split text[from, to) into sentences. With `stopAtCue`, a sentence that opens with an also_read cue
 * ("... said. Also Read - Two held in ...") stops the split: its position is returned in `cut` (else -1).
 */
function splitSentences(
  text: string,
  from: number,
  to: number,
  stopAtCue = false,
): { sentences: Sentence[]; cut: number } {
  const out: Sentence[] = [];
  let i = from;
  while (i < to && isSpace(text[i])) i++;
  let sStart = i;
  if (stopAtCue && startsWithAlsoRead(text, i, to)) return { sentences: out, cut: i };
  const push = (end: number, terminated: boolean) => {
    let e = end;
    while (e > sStart && isSpace(text[e - 1])) e--;
    if (e > sStart) out.push({ start: sStart, end: e, terminated });
  };
  while (i < to) {
    // (char codes, not one-character strings: this loop visits every character of the document)
    const ch = text.charCodeAt(i);
    let boundary = -1;
    if (ch === DANDA || ch === QUESTION || ch === EXCLAMATION) {
      boundary = i + 1;
    } else if (ch === PIPE && afterDevanagari(text, i, from) && (i + 1 >= to || isSpace(text[i + 1]))) {
      boundary = i + 1; // Hindi typed with "|" for the danda
    } else if (ch === FULL_STOP) {
      let j = i;
      while (j + 1 < to && text[j + 1] === ".") j++;
      const after = j + 1;
      if (after < to && !isSpace(text[after]) && !isCloser(text[after])) {
        i = after; // "4.50", "pic.twitter.com", "Rs.11", "हि.स."
        continue;
      }
      let k = after;
      while (k < to && (isCloser(text[k]) || isSpace(text[k]))) k++;
      if (k < to) {
        if (j === i && isAbbreviationDot(text, i, from)) {
          i = after;
          continue;
        }
        if (isLowerLatin(text.charCodeAt(k))) {
          i = after; // "approx. five", "... and so on. and"
          continue;
        }
      }
      boundary = after;
    }
    if (boundary < 0) {
      i++;
      continue;
    }
    // absorb repeated terminators and closing quotes: '?!', '।"', '.")'
    let b = boundary;
    while (b < to && (isCloser(text[b]) || (b > i && isTerminatorChar(text[b])))) b++;
    push(b, true);
    i = b;
    while (i < to && isSpace(text[i])) i++;
    sStart = i;
    if (stopAtCue && startsWithAlsoRead(text, i, to)) return { sentences: out, cut: i };
  }
  push(to, false);
  return { sentences: out, cut: -1 };
}

// ---------------------------------------------------------------------------------------------------------------
// Datelines

/**
 * Is text[start, end) a dateline prefix: a place, maybe a date and an agency in parentheses? With `needDate`,
 * the date must be there (a line of its own that is only a place is a kicker, "Hyderabad", not a dateline).
 */
function isDatelinePrefix(text: string, start: number, end: number, needDate = false): boolean {
  if (end <= start || end - start > DATELINE_MAX_CHARS) return false;
  let placeWords = 0;
  let dated = false;
  let depth = 0;
  let first = true;
  let anyPlace = false;
  for (const w of wordsOf(text, start, end)) {
    // words inside parentheses are glosses or agencies: "कुल्लू (Kullu)", "फरवरी(हि.स.)"
    depth = parenDepth(text, start, w.start);
    if (depth > 0) continue;
    const c = text.charCodeAt(w.start);
    if ((c >= 0x30 && c <= 0x39) || DATE_WORDS.has(w.key)) {
      dated = true; // day, month, year
      continue;
    }
    if (FUNCTION_WORDS.has(w.key) || NOT_PLACE.has(w.key)) return false;
    if (isLatinLetter(c) && !(c >= 0x41 && c <= 0x5a)) return false; // English place names are capitalised
    if (first && DESK_WORDS.has(w.key) && !needDate) return true; // "Desk:-"
    if (!DESK_WORDS.has(w.key)) anyPlace = true;
    first = false;
    placeWords++;
  }
  return anyPlace && placeWords <= DATELINE_MAX_WORDS && (dated || !needDate);
}

function parenDepth(text: string, from: number, at: number): number {
  let d = 0;
  for (let i = from; i < at; i++) {
    if (text[i] === "(") d++;
    else if (text[i] === ")" && d > 0) d--;
  }
  return d;
}

interface Dateline {
  /** a glued English/Hindi headline before the place ("Sex racket exposed in Hotel Maurya, Ranchi :") */
  headlineEnd: number;
  start: number;
  end: number;
}

/**
 * The dateline at the start of text[from, to): the place part ends at the first separator (":", ":-", "।",
 * "-", "--", "|") that a space follows, within DATELINE_MAX_CHARS.
 */
function findDateline(text: string, from: number, to: number): Dateline | null {
  const limit = Math.min(to, from + DATELINE_MAX_CHARS + 4);
  for (let i = from; i < limit; i++) {
    const ch = text[i]!;
    let sepEnd = -1;
    if (ch === ":" || ch === "\u0964" || ch === "|") {
      sepEnd = i + 1;
      while (sepEnd < to && (text[sepEnd] === "-" || text[sepEnd] === ":")) sepEnd++;
      if (ch !== "\u0964" && sepEnd < to && !isSpace(text[sepEnd])) continue; // "7:30", "pic:x"
    } else if (
      ch === "-" &&
      (isSpace(text[i - 1]) || text[i - 1] === "," || text[i + 1] === "-" || isSpace(text[i + 1]))
    ) {
      sepEnd = i + 1;
      while (sepEnd < to && text[sepEnd] === "-") sepEnd++;
      if (sepEnd >= to || !isSpace(text[sepEnd])) continue; // "Dehri-on-Sone"
    } else if (ch === "." || ch === "?" || ch === "!" || ch === '"') {
      if (ch === "." && i + 1 < to && !isSpace(text[i + 1])) continue; // "(हि.स.)", "U.P."
      return null; // a sentence ended first: no dateline
    } else continue;
    let pe = i;
    while (pe > from && (isSpace(text[pe - 1]) || text[pe - 1] === ",")) pe--;
    let e = sepEnd;
    while (e < to && isSpace(text[e])) e++;
    if (e >= to) return null;
    if (isDatelinePrefix(text, from, pe)) return { headlineEnd: from, start: from, end: sepEnd };
    // "Sex racket exposed in Hotel Maurya, Ranchi :" — a headline glued before the place
    const comma = text.lastIndexOf(",", pe - 1);
    if (comma > from && countWords(text, from, comma) >= DATELINE_GLUED_HEADLINE_MIN_WORDS) {
      let ps = comma + 1;
      while (ps < pe && isSpace(text[ps])) ps++;
      if (isDatelinePrefix(text, ps, pe)) return { headlineEnd: comma, start: ps, end: sepEnd };
    }
    return null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The glued related headline

function startsWithContinuation(text: string, s: Sentence): boolean {
  const words = wordsOf(text, s.start, Math.min(s.end, s.start + 40));
  if (words.length === 0) return true;
  if (CONTINUATION_WORDS.has(words[0]!.key)) return true;
  const head = text.slice(s.start, s.start + 20);
  return CONTINUATION_PHRASES.some((p) => head.startsWith(p) && !isWordChar(head.charCodeAt(p.length)));
}

function titleCaseShare(words: Word[], text: string): number {
  let latin = 0;
  let caps = 0;
  for (const w of words) {
    const c = text.charCodeAt(w.start);
    if (w.end - w.start < 3 || !isLatinLetter(c)) continue;
    latin++;
    if (c <= 0x5a) caps++;
  }
  return latin === 0 ? -1 : caps / latin;
}

/**
 * Does the sentence read like a headline? It does not end in a body auxiliary ("...मुक्त कराया", not "...मुक्त
 * कराया है"; Hinglish "...kiya gaya", not "...kiya hai"). In Latin script it is title case, or it has hardly any
 * articles and auxiliaries ("Court jails two traffickers" / "The employer can also choose to..."); at the end of
 * the text, where a forgotten full stop is common, only title case will do.
 */
function headlineStyled(text: string, words: Word[], atTextEnd: boolean): boolean {
  if (BODY_ENDINGS.has(words[words.length - 1]!.key)) return false;
  const share = titleCaseShare(words, text);
  if (share < 0 || share >= TITLE_CASE_MIN_SHARE) return true;
  if (atTextEnd) return false;
  let markers = 0;
  for (const w of words) if (BODY_MARKERS.has(w.key)) markers++;
  return markers <= HEADLINE_MAX_BODY_MARKERS;
}

/**
 * A paragraph's last sentence is a related headline glued on (the reference case: "...फलफूल रहा था. दिल्ली
 * महिला आयोग ने 20 साल की एक युवती को देह व्यापार से मुक्त कराया" and then a line break) when:
 * the paragraph punctuates (≥ GLUED_MIN_TERMINATED terminated sentences) but this last one has no punctuation;
 * it is headline-sized; it speaks of no one in the first person and quotes no one; it opens a new subject (no
 * pronoun or connective tying it to the sentence before); it ends like a complete phrase, not like a cut or
 * wrapped sentence ("... of the", "... ने"); the next line does not continue it in lower case; and it reads like a
 * headline (headlineStyled).
 */
function isGluedHeadline(text: string, sentences: Sentence[], nextLineStart: number, atTextEnd: boolean): boolean {
  const last = sentences[sentences.length - 1];
  // only the last sentence of a line can lack punctuation: the ones before it all ended at a terminator
  if (!last || last.terminated || sentences.length - 1 < GLUED_MIN_TERMINATED) return false;
  if (last.end - last.start > GLUED_MAX_CHARS) return false;
  const words = wordsOf(text, last.start, last.end);
  if (words.length < GLUED_MIN_WORDS || words.length > GLUED_MAX_WORDS) return false;
  if (text.slice(last.start, last.end).includes('"')) return false;
  if (words.some((w) => FIRST_PERSON.has(w.key))) return false;
  if (startsWithContinuation(text, last)) return false;
  if (DANGLING_ENDS.has(words[words.length - 1]!.key)) return false;
  if (/[,;:(-]/.test(text[last.end - 1]!)) return false;
  if (nextLineStart >= 0 && isLowerLatin(text.charCodeAt(nextLineStart))) return false;
  return headlineStyled(text, words, atTextEnd);
}

// ---------------------------------------------------------------------------------------------------------------
// Output

const RULES = new WeakMap<Segment, string>();

/** The name of the rule that made a segment ("hi.also_read", "dateline", "glued_headline", ...). */
export function ruleOf(seg: Segment): string | undefined {
  return RULES.get(seg);
}

class Emitter {
  readonly segments: Segment[] = [];
  private blocks = 0;
  constructor(private readonly text: string) {}

  /** a block; its language from `counts` when its sentences were counted already, else from its text */
  block(start: number, end: number, kind: SegmentKind, rule: string, counts?: LangCounts): number {
    const seg: Segment = { start, end, kind, lang: decideLang(counts ?? countLang(this.text, start, end)) };
    RULES.set(seg, rule);
    this.segments.push(seg);
    return this.blocks++;
  }

  /** a prose block and its sentences; the block's letters are its sentences' letters, so they are counted once */
  prose(start: number, end: number, kind: SegmentKind, rule: string, sentences: readonly Sentence[]): void {
    if (end <= start) return;
    const total = emptyLangCounts();
    const counts = sentences.map((s) => {
      const c = countLang(this.text, s.start, s.end);
      addLangCounts(total, c);
      return c;
    });
    const paragraph = this.block(start, end, kind, rule, total);
    sentences.forEach((s, i) => {
      const seg: Segment = { start: s.start, end: s.end, kind: "sentence", lang: decideLang(counts[i]!), paragraph };
      // the document's language is decided from these counts again (docLang): counted once
      rememberCounts(seg, counts[i]!);
      RULES.set(seg, s.terminated ? "sentence" : "sentence.unterminated");
      this.segments.push(seg);
    });
  }
}

/** a headline compared with its repetition: case, spacing and punctuation ignored */
function headlineKey(text: string, l: Line): string {
  return text
    .slice(l.start, l.end)
    .toLowerCase()
    .replace(/[\s.\u0964:|-]+/g, " ")
    .trim();
}

// ---------------------------------------------------------------------------------------------------------------
// The pass

/** A lower-case Latin name line ("sanjay sharma") under a byline, after the headline: part of the byline. */
function isBylineName(text: string, l: Line): boolean {
  const words = wordsOf(text, l.start, l.end);
  if (words.length < 2 || words.length > BYLINE_NAME_MAX_WORDS || endsTerminated(text, l.start, l.end)) return false;
  return words.every((w) => isLatinLetter(text.charCodeAt(w.start)) && !FUNCTION_WORDS.has(w.key) && !/\d/.test(w.key));
}

/** What each line is, decided before anything is emitted. */
interface LinePlan {
  roles: LineRole[];
  /** the text line of an embedded tweet, above its signature */
  tweetText: Set<number>;
  /** other stories' headlines listed under a bare "ये भी पढ़ें" heading */
  alsoReadRun: Set<number>;
  headlines: Set<number>;
  /** a line that is only a place and a date, above the body */
  datelineLine: number;
}

/** A bare lower-case Latin name under a byline ("sanjay sharma"), once prose has been seen: part of the byline. */
function markBylineNames(text: string, lines: Line[], roles: LineRole[]): void {
  let seenProse = false;
  for (let j = 1; j < lines.length; j++) {
    const prev = roles[j - 1]!;
    seenProse ||= j >= 2 && roles[j - 2]!.kind === "prose";
    if (roles[j]!.kind === "prose" && prev.kind === "chrome" && prev.seg === "byline" && seenProse) {
      if (isBylineName(text, lines[j]!)) roles[j] = { kind: "chrome", seg: "byline", rule: "byline.name" };
    }
  }
}

/** The line above a tweet signature (skipping the tweet's "pic.twitter.com" / "Photo:" lines) is the tweet. */
function tweetTextLines(lines: Line[], roles: LineRole[]): Set<number> {
  const out = new Set<number>();
  roles.forEach((r, k) => {
    if (r.kind !== "tweet_signature" || r.sigStart > lines[k]!.start) return;
    let j = k - 1;
    for (let above = roles[j]; above?.kind === "chrome" && above.seg === "caption"; above = roles[j]) j--;
    const kind = roles[j]?.kind;
    if ((kind === "prose" || kind === "pic") && lines[j]!.end - lines[j]!.start <= TWEET_MAX_CHARS) out.add(j);
  });
  return out;
}

/** The lines under a bare "ये भी पढ़ें:" heading, up to a blank line: short, unpunctuated headlines. */
function alsoReadRuns(text: string, lines: Line[], roles: LineRole[]): Set<number> {
  const out = new Set<number>();
  roles.forEach((r, k) => {
    if (r.kind !== "also_read_heading") return;
    for (let j = k + 1; j < lines.length && j <= k + ALSO_READ_RUN_MAX_LINES; j++) {
      const l = lines[j]!;
      if (l.blankBefore && j > k + 1) break;
      if (roles[j]!.kind !== "prose" || l.end - l.start > ALSO_READ_RUN_MAX_CHARS) break;
      if (endsTerminated(text, l.start, l.end)) break;
      out.add(j);
    }
  });
  return out;
}

/** A headline is one short sentence without a full stop; a long line, or one of several sentences, is body. */
function isBodyLine(text: string, l: Line): boolean {
  return (
    l.end - l.start > HEADLINE_MAX_CHARS ||
    endsWithFullStop(text, l.start, l.end) ||
    splitSentences(text, l.start, l.end).sentences.length > 1
  );
}

function planLines(text: string, lines: Line[]): LinePlan {
  const roles = lines.map((l) => classifyLine(text, l));
  markBylineNames(text, lines, roles);
  const tweetText = tweetTextLines(lines, roles);
  const alsoReadRun = alsoReadRuns(text, lines, roles);

  // headlines: the short prose lines before the first body line (chrome lines in between skipped), only when
  // a punctuated body follows: a one-line or unpunctuated text is all paragraphs. A line that is only a place and
  // a date ("भोपाल, 21 मई 2019") is the dateline; one that ends in a photo credit is a caption.
  const headlines = new Set<number>();
  let datelineLine = -1;
  let k = 0;
  for (; k < lines.length && headlines.size < HEADLINE_MAX_LINES; k++) {
    const r = roles[k]!;
    if (r.kind === "pic" || r.kind === "tweet_signature" || tweetText.has(k)) break;
    if (r.kind !== "prose" || alsoReadRun.has(k)) continue;
    const l = lines[k]!;
    if (isBodyLine(text, l) || trailingCredit(text, l.start, l.end)) break;
    if (datelineLine < 0 && isDatelinePrefix(text, l.start, l.end, true)) datelineLine = k;
    else headlines.add(k);
  }
  let bodyFollows = false;
  for (let j = k; j < lines.length && !bodyFollows; j++) {
    bodyFollows = roles[j]!.kind === "prose" && !headlines.has(j) && isBodyLine(text, lines[j]!);
  }
  if (!bodyFollows) headlines.clear();
  return { roles, tweetText, alsoReadRun, headlines, datelineLine };
}

/** Fill doc.segments: blocks and, inside prose blocks, sentences, in text order (offsets in the normalised text). */
export function segment(doc: Doc): void {
  const text = doc.text;
  const lines = blocksOfLines(text);
  const { roles, tweetText, alsoReadRun, headlines, datelineLine } = planLines(text, lines);

  const headlineKeys = new Set([...headlines].map((j) => headlineKey(text, lines[j]!)));
  // a repeated headline, like the headline, has no full stop
  const isRepeatedHeadline = (l: Line) =>
    headlineKeys.size > 0 &&
    l.end - l.start <= HEADLINE_MAX_CHARS &&
    !endsWithFullStop(text, l.start, l.end) &&
    headlineKeys.has(headlineKey(text, l));

  let lastProse = -1;
  roles.forEach((r, j) => {
    if (r.kind !== "chrome" && r.kind !== "also_read_heading" && !alsoReadRun.has(j)) lastProse = j;
  });
  const proseLines = roles.filter((r, j) => r.kind === "prose" && !headlines.has(j) && !alsoReadRun.has(j)).length;

  const out = new Emitter(text);
  let paragraphs = 0;
  let datelineFound = datelineLine >= 0;
  for (let j = 0; j < lines.length; j++) {
    const l = lines[j]!;
    const role = roles[j]!;
    if (j === datelineLine) {
      out.block(l.start, l.end, "dateline", "dateline.line");
    } else if (role.kind === "chrome") {
      out.block(l.start, l.end, role.seg, role.rule);
    } else if (role.kind === "also_read_heading" || alsoReadRun.has(j)) {
      out.block(l.start, l.end, "also_read", role.kind === "also_read_heading" ? role.rule : "also_read.list");
    } else if (role.kind === "tweet_signature") {
      // text, link and signature on one line; a long text before the signature is a paragraph quoting a tweet
      let te = role.sigStart;
      while (te > l.start && isSpace(text[te - 1])) te--;
      if (te - l.start > TWEET_MAX_CHARS) {
        const ctx = { lookForDateline: false, nextLineStart: role.sigStart, atTextEnd: false, proseLines };
        paragraphLine(out, text, { ...l, end: te }, ctx);
      } else if (te > l.start) tweetLine(out, text, l.start, te);
      out.block(role.sigStart, l.end, "tweet", role.rule);
    } else if (tweetText.has(j) || role.kind === "pic") {
      tweetLine(out, text, l.start, l.end);
    } else if (headlines.has(j) || isRepeatedHeadline(l)) {
      const rule = headlines.has(j) ? "headline" : "headline.repeated";
      out.prose(l.start, l.end, "headline", rule, splitSentences(text, l.start, l.end).sentences);
    } else {
      const next = lines[j + 1];
      const outcome = paragraphLine(out, text, l, {
        lookForDateline: !datelineFound && paragraphs < DATELINE_MAX_PARAGRAPH,
        nextLineStart: next ? next.start : -1,
        atTextEnd: j >= lastProse,
        proseLines,
      });
      if (outcome === "dateline") datelineFound = true;
      if (outcome !== "caption") paragraphs++;
    }
  }
  doc.segments = out.segments;
}

/** Tweet text (with sentences), and its pic.twitter.com link as a caption. */
function tweetLine(out: Emitter, text: string, start: number, end: number): void {
  const pic = TWEET_PIC.exec(text.slice(start, end));
  let te = pic ? start + pic.index : end;
  while (te > start && isSpace(text[te - 1])) te--;
  if (te > start) out.prose(start, te, "tweet", "tweet.text", splitSentences(text, start, te).sentences);
  if (pic) {
    const ps = start + pic.index;
    const pe = ps + pic[0].length;
    out.block(ps, pe, "caption", "tweet.pic");
    let rs = pe;
    while (rs < end && isSpace(text[rs])) rs++;
    if (rs < end) out.prose(rs, end, "tweet", "tweet.text", splitSentences(text, rs, end).sentences);
  }
}

interface ParagraphContext {
  lookForDateline: boolean;
  nextLineStart: number;
  /** no prose follows this line */
  atTextEnd: boolean;
  proseLines: number;
}

/** What a body line turned out to hold. */
type LineOutcome = "caption" | "dateline" | "prose";

/** A body line: dateline, prose with sentences, and what may be glued to it. */
function paragraphLine(out: Emitter, text: string, l: Line, ctx: ParagraphContext): LineOutcome {
  let cs = l.start;
  let ce = l.end;
  let found = false;

  // a photo credit closing the line: "(Representative photo)", "(Photo: X via Getty Images)". A short line that
  // ends so is a caption as a whole (its own "NEW DELHI, INDIA - DECEMBER 12:" is not the story's dateline).
  const credit = trailingCredit(text, cs, ce);
  if (credit) {
    let re = credit.start;
    while (re > cs && isSpace(text[re - 1])) re--;
    const before = re - cs;
    const wholeCaption =
      before === 0 ||
      (before <= CAPTION_MAX_CHARS &&
        ctx.proseLines >= CAPTION_MIN_DOC_PARAGRAPHS &&
        splitSentences(text, cs, re).sentences.length <= 1);
    if (wholeCaption) {
      out.block(cs, ce, "caption", "caption.credited");
      return "caption";
    }
    ce = re;
  }

  if (ctx.lookForDateline && !startsWithAlsoRead(text, cs, ce)) {
    const d = findDateline(text, cs, ce);
    if (d) {
      if (d.start > cs) {
        out.prose(cs, d.headlineEnd, "headline", "headline.glued", splitSentences(text, cs, d.headlineEnd).sentences);
      }
      out.block(d.start, d.end, "dateline", "dateline");
      cs = d.end;
      while (cs < ce && isSpace(text[cs])) cs++;
      found = true;
    }
  }

  // prose, interrupted by "Also read: ..." pointers glued in after a sentence (or opening the line); a pointer runs
  // to the end of its first sentence, since scraped pages glue the next paragraph straight after the headline
  for (let start = cs; start < ce; ) {
    const { sentences, cut } = splitSentences(text, start, ce, true);
    const lastPiece = cut < 0;
    let proseEnd = lastPiece ? ce : cut;
    let tail: { seg: SegmentKind; rule: string; s: Sentence } | undefined;
    if (lastPiece && !credit) {
      const last = sentences[sentences.length - 1];
      if (last && !last.terminated && bylineTail(text, last)) tail = { seg: "byline", rule: "byline.glued", s: last };
      else if (isGluedHeadline(text, sentences, ctx.nextLineStart, ctx.atTextEnd)) {
        tail = { seg: "distractor", rule: "glued_headline", s: last! };
      }
      if (tail) {
        sentences.pop();
        proseEnd = sentences.length > 0 ? sentences[sentences.length - 1]!.end : start;
      }
    }
    while (proseEnd > start && isSpace(text[proseEnd - 1])) proseEnd--;
    out.prose(start, proseEnd, "paragraph", "paragraph", sentences);
    if (tail) out.block(tail.s.start, tail.s.end, tail.seg, tail.rule);
    if (lastPiece) break;
    const pointer = splitSentences(text, cut, ce).sentences[0];
    const pointerEnd = pointer ? pointer.end : ce;
    out.block(cut, pointerEnd, "also_read", "also_read.inline");
    start = pointerEnd;
    while (start < ce && isSpace(text[start])) start++;
  }
  if (credit) out.block(credit.start, credit.end, "caption", "caption.credit");
  return found ? "dateline" : "prose";
}
