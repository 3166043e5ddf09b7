// A compiled lexicon: many terms in one regular expression, matched in one pass, leftmost-longest.
//
// Term syntax (kept tiny so lexicons stay readable data):
//   "देह व्यापार"   the exact words (spaces match any run of spaces or a hyphen: "देह-व्यापार")
//   "लड़कि*"        a stem: any word that starts so ("लड़कियां", "लड़कियों")
//   "raid*"        same in Latin script ("raided", "raids")
// Matching is case-insensitive for Latin. Word boundaries are script-aware: JavaScript's \b knows nothing of
// Devanagari, so a boundary is "not a letter, mark or digit" on each side.

import { normalize } from "./normalize.js";

export interface LexEntry<T> {
  term: string;
  value: T;
}

export interface LexMatch<T> {
  start: number;
  end: number;
  value: T;
  /** the lexicon term that matched, as written in the lexicon */
  term: string;
}

// Letters, marks and digits of the scripts Mukti reads (Latin with accents, Devanagari without its danda).
// Explicit ranges rather than \p{L}: without the "u" flag V8 runs these big alternations several times faster.
const WORD_CHAR = "A-Za-z0-9_\\u00C0-\\u024F\\u0900-\\u0963\\u0966-\\u097F";

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function termPattern(term: string): string {
  const stem = term.endsWith("*");
  const body = normalize(stem ? term.slice(0, -1) : term).text.trim();
  const parts = body.split(/[\s-]+/).map(escapeRe);
  // words of a multi-word term may be joined by spaces, hyphens or nothing at all ("देह व्यापार" / "देहव्यापार")
  let p = parts.join("[\\s-]*");
  if (stem) p += `[${WORD_CHAR}]*`;
  return p;
}

export class Lexicon<T> {
  private readonly re: RegExp;
  private readonly byPattern: { re: RegExp; entry: LexEntry<T> }[];
  /** byPattern grouped by the first character of the term, lower-cased (a matched surface starts with it) */
  private readonly byFirst = new Map<string, { re: RegExp; entry: LexEntry<T> }[]>();
  /** matched surface (lower-cased) → entry: the same words recur, so the per-entry scan runs once per surface */
  private readonly memo = new Map<string, LexEntry<T> | null>();

  constructor(entries: readonly LexEntry<T>[]) {
    // longest terms first so the alternation prefers the longest match at a position
    const sorted = [...entries].sort((a, b) => b.term.length - a.term.length);
    this.byPattern = sorted.map((entry) => ({
      re: new RegExp(`^(?:${termPattern(entry.term)})(?![${WORD_CHAR}])`, "i"),
      entry,
    }));
    for (const p of this.byPattern) {
      const first = normalize(p.entry.term).text.trim().charAt(0).toLowerCase();
      const list = this.byFirst.get(first) ?? [];
      this.byFirst.set(first, list);
      list.push(p);
    }
    const alt = sorted.map((e) => termPattern(e.term)).join("|");
    this.re = new RegExp(`(?<![${WORD_CHAR}])(?:${alt})(?![${WORD_CHAR}])`, "gi");
  }

  /**
   * A lexicon of some of these terms. Where it finds nothing, this lexicon finds none of those terms either: a
   * small expression that rules out the costly match of a large one (e.g. rescue verbs before all actions).
   */
  subset(keep: (entry: LexEntry<T>) => boolean): Lexicon<T> {
    return new Lexicon(this.byPattern.map((p) => p.entry).filter(keep));
  }

  static from<T>(map: Readonly<Record<string, readonly string[]>>): Lexicon<T> {
    const entries: LexEntry<T>[] = [];
    for (const [value, terms] of Object.entries(map))
      for (const term of terms) entries.push({ term, value: value as T });
    return new Lexicon(entries);
  }

  /** All matches in text order (non-overlapping). */
  find(text: string, from = 0, to = text.length): LexMatch<T>[] {
    const out: LexMatch<T>[] = [];
    const re = this.re;
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const hit = m[0];
      const entry = this.entryFor(hit);
      if (entry) out.push({ start: m.index, end: m.index + hit.length, value: entry.value, term: entry.term });
    }
    return out;
  }

  private entryFor(hit: string): LexEntry<T> | undefined {
    const key = hit.toLowerCase();
    let e = this.memo.get(key);
    if (e === undefined) {
      // the terms that start as the surface does, in the alternation's order (all of them: a character whose case
      // the expression folds otherwise than toLowerCase falls back to the whole list)
      const test = (p: { re: RegExp }) => p.re.test(hit);
      e = (this.byFirst.get(hit.charAt(0).toLowerCase())?.find(test) ?? this.byPattern.find(test))?.entry ?? null;
      if (this.memo.size > 50_000) this.memo.clear(); // bound memory on huge inputs
      this.memo.set(key, e);
    }
    return e ?? undefined;
  }

  /** true when any term occurs in text[from, to) */
  test(text: string, from = 0, to = text.length): boolean {
    return this.find(text, from, to).length > 0;
  }
}
