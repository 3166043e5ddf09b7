// ~3,100 real news documents, mostly not about trafficking: at most 1% may be judged relevant.
import { readdirSync } from "node:fs";
import { expect, it } from "vitest";
import { extract } from "../src/pipeline.js";
import { describeShared, readJsonl, sharedPath } from "./shared.js";

/** The bar: at most this share of unrelated news judged relevant. */
const MAX_RELEVANT_SHARE = 0.01;

describeShared("false positives on unrelated news (reads ../shared/ext/news)", () => {
  it("judges at most 1% relevant, printing the rate and the ids it flagged", () => {
    const files = readdirSync(sharedPath("ext/news")).filter((f) => f.endsWith(".jsonl"));
    let n = 0;
    const flagged: string[] = [];
    const t0 = performance.now();
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
    console.log(
      `news: ${flagged.length}/${n} judged relevant (${((100 * flagged.length) / n).toFixed(2)}%), ${(n / (ms / 1000)).toFixed(0)} docs/s\nflagged: ${flagged.join(", ")}`,
    );
    expect(n).toBeGreaterThan(3000);
    expect(flagged.length / n).toBeLessThanOrEqual(MAX_RELEVANT_SHARE);
  });
});
