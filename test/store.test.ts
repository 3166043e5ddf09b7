// The SQLite store with documents written for this test: migrations, idempotent adds, republished content, key
// clashes, Hindi full-text search, filters and paging.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { contentHash } from "../src/ingest/hash.js";
import { reextractAll } from "../src/ingest/run.js";
import type { SourceDoc } from "../src/ingest/types.js";
import { extract } from "../src/pipeline.js";
import { MIGRATIONS } from "../src/store/migrations.js";
import { SqliteStore } from "../src/store/sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "mukti-store-"));
let n = 0;
const stores: SqliteStore[] = [];
const fresh = () => {
  const s = new SqliteStore(join(dir, `t${n++}.db`));
  stores.push(s);
  return s;
};
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => {});
});

const HI =
  "कानपुर: नौबस्ता थाना क्षेत्र में पुलिस ने एक मकान पर छापा मारकर देह व्यापार का भंडाफोड़ किया। मौके से चार युवतियों को मुक्त कराया गया और संचालक राकेश यादव को गिरफ्तार किया गया।";
const EN =
  "Jaipur: Police raided a spa in Malviya Nagar on Friday and rescued five women, including two from Nepal. The spa owner, Deepak Sharma, was arrested.";

async function put(
  store: SqliteStore,
  key: string,
  text: string,
  published = "2024-03-10",
  extra: Partial<SourceDoc> = {},
) {
  const doc: SourceDoc = { key, text, origin: key, published, ...extra };
  return store.addDocument(doc, contentHash(text), extract({ id: key, text, published }));
}

describe("SQLite store", () => {
  it("applies its migrations once and reopens at the same version", async () => {
    const path = join(dir, "reopen.db");
    const a = new SqliteStore(path);
    expect(await a.schemaVersion()).toBe(MIGRATIONS.length);
    await put(a, "d1", HI);
    await a.close();
    const b = new SqliteStore(path);
    stores.push(b);
    expect(await b.schemaVersion()).toBe(MIGRATIONS.length);
    expect((await b.counts()).documents).toBe(1);
  });

  it("stores a document once, records a republished copy as another key, and keeps clashing keys apart", async () => {
    const s = fresh();
    const first = await put(s, "a-1", HI);
    expect(first.status).toBe("added");
    expect(first.incidents).toHaveLength(1);
    expect((await put(s, "a-1", HI)).status).toBe("known");
    // the same story under another URL, with different spacing
    const again = await put(s, "https://other.example/story", `${HI.replace(/ /g, "  ")}\n`);
    expect(again).toMatchObject({ status: "republished", documentId: "a-1" });
    expect((await s.document("a-1"))!.keys).toEqual(["a-1", "https://other.example/story"]);
    // another document that happens to use the same key gets its own id
    const clash = await put(s, "a-1", EN);
    expect(clash.status).toBe("added");
    expect(clash.documentId).toMatch(/^a-1#[0-9a-f]{12}$/);
    expect((await s.counts()).documents).toBe(2);
  });

  it("finds whole Hindi words and English words in full text", async () => {
    const s = fresh();
    await put(s, "hi", HI);
    await put(s, "en", EN);
    const ids = async (text: string) => (await s.incidents({ text })).flatMap((r) => r.documents);
    expect(await ids("भंडाफोड़")).toEqual(["hi"]);
    expect(await ids("युवतियों")).toEqual(["hi"]);
    // a vowel-sign fragment is not a word
    expect(await ids("भ")).toEqual([]);
    expect(await ids("spa owner")).toEqual(["en"]);
    expect(await ids('"; DROP TABLE documents; --')).toEqual([]);
  });

  it("filters by state, district, date, exploitation and pages the list", async () => {
    const s = fresh();
    await put(s, "hi", HI, "2024-03-10");
    await put(s, "en", EN, "2024-05-02");
    const by = async (f: Parameters<SqliteStore["incidents"]>[0]) => (await s.incidents(f)).flatMap((r) => r.documents);
    expect(await by({ state: "Uttar Pradesh" })).toEqual(["hi"]);
    expect(await by({ state: "rajasthan" })).toEqual(["en"]);
    expect(await by({ district: "Kanpur Nagar" })).toEqual(["hi"]);
    expect(await by({ from: "2024-04-01" })).toEqual(["en"]);
    expect(await by({ to: "2024-04-01" })).toEqual(["hi"]);
    expect((await by({})).sort()).toEqual(["en", "hi"]);
    expect(await by({ limit: 1 })).toHaveLength(1);
    expect(await by({ limit: 1, offset: 1 })).toHaveLength(1);
    expect(await by({ limit: 1, offset: 2 })).toHaveLength(0);
  });

  it("keeps evidence, persons and places with the incident", async () => {
    const s = fresh();
    const { incidents } = await put(s, "hi", HI);
    const inc = (await s.incident(incidents[0]!))!;
    expect(inc.sources[0]!.document.id).toBe("hi");
    const ev = inc.sources[0]!.record.evidence["victims.rescued"]![0]!;
    expect(HI.slice(ev.start, ev.end)).toBe(ev.quote);
    expect(inc.record.accused.map((a) => a.name)).toEqual(["Rakesh Yadav"]);
  });

  it("re-extracts every document and keeps human corrections and incident ids", async () => {
    const s = fresh();
    const { incidents } = await put(s, "hi", HI);
    await put(s, "en", EN);
    const id = incidents[0]!;
    expect(await s.review(id, "victims.rescued", 5, "analyst", "counted again")).not.toBeNull();
    const before = await s.incidents({ limit: 10 });
    const out = await reextractAll(s);
    expect(out.documents).toBe(2);
    const after = await s.incidents({ limit: 10 });
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    const rec = (await s.incident(id))!.record;
    expect(rec.victims.rescued).toBe(5);
    expect((await s.reviews(id)).map((r) => [r.field, r.old_value, r.new_value])).toEqual([["victims.rescued", 4, 5]]);
  });

  it("refuses a database written by a newer schema, with a message that says what to do", () => {
    const path = join(dir, "newer.db");
    const a = new SqliteStore(path);
    (a as unknown as { db: { pragma: (s: string) => void } }).db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    return a.close().then(() => {
      expect(() => new SqliteStore(path)).toThrow(/newer Mukti.*upgrade/);
    });
  });
});
