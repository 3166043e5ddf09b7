// Runs the place corpora of the locales (src/locales/{hi,en}/places.corpus.ts): every sentence must give exactly
// the expected places, in order, after context resolution.
import { describe, expect, it } from "vitest";
import { EN_PLACES_CORPUS, HINGLISH_PLACES_CORPUS } from "../locales/en/places.corpus.js";
import { HI_PLACES_CORPUS } from "../locales/hi/places.corpus.js";
import { normalize } from "../text/normalize.js";
import { findPlaces, resolvePlaces } from "./index.js";

/** Render a resolved place as the corpus writes it, with "#district" only when the expectation has one. */
function render(
  expected: string | undefined,
  p: { kind: string; name: string; state: string | null; district: string | null },
  demonym: boolean,
): string {
  if (demonym) return `demonym:${p.name}`;
  let s = `${p.kind}:${p.name}${p.kind === "country" || p.kind === "state" ? "" : `@${p.state}`}`;
  if (expected?.includes("#")) s += `#${p.district}`;
  return s;
}

function run(sentence: string, expected: string[]): string[] {
  const matches = findPlaces(normalize(sentence).text);
  const places = resolvePlaces(matches);
  return matches.map((m, i) => render(expected[i], places[i]!, m.demonym));
}

for (const [name, corpus] of [
  ["hi", HI_PLACES_CORPUS],
  ["en", EN_PLACES_CORPUS],
  ["hinglish", HINGLISH_PLACES_CORPUS],
] as const) {
  describe(`places corpus (${name})`, () => {
    it.each(corpus)("%s", (sentence, expected) => {
      expect(run(sentence, expected)).toEqual(expected);
    });
  });
}
