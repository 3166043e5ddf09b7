// Acceptance of the store, ingestion and deduplication on the shared corpora (reads ../shared):
// - after ingesting dev.jsonl and the seed, each group of dev-clusters.json is one incident and no other two dev
//   documents share an incident;
// - ingesting the news sets and dev.jsonl a second time adds nothing;
// - killing `mukti ingest` with SIGKILL at random points five times and rerunning it ends with the same database
//   content as an uninterrupted run.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ingest } from "../src/ingest/run.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { describeShared, REPO, readJson, sharedPath } from "./shared.js";

const dir = mkdtempSync(join(tmpdir(), "mukti-ingest-"));
const BIN = join(REPO, "bin/mukti.mjs");

describeShared("store acceptance (reads ../shared/corpus and ../shared/ext/news)", () => {
  it("merges exactly the dev reports of one incident (dev-clusters.json)", async () => {
    const store = new SqliteStore(join(dir, "dev.db"));
    await ingest(store, [sharedPath("corpus/seed.jsonl"), sharedPath("corpus/dev.jsonl")]);
    const clusters = readJson<{ same_incident: string[][]; uncertain_pairs: string[][] }>("corpus/dev-clusters.json");
    const devIds = new Set(
      readFileSync(sharedPath("corpus/dev.jsonl"), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { id: string }).id),
    );
    const rows = await store.incidents({ limit: 1000 });
    const groupOf = new Map<string, number>();
    clusters.same_incident.forEach((g, i) => {
      for (const id of g) groupOf.set(id, i);
    });
    const uncertain = new Set(clusters.uncertain_pairs.map((p) => [...p].sort().join("|")));
    const problems: string[] = [];
    for (const g of clusters.same_incident)
      if (!rows.some((r) => g.every((id) => r.documents.includes(id))))
        problems.push(
          `not merged: ${g.join(" + ")} (${g
            .map((id) =>
              rows
                .filter((r) => r.documents.includes(id))
                .map((r) => r.id)
                .join("/"),
            )
            .join(" vs ")})`,
        );
    for (const r of rows) {
      const docs = r.documents.filter((d) => devIds.has(d));
      for (let i = 0; i < docs.length; i++)
        for (let j = i + 1; j < docs.length; j++) {
          const [a, b] = [docs[i]!, docs[j]!];
          const same = groupOf.has(a) && groupOf.get(a) === groupOf.get(b);
          if (!same && !uncertain.has([a, b].sort().join("|"))) problems.push(`wrongly merged: ${a} + ${b} in ${r.id}`);
        }
    }
    console.log(
      `dev: ${rows.length} incidents; ${clusters.same_incident.length} groups checked; problems: ${problems.length ? problems.join("; ") : "none"}`,
    );
    expect(problems).toEqual([]);
    await store.close();
  }, 120_000);

  it("adds nothing when the news sets and dev.jsonl are ingested again", async () => {
    const store = new SqliteStore(join(dir, "news.db"));
    const sources = [
      "ext/news/bbc_hindi_test.jsonl",
      "ext/news/indian_english_news_summary.jsonl",
      "ext/news/india_police_events_toi2002.jsonl",
      "ext/news/hindi_crime_headlines_2025.jsonl",
      "corpus/dev.jsonl",
    ].map(sharedPath);
    const first = await ingest(store, sources);
    const before = store.snapshot();
    const second = await ingest(store, sources);
    console.log(`first run: ${JSON.stringify(first)}\nsecond run: ${JSON.stringify(second)}`);
    expect(first.added).toBeGreaterThan(3000);
    expect(second.added).toBe(0);
    expect(second.known + second.republished).toBe(second.read);
    expect(store.snapshot()).toEqual(before);
    await store.close();
  }, 300_000);

  it("ends with the same content after five SIGKILLs and reruns as after one uninterrupted run", async () => {
    // ~900 documents: dev, the seed and two news sets, as one JSONL file
    const input = join(dir, "kill-input.jsonl");
    writeFileSync(
      input,
      [
        "corpus/seed.jsonl",
        "corpus/dev.jsonl",
        "ext/news/bbc_hindi_test.jsonl",
        "ext/news/indian_english_news_summary.jsonl",
      ]
        .map((f) => readFileSync(sharedPath(f), "utf8").trim())
        .join("\n"),
    );
    const run = (db: string) =>
      spawnSync(process.execPath, [BIN, "ingest", input, "--db", db, "--quiet"], { encoding: "utf8" });
    const clean = join(dir, "clean.db");
    const t0 = performance.now();
    expect(run(clean).status).toBe(0);
    const fullMs = performance.now() - t0;

    const killed = join(dir, "killed.db");
    let seed = 20261129;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const kills: number[] = [];
    for (let k = 0; k < 5; k++) {
      const after = 300 + random() * Math.max(500, fullMs * 0.6);
      kills.push(Math.round(after));
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, "ingest", input, "--db", killed, "--quiet"], { stdio: "ignore" });
        const timer = setTimeout(() => child.kill("SIGKILL"), after);
        child.on("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    expect(run(killed).status).toBe(0);
    console.log(`uninterrupted run ${fullMs.toFixed(0)} ms; killed after ${kills.join(", ")} ms, then completed`);
    const a = new SqliteStore(clean);
    const b = new SqliteStore(killed);
    expect(b.snapshot()).toEqual(a.snapshot());
    await a.close();
    await b.close();
  }, 300_000);
});
