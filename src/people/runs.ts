// Name runs: the word sequences of a document that may be a person's name, read from the tokens (capitalised
// Latin words and initials; Devanagari words that are no function words, cue words or verbs), with what their
// surroundings say about them: an English gloss in parentheses, an alias, a list they belong to, or that they are
// a place or an organisation. Deciding who the runs are is left to the classes built on this one.

import type { Doc } from "../core/document.js";
import { lookupPlace } from "../geo/index.js";
import { HI_TRANSLIT } from "../locales/hi/people.js";
import { buildCues, type Cues } from "./cues.js";
import { LEX } from "./lexicon.js";
import type { Role } from "./locale.js";
import type { CueSpan, PersonKind, PersonStatus } from "./mention.js";
import { nameKey } from "./namekey.js";
import { type Token, tokenize } from "./tokens.js";
import { transliterate } from "./translit.js";

const MEMO_LATINWORD = 0;
const MEMO_LATININITIAL = 1;
const MEMO_DEVAWORD = 2;
const MEMO_DEVAINITIAL = 3;

const CAPITALISED = /^[A-Z][a-z]+(?:[A-Z][a-z]+)?$/;
const SINGLE_CAPITAL = /^[A-Z]$/;
const LETTER_NAMES = Object.keys(HI_TRANSLIT.letterNames).sort((a, b) => b.length - a.length);
const NAME_ABBREVIATIONS = new Set(HI_TRANSLIT.nameAbbreviations);

/**
 * Endings of place names ("Indirapuram", "Tajganj", "गोरखपुर"): a first word with one, standing between a rank and
 * a name of two words or more, is the rank's place ("ACP Indirapuram Neeraj Bhatia"), not the name's first word.
 */
const PLACE_ENDING =
  /(?:pur|puram|puri|ganj|abad|garh|nagar|gaon|gram|ghat|kot|pet|palli|halli|पुर|पुरम|गंज|बाद|गढ|गढ़|नगर|गांव|घाट|कोट)$/;

/** gazetteer answers per word, kept across documents (the same words recur) */
const PLACE_CACHE = new Map<string, boolean>();
function knownPlace(word: string): boolean {
  let v = PLACE_CACHE.get(word);
  if (v === undefined) {
    v = lookupPlace(word).length > 0;
    if (PLACE_CACHE.size < 50_000) PLACE_CACHE.set(word, v);
  }
  return v;
}

/** "पीके", "एसके": a Devanagari token made of English letter names only */
export function fusedInitials(text: string): boolean {
  let rest = text;
  let n = 0;
  while (rest.length > 0) {
    const l = LETTER_NAMES.find((x) => rest.startsWith(x));
    if (!l) return false;
    rest = rest.slice(l.length);
    n++;
  }
  // people go by two or three initials ("पीके", "जेएस"); four or more letters are an organisation ("एचटीडीएस")
  return n >= 1 && n <= 3;
}

export type Script = "deva" | "latin";

export interface Run {
  /** token range [s, e) of the name, honorifics excluded */
  s: number;
  e: number;
  script: Script;
  /** number of name words (initials count) */
  words: number;
  hasInitials: boolean;
  /** English gloss in parentheses right after a Devanagari name: token range of the name words in it */
  gloss: { s: number; e: number } | null;
  /** token index after the gloss parenthesis (or after the run) */
  after: number;
  /** a place or an organisation by its context */
  nonPerson: boolean;
  /** consumed as a gloss or an alias of another run */
  consumed: boolean;
  aliasOf: Run | null;
  aliases: Run[];
  /** neighbours in a list ("A, B और C") */
  prev: Run | null;
  next: Run | null;
  /** the link to next is a bare comma ("DCP K. Prasanna, Ravi Kumar had ..." may be no list at all) */
  commaLink: boolean;
  /** a relation or a role stands between this run and the previous list member ("A and his wife B") */
  kinBefore: boolean;
  accepted: boolean;
  /** another run this one was recognised as a further mention of */
  corefOf: Run | null;
  analysis: Analysis | null;
}

/** what the cues around a run say (filled in by RunContext) */
export interface Analysis {
  kind: PersonKind | null;
  kindRule: string;
  rank: string | null;
  role: Role | null;
  roleSet: boolean;
  status: PersonStatus | null;
  cues: CueSpan[];
  /** strong evidence that the words are a person's name */
  strong: boolean;
  /** the name is followed by a verb of speech ("X said", "X ने बताया"): it reports an arrest, it is not arrested */
  speaker: boolean;
}

export class NameRuns {
  readonly tokens: Token[];
  readonly cues: Cues;
  readonly runs: Run[] = [];
  /** run starting at a token index */
  protected readonly runAt = new Map<number, Run>();
  /** run ending at a token index (exclusive end) */
  protected readonly runEndingAt = new Map<number, Run>();
  protected readonly cancelled: boolean[];
  /** tokens inside a cue phrase ("जिला पुलिस उपायुक्त", "पकड़े गए"): never name words */
  protected readonly inCue: boolean[];
  /** place words dropped from between a rank and a name ("ACP Indirapuram X"): the rank still reaches the name */
  readonly rankPlaces = new Set<number>();

  constructor(readonly doc: Doc) {
    this.tokens = tokenize(doc.text);
    this.inCue = new Array(this.tokens.length).fill(false);
    this.cues = buildCues(this.tokens, this.inCue);
    this.cancelled = new Array(this.tokens.length).fill(false);
    for (const m of this.cues.notArrested.startAt) {
      if (!m) continue;
      for (let i = m.start; i < m.end; i++) this.cancelled[i] = true;
    }
  }

  // --- token predicates ------------------------------------------------------------------------------------------

  /** token predicates are asked many times per token: computed once */
  protected readonly memos: Int8Array[] = [];

  protected memo(which: number, i: number, compute: () => boolean): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    let m = this.memos[which];
    if (!m) {
      m = new Int8Array(this.tokens.length).fill(-1);
      this.memos[which] = m;
    }
    const v = m[i]!;
    if (v !== -1) return v === 1;
    const r = compute();
    m[i] = r ? 1 : 0;
    return r;
  }

  /** a word glued to the previous or next one by a hyphen ("नाच-गाने", "Hatia-Yesvantpur") is not a name word */
  protected hyphenated(i: number): boolean {
    const t = this.tokens[i]!;
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    return (prev?.text === "-" && prev.end === t.start) || (next?.text === "-" && next.start === t.end);
  }

  protected latinWord(i: number): boolean {
    return this.memo(MEMO_LATINWORD, i, () => this.latinWordUncached(i));
  }

  protected latinWordUncached(i: number): boolean {
    const t = this.tokens[i];
    if (t?.type !== "latin") return false;
    if (!CAPITALISED.test(t.text) || LEX.notNameEnding.test(t.key)) return false;
    if (LEX.stop.has(t.key) || LEX.nonPersonHeads.has(t.key)) return false;
    return !this.inCue[i] && !this.hyphenated(i);
  }

  protected latinInitial(i: number): boolean {
    return this.memo(MEMO_LATININITIAL, i, () => this.latinInitialUncached(i));
  }

  protected latinInitialUncached(i: number): boolean {
    const t = this.tokens[i];
    if (t?.type !== "latin") return false;
    // "A" and "I" are words unless written as initials ("A.")
    if (SINGLE_CAPITAL.test(t.text)) return (t.text !== "A" && t.text !== "I") || this.tokens[i + 1]?.text === ".";
    if (/^[A-Z]{2}$/.test(t.text) && !LEX.notInitials.has(t.text) && !this.cues.rank.startAt[i]) {
      return this.latinWord(i + 1);
    }
    return false;
  }

  protected devaWord(i: number): boolean {
    return this.memo(MEMO_DEVAWORD, i, () => this.devaWordUncached(i));
  }

  protected devaWordUncached(i: number): boolean {
    const t = this.tokens[i];
    if (t?.type !== "deva" || t.text.length < 2) return false;
    if (LEX.stop.has(t.key) || LEX.conj.has(t.key)) return false;
    if (HI_TRANSLIT.letterNames[t.text] !== undefined && this.tokens[i + 1]?.text === ".") return false;
    // "सुषमा कुमारी": a surname that is also a title ends the name before it, it does not open the next one
    const hon = this.cues.honorific.startAt[i];
    if (this.inCue[i] && hon && hon.end === i + 1 && LEX.surnames.has(t.key) && this.devaWord(i - 1)) {
      return !this.tokens[i]!.nl && !this.hyphenated(i);
    }
    // "एसपी सिटी X": a qualifier right after a rank belongs to the rank
    if (LEX.qualifiers.has(t.key) && this.cues.rank.endAt.has(i)) return false;
    return !this.inCue[i] && !this.hyphenated(i);
  }

  protected devaInitial(i: number): boolean {
    return this.memo(MEMO_DEVAINITIAL, i, () => this.devaInitialUncached(i));
  }

  protected devaInitialUncached(i: number): boolean {
    const t = this.tokens[i];
    if (t?.type !== "deva") return false;
    if (HI_TRANSLIT.letterNames[t.text] !== undefined) return this.tokens[i + 1]?.text === ".";
    if (NAME_ABBREVIATIONS.has(t.text)) return this.tokens[i + 1]?.text === "." && this.devaWord(i + 2);
    if (LEX.stop.has(t.key)) return false;
    // fused initials ("पीके मिश्रा") are initials only before a name word and when not a surname themselves
    return (
      fusedInitials(t.text) && t.text.length >= 3 && !LEX.surnames.has(t.key) && !this.inCue[i] && this.devaWord(i + 1)
    );
  }

  // --- runs ------------------------------------------------------------------------------------------------------

  buildRuns(): void {
    const toks = this.tokens;
    let i = 0;
    while (i < toks.length) {
      const run = this.readRun(i);
      if (run) {
        for (const r of this.splitLong(run)) this.addRun(this.dropRankPlace(r));
        i = run.e;
      } else i++;
    }
    for (const r of this.runs) this.attachGloss(r);
    for (const r of this.runs) this.markNonPerson(r);
    this.linkAliases();
    this.linkLists();
    // an address goes on after its first place: "of Padinjarayil, Kalakkott, Puthakkulam"
    for (const r of this.runs) {
      if (!r.nonPerson || r.script !== "latin" || this.tokens[r.s - 1]?.key !== "of") continue;
      for (let m = r.next; m && this.tokens[m.s - 1]?.text === ","; m = m.next) m.nonPerson = true;
    }
  }

  /**
   * "सीओ कैंट नीलम पांडेय", "ACP Tajganj Manoj Kumar Rathi", "DSP Nakodar Sukhpal Singh": a place word between a
   * rank and a name of two words or more belongs to the rank (a qualifier, a known place, a place-name ending).
   */
  protected dropRankPlace(r: Run): Run {
    const words = this.nameWords(r);
    if (words.length < 3 || words[0] !== r.s || !this.cues.rank.endAt.has(r.s)) return r;
    const t = this.tokens[r.s]!;
    if (this.tokens[r.s + 1]?.text === ".") return r;
    if (!LEX.qualifiers.has(t.key) && !PLACE_ENDING.test(t.key) && !knownPlace(t.text)) return r;
    this.rankPlaces.add(r.s);
    if (r.script === "deva") return this.piece(r.s + 1, r.e);
    return this.newRun(r.s + 1, r.e, r.script, r.words - 1, r.hasInitials);
  }

  protected newRun(s: number, e: number, script: Script, words: number, hasInitials: boolean): Run {
    return {
      s,
      e,
      script,
      words,
      hasInitials,
      gloss: null,
      after: e,
      nonPerson: false,
      consumed: false,
      aliasOf: null,
      aliases: [],
      prev: null,
      next: null,
      commaLink: false,
      kinBefore: false,
      accepted: false,
      corefOf: null,
      analysis: null,
    };
  }

  protected readRun(i: number): Run | null {
    const toks = this.tokens;
    const first = toks[i]!;
    if (first.type === "latin") {
      if (!this.latinWord(i) && !this.latinInitial(i)) return null;
      let j = i;
      let words = 0;
      let initials = false;
      while (j < toks.length && words < 5) {
        const t = toks[j]!;
        if (j > i && (t.nl || t.sent !== first.sent)) break;
        if (this.latinWord(j)) {
          words++;
          j++;
        } else if (this.latinInitial(j)) {
          words++;
          initials = true;
          j++;
          if (toks[j]?.text === "." && !toks[j]?.nl) j++;
        } else if (
          words > 0 &&
          t.type === "latin" &&
          LEX.particles.has(t.key) &&
          this.latinWord(j + 1) &&
          !toks[j + 1]!.nl
        ) {
          j++;
        } else break;
      }
      // a trailing full stop belongs to the run only after an initial
      let e = j;
      if (
        toks[e - 1]?.text === "." &&
        !SINGLE_CAPITAL.test(toks[e - 2]?.text ?? "") &&
        !/^[A-Z]{2}$/.test(toks[e - 2]?.text ?? "")
      )
        e--;
      if (words === 0) return null;
      // initials alone are not a name
      if (!this.hasLatinWord(i, e)) return null;
      return this.newRun(i, e, "latin", words, initials);
    }
    if (first.type === "deva") {
      if (!this.devaWord(i) && !this.devaInitial(i)) return null;
      let j = i;
      let words = 0;
      let initials = false;
      while (j < toks.length) {
        const t = toks[j]!;
        if (j > i && (t.nl || t.sent !== first.sent)) break;
        if (this.devaInitial(j)) {
          words++;
          initials = true;
          j++;
          if (toks[j]?.text === ".") j++;
        } else if (this.devaWord(j)) {
          words++;
          j++;
        } else break;
      }
      if (words === 0) return null;
      let e = j;
      while (e > i && toks[e - 1]!.text === ".") e--;
      if (!this.hasDevaWord(i, e)) return null;
      return this.newRun(i, e, "deva", words, initials);
    }
    return null;
  }

  protected hasLatinWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.latinWord(k)) return true;
    return false;
  }

  protected hasDevaWord(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.devaWord(k) && !this.devaInitial(k)) return true;
    return false;
  }

  /**
   * Devanagari has no capitals, so a run may carry the words around a name along: it is cut after a surname
   * that ends a name ("गिरीश सिंघल गुजरात के" → "गिरीश सिंघल", "प्रतिक मेहता कहते"), a well-known place at its end
   * is dropped, and what is still longer than three words is no name.
   */
  protected splitLong(run: Run): Run[] {
    if (run.script !== "deva") return [run];
    const toks = this.tokens;
    const pieces: Run[] = [];
    let s = run.s;
    for (let k = run.s; k < run.e; k++) {
      const t = toks[k]!;
      const next = toks[k + 1];
      const strongSurname = LEX.surnames.has(t.key) && !LEX.weakSurnames.has(t.key);
      if (strongSurname && k + 1 < run.e && k > s && next && !LEX.surnames.has(next.key) && next.text !== ".") {
        pieces.push(this.piece(s, k + 1));
        s = k + 1;
      }
    }
    pieces.push(this.piece(s, run.e));
    const out: Run[] = [];
    for (const p of pieces) {
      let e = p.e;
      while (e > p.s + 1 && LEX.places.has(toks[e - 1]!.key)) e--;
      const r = e === p.e ? p : this.piece(p.s, e);
      if (r.words <= 3 || (r.hasInitials && r.words <= 4)) out.push(r);
    }
    return out;
  }

  protected piece(s: number, e: number): Run {
    let words = 0;
    let initials = false;
    for (let k = s; k < e; k++) {
      if (this.tokens[k]!.text === ".") continue;
      words++;
      if (this.devaInitial(k)) initials = true;
    }
    return this.newRun(s, e, "deva", words, initials);
  }

  protected addRun(r: Run): void {
    this.runs.push(r);
    this.runAt.set(r.s, r);
    this.runEndingAt.set(r.e, r);
  }

  /** "प्रीतिंदर सिंह (Preetinder Singh)": the article's own spelling, checked against the Devanagari */
  protected attachGloss(r: Run): void {
    if (r.script !== "deva") return;
    const toks = this.tokens;
    if (toks[r.e]?.text !== "(") return;
    let close = -1;
    for (let k = r.e + 1; k < Math.min(toks.length, r.e + 12); k++) {
      if (toks[k]!.text === ")") {
        close = k;
        break;
      }
    }
    if (close < 0) return;
    // name words inside: Latin capitalised words and initials, minus ranks and honorifics
    const inside: number[] = [];
    for (let k = r.e + 1; k < close; k++) {
      const rank = this.cues.rank.startAt[k];
      if (rank) {
        k = rank.end - 1;
        continue;
      }
      if (this.cues.honorific.startAt[k]) continue;
      if (this.latinWord(k) || this.latinInitial(k)) inside.push(k);
      else if (toks[k]!.type !== "punct") return; // a sentence or a phrase, not a name
    }
    const devaWords = this.nameWords(r);
    if (inside.length < devaWords.length || devaWords.length === 0) return;
    const chosen = inside.slice(inside.length - devaWords.length);
    for (let k = 0; k < chosen.length; k++) {
      const latin = toks[chosen[k]!]!.text;
      const deva = transliterate(toks[devaWords[k]!]!.text);
      if (firstClass(latin) !== firstClass(deva)) return;
    }
    const gs = chosen[0]!;
    let ge = chosen[chosen.length - 1]! + 1;
    if (toks[ge]?.text === "." && ge < close) ge++;
    r.gloss = { s: gs, e: ge };
    r.after = close + 1;
    // the Latin words inside are this name, not another person
    for (let k = r.e + 1; k < close; k++) {
      const inner = this.runAt.get(k);
      if (inner) inner.consumed = true;
    }
  }

  /** token indices of the name words of a run (no full stops) */
  nameWords(r: Run): number[] {
    const out: number[] = [];
    for (let k = r.s; k < r.e; k++) if (this.tokens[k]!.text !== ".") out.push(k);
    return out;
  }

  protected markNonPerson(r: Run): void {
    const toks = this.tokens;
    const next = toks[r.e];
    const prev = toks[r.s - 1];
    const words = this.nameWords(r).map((k) => toks[k]!);
    // "S R Nagar", "जीबी रोड", "Link Road": a place or an institution
    if (next && !next.nl && LEX.nonPersonHeads.has(next.key)) r.nonPerson = true;
    if (r.script === "deva" && LEX.nonPersonHeads.has(words[words.length - 1]!.key)) r.nonPerson = true;
    // "Bengaluru", "असम", "ईटीवी भारत": well-known places alone, or behind initials
    const full = words.filter((t) => !(t.type === "latin" && t.text.length <= 2) && !fusedInitials(t.text));
    if (full.every((t) => LEX.places.has(t.key))) r.nonPerson = true;
    // "in Sangolda", "from Tollygunge", "Operation Smile", "होटल रंजीत"
    if (prev && LEX.nonPersonBefore.has(prev.key) && !this.cues.personBefore.endAt.has(r.s)) r.nonPerson = true;
    // "Vahida (35), of Padinjarayil, Kalakkott": the words after "of" in an apposition are an address
    if (prev?.key === "of" && [",", ")"].includes(toks[r.s - 2]?.text ?? "")) r.nonPerson = true;
    // "नौबस्ता निवासी X", "Kanpur resident X": the words before "resident" are a place, unless they are the
    // person, FIR style ("इमरान अंसारी निवासी मुरादाबाद", "राजू पुत्र श्याम निवासी कानपुर"); then the words
    // after it are the place
    const pb = this.cues.personBefore.startAt[r.e];
    if (pb && /निवासी|nivasi|resident/.test(pb.phrase)) {
      if (this.firStyle(r) || (r.script === "deva" && this.endsInSurname(r))) {
        const place = this.runAt.get(pb.end);
        if (place) place.nonPerson = true;
      } else r.nonPerson = true;
    }
    // "खरीद-बिक्री (Buy Sell)": a Latin phrase in parentheses after a Hindi word glosses that word
    if (r.script === "latin" && prev?.text === "(" && toks[r.s - 2]?.type === "deva" && toks[r.e]?.text === ")")
      r.nonPerson = true;
    // "Uchana DSP Amit Bhatia", "Indirapuram ACP X": one word right before a rank and its name is the rank's place
    const rank = this.cues.rank.startAt[r.e];
    if (words.length === 1 && rank && this.runAt.has(rank.end) && !toks[r.e]!.nl) r.nonPerson = true;
    // a single word the gazetteer knows, with no cue before it that stands only before names ("Sagar" after "SP"
    // is a person; "Uchana" alone is a town)
    const c = this.cues;
    const nameCue = [c.rank, c.role, c.honorific, c.victimBefore, c.accusedBefore].some((x) => x.endAt.has(r.s));
    if (words.length === 1 && !nameCue && knownPlace(words[0]!.text)) r.nonPerson = true;
    // a Latin run inside "@handle" or "#tag"
    if (prev && (prev.text === "@" || prev.text === "#") && prev.end === toks[r.s]!.start) r.nonPerson = true;
  }

  /** the token after an honorific starting at k (and its full stop) */
  protected honorificEnd(k: number): number {
    const m = this.cues.honorific.startAt[k]!;
    return this.tokens[m.end]?.text === "." ? m.end + 1 : m.end;
  }

  /** "राजू पुत्र श्याम निवासी कानपुर": in FIR style the name comes before पुत्र/निवासी */
  protected firStyle(r: Run): boolean {
    const before = this.cues.personBefore.endAt.get(r.s);
    return !!before?.some((m) => /पुत्र|पुत्री|पत्नी|पति|s\/o|w\/o|son of|wife of/.test(m.phrase));
  }

  protected linkAliases(): void {
    for (const m of this.cues.alias.startAt) {
      if (!m) continue;
      const left = this.runEndingAt.get(m.start);
      // "a.k.a." leaves its last full stop
      const right = this.runAt.get(this.tokens[m.end]?.text === "." ? m.end + 1 : m.end);
      if (!left || !right || left.consumed || right.consumed) continue;
      const root = left.aliasOf ?? left;
      root.aliases.push(right);
      right.aliasOf = root;
      right.consumed = true;
      root.nonPerson = false;
    }
  }

  /**
   * "A, B और C", "A, B and C": neighbours share the cues around the list. In Hindi a comma alone also separates
   * clauses ("नीलम देवी, आरा के ही ..."), so a Devanagari list must close with a conjunction.
   */
  protected linkLists(): void {
    const toks = this.tokens;
    const commaOnly = new Set<Run>();
    for (const r of this.runs) {
      if (r.consumed) continue;
      let k = this.afterAliases(r);
      const seps: string[] = [];
      while (k < toks.length && seps.length < 2 && (toks[k]!.text === "," || LEX.conj.has(toks[k]!.key))) {
        seps.push(toks[k]!.key);
        k++;
      }
      if (seps.length === 0 || (seps.length === 2 && seps[0] !== ",")) continue;
      // "A (40) and his wife B", "A, dalal B": a relation or a role before the next member keeps the list going
      const kin = this.cues.personBefore.startAt[k];
      const skip = kin && LEX.listKin.has(kin.phrase) ? kin : this.cues.role.startAt[k];
      const listed = k;
      if (skip && this.runAt.has(skip.end)) k = skip.end;
      const next = this.runAt.get(k);
      if (!next || next.consumed || next.script !== r.script || toks[k]!.sent !== toks[r.s]!.sent) continue;
      r.next = next;
      next.prev = r;
      next.kinBefore = k !== listed;
      if (seps.length === 1 && seps[0] === ",") {
        r.commaLink = k === listed;
        commaOnly.add(r);
      }
    }
    for (const r of this.runs) {
      if (r.script !== "deva" || r.next !== null || r.prev === null) continue;
      // walk back from the end of a chain, unlinking while the link is a bare comma
      let m: Run | null = r;
      while (m?.prev && commaOnly.has(m.prev)) {
        const p: Run = m.prev;
        p.next = null;
        m.prev = null;
        m = p;
      }
    }
  }

  /** token index after a run's gloss and aliases ("राजू उर्फ ईरान" ends after ईरान) */
  afterAliases(r: Run): number {
    let end = r.after;
    for (const a of r.aliases) end = Math.max(end, a.after);
    // an age in parentheses or between commas belongs to the name: "Rajkumar Sharma (40)", "Dipesh Gurung, 41,"
    const toks = this.tokens;
    if (toks[end]?.text === "(" && isAge(toks[end + 1]) && toks[end + 2]?.text === ")") end += 3;
    else if (toks[end]?.text === "," && isAge(toks[end + 1]) && [",", ".", ")"].includes(toks[end + 2]?.text ?? ""))
      end += 2;
    else if (toks[end]?.text === "," && toks[end + 1]?.key === "aged" && isAge(toks[end + 2])) end += 3;
    return end;
  }

  /** no line break and no sentence end between tokens a and b */
  protected sameClause(a: number, b: number): boolean {
    const toks = this.tokens;
    if (!toks[a] || !toks[b] || toks[a]!.sent !== toks[b]!.sent) return false;
    for (let k = Math.min(a, b) + 1; k <= Math.max(a, b); k++) if (toks[k]!.nl) return false;
    return true;
  }

  protected endsInSurname(r: Run): boolean {
    const words = this.nameWords(r);
    if (words.length < 2) return false;
    const last = this.tokens[words[words.length - 1]!]!;
    return LEX.surnames.has(last.key) && !LEX.weakSurnames.has(last.key);
  }

  root(r: Run): Run {
    let x = r;
    while (x.corefOf) x = x.corefOf;
    return x;
  }

  latinName(r: Run): string {
    const toks = this.tokens;
    if (r.gloss) return this.doc.text.slice(toks[r.gloss.s]!.start, toks[r.gloss.e - 1]!.end).replace(/\s+/g, " ");
    const text = this.doc.text.slice(toks[r.s]!.start, toks[r.e - 1]!.end).replace(/\s+/g, " ");
    if (r.script === "latin") return text;
    return transliterate(this.doc.originalSlice(toks[r.s]!.start, toks[r.e - 1]!.end).replace(/\s+/g, " "));
  }
}

/** a person's age as reports write it after a name: 1 to 99 */
export function isAge(t: Token | undefined): boolean {
  return t !== undefined && t.type === "num" && /^\d{1,2}$/.test(t.text) && t.text !== "0";
}

function firstClass(s: string): string {
  const k = nameKey(s);
  return k.slice(0, 1);
}
