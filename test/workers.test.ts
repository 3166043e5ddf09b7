// Worker threads (src/parallel): `mukti extract --jsonl --workers N`, `mukti ingest --workers N` and `mukti reextract
// --workers N` write exactly what one thread writes, in the same order, bad lines included.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "./shared.js";

const BIN = join(REPO, "bin/mukti.mjs");
const dir = mkdtempSync(join(tmpdir(), "mukti-workers-"));
function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000, maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// the demo reports twice over (more lines than one task of a worker), with unreadable lines among them
const demo = readFileSync(join(REPO, "examples/demo/reports.jsonl"), "utf8").trim().split("\n");
const input = join(dir, "in.jsonl");
writeFileSync(
  input,
  [...demo.slice(0, 20), "{not json", "", ...demo.slice(20), JSON.stringify({ id: "empty", text: "" }), ...demo]
    .join("\n")
    .concat("\n"),
);

describe("extraction in worker threads", () => {
  it("extract --jsonl writes the same lines in the same order with 1, 2 and 3 workers", () => {
    const one = run(["extract", "--jsonl", input, "--workers", "1"]);
    expect(one.code).toBe(0);
    const lines = one.out.trim().split("\n");
    expect(lines).toHaveLength(2 * demo.length + 2);
    expect(JSON.parse(lines[20]!).error).toMatch(/invalid JSON/);
    expect(one.err).toMatch(/1 line\(s\) could not be read/);
    for (const n of ["2", "3"]) {
      const many = run(["extract", "--jsonl", input, "--workers", n]);
      expect(many.code).toBe(0);
      expect(many.out).toBe(one.out);
      expect(many.err).toBe(one.err);
    }
  });
  it("cuts the input only at line ends: CRLF and lone CR breaks, a line longer than a task, no final newline", () => {
    // a report over 200 KB (longer than a worker's chunk), Devanagari on both sides of every cut
    const long = JSON.stringify({
      id: "long",
      text: `${"कानपुर में पुलिस ने छापा मारा। ".repeat(4000)}Police rescued nine girls from a spa in Pune.`,
    });
    const lines = [...demo.slice(0, 30), long, ...demo.slice(30), "   ", ...demo.slice(0, 40)];
    const odd = join(dir, "odd.jsonl");
    // CRLF everywhere, one lone CR, and no newline after the last line
    writeFileSync(odd, `${lines.slice(0, 50).join("\r\n")}\r${lines.slice(50).join("\r\n")}`);
    const one = run(["extract", "--jsonl", odd, "--workers", "1"]);
    const two = run(["extract", "--jsonl", odd, "--workers", "2"]);
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(two.err).toBe(one.err);
    expect(one.out.trim().split("\n")).toHaveLength(lines.length - 1);
  });
  it("rejects a bad --workers with a message", () => {
    for (const bad of ["0", "two", "-1"]) {
      const r = run(["extract", "--jsonl", input, "--workers", bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--workers must be/);
    }
  });
  it("ingest stores the same documents and incidents with 2 workers as with 1", () => {
    const listing = (workers: string) => {
      const db = join(dir, `w${workers}.db`);
      const r = run(["ingest", input, "--db", db, "--quiet", "--workers", workers]);
      expect(r.code).toBe(0);
      const stats = JSON.parse(r.out);
      const incidents = run(["incidents", "--db", db, "--format", "jsonl", "--limit", "500"]).out;
      return { stats, incidents };
    };
    const one = listing("1");
    const two = listing("2");
    expect(two.stats).toEqual({ ...one.stats, store: { ...one.stats.store, location: two.stats.store.location } });
    expect(one.stats.added).toBe(demo.length);
    expect(one.stats.errors).toBeGreaterThanOrEqual(2);
    expect(two.incidents).toBe(one.incidents);
    // re-reading every stored document in worker threads changes nothing
    const db = join(dir, "w2.db");
    const again = run(["reextract", "--db", db, "--quiet", "--workers", "2"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).documents).toBe(demo.length);
    expect(run(["incidents", "--db", db, "--format", "jsonl", "--limit", "500"]).out).toBe(one.incidents);
  });
});
