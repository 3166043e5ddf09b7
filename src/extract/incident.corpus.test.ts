// Runs the incident corpora of every locale through the whole pipeline (the corpus is the test).
import { describe, expect, it } from "vitest";
import type { IncidentRecord } from "../core/record.js";
import type { IncidentCase } from "../locales/corpus-types.js";
import { LOCALE_PACKS } from "../locales/registry.js";
import { extract } from "../pipeline.js";

function field(r: IncidentRecord, path: string): unknown {
  if (path.startsWith("seized.")) {
    const s = r.seized.find((x) => x.item === path.slice(7));
    return s ? (s.item === "cash" ? s.amount_inr : s.count) : undefined;
  }
  let v: unknown = r;
  for (const k of path.split(".")) v = (v as Record<string, unknown> | null)?.[k];
  return v;
}

function runCorpus(name: string, corpus: readonly IncidentCase[]) {
  describe(name, () => {
    corpus.forEach((c, i) => {
      it(`#${i + 1}: ${c.text.slice(0, 60)}`, () => {
        const res = extract({ id: `${name}-${i}`, text: c.text, published: c.published ?? null });
        expect(res.relevant, res.relevance.reasons.join("; ")).toBe(c.expect.relevant);
        for (const [j, exp] of (c.expect.incidents ?? []).entries()) {
          const got = res.incidents[j];
          expect(got, `incident ${j} missing`).toBeDefined();
          for (const [path, want] of Object.entries(exp)) {
            const have = field(got!, path);
            if (Array.isArray(want)) expect([...((have as unknown[]) ?? [])].sort(), path).toEqual([...want].sort());
            else expect(have, path).toEqual(want);
          }
        }
      });
    });
  });
}

for (const pack of LOCALE_PACKS) if (pack.examples) runCorpus(`${pack.id} incident corpus`, pack.examples);

it("the locales hold example reports (the corpus above, and a batch run's warm-up)", () => {
  expect(LOCALE_PACKS.filter((p) => p.examples?.length).length).toBeGreaterThanOrEqual(2);
});
