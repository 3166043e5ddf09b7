// Incident resolution on the dev corpus (reads ../shared): the acceptance of "Store, ingestion and deduplication".
// Every group of dev-clusters.json is one incident, no other two dev documents share one, the grouping does not
// depend on the input order, and blocking compares far fewer pairs than all. The relevant reports of the external
// news sets join in as reports that must not be merged with any dev document.
import { readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { describeShared, readJson, readJsonl, sharedPath } from "../../test/shared.js";
import { extract } from "../pipeline.js";
import { IncidentIndex } from "./cluster.js";
import { sameIncident } from "./decide.js";
import { blockingKeys } from "./keys.js";
import type { ExtractedIncident } from "./types.js";

interface SharedDoc {
  id: string;
  text: string;
  published?: string | null;
  date?: string | null;
  outlet?: string | null;
}

function incidentsOf(docs: SharedDoc[]): ExtractedIncident[] {
  return docs.flatMap((d) => {
    const published = d.published ?? d.date ?? null;
    return extract({ id: d.id, text: d.text, published }).incidents.map((record, index) => ({
      docId: d.id,
      index,
      record,
      text: d.text,
      published,
      outlet: d.outlet ?? null,
    }));
  });
}

/** The documents of each incident with more than one document, as sorted lists, sorted. */
function multiDocIncidents(idx: IncidentIndex): string[][] {
  return idx
    .ids()
    .map((id) => [...new Set(idx.members(id).map((m) => m.docId))].sort())
    .filter((docs) => docs.length > 1)
    .sort((a, b) => a.join().localeCompare(b.join()));
}

/** mulberry32: a seeded shuffle, so a failure can be replayed */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function resolve(incidents: readonly ExtractedIncident[]): IncidentIndex {
  const idx = new IncidentIndex();
  for (const inc of incidents) idx.add(inc);
  return idx;
}

describeShared("incident resolution on dev and seed", () => {
  const docs = [...readJsonl<SharedDoc>("corpus/dev.jsonl"), ...readJsonl<SharedDoc>("corpus/seed.jsonl")];
  const clusters = readJson<{ same_incident: string[][]; uncertain_pairs: string[][] }>("corpus/dev-clusters.json");
  const incidents = incidentsOf(docs);
  const groupOf = new Map<string, number>();
  for (const [i, g] of clusters.same_incident.entries()) for (const id of g) groupOf.set(id, i);
  const uncertain = new Set(clusters.uncertain_pairs.map((p) => [...p].sort().join("|")));

  it("puts every same_incident group in one incident and no other two documents together", () => {
    const idx = resolve(incidents);
    const violations: string[] = [];
    for (const group of clusters.same_incident) {
      const ok = idx.ids().some((id) => group.every((doc) => idx.members(id).some((m) => m.docId === doc)));
      if (!ok) violations.push(`not joined: ${group.join(" + ")}`);
    }
    for (const docsOf of multiDocIncidents(idx))
      for (const [i, a] of docsOf.entries())
        for (const b of docsOf.slice(i + 1)) {
          const same = groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
          if (!same && !uncertain.has([a, b].sort().join("|"))) violations.push(`false merge: ${a} + ${b}`);
        }
    const pairs = (incidents.length * (incidents.length - 1)) / 2;
    console.log(
      `[dedup] ${docs.length} documents, ${incidents.length} incidents → ${idx.size} resolved; ` +
        `${idx.comparisons} sameIncident calls vs ${pairs} pairs`,
    );
    if (violations.length) console.log(`[dedup] violations:\n  ${violations.join("\n  ")}`);
    expect(violations).toEqual([]);
    expect(idx.comparisons).toBeLessThan(pairs / 10);
  });

  it("judges every pair alike without blocking: same only within a group, and blocking finds every same pair", () => {
    const wrong: string[] = [];
    let same = 0;
    for (const [i, a] of incidents.entries())
      for (const b of incidents.slice(i + 1)) {
        const d = sameIncident(a, b);
        if (!d.same) continue;
        same++;
        const want = groupOf.has(a.docId) && groupOf.get(a.docId) === groupOf.get(b.docId);
        if (!want) wrong.push(`${a.docId}#${a.index} + ${b.docId}#${b.index}: ${d.reasons.join("; ")}`);
        const keys = new Set(blockingKeys(a));
        if (!blockingKeys(b).some((k) => keys.has(k))) wrong.push(`no shared key: ${a.docId} + ${b.docId}`);
      }
    if (wrong.length) console.log(`[dedup] all pairs:\n  ${wrong.join("\n  ")}`);
    expect(wrong).toEqual([]);
    expect(same).toBe(clusters.same_incident.length);
  });

  it("gives the same grouping in shuffled input orders", () => {
    const reference = multiDocIncidents(resolve(incidents));
    for (const seed of [1, 2, 3, 42, 2024])
      expect(multiDocIncidents(resolve(shuffled(incidents, seed)))).toEqual(reference);
  });
});

describeShared("incident resolution with the relevant external news reports", () => {
  const dir = sharedPath("ext/news");
  const external = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readJsonl<SharedDoc>(`ext/news/${f}`));
  const dev = readJsonl<SharedDoc>("corpus/dev.jsonl");

  it("merges no external report with a dev report or with another external report", () => {
    const ext = incidentsOf(external);
    const idx = resolve([...incidentsOf(dev), ...ext]);
    const extIds = new Set(ext.map((i) => i.docId));
    const merges = multiDocIncidents(idx).filter((docs) => docs.some((d) => extIds.has(d)));
    console.log(`[dedup] ${extIds.size} relevant external reports (${ext.length} incidents); merges: ${merges.length}`);
    for (const m of merges) console.log(`  ${m.join(" + ")}`);
    expect(ext.length).toBeGreaterThan(0);
    expect(merges).toEqual([]);
  });
});
