// Devanagari → newspaper-style Latin for person names ("कल्पना गुप्ता" → "Kalpana Gupta").
//
// Why not a scholarly scheme (IAST, ISO 15919): those keep every inherent vowel ("Kalapanā") and mark length with
// diacritics; Indian newspapers drop the schwa where Hindi speakers drop it, write long vowels as plain letters and
// follow a few fixed spellings (Singh, Mohammad). The algorithm is: split a word into aksharas, decide which
// inherent vowels are silent (schwa deletion), then spell each akshara from the tables in the Hindi locale.
//
// Input should be the ORIGINAL text (doc.originalSlice): normalisation drops the nukta, and ड़ (r) vs ड (d) or
// ज़ (z) vs ज (j) changes the spelling.

import type { NameStyle } from "../locales/hi/names.js";
import { HI_TRANSLIT as T, type TranslitStyle } from "../locales/hi/people.js";

interface Akshara {
  /** Latin for the consonant cluster head (one consonant); "" for an independent vowel */
  cons: string;
  /** the Devanagari consonant (for context rules), "" for an independent vowel */
  consDev: string;
  /** "a" = inherent vowel, "" = virama (joins the next consonant), else the vowel sign's Latin */
  vowel: string;
  /** true when the vowel is the inherent schwa (deletable) */
  schwa: boolean;
  /** anusvara/chandrabindu follows */
  nasal: boolean;
  /** visarga follows */
  visarga: boolean;
}

const VIRAMA = "\u094D";
const NUKTA = "\u093C";
const ANUSVARA = "\u0902";
const CHANDRABINDU = "\u0901";
const VISARGA = "\u0903";
// the anusvara before them is "m" (चंपा → Champa); not before म, where it is "n" (शंमुगम → Shanmugam)
const LABIALS = new Set(["प", "फ", "ब", "भ"]);
const DEVANAGARI_WORD = /[\u0900-\u097F]+/g;

/** Split one Devanagari word into aksharas. Unknown code points are skipped (they are rare punctuation). */
function parse(word: string, style: TranslitStyle = HINDI): Akshara[] {
  const letters = style.letters;
  const out: Akshara[] = [];
  for (let i = 0; i < word.length; i++) {
    let ch = word[i]!;
    // a consonant followed by the combining nukta is the same letter as the precomposed nukta form
    if (word[i + 1] === NUKTA && T.nuktaOf[ch]) {
      ch = T.nuktaOf[ch]!;
      i++;
    }
    const plain = T.consonants[ch];
    const cons = plain === undefined ? undefined : (letters[ch] ?? plain);
    if (cons !== undefined) {
      out.push({ cons, consDev: ch, vowel: "a", schwa: true, nasal: false, visarga: false });
      continue;
    }
    const last = out[out.length - 1];
    const sign = T.vowelSigns[ch] === undefined ? undefined : (letters[ch] ?? T.vowelSigns[ch]);
    if (sign !== undefined) {
      if (last?.consDev && last.schwa) {
        last.vowel = sign;
        last.schwa = false;
      }
      continue;
    }
    if (ch === VIRAMA) {
      if (last?.consDev) {
        last.vowel = "";
        last.schwa = false;
      }
      continue;
    }
    if (ch === ANUSVARA || ch === CHANDRABINDU) {
      if (last) last.nasal = true;
      continue;
    }
    if (ch === VISARGA) {
      if (last) last.visarga = true;
      continue;
    }
    const indep = T.vowels[ch] === undefined ? undefined : (letters[ch] ?? T.vowels[ch]);
    if (indep !== undefined) {
      out.push({ cons: "", consDev: "", vowel: indep, schwa: false, nasal: false, visarga: false });
    }
  }
  return out;
}

/** does akshara k end in a pronounced vowel (inherent or written)? */
function voiced(a: Akshara | undefined, deleted: boolean[], k: number): boolean {
  if (!a) return false;
  if (a.vowel === "") return false;
  if (a.schwa && deleted[k]) return false;
  return true;
}

/**
 * Schwa deletion (after Narasimhan et al. 2004, simplified): the word-final schwa is silent unless it ends a
 * consonant cluster that Hindi pronounces with it (सुरेंद्र → Surendra, कृष्ण → Krishna, but आनन्द → Anand,
 * सिद्धार्थ → Siddharth: see finalClusterKeepsVowel); a medial schwa is silent in the context V C _ C V, scanning right to left so that two
 * neighbouring schwas are never both dropped (रणजीत → Ranjit, कल्पना → Kalpana).
 */
function deleteSchwas(ak: Akshara[], style: TranslitStyle): boolean[] {
  const n = ak.length;
  const deleted = new Array<boolean>(n).fill(false);
  if (n < 2) return deleted;
  const last = ak[n - 1]!;
  if (last.schwa && !last.nasal) {
    const prev = ak[n - 2]!;
    const inCluster = prev.consDev !== "" && prev.vowel === "";
    const keeps =
      (inCluster && (style.finalVowelAfterCluster || T.finalClusterKeepsVowel(prev.consDev, last.consDev))) ||
      (style.finalVowelAfterCluster && prev.nasal && prev.vowel === "a");
    if (!keeps) deleted[n - 1] = true;
  }
  for (let k = n - 2; k >= 0; k--) {
    const a = ak[k]!;
    if (!a.schwa || a.nasal || a.visarga) continue;
    if (k === 0) continue;
    const prev = ak[k - 1]!;
    if (style.keepMedialVowels && !(T.codaLiquids.includes(a.consDev) && prev.vowel !== "a")) continue;
    const next = ak[k + 1]!;
    // V C _ : the previous akshara must end in an open vowel (not the first half of a cluster, not closed by a
    // nasal: शांतनु → Shantanu)
    if (!voiced(prev, deleted, k - 1) || prev.nasal) continue;
    // _ C V : the next akshara must be a consonant carrying a pronounced vowel
    if (next.consDev === "") continue;
    if (!voiced(next, deleted, k + 1) && !syllableOnset(ak, deleted, k + 1)) continue;
    deleted[k] = true;
  }
  return deleted;
}

/**
 * Do aksharas k, k+1 form a cluster that can open a syllable (a stop + र/य/व: प्र, क्र, श्य)? Compound names
 * drop the schwa before it (ओमप्रकाश → Omprakash, हरप्रीत → Harpreet, घनश्याम → Ghanshyam), while a cluster
 * that cannot open one keeps it (कल्पना → Kalpana, where the schwa follows the cluster anyway).
 */
function syllableOnset(ak: Akshara[], deleted: boolean[], k: number): boolean {
  const first = ak[k]!;
  const second = ak[k + 1];
  if (first.vowel !== "" || second === undefined) return false;
  return (
    T.onsetSecond.includes(second.consDev) && !T.onsetSecond.includes(first.consDev) && voiced(second, deleted, k + 1)
  );
}

function isLabial(a: Akshara | undefined): boolean {
  return a !== undefined && LABIALS.has(a.consDev);
}

const HINDI = T.styles.hindi;

const PLAIN_OF = new Map(Object.entries(T.nuktaOf).map(([plain, dotted]) => [dotted, plain]));

/** the word without nukta (precomposed or combining): the key under which lexicon spellings also meet */
function withoutNukta(word: string): string {
  let out = "";
  for (const ch of word) if (ch !== NUKTA) out += PLAIN_OF.get(ch) ?? ch;
  return out;
}

/**
 * Per style, every spelling fixed by convention in one Map (the style's own tables first, then the general one),
 * each also under its key without nukta: typists write फ़ैज़ान and फैजान for one name.
 */
const FIXED = new Map<TranslitStyle, Map<string, string>>(
  Object.values(T.styles).map((style) => {
    const m = new Map<string, string>();
    for (const table of [...style.spellings, T.spellings]) {
      for (const [word, latin] of Object.entries(table)) if (!m.has(word)) m.set(word, latin);
    }
    for (const [word, latin] of [...m]) if (!m.has(withoutNukta(word))) m.set(withoutNukta(word), latin);
    return [style, m];
  }),
);

/** a spelling fixed by convention for this word in this style, if any */
function fixedSpelling(word: string, style: TranslitStyle): string | undefined {
  const m = FIXED.get(style)!;
  return m.get(word) ?? m.get(withoutNukta(word));
}

/** Spell one Devanagari word (no spaces), in Hindi newspaper style unless another style is named. */
export function transliterateWord(word: string, styleName: NameStyle = "hindi"): string {
  const style = T.styles[styleName];
  const fixed = fixedSpelling(word, style);
  if (fixed !== undefined) return fixed;
  const ak = parse(word, style);
  if (ak.length === 0) return "";
  const deleted = deleteSchwas(ak, style);
  // a word written with an Urdu letter (क़ ख़ ग़ ज़ फ़) is Perso-Arabic, where व is "w" (फ़वाद → Fawad, वक़ार → Waqar)
  const urdu = style.urduWords && ak.some((a) => a.consDev !== "" && T.urduLetters.includes(a.consDev));
  let s = "";
  for (let k = 0; k < ak.length; k++) {
    const a = ak[k]!;
    let cons = a.cons;
    // व after a consonant in a cluster is "w" in every style (द्विवेदी → Dwivedi, स्वपन → Swapan), but not after
    // र or ल (पार्वती → Parvati, सेल्वम → Selvam)
    const before = k > 0 ? ak[k - 1]! : undefined;
    if (
      a.consDev === "व" &&
      (urdu || (before?.vowel === "" && before.consDev !== "" && !"रल".includes(before.consDev)))
    ) {
      cons = "w";
    }
    const silent = a.vowel === "" || (a.schwa && deleted[k]);
    if (k === ak.length - 1 && silent) cons = style.lettersAtEnd[a.consDev] ?? cons;
    s += cons;
    if (!silent) s += a.vowel;
    if (a.nasal) s += isLabial(ak[k + 1]) ? "m" : "n";
    if (a.visarga) s += "h";
  }
  for (const [re, rep] of style.rewrites) s = s.replace(re, rep);
  for (const [re, rep] of T.wordRewrites) s = s.replace(re, rep);
  return s;
}

function capitalise(w: string): string {
  return w.length === 0 ? w : w[0]!.toUpperCase() + w.slice(1);
}

/** "पीके", "एसके", "आरएस": a word made only of English letter names, spelled as the letters ("PK", "RS") */
export function fusedInitials(word: string): string | null {
  let rest = word;
  let out = "";
  while (rest.length > 0) {
    const l = LETTER_NAMES.find((x) => rest.startsWith(x));
    if (!l) return null;
    out += T.letterNames[l];
    rest = rest.slice(l.length);
  }
  return out.length >= 2 ? out : null;
}

const ABBREVIATED = new RegExp(
  `(?<![\\u0900-\\u097F])(${T.nameAbbreviations.join("|")})\\.\\s*(?=[\\u0900-\\u097F])`,
  "g",
);

const LETTER_NAMES = Object.keys(T.letterNames).sort((a, b) => b.length - a.length);

/** a word of one akshara ("म", "सा"): in a name of several words it is an initial */
function singleAkshara(word: string): string | null {
  // one akshara is at most a consonant, nukta, vowel sign and nasal
  if (word.length > 4) return null;
  const ak = parse(word);
  if (ak.length !== 1 || ak[0]!.consDev === "") return null;
  return ak[0]!.cons[0]!.toUpperCase();
}

const EASTERN_MARKERS = new Set(T.styleMarkers.eastern);
const SOUTH_MARKERS = new Set(T.styleMarkers.south);
const NORTHERN_MARKERS = new Set(T.styleMarkers.northern);

/** word parts looked up by length: a word's beginning or ending of each listed length is one Set lookup */
class Affixes {
  private readonly parts: Set<string>;
  private readonly lengths: number[];
  constructor(list: readonly string[]) {
    this.parts = new Set(list);
    this.lengths = [...new Set(list.map((p) => p.length))];
  }
  /** the listed ending of word, if any, with at least `rest` code points before it */
  ending(word: string, rest: number): string | undefined {
    for (const n of this.lengths) {
      if (word.length >= n + rest && this.parts.has(word.slice(-n))) return word.slice(-n);
    }
    return undefined;
  }
  /** does word begin with a listed part, with at least `rest` code points after it? */
  begins(word: string, rest: number): boolean {
    return this.lengths.some((n) => word.length >= n + rest && this.parts.has(word.slice(0, n)));
  }
}

const SOUTH_ENDINGS = new Affixes(T.southEndings);
const SOUTH_BEGINNINGS = new Affixes(T.southBeginnings);
const EASTERN_ENDINGS = new Affixes(T.easternEndings);
const EASTERN_BEGINNINGS = new Affixes(T.easternBeginnings);

/**
 * A word ending that marks a southern name, after at least three other code points, a two-letter one not after a
 * virama or anusvara (आर्यन, निरंजन are northern); or a beginning that does.
 */
function southern(word: string): boolean {
  const e = SOUTH_ENDINGS.ending(word, 3);
  if (e !== undefined) {
    const before = word[word.length - e.length - 1];
    if (e.length > 2 || (before !== VIRAMA && before !== ANUSVARA)) return true;
  }
  return SOUTH_BEGINNINGS.begins(word, 0);
}

/** a word beginning or ending the way Bengali names do, with two code points of the word besides */
function eastern(word: string): boolean {
  return EASTERN_ENDINGS.ending(word, 2) !== undefined || EASTERN_BEGINNINGS.begins(word, 2);
}

/**
 * Which spelling habit a name follows (see names.ts), read from its full words (initials left out): a word typical
 * of the east or the south, or Bengali spelling carried into Devanagari (य़, र्त्त); else a name written as
 * initials and one or two given names with no northern surname, the southern way of writing names ("एस. रमेश").
 */
export function nameStyle(words: readonly string[], hasInitials = false): NameStyle {
  for (const w of words) if (EASTERN_MARKERS.has(w) || T.easternSpelling.test(w) || eastern(w)) return "eastern";
  for (const w of words) if (SOUTH_MARKERS.has(w) || southern(w)) return "south";
  if (hasInitials && words.length > 0 && words.length <= 2 && !words.some((w) => NORTHERN_MARKERS.has(w))) {
    return "south";
  }
  return "hindi";
}

/**
 * The initial a word stands for in a name, or null: an English letter name followed by a full stop, or, in a name
 * of several words, a bare letter name (those that are also words only in southern names, which write initials
 * without stops: "के रमेश"), a lone consonant ("म") or letter names written together ("पीके").
 */
function initialOf(
  word: string,
  dotted: boolean,
  severalWords: boolean,
  severalDevanagari: boolean,
  style: NameStyle,
): string | null {
  const bare = word.endsWith(VIRAMA) ? word.slice(0, -1) : word;
  const letter = T.letterNames[bare];
  if (letter !== undefined) {
    if (dotted || (severalWords && (style === "south" || !T.ambiguousLetterNames.has(bare)))) return letter;
  }
  if (!severalDevanagari || fixedSpelling(word, T.styles[style]) !== undefined) return null;
  return singleAkshara(bare) ?? fusedInitials(bare);
}

/**
 * Newspaper-style Latin for a Devanagari name; Latin and punctuation pass through. Initials are recognised the
 * way lists write them (see initialOf) and spelled as capitals ("पीके मिश्रा" → "PK Mishra"); the other words are
 * spelled in the style the name shows (see nameStyle).
 */
export function transliterate(devanagari: string): string {
  const text = devanagari
    // zero-width joiners (typists' conjunct control) would split a word in two
    .replace(/[\u200C\u200D]/g, "")
    .replace(/(?<=[\u0900-\u097F])\u0964/g, ".")
    // "मो. इरफान": an abbreviated given name is spelled out, so its full stop goes
    .replace(ABBREVIATED, "$1 ");
  const found = [...text.matchAll(DEVANAGARI_WORD)];
  const severalWords =
    text
      .trim()
      .split(/[\s.]+/)
      .filter(Boolean).length > 1;
  const severalDevanagari = severalWords && found.length > 1;
  const dotted = found.map((m) => text[m.index + m[0].length] === ".");
  const initialsIn = (style: NameStyle) =>
    found.map((m, i) => initialOf(m[0], dotted[i]!, severalWords, severalDevanagari, style));
  let initials = initialsIn("hindi");
  const style = nameStyle(
    found.filter((_, i) => initials[i] === null).map((m) => m[0]),
    initials.some((x) => x !== null),
  );
  if (style !== "hindi") initials = initialsIn(style);
  let out = "";
  let at = 0;
  found.forEach((m, i) => {
    out += text.slice(at, m.index) + (initials[i] ?? capitalise(transliterateWord(m[0], style)));
    at = m.index + m[0].length;
  });
  return out + text.slice(at);
}
