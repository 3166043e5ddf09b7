// The locales' people knowledge compiled once at module load into phrase tables (token sequences, longest match
// first) and word sets. Every language folder contributes; Devanagari and Latin keys never collide, so one table
// serves code-mixed text.

import { localeParts } from "../locales/registry.js";
import { normalize } from "../text/normalize.js";
import type { PeopleLocale, Role } from "./locale.js";
import { type Token, tokenize } from "./tokens.js";

const LOCALES: PeopleLocale[] = localeParts("people");

/** tokens a phrase may skip over: "sub-inspector" = "sub inspector", "a.k.a." = "a k a" */
const SKIPPABLE = new Set(["-", "."]);

export interface PhraseMatch<T> {
  /** first token index */
  start: number;
  /** index after the last token */
  end: number;
  value: T;
  phrase: string;
}

export interface Entry<T> {
  keys: string[];
  value: T;
  phrase: string;
}

export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  constructor(
    readonly name: string,
    entries: Iterable<[string, T]>,
    readonly caseSensitive = false,
  ) {
    for (const [phrase, value] of entries) {
      const keys = tokenize(normalize(phrase).text)
        .filter((t) => !SKIPPABLE.has(t.text))
        .map((t) => (caseSensitive ? t.text : t.key));
      if (keys.length === 0) continue;
      const list = this.byFirst.get(keys[0]!) ?? [];
      list.push({ keys, value, phrase });
      this.byFirst.set(keys[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  private keyOf(t: Token): string {
    return this.caseSensitive ? t.text : t.key;
  }

  /** the compiled phrases, grouped by their first key */
  groups(): Iterable<[string, Entry<T>[]]> {
    return this.byFirst.entries();
  }

  /** the longest phrase starting at token i, or null */
  matchAt(tokens: Token[], i: number): PhraseMatch<T> | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(this.keyOf(first));
    if (!list) return null;
    for (const e of list) {
      const end = matchEntry(tokens, i, e.keys, this.caseSensitive);
      if (end >= 0) return { start: i, end, value: e.value, phrase: e.phrase };
    }
    return null;
  }

  /** every match in the token list, longest at each start (overlaps allowed) */
  scan(tokens: Token[]): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = this.matchAt(tokens, i);
      if (m) out.push(m);
    }
    return out;
  }
}

/** index after the phrase `keys` matched at token i, or -1 */
function matchEntry(tokens: Token[], i: number, keys: string[], caseSensitive: boolean): number {
  const first = tokens[i]!;
  let j = i;
  for (let k = 0; k < keys.length; k++) {
    if (k > 0) {
      while (j < tokens.length && SKIPPABLE.has(tokens[j]!.text) && tokens[j]!.sent === first.sent) j++;
    }
    const t = tokens[j];
    if (!t || (caseSensitive ? t.text : t.key) !== keys[k] || (k > 0 && t.nl)) return -1;
    j++;
  }
  return j;
}

/**
 * Several tables merged for one pass over the tokens: at each token one lookup finds the longest match of every
 * table (this is where the time goes, so it is done once per document).
 */
export class CueScanner {
  private readonly insensitive = new Map<string, { table: number; e: Entry<unknown> }[]>();
  private readonly sensitive = new Map<string, { table: number; e: Entry<unknown> }[]>();

  constructor(readonly tables: PhraseTable<unknown>[]) {
    tables.forEach((t, table) => {
      const target = t.caseSensitive ? this.sensitive : this.insensitive;
      for (const [first, entries] of t.groups()) {
        const list = target.get(first) ?? [];
        for (const e of entries) list.push({ table, e });
        target.set(first, list);
      }
    });
    // grouped by table, longest phrase first within a table
    for (const map of [this.sensitive, this.insensitive]) {
      for (const list of map.values()) list.sort((x, y) => x.table - y.table || y.e.keys.length - x.e.keys.length);
    }
  }

  /** calls found(table index, match) for the longest match of each table starting at token i */
  scanAt(tokens: Token[], i: number, found: (table: number, m: PhraseMatch<unknown>) => void): void {
    const t = tokens[i]!;
    const a = this.insensitive.get(t.key);
    if (a) this.scanList(a, tokens, i, false, found);
    const b = this.sensitive.get(t.text);
    if (b) this.scanList(b, tokens, i, true, found);
  }

  private scanList(
    list: { table: number; e: Entry<unknown> }[],
    tokens: Token[],
    i: number,
    cs: boolean,
    found: (table: number, m: PhraseMatch<unknown>) => void,
  ): void {
    // entries of one table are sorted longest first, so the first match of a table is its longest
    let last = -1;
    for (const { table, e } of list) {
      if (table === last) continue;
      const end = matchEntry(tokens, i, e.keys, cs);
      if (end < 0) continue;
      last = table;
      found(table, { start: i, end, value: e.value, phrase: e.phrase });
    }
  }
}

function words(list: string[], lower = true): Set<string> {
  const s = new Set<string>();
  for (const w of list) {
    const n = normalize(w).text;
    s.add(lower ? n.toLowerCase() : n);
  }
  return s;
}

function pairs<T>(pick: (l: PeopleLocale) => Record<string, T>): [string, T][] {
  return LOCALES.flatMap((l) => Object.entries(pick(l)));
}

function flags(pick: (l: PeopleLocale) => string[]): [string, true][] {
  return LOCALES.flatMap((l) => pick(l).map((p): [string, true] => [p, true]));
}

export type StatusValue = "arrested" | "absconding" | "wanted";

export const LEX = {
  ranks: new PhraseTable<string>(
    "rank",
    pairs((l) => l.ranks),
  ),
  rankAcronyms: new PhraseTable<string>(
    "rank-acronym",
    pairs((l) => l.rankAcronyms),
    true,
  ),
  roles: new PhraseTable<Role | null>(
    "role",
    pairs((l) => l.roles),
  ),
  rolesAsWritten: new PhraseTable<Role | null>(
    "role-as-written",
    pairs((l) => l.rolesAsWritten),
    true,
  ),
  accusedAfter: new PhraseTable<true>(
    "accused-after",
    flags((l) => l.accusedAfter),
  ),
  accusedBefore: new PhraseTable<true>(
    "accused-before",
    flags((l) => l.accusedBefore),
  ),
  status: new PhraseTable<StatusValue>("status", [
    ...LOCALES.flatMap((l) => l.status.arrested.map((p): [string, StatusValue] => [p, "arrested"])),
    ...LOCALES.flatMap((l) => l.status.absconding.map((p): [string, StatusValue] => [p, "absconding"])),
    ...LOCALES.flatMap((l) => l.status.wanted.map((p): [string, StatusValue] => [p, "wanted"])),
  ]),
  notArrested: new PhraseTable<true>(
    "not-arrested",
    flags((l) => l.status.notArrested),
  ),
  victimBefore: new PhraseTable<true>(
    "victim-before",
    flags((l) => l.victimBefore),
  ),
  victimAfter: new PhraseTable<true>(
    "victim-after",
    flags((l) => l.victimAfter),
  ),
  otherBefore: new PhraseTable<true>(
    "other-before",
    flags((l) => l.otherBefore),
  ),
  otherAfter: new PhraseTable<true>(
    "other-after",
    flags((l) => l.otherAfter),
  ),
  credits: new PhraseTable<true>(
    "credit",
    flags((l) => l.credits),
  ),
  personBefore: new PhraseTable<true>(
    "person-before",
    flags((l) => l.personBefore),
  ),
  personAfter: new PhraseTable<true>(
    "person-after",
    flags((l) => l.personAfter),
  ),
  alias: new PhraseTable<true>(
    "alias",
    flags((l) => l.aliasMarkers),
  ),
  honorifics: new PhraseTable<true>(
    "honorific",
    flags((l) => l.honorifics),
  ),
  stop: words(LOCALES.flatMap((l) => [...l.stopwords, ...l.verbs])),
  conj: words(LOCALES.flatMap((l) => l.conjunctions)),
  surnames: words(LOCALES.flatMap((l) => l.surnames)),
  weakSurnames: words(LOCALES.flatMap((l) => l.weakSurnames)),
  nonPersonHeads: words(LOCALES.flatMap((l) => l.nonPersonHeads)),
  nonPersonBefore: words(LOCALES.flatMap((l) => l.nonPersonBefore)),
  particles: words(LOCALES.flatMap((l) => l.nameParticles)),
  qualifiers: words(LOCALES.flatMap((l) => l.rankQualifiers)),
  places: words(LOCALES.flatMap((l) => l.places)),
  followers: words(LOCALES.flatMap((l) => l.nameFollowers)),
  // compared with PhraseMatch.phrase, which is the locale's own text
  naming: new Set(LOCALES.flatMap((l) => l.naming)),
  kinship: new Set(LOCALES.flatMap((l) => l.kinship)),
  listKin: new Set(LOCALES.flatMap((l) => l.listKin)),
  relatives: new Set(LOCALES.flatMap((l) => l.relatives)),
  identification: LOCALES.flatMap((l) => l.identification).map((f) => ({
    opener: normalize(f.opener).text,
    closers: f.closers.map((c) => normalize(c).text),
  })),
  speech: new PhraseTable<true>(
    "speech",
    flags((l) => l.speech),
  ),
  clauseBreaks: words(LOCALES.flatMap((l) => l.clauseBreaks)),
  reporting: words(LOCALES.flatMap((l) => l.reporting)),
  personNouns: words(LOCALES.flatMap((l) => l.personNouns)),
  notInitials: new Set(LOCALES.flatMap((l) => l.notInitials)),
  notNameEnding: LOCALES.flatMap((l) => l.notNameEndings).length
    ? new RegExp(`(${LOCALES.flatMap((l) => l.notNameEndings).join("|")})$`)
    : /(?!)/,
  verbs: words(LOCALES.flatMap((l) => l.verbs)),
};

/** every table whose words are cue words, never name words; scanned together */
export const CUE_TABLES: PhraseTable<unknown>[] = [
  LEX.ranks,
  LEX.rankAcronyms,
  LEX.roles,
  LEX.rolesAsWritten,
  LEX.accusedAfter,
  LEX.accusedBefore,
  LEX.status,
  LEX.notArrested,
  LEX.victimBefore,
  LEX.victimAfter,
  LEX.otherBefore,
  LEX.otherAfter,
  LEX.credits,
  LEX.personBefore,
  LEX.personAfter,
  LEX.alias,
  LEX.honorifics,
];

export const CUE_SCANNER = new CueScanner(CUE_TABLES);
