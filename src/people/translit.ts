// Devanagari → newspaper-style Latin for person names ("कल्पना गुप्ता" → "Kalpana Gupta").
//
// Why not a scholarly scheme (IAST, ISO 15919): those keep every inherent vowel ("Kalapanā") and mark length with
// diacritics; Indian newspapers drop the schwa where Hindi speakers drop it, write long vowels as plain letters and
// follow a few fixed spellings (Singh, Mohammad). The algorithm is: split a word into aksharas, decide which
// inherent vowels are silent (schwa deletion), then spell each akshara from the tables in the Hindi locale.
//
// Input should be the ORIGINAL text (doc.originalSlice): normalisation drops the nukta, and ड़ (r) vs ड (d) or
// ज़ (z) vs ज (j) changes the spelling.

import { HI_TRANSLIT as T } from "../locales/hi/people.js";

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
const LABIALS = new Set(["प", "फ", "ब", "भ", "म"]);
const DEVANAGARI_WORD = /[\u0900-\u097F]+/g;

/** Split one Devanagari word into aksharas. Unknown code points are skipped (they are rare punctuation). */
function parse(word: string): Akshara[] {
  const out: Akshara[] = [];
  for (let i = 0; i < word.length; i++) {
    let ch = word[i]!;
    // a consonant followed by the combining nukta is the same letter as the precomposed nukta form
    if (word[i + 1] === NUKTA && T.nuktaOf[ch]) {
      ch = T.nuktaOf[ch]!;
      i++;
    }
    const cons = T.consonants[ch];
    if (cons !== undefined) {
      out.push({ cons, consDev: ch, vowel: "a", schwa: true, nasal: false, visarga: false });
      continue;
    }
    const last = out[out.length - 1];
    const sign = T.vowelSigns[ch];
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
    const indep = T.vowels[ch];
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
function deleteSchwas(ak: Akshara[]): boolean[] {
  const n = ak.length;
  const deleted = new Array<boolean>(n).fill(false);
  if (n < 2) return deleted;
  const last = ak[n - 1]!;
  if (last.schwa && !last.nasal) {
    const prev = ak[n - 2]!;
    const inCluster = prev.consDev !== "" && prev.vowel === "";
    if (!inCluster || !T.finalClusterKeepsVowel(prev.consDev, last.consDev)) deleted[n - 1] = true;
  }
  for (let k = n - 2; k >= 0; k--) {
    const a = ak[k]!;
    if (!a.schwa || a.nasal || a.visarga) continue;
    if (k === 0) continue;
    const prev = ak[k - 1]!;
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

/** Spell one Devanagari word (no spaces). */
export function transliterateWord(word: string): string {
  const fixed = T.spellings[word];
  if (fixed !== undefined) return fixed;
  const ak = parse(word);
  if (ak.length === 0) return "";
  const deleted = deleteSchwas(ak);
  let s = "";
  for (let k = 0; k < ak.length; k++) {
    const a = ak[k]!;
    let cons = a.cons;
    // व after a consonant in a cluster is "w" (द्विवेदी → Dwivedi, स्वामी → Swami)
    if (a.consDev === "व" && k > 0 && ak[k - 1]!.vowel === "" && ak[k - 1]!.consDev !== "") cons = "w";
    s += cons;
    if (!(a.schwa && deleted[k])) s += a.vowel;
    if (a.nasal) s += isLabial(ak[k + 1]) ? "m" : "n";
    if (a.visarga) s += "h";
  }
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
  const ak = parse(word);
  if (ak.length !== 1 || ak[0]!.consDev === "") return null;
  return ak[0]!.cons[0]!.toUpperCase();
}

/**
 * Newspaper-style Latin for a Devanagari name; Latin and punctuation pass through. Initials are recognised the
 * way lists write them: an English letter name ("एस", "के") followed by a full stop (or a danda, which some
 * typists use for it), or, in a name of several words, a bare letter name, a lone consonant ("म") or letter
 * names written together ("पीके मिश्रा" → "PK Mishra").
 */
export function transliterate(devanagari: string): string {
  // "मो. इरफान": an abbreviated given name is spelled out, so its full stop goes
  const text = devanagari.replace(/(?<=[\u0900-\u097F])\u0964/g, ".").replace(ABBREVIATED, "$1 ");
  const words = text.match(DEVANAGARI_WORD) ?? [];
  const severalWords =
    text
      .trim()
      .split(/[\s.]+/)
      .filter(Boolean).length > 1;
  DEVANAGARI_WORD.lastIndex = 0;
  return text.replace(DEVANAGARI_WORD, (w, offset: number) => {
    const bare = w.endsWith(VIRAMA) ? w.slice(0, -1) : w;
    const dotted = text[offset + w.length] === ".";
    const letter = T.letterNames[bare];
    if (letter !== undefined && (dotted || (severalWords && !T.ambiguousLetterNames.has(bare)))) return letter;
    if (severalWords && words.length > 1 && T.spellings[w] === undefined) {
      const initial = singleAkshara(bare);
      if (initial !== null) return initial;
      const fused = fusedInitials(bare);
      if (fused !== null) return fused;
    }
    return capitalise(transliterateWord(w));
  });
}
