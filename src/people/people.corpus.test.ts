import { describe, expect, it } from "vitest";
import { EN_PEOPLE_CORPUS } from "../locales/en/people.corpus.js";
import { HI_PEOPLE_CORPUS } from "../locales/hi/people.corpus.js";
import { checkEntry } from "./corpus.js";

describe.each([
  ["hi", HI_PEOPLE_CORPUS],
  ["en", EN_PEOPLE_CORPUS],
])("people corpus %s", (_lang, corpus) => {
  it.each(corpus.map((e) => [e[0], e] as const))("%s", (_text, entry) => {
    expect(checkEntry(entry)).toEqual([]);
  });
});
