// Tokens of the normalised text with sentence numbers: the unit every cue and name rule works on.

import { HI_TRANSLIT } from "../locales/hi/people.js";

export type TokenType = "deva" | "latin" | "num" | "punct";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** matching key: Latin lower-cased, everything else as written (the text is already normalised) */
  key: string;
  type: TokenType;
  /** sentence number (0-based) */
  sent: number;
  /** a line break separates this token from the previous one */
  nl: boolean;
}

// Devanagari letters and signs (not the danda U+0964/U+0965), Latin words, numbers, any other single character.
const TOKEN = /[\u0900-\u0963\u0970-\u097F]+|[A-Za-z]+|\d+(?:[.,:]\d+)*|\S/g;

/** abbreviations whose full stop does not end a sentence */
const ABBREV = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "smt",
  "sri",
  "shri",
  "st",
  "no",
  "nos",
  "rs",
  "sr",
  "jr",
  "insp",
  "addl",
  "dy",
  "vs",
  "prof",
  "adv",
  "capt",
  "col",
  "lt",
  "gen",
  "md",
  "mohd",
  "er",
  "govt",
  "dist",
  "co",
  "u",
  "s",
]);

/** Devanagari abbreviations written with a full stop: डॉ. (Dr), स्व. (late), मो. (Mohammad) */
const DEVA_ABBREV = new Set(["डॉ", "डा", "स्व", "मो", "श्री"]);

function typeOf(t: string): TokenType {
  const c = t.charCodeAt(0);
  if (c >= 0x0900 && c <= 0x097f) return "deva";
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return "latin";
  if (c >= 48 && c <= 57) return "num";
  return "punct";
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let sent = 0;
  let lastEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const s = m[0];
    const type = typeOf(s);
    const nl = text.slice(lastEnd, m.index).includes("\n");
    const prev = out[out.length - 1];
    if (prev && (nl || endsSentence(out, s))) sent++;
    out.push({
      start: m.index,
      end: m.index + s.length,
      text: s,
      key: type === "latin" ? s.toLowerCase() : s,
      type,
      sent,
      nl,
    });
    lastEnd = m.index + s.length;
  }
  return out;
}

/** does the last token pushed close a sentence, given the next token's text? */
function endsSentence(out: Token[], next: string): boolean {
  const last = out[out.length - 1]!;
  const t = last.text;
  if (t === "।" || t === "?" || t === "!") return true;
  if (t !== ".") return false;
  const before = out[out.length - 2];
  // "S.", "Dr.", "M." are initials and titles, not ends of sentences
  if (before && before.type === "latin" && (before.text.length === 1 || ABBREV.has(before.key))) return false;
  if (
    before &&
    before.type === "deva" &&
    (HI_TRANSLIT.letterNames[before.text] !== undefined || DEVA_ABBREV.has(before.text))
  )
    return false;
  const c = next.charCodeAt(0);
  // a lower-case word or a digit continues the sentence ("Rs. 500", "approx. two")
  if (c >= 97 && c <= 122) return false;
  return true;
}
