// Cue annotation: every lexicon family is matched once over the whole normalised text (on first use); extractors then ask for
// the cues inside a sentence by binary search instead of re-scanning text.
import { type CueFamily, LEX } from "../locales/index.js";
import type { LexMatch } from "../text/lexicon.js";

export type CueIndex = { readonly [K in CueFamily]: LexMatch<LexValue<K>>[] };
type LexValue<K extends CueFamily> = (typeof LEX)[K] extends { find(t: string): LexMatch<infer V>[] } ? V : never;

/**
 * Each family is matched when first asked for: relevance needs a few families, and most documents stop there. The
 * getters live on one prototype built at load, so a document's index is one small object, not thirty properties
 * defined anew.
 */
class LazyCues {
  readonly found: (LexMatch<unknown>[] | undefined)[] = [];
  constructor(readonly text: string) {}
}
for (const [i, [family, lex]] of Object.entries(LEX).entries())
  Object.defineProperty(LazyCues.prototype, family, {
    enumerable: true,
    get(this: LazyCues) {
      let found = this.found[i];
      if (found === undefined) {
        found = lex.find(this.text);
        this.found[i] = found;
      }
      return found;
    },
  });

export function annotateCues(text: string): CueIndex {
  return new LazyCues(text) as unknown as CueIndex;
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
