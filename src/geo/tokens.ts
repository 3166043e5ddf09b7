// Tokens and keys for place matching. A name and the text are cut into the same tokens and folded the same way, so
// matching is a lookup of folded token sequences: one pass, no regular expression per name.
//
// Word boundaries: JavaScript's \b knows nothing of Devanagari, so a token is a maximal run of characters of one
// script class (Latin letters and digits, or Devanagari letters and signs). "कानपुर के" is two tokens; so is
// "Kanpur's" ("Kanpur", "s"). A Devanagari sign (matra, virama, anusvara) never ends a token, so "बिहारशरीफ" does not
// contain the token "बिहार".
//
// Folding (applied to names and text alike, after the text normaliser has dropped nukta and chandrabindu):
// Latin lowercased; Devanagari ढ → ड (सिलीगुढ़ी / सिलीगुड़ी), ॉ → ो and ऑ → ओ, and a nasal consonant + virama before a
// consonant → anusvara (झारखण्ड / झारखंड, चम्पारण / चंपारण). Keys of multi-token names are the folded tokens joined
// with nothing, so "उत्तरप्रदेश" and "उत्तर प्रदेश", "Biharsharif" and "Bihar Sharif" meet at one key.

export const SEP = 0;
export const LATIN = 1;
export const DEVA = 2;
export const OTHER = 3;

const OTHER_LETTER = /[\p{L}\p{M}\p{N}]/u;

/** The script class of a UTF-16 code unit. */
export function charClass(code: number): number {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? LATIN : SEP;
  }
  if (code >= 0x0900 && code <= 0x097f) {
    // danda, double danda and the abbreviation sign end words
    return code === 0x0964 || code === 0x0965 || code === 0x0970 ? SEP : DEVA;
  }
  if (code < 0xc0) return SEP;
  return OTHER_LETTER.test(String.fromCharCode(code)) ? OTHER : SEP;
}

export interface Token {
  start: number;
  end: number;
  cls: number;
  /** folded form */
  key: string;
}

const VIRAMA = 0x094d;
const NASALS = new Set([0x0919, 0x091e, 0x0923, 0x0928, 0x092e]); // ङ ञ ण न म
const isConsonant = (c: number) => c >= 0x0915 && c <= 0x0939;

/** Fold one token's text (already normalised). */
export function foldToken(s: string, cls: number): string {
  if (cls === LATIN) return s.toLowerCase();
  if (cls !== DEVA) return s.toLowerCase();
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (NASALS.has(c) && s.charCodeAt(i + 1) === VIRAMA && isConsonant(s.charCodeAt(i + 2))) {
      out += "\u0902";
      i++;
      continue;
    }
    if (c === 0x0922) out += "\u0921";
    else if (c === 0x0949) out += "\u094b";
    else if (c === 0x0911) out += "\u0913";
    else out += s[i];
  }
  return out;
}

/** Cut a (normalised) text into tokens. */
export function tokenize(text: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === SEP) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && charClass(text.charCodeAt(j)) === cls) j++;
    toks.push({ start: i, end: j, cls, key: foldToken(text.slice(i, j), cls) });
    i = j;
  }
  return toks;
}

/**
 * The separators allowed between two tokens of one name: a space, a hyphen, an ampersand (with or without spaces),
 * and a full stop after an initial ("U.P.", "G.B. Road"). Anything else (a comma, a line break) ends a name.
 */
const DIGITS = /^[0-9]+$/;

export function joinable(text: string, prev: Token, next: Token): boolean {
  // numbers join names of either script: "उत्तर 24 परगना", "North 24 Parganas"
  if (prev.cls !== next.cls && !DIGITS.test(prev.key) && !DIGITS.test(next.key)) return false;
  const gap = next.start - prev.end;
  if (gap === 1) {
    const c = text.charCodeAt(prev.end);
    if (c === 0x20 || c === 0x2d || c === 0x26) return true; // " " "-" "&"
    return c === 0x2e && prev.end - prev.start === 1; // "U.P"
  }
  if (gap === 2) {
    const g = text.slice(prev.end, next.start);
    if (g === ". ") return prev.end - prev.start === 1;
    return g === "- " || g === " -" || g === "& " || g === " &";
  }
  if (gap === 3) {
    const g = text.slice(prev.end, next.start);
    return g === " - " || g === " & ";
  }
  return false;
}

/** How a Latin token of a name must be written in the text. */
export const CASE_ANY = "0"; // a lowercase connector inside a name: "Dehri-on-Sone"
export const CASE_CAP = "1"; // Capitalised (or all capitals)
export const CASE_UPPER = "2"; // all capitals: an acronym ("UP", "J&K")

export function casePattern(tokenText: string, connectors: ReadonlySet<string>): string {
  const first = tokenText.charCodeAt(0);
  const isUpper = (c: number) => c >= 65 && c <= 90;
  if (isUpper(first)) {
    if (tokenText.length >= 2 && tokenText === tokenText.toUpperCase() && /[A-Z]/.test(tokenText)) return CASE_UPPER;
    if (tokenText.length === 1) return CASE_UPPER;
    return CASE_CAP;
  }
  if (connectors.has(tokenText)) return CASE_ANY;
  return CASE_CAP;
}

/** Does a Latin token of the text satisfy a case pattern? */
export function caseOk(tokenText: string, pattern: string): boolean {
  if (pattern === CASE_ANY) return true;
  const first = tokenText.charCodeAt(0);
  if (first >= 48 && first <= 57) return true; // "24 Parganas"
  if (!(first >= 65 && first <= 90)) return false;
  if (pattern === CASE_CAP) return true;
  return tokenText === tokenText.toUpperCase();
}
