// Compiles the locales' word lists into phrase tables keyed by token, once at module load. A phrase of several
// words matches those tokens in sequence on one line; a trailing "*" makes its last word a prefix.

import { normalize } from "../text/normalize.js";
import { hashKey, hashToken, kindOfKey, NEWLINE, phraseKeys, type Tokens } from "./tokens.js";
import type { DateLocale, DayOfMonthModifier, PartOfDay, RelativeWord, TimeUnit, WeekdayModifier } from "./types.js";

interface Entry<T> {
  first: string;
  rest: string[];
  /** the last key is a prefix */
  prefixLast: boolean;
  value: T;
  locale: string;
}

export interface PhraseHit<T> {
  /** index of the first token after the phrase */
  next: number;
  value: T;
  locale: string;
}

function keysOf(phrase: string): { keys: string[]; prefixLast: boolean } {
  const prefixLast = phrase.endsWith("*");
  const keys = phraseKeys(normalize(prefixLast ? phrase.slice(0, -1) : phrase).text);
  return { keys, prefixLast };
}

/**
 * Phrases indexed by the hash of their first token. A token is hashed once (cached on the Tokens) and compared
 * in place, so the scan allocates no string for the many words that begin no phrase.
 */
/**
 * For every first-token hash, a bit per table that has a phrase beginning with it: one lookup per token (cached
 * on the Tokens) tells all tables at once whether they need to look closer.
 */
export class TableSet {
  readonly masks = new Map<number, number>();
  private bits = 0;

  nextBit(): number {
    if (this.bits >= 31) throw new Error("too many phrase tables for one mask");
    return 1 << this.bits++;
  }

  /** the tables that may match at token i */
  maskAt(t: Tokens, i: number): number {
    let m = t.masks[i]!;
    if (m < 0) {
      m = this.masks.get(hashToken(t, i)) ?? 0;
      t.masks[i] = m;
    }
    return m;
  }
}

export class PhraseTable<T> {
  /** this table's bit in TableSet masks */
  readonly bit: number;
  private readonly byFirst = new Map<number, Entry<T>[]>();
  /** one-word prefixes ("arrest*"): checked in place, so kept apart */
  private readonly prefixes: Entry<T>[] = [];
  /** token kinds that can begin an entry */
  private firstKinds = 0;

  constructor(private readonly set: TableSet) {
    this.bit = set.nextBit();
  }

  add(phrase: string, value: T, locale: string): void {
    const { keys, prefixLast } = keysOf(phrase);
    if (keys.length === 0) return;
    const [first, ...rest] = keys as [string, ...string[]];
    const entry: Entry<T> = { first, rest, prefixLast: prefixLast && rest.length > 0, value, locale };
    this.firstKinds |= 1 << kindOfKey(first);
    if (prefixLast && rest.length === 0) {
      this.prefixes.push(entry);
      return;
    }
    const h = hashKey(first);
    this.set.masks.set(h, (this.set.masks.get(h) ?? 0) | this.bit);
    const list = this.byFirst.get(h);
    if (list) {
      list.push(entry);
      list.sort((a, b) => b.rest.length - a.rest.length); // longest phrase first
    } else this.byFirst.set(h, [entry]);
  }

  addAll(words: Record<string, T> | undefined, locale: string): void {
    if (!words) return;
    for (const [w, v] of Object.entries(words)) this.add(w, v, locale);
  }

  addList(words: string[] | undefined, value: T, locale: string): void {
    if (!words) return;
    for (const w of words) this.add(w, value, locale);
  }

  /** The longest phrase starting at token i, or null. */
  match(t: Tokens, i: number): PhraseHit<T> | null {
    if (i >= t.n || (this.firstKinds & (1 << t.kind[i]!)) === 0) return null;
    if ((this.set.maskAt(t, i) & this.bit) !== 0) {
      const list = this.byFirst.get(hashToken(t, i))!;
      for (const e of list) {
        if (!tokenIs(t, i, e.first, false)) continue;
        const next = matchRest(t, i + 1, e.rest, e.prefixLast);
        if (next >= 0) return { next, value: e.value, locale: e.locale };
      }
    }
    for (const e of this.prefixes) {
      if (tokenIs(t, i, e.first, true)) return { next: i + 1, value: e.value, locale: e.locale };
    }
    return null;
  }
}

function matchRest(t: Tokens, from: number, rest: string[], prefixLast: boolean): number {
  let k = from;
  for (let r = 0; r < rest.length; r++, k++) {
    if (k >= t.n || t.gap[k] === NEWLINE) return -1;
    if (!tokenIs(t, k, rest[r]!, prefixLast && r === rest.length - 1)) return -1;
  }
  return k;
}

/** Does token i spell key (or begin with it, for a prefix)? ASCII upper case folds, as in the keys. */
export function tokenIs(t: Tokens, i: number, key: string, prefix: boolean): boolean {
  const s = t.start[i]!;
  const len = t.end[i]! - s;
  if (prefix ? len < key.length : len !== key.length) return false;
  const text = t.text;
  for (let k = 0; k < key.length; k++) {
    let c = text.charCodeAt(s + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== key.charCodeAt(k)) return false;
  }
  return true;
}

export interface MonthValue {
  month: number;
  /** a Latin abbreviation: takes an optional "." and needs a capital letter */
  abbrev: boolean;
  /** trusted only inside numeric dates */
  numericOnly: boolean;
}

export interface Lexicon {
  tables: TableSet;
  month: PhraseTable<MonthValue>;
  /** Latin month names that are also common words ("may", "march"): lower-case, they need a year */
  monthWords: Set<string>;
  weekday: PhraseTable<number>;
  weekdayAfterModifier: PhraseTable<number>;
  dayWord: PhraseTable<number>;
  ordinalSuffix: Set<string>;
  dayMonthJoiner: PhraseTable<true>;
  dayOfMonthNoun: PhraseTable<true>;
  dayOfMonthModifier: PhraseTable<DayOfMonthModifier>;
  partOfDay: PhraseTable<PartOfDay>;
  partOfDayBefore: PhraseTable<PartOfDay>;
  joiner: PhraseTable<true>;
  pairJoiner: PhraseTable<true>;
  relative: PhraseTable<RelativeWord>;
  notDate: PhraseTable<true>;
  weekdayModifier: PhraseTable<WeekdayModifier>;
  weekModifier: PhraseTable<number>;
  count: PhraseTable<number>;
  unit: PhraseTable<TimeUnit>;
  ago: PhraseTable<true>;
  agoAnchor: Set<string>;
  fromToday: PhraseTable<true>;
  later: PhraseTable<true>;
  withinAfter: PhraseTable<true>;
  withinBefore: PhraseTable<true>;
  yearThenDate: PhraseTable<true>;
  futureSuffixes: string[];
  futureWords: Set<string>;
  clauseBreaks: Set<string>;
  /** postposition key → the locale whose word order follows it */
  postpositions: Map<string, string>;
  speech: PhraseTable<true>;
  action: PhraseTable<true>;
  informant: PhraseTable<true>;
  embeddedClauseMarkers: Set<string>;
  wordOrder: Map<string, DateLocale["wordOrder"]>;
  abbreviations: Set<string>;
}

function keySet(words: string[] | undefined, into: Set<string>): void {
  for (const w of words ?? []) for (const k of keysOf(w).keys) into.add(k);
}

export function buildLexicon(locales: readonly DateLocale[]): Lexicon {
  const set = new TableSet();
  const lex: Lexicon = {
    tables: set,
    month: new PhraseTable(set),
    monthWords: new Set(),
    weekday: new PhraseTable(set),
    weekdayAfterModifier: new PhraseTable(set),
    dayWord: new PhraseTable(set),
    ordinalSuffix: new Set(),
    dayMonthJoiner: new PhraseTable(set),
    dayOfMonthNoun: new PhraseTable(set),
    dayOfMonthModifier: new PhraseTable(set),
    partOfDay: new PhraseTable(set),
    partOfDayBefore: new PhraseTable(set),
    joiner: new PhraseTable(set),
    pairJoiner: new PhraseTable(set),
    relative: new PhraseTable(set),
    notDate: new PhraseTable(set),
    weekdayModifier: new PhraseTable(set),
    weekModifier: new PhraseTable(set),
    count: new PhraseTable(set),
    unit: new PhraseTable(set),
    ago: new PhraseTable(set),
    agoAnchor: new Set(),
    fromToday: new PhraseTable(set),
    later: new PhraseTable(set),
    withinAfter: new PhraseTable(set),
    withinBefore: new PhraseTable(set),
    yearThenDate: new PhraseTable(set),
    futureSuffixes: [],
    futureWords: new Set(),
    clauseBreaks: new Set(),
    postpositions: new Map(),
    speech: new PhraseTable(set),
    action: new PhraseTable(set),
    informant: new PhraseTable(set),
    embeddedClauseMarkers: new Set(),
    wordOrder: new Map(),
    abbreviations: new Set(),
  };
  for (const loc of locales) {
    const id = loc.id;
    for (const [w, m] of Object.entries(loc.months))
      lex.month.add(w, { month: m, abbrev: false, numericOnly: false }, id);
    for (const [w, m] of Object.entries(loc.monthAbbreviations ?? {}))
      lex.month.add(w, { month: m, abbrev: true, numericOnly: false }, id);
    for (const [w, m] of Object.entries(loc.monthsInNumericDates ?? {}))
      lex.month.add(w, { month: m, abbrev: false, numericOnly: true }, id);
    keySet(loc.monthsThatAreWords, lex.monthWords);
    lex.weekday.addAll(loc.weekdays, id);
    lex.weekdayAfterModifier.addAll(loc.weekdaysAfterModifier, id);
    lex.dayWord.addAll(loc.dayWords, id);
    keySet(loc.ordinalSuffixes, lex.ordinalSuffix);
    lex.dayMonthJoiner.addList(loc.dayMonthJoiners, true, id);
    lex.dayOfMonthNoun.addList(loc.dayOfMonthNouns, true, id);
    lex.dayOfMonthModifier.addAll(loc.dayOfMonthModifiers, id);
    lex.partOfDay.addAll(loc.partsOfDay, id);
    lex.partOfDayBefore.addAll(loc.partsOfDayBefore, id);
    lex.joiner.addList(loc.joiners, true, id);
    lex.pairJoiner.addList(loc.pairJoiners, true, id);
    lex.relative.addAll(loc.relative, id);
    lex.notDate.addList(loc.notDates, true, id);
    lex.weekdayModifier.addAll(loc.weekdayModifiers, id);
    lex.weekModifier.addAll(loc.weekModifiers, id);
    lex.count.addAll(loc.counts, id);
    lex.unit.addAll(loc.units, id);
    lex.ago.addList(loc.ago, true, id);
    keySet(loc.agoAnchors, lex.agoAnchor);
    lex.fromToday.addList(loc.fromToday, true, id);
    lex.later.addList(loc.later, true, id);
    lex.withinAfter.addList(loc.withinAfter, true, id);
    lex.withinBefore.addList(loc.withinBefore, true, id);
    lex.yearThenDate.addList(loc.yearThenDate, true, id);
    for (const s of loc.futureSuffixes ?? []) lex.futureSuffixes.push(normalize(s).text.toLowerCase());
    keySet(loc.futureWords, lex.futureWords);
    keySet(loc.clauseBreaks, lex.clauseBreaks);
    for (const p of loc.postpositions ?? []) for (const k of keysOf(p).keys) lex.postpositions.set(k, id);
    lex.speech.addList(loc.speechCues, true, id);
    lex.action.addList(loc.actionCues, true, id);
    lex.informant.addList(loc.informantCues, true, id);
    keySet(loc.embeddedClauseMarkers, lex.embeddedClauseMarkers);
    lex.wordOrder.set(id, loc.wordOrder);
    keySet(loc.abbreviations, lex.abbreviations);
  }
  return lex;
}
