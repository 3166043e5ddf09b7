// The cue corpora of every locale: each phrase yields exactly the listed values of its cue family.
import { describe, expect, it } from "vitest";
import type { CueCase } from "../locales/corpus-types.js";
import { enCueCorpus } from "../locales/en/crime.corpus.js";
import { hiCueCorpus } from "../locales/hi/crime.corpus.js";
import { type CueFamily, LEX } from "../locales/index.js";
import { normalize } from "../text/normalize.js";
import { annotateCues, within } from "./cues.js";

function run(name: string, corpus: CueCase[]) {
  describe(name, () => {
    for (const [text, family, values] of corpus)
      it(`${family}: ${text}`, () => {
        expect(Object.keys(LEX)).toContain(family);
        const t = normalize(text).text;
        const got = annotateCues(t)[family as CueFamily].map((m) => m.value);
        expect(got).toEqual(values);
      });
  });
}

run("hi cue corpus", hiCueCorpus);
run("en cue corpus", enCueCorpus);

describe("within", () => {
  it("returns the matches starting in a range, by binary search", () => {
    const list = [0, 5, 10, 15, 20].map((start) => ({ start, end: start + 2 }));
    expect(within(list, 5, 16).map((m) => m.start)).toEqual([5, 10, 15]);
    expect(within(list, 21, 30)).toEqual([]);
  });
});
