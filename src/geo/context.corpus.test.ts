// Runs the context corpus (context.corpus.ts): each case's mention must resolve to the expected place after
// normalize → findPlaces → resolvePlaces over the whole text. Cases marked `needs: "data"` wait for the gazetteer
// to know a place or a name: they are run and reported, not failed.
import { describe, expect, it } from "vitest";
import { normalize } from "../text/normalize.js";
import { CONTEXT_CORPUS, type ContextCase } from "./context.corpus.js";
import { findPlaces, type Place, resolvePlaces } from "./index.js";

const label = (p: Place | null | undefined) =>
  p ? `${p.kind}:${p.name}@${p.state ?? p.country}${p.district ? `#${p.district}` : ""}` : "none";

/** The problem with a case, or null when it resolves as expected. */
function check(c: ContextCase): string | null {
  const text = normalize(c.text).text;
  const mention = normalize(c.mention).text;
  let at = -1;
  for (let n = 0; n < (c.occurrence ?? 1); n++) {
    at = text.indexOf(mention, at + 1);
    if (at < 0) return `the text has no occurrence ${c.occurrence ?? 1} of "${c.mention}"`;
  }
  const matches = findPlaces(text);
  const places = resolvePlaces(matches);
  const i = matches.findIndex((m) => m.start <= at && at < m.end);
  const got = i >= 0 ? places[i]! : null;
  const e = c.expected;
  const ok = e
    ? !!got &&
      got.name === e.name &&
      got.kind === e.kind &&
      got.state === e.state &&
      (e.district === undefined || got.district === e.district)
    : got === null;
  if (ok) return null;
  const want = e ? `${e.kind}:${e.name}@${e.state}${e.district ? `#${e.district}` : ""}` : "no place";
  const cands = i >= 0 ? `${matches[i]!.rule}: ${matches[i]!.places.map(label).join(" | ")}` : "(not found)";
  const all = matches.map((m, k) => `${m.surface}→${label(places[k])}`).join(", ");
  return `\n  text: ${c.text}\n  mention: ${c.mention} #${c.occurrence ?? 1} (${c.why})\n  expected: ${want}\n  got: ${label(got)}\n  candidates: ${cands}\n  all: ${all}`;
}

describe("place resolution by context (context.corpus.ts)", () => {
  const real = CONTEXT_CORPUS.filter((c) => !c.needs);
  const blocked = CONTEXT_CORPUS.filter((c) => c.needs);

  it("has at least 30 cases that need no new data", () => {
    expect(real.length).toBeGreaterThanOrEqual(30);
  });

  it.each(real.map((c) => [`${c.mention} #${c.occurrence ?? 1}: ${c.text}`, c] as const))("%s", (_, c) => {
    const problem = check(c);
    expect(problem, problem ?? "").toBeNull();
  });

  it("reports the cases blocked on gazetteer data", () => {
    for (const c of blocked) {
      const problem = check(c);
      console.log(problem ? `blocked on ${c.needs}:${problem}` : `passes now, drop needs: ${c.mention} in ${c.text}`);
    }
    expect(blocked.every((c) => c.needs === "data")).toBe(true);
  });
});
