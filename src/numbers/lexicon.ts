// Merges the locale data (src/locales/*/numbers.ts) into the lookup tables the recognisers use. Built once at module
// load. Every word is normalised like the text and lower-cased, so lookups are one Map.get per token; multi-word
// entries become token sequences matched by PhraseSet. The locales are the numbers parts of src/locales/registry.ts.

import { localeParts } from "../locales/registry.js";
import { normalize } from "../text/normalize.js";
import type { DurationUnit, NumberLocale, Qualifier } from "./locale.js";
import { hashString, Tokens } from "./tokens.js";

export const LOCALES: NumberLocale[] = localeParts("numbers");

export interface LocaleInfo {
  id: string;
  tensCompound: boolean;
  unitThenTens: boolean;
}

/** a role a word plays; `gated` roles come from a romanised locale and need opts.romanHindi (or a gloss) */
interface Gated {
  gated: boolean;
}
export interface UnitRole extends Gated {
  value: number;
  loc: LocaleInfo;
  weak: boolean;
  needsWord: boolean;
  /** not a number after these words ("no one") */
  notAfter: Set<string> | null;
}
export interface ScaleRole extends Gated {
  value: number;
  bare: boolean;
}
export interface OrdinalRole extends Gated {
  value: number;
  /** formed with a regular suffix (पांचवां, सौवां): may be a denominator ("एक का पांचवां") */
  regular: boolean;
  /** an ordinal of a scale word (सौवां, खरबवां) */
  isScale: boolean;
  loc: LocaleInfo;
}
export interface OffsetRole extends Gated {
  add: number;
  alone: number | null;
}
export interface ValueRole extends Gated {
  value: number;
}
export interface DurationUnitRole extends Gated {
  unit: DurationUnit;
  factor: number;
  /** the English noun for phrases: "decade", else the unit */
  name: string;
}

export interface WordInfo {
  unit?: UnitRole;
  scale?: ScaleRole;
  ordinal?: OrdinalRole;
  offset?: OffsetRole;
  fracValue?: ValueRole;
  fracWord?: ValueRole;
  andFracWord?: ValueRole;
  collective?: ValueRole;
  dozen?: Gated;
  dozenApprox?: Gated;
  half?: Gated;
  division?: Gated;
  of?: Gated;
  part?: Gated;
  and?: Gated;
  point?: Gated;
  negative?: Gated;
  plus?: Gated;
  article?: Gated;
  range?: Gated;
  digitOrdinal?: Gated;
  spacedOrdinal?: Gated;
  durUnit?: DurationUnitRole;
  durStandalone?: Gated;
  durModifier?: Gated;
  durWhole?: Gated;
  /** this word, glued to digits, does not make the digits something else ("20Rs", "5लाख", "2hrs") */
  gluedOk?: Gated;
}

/** Token sequences with a payload, matched at a token position (longest first). */
export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Array<{ keys: string[]; payload: T; gated: boolean }>>();

  add(text: string, payload: T, gated: boolean): void {
    const keys = phraseKeys(text);
    if (keys.length === 0) return;
    const first = keys[0]!;
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    if (list.some((p) => p.keys.join(" ") === keys.join(" ") && p.gated === gated)) return;
    list.push({ keys, payload, gated });
    list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** the longest phrase starting at token i: its payload and the token index after it */
  match(tk: Tokens, i: number, roman: boolean): { end: number; payload: T } | null {
    const list = this.byFirst.get(tk.key(i));
    if (!list) return null;
    for (const p of list) {
      if (p.gated && !roman) continue;
      let ok = true;
      for (let k = 1; k < p.keys.length; k++) {
        if (tk.key(i + k) !== p.keys[k] || tk.lineBreakBefore(i + k)) {
          ok = false;
          break;
        }
      }
      if (ok) return { end: i + p.keys.length, payload: p.payload };
    }
    return null;
  }

  /** a phrase that ends exactly before token `end` (tried for starts up to 4 tokens back) */
  matchEndingAt(tk: Tokens, end: number, roman: boolean): { start: number; payload: T } | null {
    for (let s = Math.max(0, end - 4); s < end; s++) {
      const m = this.match(tk, s, roman);
      if (m && m.end === end) return { start: s, payload: m.payload };
    }
    return null;
  }

  /** the first tokens of all phrases */
  firsts(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

/** normalise like the text, lower-case, and split into the tokens the matcher will see */
export function phraseKeys(text: string): string[] {
  const tk = new Tokens(normalize(text).text);
  const out: string[] = [];
  for (let i = 0; i < tk.length; i++) out.push(tk.key(i));
  return out;
}

function wordKey(text: string): string {
  const k = phraseKeys(text);
  if (k.length !== 1) throw new Error(`number lexicon: "${text}" is not a single token`);
  return k[0]!;
}

export interface Lexicon {
  words: Map<string, WordInfo>;
  /** hashes of every word/punctuation a number phrase can start with, qualifiers included: the scanner skips all
   *  other tokens at once */
  triggers: Set<number>;
  /** the subset that starts a number itself (not a qualifier or a range frame) */
  numberStarts: Set<number>;
  /** hashes of the words a duration can start with or be anchored on (units, vague phrases) */
  durationTriggers: Set<number>;
  /** raw (case-kept) suffixes glued to digits that multiply: k, K, M, G */
  digitMultipliers: Map<string, number>;
  spacedMultipliers: Set<string>;
  phrases: PhraseSet<number>;
  qualBefore: PhraseSet<Qualifier | null>;
  qualAfter: PhraseSet<Qualifier>;
  qualBlockers: Set<string>;
  clockAfter: PhraseSet<true>;
  referenceWords: Set<string>;
  rangeFrames: Map<string, string>;
  currencyBefore: PhraseSet<true>;
  currencyBeforeDigits: PhraseSet<true>;
  currencyAfter: PhraseSet<true>;
  paise: PhraseSet<true>;
  cash: PhraseSet<true>;
  cashLinks: PhraseSet<true>;
  vagueQuantifiers: PhraseSet<string>;
  vaguePhrases: PhraseSet<{ phrase: string; unit: DurationUnit }>;
  barePlurals: Map<string, string>;
  andHalf: PhraseSet<true>;
  sinceAfter: PhraseSet<true>;
  agoAfter: PhraseSet<true>;
  afterAfter: PhraseSet<true>;
  sinceBefore: PhraseSet<true>;
  forBefore: PhraseSet<true>;
  afterBefore: PhraseSet<true>;
  ageLinks: PhraseSet<true>;
  ageNouns: PhraseSet<true>;
  ageAfter: PhraseSet<true>;
  ageBefore: PhraseSet<true>;
}

function build(locales: NumberLocale[]): Lexicon {
  const words = new Map<string, WordInfo>();
  const get = (text: string): WordInfo => {
    const k = wordKey(text);
    let w = words.get(k);
    if (!w) {
      w = {};
      words.set(k, w);
    }
    return w;
  };
  // An ungated role is never replaced by a gated one; the first locale to give a role wins otherwise.
  const set = <K extends keyof WordInfo>(text: string, role: K, value: NonNullable<WordInfo[K]>): void => {
    const w = get(text);
    const old = w[role] as Gated | undefined;
    if (old && (!old.gated || (value as Gated).gated)) return;
    w[role] = value;
  };

  const lex: Lexicon = {
    words,
    triggers: new Set(),
    numberStarts: new Set(),
    durationTriggers: new Set(),
    digitMultipliers: new Map(),
    spacedMultipliers: new Set(),
    phrases: new PhraseSet(),
    qualBefore: new PhraseSet(),
    qualAfter: new PhraseSet(),
    qualBlockers: new Set(),
    clockAfter: new PhraseSet(),
    referenceWords: new Set(),
    rangeFrames: new Map(),
    currencyBefore: new PhraseSet(),
    currencyBeforeDigits: new PhraseSet(),
    currencyAfter: new PhraseSet(),
    paise: new PhraseSet(),
    cash: new PhraseSet(),
    cashLinks: new PhraseSet(),
    vagueQuantifiers: new PhraseSet(),
    vaguePhrases: new PhraseSet(),
    barePlurals: new Map(),
    andHalf: new PhraseSet(),
    sinceAfter: new PhraseSet(),
    agoAfter: new PhraseSet(),
    afterAfter: new PhraseSet(),
    sinceBefore: new PhraseSet(),
    forBefore: new PhraseSet(),
    afterBefore: new PhraseSet(),
    ageLinks: new PhraseSet(),
    ageNouns: new PhraseSet(),
    ageAfter: new PhraseSet(),
    ageBefore: new PhraseSet(),
  };

  for (const L of locales) {
    const gated = L.gated === true;
    const loc: LocaleInfo = { id: L.id, tensCompound: !!L.tensCompound, unitThenTens: !!L.unitThenTens };
    const flag = { gated };
    const weak = new Set((L.weakUnits ?? []).map(wordKey));
    const needsWord = new Set((L.needsFollowingWord ?? []).map(wordKey));
    const bare = new Set((L.bareScales ?? []).map(wordKey));
    const ordSuffixes = L.ordinalSuffixes ?? [];

    for (const [w, v] of Object.entries(L.units)) {
      const k = wordKey(w);
      const na = L.notAfter?.[w];
      const notAfter = na ? new Set(na.map(wordKey)) : null;
      set(w, "unit", { value: v, loc, weak: weak.has(k), needsWord: needsWord.has(k), notAfter, gated });
      for (const suf of ordSuffixes) {
        set(w + suf, "ordinal", { value: v, regular: true, isScale: false, loc, gated });
      }
    }
    for (const [w, v] of Object.entries(L.scales)) {
      set(w, "scale", { value: v, bare: bare.has(wordKey(w)), gated });
      set(w, "gluedOk", flag);
      for (const suf of ordSuffixes) set(w + suf, "ordinal", { value: v, regular: true, isScale: true, loc, gated });
    }
    for (const [w, v] of Object.entries(L.ordinals ?? {})) {
      // "hundredth", "thousandth" multiply what precedes them ("two hundredth"), like their cardinal scales
      set(w, "ordinal", { value: v, regular: false, isScale: v >= 100, loc, gated });
    }
    for (const w of L.articles ?? []) set(w, "article", flag);
    for (const p of L.phrases ?? []) lex.phrases.add(p.text, p.value, gated);
    for (const w of L.dozen ?? []) {
      set(w, "dozen", flag);
      set(w, "gluedOk", flag);
    }
    for (const w of L.dozenApprox ?? []) set(w, "dozenApprox", flag);
    for (const w of L.half ?? []) set(w, "half", flag);
    for (const [w, v] of Object.entries(L.fractionValues ?? {})) set(w, "fracValue", { value: v, gated });
    for (const [w, o] of Object.entries(L.fractionOffsets ?? {}))
      set(w, "offset", { add: o.add, alone: o.alone ?? null, gated });
    for (const [w, v] of Object.entries(L.fractionWords ?? {})) set(w, "fracWord", { value: v, gated });
    for (const [w, v] of Object.entries(L.andFractionWords ?? {})) set(w, "andFracWord", { value: v, gated });
    for (const w of L.division ?? []) set(w, "division", flag);
    for (const w of L.ofWords ?? []) set(w, "of", flag);
    for (const w of L.partWords ?? []) set(w, "part", flag);
    for (const w of L.and ?? []) set(w, "and", flag);
    for (const w of L.decimalPoint ?? []) set(w, "point", flag);
    for (const w of L.negative ?? []) set(w, "negative", flag);
    for (const w of L.plus ?? []) set(w, "plus", flag);
    for (const [w, v] of Object.entries(L.collective ?? {})) set(w, "collective", { value: v, gated });
    for (const w of L.digitOrdinalSuffixes ?? []) set(w, "digitOrdinal", flag);
    for (const w of L.spacedOrdinalSuffixes ?? []) set(w, "spacedOrdinal", flag);
    for (const [w, v] of Object.entries(L.digitMultipliers ?? {})) lex.digitMultipliers.set(w, v);
    for (const w of L.spacedMultipliers ?? []) lex.spacedMultipliers.add(w);
    for (const w of L.rangeWords ?? []) set(w, "range", flag);
    for (const f of L.rangeFrames ?? []) lex.rangeFrames.set(wordKey(f.open), wordKey(f.join));
    for (const q of L.qualifiersBefore ?? []) lex.qualBefore.add(q.text, q.qualifier, gated);
    for (const q of L.qualifiersAfter ?? []) lex.qualAfter.add(q.text, q.qualifier, gated);
    for (const w of L.qualifierBlockers ?? []) lex.qualBlockers.add(wordKey(w));
    for (const w of L.clockAfter ?? []) lex.clockAfter.add(w, true, gated);
    for (const w of L.referenceWords ?? []) lex.referenceWords.add(wordKey(w));

    const m = L.money;
    if (m) {
      for (const w of m.currencyBefore ?? []) lex.currencyBefore.add(w, true, gated);
      for (const w of m.currencyBeforeDigitsOnly ?? []) lex.currencyBeforeDigits.add(w, true, gated);
      for (const w of m.currencyAfter ?? []) {
        lex.currencyAfter.add(w, true, gated);
        const keys = phraseKeys(w);
        if (keys.length === 1 && /\p{L}/u.test(keys[0]!)) set(w, "gluedOk", flag);
      }
      for (const w of m.paise ?? []) lex.paise.add(w, true, gated);
      for (const w of m.cash ?? []) lex.cash.add(w, true, gated);
      for (const w of m.cashLinks ?? []) lex.cashLinks.add(w, true, gated);
    }

    const d = L.duration;
    if (d) {
      for (const [w, u] of Object.entries(d.units)) {
        set(w, "durUnit", { unit: u.unit, factor: u.factor ?? 1, name: u.name ?? u.unit, gated });
        set(w, "gluedOk", flag);
      }
      for (const w of d.standalone ?? []) set(w, "durStandalone", flag);
      for (const w of d.modifiers ?? []) set(w, "durModifier", flag);
      for (const w of d.wholeSuffix ?? []) set(w, "durWhole", flag);
      for (const [w, q] of Object.entries(d.vagueQuantifiers ?? {})) lex.vagueQuantifiers.add(w, q, gated);
      for (const p of d.vaguePhrases ?? []) lex.vaguePhrases.add(p.text, { phrase: p.phrase, unit: p.unit }, gated);
      for (const [w, p] of Object.entries(d.barePlurals ?? {})) lex.barePlurals.set(wordKey(w), p);
      for (const w of d.andHalf ?? []) lex.andHalf.add(w, true, gated);
      for (const w of d.sinceAfter ?? []) lex.sinceAfter.add(w, true, gated);
      for (const w of d.agoAfter ?? []) lex.agoAfter.add(w, true, gated);
      for (const w of d.afterAfter ?? []) lex.afterAfter.add(w, true, gated);
      for (const w of d.sinceBefore ?? []) lex.sinceBefore.add(w, true, gated);
      for (const w of d.forBefore ?? []) lex.forBefore.add(w, true, gated);
      for (const w of d.afterBefore ?? []) lex.afterBefore.add(w, true, gated);
      for (const w of d.ageLinks ?? []) lex.ageLinks.add(w, true, gated);
      for (const w of d.ageNouns ?? []) lex.ageNouns.add(w, true, gated);
      for (const w of d.ageAfter ?? []) lex.ageAfter.add(w, true, gated);
      for (const w of d.ageBefore ?? []) lex.ageBefore.add(w, true, gated);
    }
  }
  // Trigger sets hold hashes (tokens are hashed without being sliced); a collision only costs a full lookup.
  const add = (set: Set<number>, k: string) => set.add(hashString(k));
  // Only roles a number can start with: "के", "से", "और" are everywhere and start nothing.
  for (const [k, w] of words) {
    if (w.unit || w.scale || w.ordinal || w.offset || w.fracValue || w.half || w.collective || w.article) {
      add(lex.numberStarts, k);
    } else if (w.negative || w.point || w.dozen || w.plus) add(lex.numberStarts, k);
  }
  for (const k of lex.phrases.firsts()) add(lex.numberStarts, k);
  for (const k of ["-", "."]) add(lex.numberStarts, k);
  for (const h of lex.numberStarts) lex.triggers.add(h);
  for (const k of lex.qualBefore.firsts()) add(lex.triggers, k);
  for (const k of lex.rangeFrames.keys()) add(lex.triggers, k);
  for (const [k, w] of words) if (w.durUnit) add(lex.durationTriggers, k);
  for (const k of lex.vaguePhrases.firsts()) add(lex.durationTriggers, k);
  return lex;
}

export const LEX: Lexicon = build(LOCALES);

/** a role is usable when it exists and is not gated, or the caller allows romanised Hindi */
export function usable<T extends Gated>(role: T | undefined, roman: boolean): T | undefined {
  return role && (!role.gated || roman) ? role : undefined;
}
