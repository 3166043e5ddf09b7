// Every extracted value carries evidence: spans of the input as given, whose quote is exactly the input's text there,
// and the name of the rule that produced it. Checked on the example reports (written for Mukti) and the fixtures.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REDACTED } from "../src/core/document.js";
import type { IncidentRecord } from "../src/core/record.js";
import type { Evidence } from "../src/core/types.js";
import { extract } from "../src/pipeline.js";
import { hasShared, REPO, sharedPath } from "./shared.js";

const SCALARS = [
  "exploitation",
  "event_date",
  "location.state",
  "location.district",
  "location.city",
  "location.locality",
  "location.police_station",
  "location.venue",
  "victims.rescued",
  "victims.minors",
  "victims.gender",
  "arrests.total",
  "arrests.by_role.operator",
  "arrests.by_role.broker",
  "arrests.by_role.customer",
  "arrests.by_role.other",
  "active_since",
] as const;
const LISTS = ["actions", "agencies", "platforms", "laws", "indicators", "victims.foreign"] as const;

function get(r: IncidentRecord, path: string): unknown {
  let v: unknown = r;
  for (const k of path.split(".")) v = (v as Record<string, unknown> | null)?.[k];
  return v;
}

function checkEvidence(text: string, ev: Evidence[] | undefined, what: string) {
  expect(ev?.length, `${what} has no evidence`).toBeGreaterThan(0);
  for (const e of ev!) {
    // the quote is the input at its span, except a withheld victim name, shown as REDACTED
    const parts = e.quote.split(REDACTED);
    if (parts.length === 1)
      expect(text.slice(e.start, e.end), `${what}: quote must be the input at its span`).toBe(e.quote);
    else {
      expect(text.slice(e.start, e.end).startsWith(parts[0]!), `${what}: redacted quote`).toBe(true);
      expect(text.slice(e.start, e.end).endsWith(parts[parts.length - 1]!), `${what}: redacted quote`).toBe(true);
    }
    expect(e.rule.length, `${what}: rule name`).toBeGreaterThan(0);
    expect(["stated", "implied"]).toContain(e.basis);
  }
}

const docs = [
  // the shared dev set too, when it is here (CI always has it)
  ...(hasShared ? readFileSync(sharedPath("corpus/dev.jsonl"), "utf8").split("\n") : []),
  ...readFileSync(join(REPO, "examples/reports.jsonl"), "utf8").split("\n"),
  ...readFileSync(join(REPO, "test/fixtures/holdout-hi.jsonl"), "utf8").split("\n"),
  ...readFileSync(join(REPO, "test/fixtures/holdout-en.jsonl"), "utf8").split("\n"),
]
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; published?: string });

describe("evidence for every value", () => {
  for (const d of docs)
    it(d.id, () => {
      const res = extract({ id: d.id, text: d.text, published: d.published ?? null });
      for (const r of res.incidents) {
        for (const path of SCALARS)
          if (get(r, path) !== null && get(r, path) !== undefined) checkEvidence(d.text, r.evidence[path], path);
        for (const path of LISTS) if ((get(r, path) as unknown[]).length) checkEvidence(d.text, r.evidence[path], path);
        for (const a of r.accused) checkEvidence(d.text, a.evidence, `accused ${a.name}`);
        for (const o of r.officials) checkEvidence(d.text, o.evidence, `official ${o.name}`);
        for (const s of r.seized) checkEvidence(d.text, s.evidence, `seized ${s.item}`);
        for (const o of r.victims.origins) checkEvidence(d.text, o.evidence, `origin ${o.place}`);
      }
    });
});
