// The shape of the people corpora (src/locales/<lang>/people.corpus.ts) and how an entry is checked against
// findPersons: the persons found (one per name) must be exactly those expected, and withheld names must appear
// nowhere in the output.

import { Doc } from "../core/document.js";
import { countWithheldVictimNames, findPersons, type PersonMention } from "./find.js";
import type { Role } from "./locale.js";

export interface PersonExpectation {
  name: string;
  /** Devanagari as written, when it should be checked */
  native?: string;
  kind: "official" | "accused" | "other";
  rank?: string | null;
  role?: Role | null;
  status?: "arrested" | "absconding" | "wanted" | null;
  aliases?: string[];
}

export interface PeopleExpectation {
  persons: PersonExpectation[];
  /** how many victims' names must be withheld (default 0) */
  victims?: number;
  /** victims' names (in any script) that must not appear in the output */
  withheld?: string[];
}

export type PeopleCorpusEntry = [string, PeopleExpectation];

/** one entry per person: the first mention of each name */
export function personsOf(mentions: PersonMention[]): PersonMention[] {
  const seen = new Map<string, PersonMention>();
  for (const m of mentions) if (!seen.has(m.name)) seen.set(m.name, m);
  return [...seen.values()];
}

/** everything findPersons lets out of a document, as text (to look for withheld names in it) */
export function outputText(doc: Doc, mentions: PersonMention[]): string {
  return mentions
    .flatMap((m) => [m.name, m.nameNative ?? "", ...m.aliases, doc.text.slice(m.start, m.end)])
    .join(" | ");
}

/** the differences between what the corpus expects and what findPersons returns (empty when they agree) */
export function checkEntry([text, want]: PeopleCorpusEntry): string[] {
  const doc = new Doc({ text });
  const mentions = findPersons(doc);
  const got = personsOf(mentions);
  const problems: string[] = [];
  for (const w of want.persons) {
    const g = got.find((p) => p.name === w.name);
    if (!g) {
      problems.push(`missing ${w.name} (${w.kind}); got ${got.map((p) => `${p.name}/${p.kind}`).join(", ") || "none"}`);
      continue;
    }
    if (g.kind !== w.kind) problems.push(`${w.name}: kind ${g.kind}, expected ${w.kind}`);
    if (w.native !== undefined && g.nameNative !== w.native) problems.push(`${w.name}: native ${g.nameNative}`);
    if (w.rank !== undefined && g.rank !== w.rank) problems.push(`${w.name}: rank ${g.rank}, expected ${w.rank}`);
    if (w.role !== undefined && g.role !== w.role) problems.push(`${w.name}: role ${g.role}, expected ${w.role}`);
    if (w.status !== undefined && g.status !== w.status)
      problems.push(`${w.name}: status ${g.status}, expected ${w.status}`);
    if (w.aliases !== undefined && g.aliases.join("|") !== w.aliases.join("|"))
      problems.push(`${w.name}: aliases ${g.aliases.join("|")}, expected ${w.aliases.join("|")}`);
  }
  for (const g of got)
    if (!want.persons.some((w) => w.name === g.name)) problems.push(`unexpected ${g.name} (${g.kind})`);
  const victims = countWithheldVictimNames(doc);
  if (victims !== (want.victims ?? 0)) problems.push(`victims withheld ${victims}, expected ${want.victims ?? 0}`);
  const out = outputText(doc, mentions);
  for (const name of want.withheld ?? []) if (out.includes(name)) problems.push(`victim name "${name}" in the output`);
  return problems;
}
