// ~3,100 real news documents, mostly not about trafficking: at most 1% may be judged relevant.
import { readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { extract } from "../src/pipeline.js";
import { describeShared, readJsonl, sharedPath } from "./shared.js";

/** The bar: at most this share of unrelated news judged relevant. */
const MAX_RELEVANT_SHARE = 0.01;
/**
 * A guard against slowing down (the speed issue; `npm run bench` measures it properly): CPU milliseconds per
 * document over this cold, first pass (warm-up and V8 threads included). Measured ~1.2; the bound leaves room for
 * slower CI machines, not for a regression that doubles the cost twice over.
 */
const MAX_CPU_MS_PER_DOC = 2.5;

describeShared("false positives on unrelated news (reads ../shared/ext/news)", () => {
  it("judges at most 1% relevant, printing the rate and the ids it flagged", () => {
    const files = readdirSync(sharedPath("ext/news")).filter((f) => f.endsWith(".jsonl"));
    let n = 0;
    const flagged: string[] = [];
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (const f of files) {
      for (const d of readJsonl<{ id: string; text: string; title?: string | null; published?: string | null }>(
        `ext/news/${f}`,
      )) {
        n++;
        const text = d.title ? `${d.title}\n\n${d.text ?? ""}` : (d.text ?? "");
        const r = extract({ id: d.id, text, published: d.published ?? null });
        if (r.relevant) flagged.push(d.id);
      }
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const cpuPerDoc = (cpu.user + cpu.system) / 1000 / n;
    console.log(
      `news: ${flagged.length}/${n} judged relevant (${((100 * flagged.length) / n).toFixed(2)}%), ${(n / (ms / 1000)).toFixed(0)} docs/s, ${cpuPerDoc.toFixed(2)} CPU ms per document\nflagged: ${flagged.join(", ")}`,
    );
    expect(n).toBeGreaterThan(3000);
    expect(flagged.length / n).toBeLessThanOrEqual(MAX_RELEVANT_SHARE);
    expect(cpuPerDoc).toBeLessThanOrEqual(MAX_CPU_MS_PER_DOC);
  });
});
