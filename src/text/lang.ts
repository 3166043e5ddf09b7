// Language of a piece of text, from one pass over its characters.
//
// What decides it, in order:
// - script: letters are counted as Devanagari, Latin or "other" (a script Mukti does not read: Tamil, Bengali,
//   Arabic, Cyrillic, CJK...). No letters at all is "none".
// - Devanagari text is "mixed" when it carries English the way code-mixed Hindi news does: several "(English)"
//   glosses right after Devanagari words, or a large share of Latin words. Short all-capital Latin words (SP, FIR,
//   AHTU) do not count: Hindi news writes police acronyms that way and is still plain Hindi.
// - Latin text is "mixed" when it is romanized Hindi (Hinglish): its function words ("ne", "ko", "ke", "mein",
//   "kiya") outweigh English ones. The word lists live in the locale folders (latinSignals).
import type { Doc } from "../core/document.js";
import type { Lang, Segment, SegmentKind } from "../core/types.js";
import { EN_SEGMENT } from "../locales/en/segment.js";
import { HI_SEGMENT } from "../locales/hi/segment.js";
import { localeParts } from "../locales/registry.js";
import type { SegmentLexicon } from "./segment.js";
import { WordMap } from "./wordset.js";

export type DetectedLang = Lang | "other" | "none";

/** Three or more "(English)" glosses after Devanagari words make a text code-mixed... */
export const MIXED_MIN_GLOSSES = 3;
/** ...when they are dense enough (per 100 Devanagari words) to be the writer's habit, not one borrowed name. */
export const MIXED_GLOSSES_PER_100_WORDS = 1.5;
/** Devanagari text whose words are this share Latin (acronyms excluded) is code-mixed even without parentheses. */
export const MIXED_LATIN_WORD_SHARE = 0.08;
/** Latin text with this share of Devanagari letters (a Hindi quote, a Hindi clause) is mixed, not English. */
export const MIXED_DEVANAGARI_LETTER_SHARE = 0.2;
/** All-capital Latin words up to this length are acronyms (SP, SSP, AHTU, POCSO), not English words. */
export const ACRONYM_MAX_LENGTH = 5;
/** Romanized Hindi needs this many of its function words when English function words are present too... */
export const HINGLISH_MIN_SIGNALS = 2;
/** ...and at least this many per English function word (Hinglish borrows "for", "with" now and then). */
export const HINGLISH_PER_ENGLISH_SIGNAL = 0.5;
/** Function-word lookups only for words this short: every function word is shorter, and it saves allocation. */
const SIGNAL_MAX_LENGTH = 8;

/**
 * The locales whose segmentation and language cues apply (segment.ts reads them from here). Adding a language =
 * adding its folder and one entry here.
 */
export const SEGMENT_LOCALES: readonly SegmentLexicon[] = localeParts("segment");

const HINGLISH = 1;
const ENGLISH = 2;
// Latin-script function words of romanized Hindi (Hinglish) and of English, in one table, Hinglish first: a word
// in both counts as Hinglish (the first value listed stays; case is folded by the table)
const SIGNALS = new WordMap<number>([
  ...HI_SEGMENT.latinSignals.map((w) => [w, HINGLISH] as const),
  ...EN_SEGMENT.latinSignals.map((w) => [w, ENGLISH] as const),
]);

/** HINGLISH, ENGLISH or 0 for the word text[start, end) (a word in both lists counts as Hinglish) */
function signalOf(text: string, start: number, end: number): number {
  return SIGNALS.get(text, start, end) ?? 0;
}

/** Letter and word counts of a text; additive, so a document's counts are the sum of its segments'. */
export interface LangCounts {
  deva: number;
  latin: number;
  other: number;
  devaWords: number;
  /** Latin words that are not acronyms */
  latinWords: number;
  /** "(English)" directly after a Devanagari word */
  glosses: number;
  hinglishSignals: number;
  englishSignals: number;
}

export function emptyLangCounts(): LangCounts {
  return {
    deva: 0,
    latin: 0,
    other: 0,
    devaWords: 0,
    latinWords: 0,
    glosses: 0,
    hinglishSignals: 0,
    englishSignals: 0,
  };
}

const NONE = 0;
const DEVA = 1;
const LATIN = 2;
const OTHER = 3;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function scriptOf(code: number, text: string, i: number): number {
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? LATIN : NONE;
  }
  if (code >= 0x0900 && code <= 0x097f) {
    // dandas (U+0964/5) and Devanagari digits (U+0966..F) are punctuation and numbers, not letters
    return code === 0x0964 || code === 0x0965 || (code >= 0x0966 && code <= 0x096f) || code === 0x0970 ? NONE : DEVA;
  }
  if (code >= 0xa8e0 && code <= 0xa8ff) return DEVA;
  if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) {
    return LATIN;
  }
  if (code < 0x0370 || (code >= 0x2000 && code <= 0x2bff)) return NONE; // symbols, punctuation, arrows, emoji-ish
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(i) ?? code;
    return LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? OTHER : NONE; // CJK extensions yes, emoji no
  }
  return LETTER_OR_MARK.test(text[i]!) ? OTHER : NONE;
}

/** Add the counts `b` into `a`. */
export function addLangCounts(a: LangCounts, b: LangCounts): LangCounts {
  a.deva += b.deva;
  a.latin += b.latin;
  a.other += b.other;
  a.devaWords += b.devaWords;
  a.latinWords += b.latinWords;
  a.glosses += b.glosses;
  a.hinglishSignals += b.hinglishSignals;
  a.englishSignals += b.englishSignals;
  return a;
}

/** Add the counts of text[start, end) to `into` (a new object when absent) and return it. */
export function countLang(text: string, start = 0, end = text.length, into = emptyLangCounts()): LangCounts {
  const c = into;
  let wordStart = -1;
  let wordScript = NONE;
  let upper = 0;
  let lastLetterScript = NONE; // script of the last letter seen, across spaces (for glosses)
  const closeWord = (at: number) => {
    if (wordScript === DEVA) c.devaWords++;
    else if (wordScript === LATIN) {
      const len = at - wordStart;
      const acronym = upper === len && len >= 2 && len <= ACRONYM_MAX_LENGTH;
      if (!acronym) c.latinWords++;
      if (len <= SIGNAL_MAX_LENGTH) {
        const kind = signalOf(text, wordStart, at);
        if (kind === HINGLISH) c.hinglishSignals++;
        else if (kind === ENGLISH) c.englishSignals++;
      }
    }
    wordStart = -1;
    wordScript = NONE;
    upper = 0;
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const s = scriptOf(code, text, i);
    if (s === NONE) {
      if (code >= 0xdc00 && code <= 0xdfff) continue; // low surrogate: counted with its high half
      if (wordStart >= 0) closeWord(i);
      if (code === 0x28 /* ( */ && lastLetterScript === DEVA) {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === 0x20) j++;
        if (j < end && scriptOf(text.charCodeAt(j), text, j) === LATIN) c.glosses++;
      }
      continue;
    }
    if (s === DEVA) c.deva++;
    else if (s === LATIN) c.latin++;
    else c.other++;
    if (wordStart >= 0 && s !== wordScript) closeWord(i);
    if (wordStart < 0) {
      wordStart = i;
      wordScript = s;
    }
    if (s === LATIN && code >= 0x41 && code <= 0x5a) upper++;
    lastLetterScript = s;
  }
  if (wordStart >= 0) closeWord(end);
  return c;
}

/** The language that counts describe. */
export function decideLang(c: LangCounts): DetectedLang {
  const known = c.deva + c.latin;
  if (known + c.other === 0) return "none";
  if (c.other > known) return "other";
  if (c.deva >= c.latin) {
    const words = c.devaWords + c.latinWords;
    const glossDense =
      c.glosses >= MIXED_MIN_GLOSSES && (100 * c.glosses) / Math.max(1, c.devaWords) >= MIXED_GLOSSES_PER_100_WORDS;
    const latinHeavy = words > 0 && c.latinWords / words >= MIXED_LATIN_WORD_SHARE;
    return glossDense || latinHeavy ? "mixed" : "hi";
  }
  if (c.deva / known >= MIXED_DEVANAGARI_LETTER_SHARE) return "mixed";
  const hi = c.hinglishSignals;
  const en = c.englishSignals;
  const hinglish = en === 0 ? hi >= 1 : hi >= HINGLISH_MIN_SIGNALS && hi >= HINGLISH_PER_ENGLISH_SIGNAL * en;
  return hinglish ? "mixed" : "en";
}

export function detectLang(text: string): DetectedLang {
  return decideLang(countLang(text));
}

/**
 * Whether Mukti reads the text's script: "none" (no letters), "other" (more letters of other scripts than of
 * Devanagari and Latin together) or "read" — what detectLang would say about the script, from letters alone.
 */
export function detectScript(text: string): "none" | "other" | "read" {
  let known = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII other than letters is never a letter (the common case, decided without a call)
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) known++;
      continue;
    }
    const s = scriptOf(code, text, i);
    if (s === DEVA || s === LATIN) known++;
    else if (s === OTHER) other++;
  }
  if (known + other === 0) return "none";
  return other > known ? "other" : "read";
}

/** Counts of a sentence segment, kept by the segmenter (which counts every sentence for its language). */
const SENTENCE_COUNTS = new WeakMap<Segment, LangCounts>();
export function rememberCounts(sentence: Segment, counts: LangCounts): void {
  SENTENCE_COUNTS.set(sentence, counts);
}

/** Blocks whose sentences are the report's own prose; captions, bylines, tweets and site chrome are not. */
const BODY_BLOCKS: ReadonlySet<SegmentKind> = new Set(["headline", "paragraph"]);

/**
 * The document's language for the record: counts over the sentences of its headline and paragraphs (so an
 * English photo caption or an embedded tweet does not decide a Hindi report), or over the whole text when the
 * document has not been segmented. A text in a script Mukti does not read gets the script it has most of.
 */
export function docLang(doc: Doc): Lang {
  const text = doc.text;
  const c = emptyLangCounts();
  const blocks = doc.segments.filter((s) => s.kind !== "sentence");
  let counted = false;
  for (const s of doc.segments) {
    if (s.kind !== "sentence" || s.paragraph === undefined) continue;
    const block = blocks[s.paragraph];
    if (!block || !BODY_BLOCKS.has(block.kind)) continue;
    const known = SENTENCE_COUNTS.get(s);
    if (known) addLangCounts(c, known);
    else countLang(text, s.start, s.end, c);
    counted = true;
  }
  if (!counted) countLang(text, 0, text.length, c);
  const lang = decideLang(c);
  if (lang === "other" || lang === "none") return c.deva > c.latin ? "hi" : "en";
  return lang;
}
