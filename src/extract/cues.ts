// Cue annotation: every lexicon family is matched once over the whole normalised text (on first use); extractors then ask for
// the cues inside a sentence by binary search instead of re-scanning text.
import { type CueFamily, LEX } from "../locales/index.js";
import type { LexMatch } from "../text/lexicon.js";

export type CueIndex = { readonly [K in CueFamily]: LexMatch<LexValue<K>>[] };
type LexValue<K extends CueFamily> = (typeof LEX)[K] extends { find(t: string): LexMatch<infer V>[] } ? V : never;

export function annotateCues(text: string): CueIndex {
  // each family is matched when first asked for: relevance needs a few families, and most documents stop there
  const out = {};
  for (const [family, lex] of Object.entries(LEX)) {
    let found: LexMatch<unknown>[] | undefined;
    Object.defineProperty(out, family, { enumerable: true, get: () => (found ??= lex.find(text)) });
  }
  return out as CueIndex;
}

/** Matches of a sorted list that start in [start, end). */
export function within<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) out.push(list[i]!);
  return out;
}
