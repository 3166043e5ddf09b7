// `npm run bench` (scripts/bench.mjs) runs end to end and writes the JSON the issue asks for: one key per measured
// system (mukti, mukti_workers, wink, compromise, floor) with docs/s, MB/s and peak RSS, plus the scaling figures.
// A --quick run (2 MB corpus, scales 1 and 2, 3 s per peer) with two rounds at 1×: it checks the shape and sanity of the figures, not
// their values — speed bars belong to the full benchmark on a quiet machine, not to a test sharing the CPU.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { describeShared, REPO } from "./shared.js";

const run = promisify(execFile);

interface Figures {
  rounds_docs_per_s?: number[];
  docs: number;
  docs_per_s: number;
  mb_per_s: number;
  peak_rss_mb: number;
  p50_ms: number | null;
  p99_ms: number | null;
}
interface Report {
  mukti: Figures;
  mukti_workers: Figures;
  mukti_en: Figures;
  wink: Figures;
  compromise: Figures;
  floor: Figures;
  scaling: { mukti: Record<string, Figures>; mukti_workers: Record<string, Figures> };
  machine_ceiling: { processes: number; docs_per_s: number; ratio_to_single: number };
  ratios: {
    mukti_en_vs_wink: { docs: number; ratio: number };
    mukti_en_vs_compromise: { docs: number; ratio: number };
  };
  checks: { name: string; pass: boolean; value: number | null }[];
  dev: { core_f1: number; all_f1: number };
  meta: { repeat: number };
}

const positive = (x: unknown) => typeof x === "number" && Number.isFinite(x) && x > 0;

describeShared("npm run bench --quick (reads ../shared/ext/news and ../shared/corpus)", () => {
  it("measures every system and writes the JSON report", { timeout: 130_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "mukti-bench-test-"));
    const out = join(dir, "bench.json");
    let stdout: string;
    let report: Report;
    try {
      ({ stdout } = await run(
        process.execPath,
        [join(REPO, "scripts/bench.mjs"), "--quick", "--repeat", "2", "--out", out],
        {
          cwd: REPO,
          maxBuffer: 1 << 24,
          timeout: 120_000,
        },
      ));
      report = JSON.parse(readFileSync(out, "utf8")) as Report;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    for (const key of ["mukti", "mukti_workers", "mukti_en", "wink", "compromise", "floor"] as const) {
      const f = report[key];
      for (const field of ["docs", "docs_per_s", "mb_per_s", "peak_rss_mb"] as const)
        expect(positive(f?.[field]), `${key}.${field} = ${f?.[field]}`).toBe(true);
    }
    // Per-document times where the documents are timed one by one (not the CLI's worker threads).
    for (const key of ["mukti", "mukti_en", "wink", "compromise", "floor"] as const)
      expect(report[key].p99_ms!).toBeGreaterThanOrEqual(report[key].p50_ms!);

    // Scaling: --quick measures 1× and 2× single thread, workers at 1×; 2× has twice the documents.
    expect(Object.keys(report.scaling.mukti)).toEqual(["1", "2"]);
    expect(Object.keys(report.scaling.mukti_workers)).toEqual(["1"]);
    expect(report.scaling.mukti["2"]!.docs).toBe(2 * report.scaling.mukti["1"]!.docs);
    for (const f of [...Object.values(report.scaling.mukti), ...Object.values(report.scaling.mukti_workers)])
      for (const field of ["docs_per_s", "mb_per_s", "peak_rss_mb"] as const) expect(positive(f[field])).toBe(true);
    expect(report.mukti_workers.docs).toBe(report.mukti.docs);
    // 1× in two rounds (single thread and workers back to back): its figures are one round's, both rates kept
    expect(report.meta.repeat).toBe(2);
    for (const f of [report.mukti, report.mukti_workers]) {
      expect(f.rounds_docs_per_s).toHaveLength(2);
      expect(f.rounds_docs_per_s).toContain(f.docs_per_s);
    }
    expect(report.machine_ceiling.processes).toBe(2);
    expect(positive(report.machine_ceiling.ratio_to_single)).toBe(true);

    // Ratios on the same English documents, the acceptance checks and dev F1 are all there.
    expect(positive(report.ratios.mukti_en_vs_wink.ratio)).toBe(true);
    expect(positive(report.ratios.mukti_en_vs_compromise.ratio)).toBe(true);
    expect(report.checks.map((c) => c.name).join("\n")).toMatch(
      /wink[\s\S]*workers[\s\S]*RSS[\s\S]*p99[\s\S]*within 15%/,
    );
    expect(report.dev.core_f1).toBeGreaterThan(0.5);
    expect(report.dev.all_f1).toBeGreaterThan(0.5);

    // The printed table has a row per system and the ✓/✗ lines.
    for (const name of ["mukti ", "mukti_workers", "mukti_en", "wink", "compromise", "floor"])
      expect(stdout).toContain(name);
    expect(stdout).toMatch(/[✓✗] single-thread Mukti ≥ 2× wink-nlp/);
    expect(stdout).toMatch(/dev\.jsonl .*core F1 \d\.\d{3}/);
  });
});
