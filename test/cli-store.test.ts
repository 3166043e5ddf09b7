// `mukti ingest`, `mukti incidents` and `mukti show` end to end on reports written for this test: two reports of one
// raid (Hindi and English, different numbers) and a report of another.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./shared.js";

const BIN = join(REPO, "bin/mukti.mjs");
const dir = mkdtempSync(join(tmpdir(), "mukti-cli-store-"));
const db = join(dir, "t.db");
const run = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const REPORTS = [
  {
    id: "en-noida",
    published: "2024-06-09",
    outlet: "City Herald",
    text: "Noida: Police raided a spa in Sector 18 on Saturday and rescued six women. The spa manager, Rohit Verma, and two customers were arrested, officials said. The women had been brought from Delhi and Assam with promises of jobs.",
  },
  {
    id: "hi-noida",
    published: "2024-06-09",
    outlet: "नगर समाचार",
    text: "नोएडा: सेक्टर 18 स्थित एक स्पा सेंटर पर पुलिस ने शनिवार को छापा मारकर सात युवतियों को मुक्त कराया। स्पा मैनेजर रोहित वर्मा और दो ग्राहकों को गिरफ्तार किया गया। युवतियां दिल्ली और असम की रहने वाली हैं।",
  },
  {
    id: "en-jaipur",
    published: "2024-06-20",
    text: "Jaipur: The anti-human trafficking unit rescued four minor boys from a bangle factory in Bhatta Basti on Wednesday and arrested the factory owner, Salim Khan. The boys were from Bihar.",
    gold: { ignored: true },
  },
];

describe("mukti ingest / incidents / show", () => {
  it("ingests JSONL, merges the two reports of one raid, and keeps both counts", () => {
    const input = join(dir, "reports.jsonl");
    writeFileSync(input, `${REPORTS.map((r) => JSON.stringify(r)).join("\n")}\n{not json}\n`);
    const r = run(["ingest", input, "--db", db, "--quiet"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ read: 3, added: 3, errors: 1, store: { documents: 3, incidents: 2 } });
    expect(r.err).toContain("line 4");

    const lines = run(["incidents", "--db", db, "--format", "jsonl"])
      .out.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const noida = lines.find((l) => l.documents.includes("en-noida"));
    expect(noida.documents).toEqual(["en-noida", "hi-noida"]);
    expect(noida.record.location.district).toBe("Gautam Buddh Nagar");
    // the reports disagree (6 vs 7 rescued): both values are kept with their documents
    expect(noida.record.conflicts["victims.rescued"]).toEqual(
      expect.arrayContaining([
        { value: 6, documents: ["en-noida"] },
        { value: 7, documents: ["hi-noida"] },
      ]),
    );
    // a second run adds nothing
    expect(JSON.parse(run(["ingest", input, "--db", db, "--quiet"]).out)).toMatchObject({ added: 0, known: 3 });
  });

  it("filters the list and prints one incident with its sources and evidence", () => {
    const table = run(["incidents", "--db", db, "--state", "Rajasthan"]).out;
    expect(table).toContain("en-jaipur");
    expect(table).not.toContain("noida");
    expect(run(["incidents", "--db", db, "--text", "युवतियों"]).out).toContain("hi-noida");
    expect(
      run(["incidents", "--db", db, "--from", "2024-06-15", "--format", "jsonl"]).out.trim().split("\n"),
    ).toHaveLength(1);
    const id = JSON.parse(
      run(["incidents", "--db", db, "--text", "Noida", "--format", "jsonl"]).out.split("\n")[0]!,
    ).id;
    const shown = run(["show", id, "--db", db]);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain("source en-noida: City Herald · 2024-06-09");
    expect(shown.out).toContain("source hi-noida");
    expect(shown.out).toMatch(/victims.rescued: \d/);
    expect(shown.out).toContain("sources disagree: 6 (en-noida) vs 7 (hi-noida)");
    expect(shown.out).toContain('"सात युवतियों');
  });

  it("says what to fix for bad requests", () => {
    expect(run(["show", "inc-nothing", "--db", db]).err).toContain("no incident inc-nothing");
    expect(run(["incidents", "--db", db, "--from", "June"]).err).toContain("--from must be a date YYYY-MM-DD");
    expect(run(["incidents", "--db", db, "--format", "xml"]).err).toContain("--format must be table, jsonl or json");
    expect(run(["ingest", "--db", db]).err).toContain("ingest needs at least one SOURCE");
    expect(run(["ingest", join(dir, "missing.jsonl"), "--db", db, "--quiet"]).err).toMatch(/missing\.jsonl/);
  });
});
