// Warming the pipeline up before a batch run. The first reports a process extracts cost many times what the rest
// do: V8 compiles each function and each lexicon's expression on first use, lazily built tables (localities, number
// words, transliteration) are made, and code runs unoptimised until V8 has seen enough of it. Measured on the
// benchmark corpus (npm run bench), 60 first relevant reports took ~1.1 s against ~0.3 s for the same reports again.
// A batch run (extract --jsonl, ingest, reextract, each worker thread) pays that once at start, on the example
// reports of every locale (texts of our own, src/locales/<lang>/incident.corpus.ts), instead of on the first
// documents of the input; it costs about what those documents would have paid (a 1× bench run took as long in all
// with it as without), and the start-up is timed apart. What it cannot do is optimise the code for pages it has
// not seen: the first ~2,000 documents of real news still run at ~60% of the steady rate. Extraction keeps no state from one document to the next besides caches of pure functions, so a
// warmed-up pipeline gives the same records (scripts/records.mjs compares whole runs).
import { localeParts } from "./locales/registry.js";
import { extract } from "./pipeline.js";

/**
 * Passes over the examples. The first builds the tables and compiles the expressions; the second runs the code
 * paths again with the type feedback of the first. More passes, or our segmentation pages and long pages made of
 * them, were measured too: ~1 s more at start to make the first thousand documents ~20% faster, a net loss.
 */
const PASSES = 2;

let warmed = false;

/** Extracts every locale's example reports PASSES times (once per thread; later calls return at once). */
export function warmUp(): { docs: number; ms: number } {
  if (warmed) return { docs: 0, ms: 0 };
  warmed = true;
  const t0 = performance.now();
  const examples = localeParts("examples");
  let docs = 0;
  for (let pass = 0; pass < PASSES; pass++)
    for (const [i, c] of examples.entries()) {
      // stringified as a batch run writes it: the encoding of records is on the path too
      JSON.stringify(extract({ id: `warm-up-${i}`, text: c.text, published: c.published ?? null }));
      docs++;
    }
  return { docs, ms: performance.now() - t0 };
}
