#!/usr/bin/env node
// One measured system of `npm run bench` (scripts/bench.mjs), in a process of its own so that its peak RSS is its
// own. Not meant to be run by hand:
//   node scripts/bench-child.mjs '{"system":"mukti|mukti_workers|wink|compromise|floor","file":"X.jsonl","budget_s":30,"cum":true,
//                                  "times":true}'
// It loads the system (timed apart as startup_ms; for Mukti that includes what the CLI does before the first
// document: V8 tuning and the warm-up on the locales' example reports, src/warmup.ts), then streams the JSONL file line by line and times each
// document: mukti = extractJsonlLine(line, lineNo, true), exactly what `mukti extract --jsonl` writes for a line
// (mukti_workers: the CLI's driver with a started pool of `workers` threads over the whole file, output counted)
// (JSON.parse, extraction, JSON.stringify with evidence); wink = JSON.parse + readDoc + entities().out(its.detail);
// compromise = JSON.parse + nlp(text) + people/places/numbers .out("array"); floor = JSON.parse + one regex.
// With budget_s it stops after the first document that ends past the budget. It prints one JSON line: documents,
// loop seconds (reading included), per-document p50/p99/max, the rate over the second half of the documents (warm),
// peak RSS (resourceUsage().maxRSS, all threads), the CPU seconds of the loop (cpu_s, all threads), with cum the end time of every document since the loop began (for same-prefix ratios), and with
// times the time of every document (times[i] is line i + 1: the corpus files have no blank lines).
import { createReadStream } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(repo, "dist");
const opts = JSON.parse(process.argv[2] ?? "{}");
const { system, file } = opts;
const budgetMs = opts.budget_s ? opts.budget_s * 1000 : Number.POSITIVE_INFINITY;

/** CPU seconds of the whole process (every thread: V8's compiler and collector threads too) since `from`. */
function cpuSeconds(from) {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

/** The per-line function of each system; returns a number so that no result is dead code. */
async function load() {
  if (system === "mukti") {
    // as `mukti extract --jsonl` starts: V8 tuned for a batch, then the pipeline loaded and warmed up
    (await import(pathToFileURL(join(dist, "core/v8-tuning.js")).href)).tuneV8ForBatch();
    const { extractJsonlLine } = await import(pathToFileURL(join(dist, "cli/jsonl-line.js")).href);
    (await import(pathToFileURL(join(dist, "warmup.js")).href)).warmUp();
    return {
      impl: "dist/cli/jsonl-line.js extractJsonlLine (what `mukti extract --jsonl` writes for a line), after the CLI's V8 tuning and warm-up",
      fn: (line, n) => extractJsonlLine(line, n, true).length,
    };
  }
  if (system === "wink") {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const nlp = winkNLP(model);
    const its = nlp.its;
    return {
      impl: "wink-nlp + wink-eng-lite-web-model: readDoc(text).entities().out(its.detail)",
      fn: (line) => nlp.readDoc(JSON.parse(line).text).entities().out(its.detail).length,
    };
  }
  if (system === "compromise") {
    const nlp = (await import("compromise")).default;
    return {
      impl: 'compromise: nlp(text).people()/.places()/.numbers() .out("array")',
      fn: (line) => {
        const doc = nlp(JSON.parse(line).text);
        return doc.people().out("array").length + doc.places().out("array").length + doc.numbers().out("array").length;
      },
    };
  }
  if (system === "floor") {
    const re = /trafficking|तस्करी/i;
    return {
      impl: "JSON.parse + /trafficking|तस्करी/i.test(text)",
      fn: (line) => (re.test(JSON.parse(line).text) ? 1 : 0),
    };
  }
  throw new Error(`bench-child: unknown system ${system}`);
}

if (system === "mukti_workers") {
  // `mukti extract --jsonl --workers N` in this process: the CLI's own driver and pool; the threads are started,
  // have loaded their modules and warmed up before the clock starts (as the single-thread run's module load is timed apart)
  (await import(pathToFileURL(join(dist, "core/v8-tuning.js")).href)).tuneV8ForBatch();
  const { WorkerPool } = await import(pathToFileURL(join(dist, "parallel/pool.js")).href);
  const { extractJsonl } = await import(pathToFileURL(join(dist, "cli/extract-jsonl.js")).href);
  const { Writable } = await import("node:stream");
  const t0 = performance.now();
  const pool = new WorkerPool(opts.workers);
  await pool.ready();
  const startupMs = performance.now() - t0;
  let lines = 0;
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      done();
    },
  });
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  await extractJsonl(file, { withEvidence: true, workers: opts.workers, pool }, sink);
  const seconds = (performance.now() - start) / 1000;
  const cpuS = cpuSeconds(cpu0);
  await pool.close();
  process.stdout.write(
    `${JSON.stringify({
      system,
      impl: `dist/cli/extract-jsonl.js extractJsonl with a WorkerPool of ${opts.workers} (the CLI's --workers path)`,
      docs: lines,
      complete: true,
      seconds,
      startup_ms: startupMs,
      p50_ms: null,
      p99_ms: null,
      max_ms: null,
      peak_rss_mb: process.resourceUsage().maxRSS / 1024,
      cpu_s: cpuS,
      second_half_docs_per_s: null,
    })}\n`,
  );
  process.exit(0);
}

const t0 = performance.now();
const { impl, fn } = await load();
const startupMs = performance.now() - t0;

const times = [];
const ends = []; // end of each document, ms since the loop began
let sink = 0;
let lineNo = 0;
let complete = true;
const rl = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
const start = performance.now();
const cpu0 = process.cpuUsage();
for await (const line of rl) {
  lineNo++;
  if (!line.trim()) continue;
  const a = performance.now();
  sink += fn(line, lineNo);
  const b = performance.now();
  times.push(b - a);
  ends.push(b - start);
  if (b - start >= budgetMs) {
    complete = false;
    break;
  }
}
rl.close();
const seconds = (performance.now() - start) / 1000;
const cpuS = cpuSeconds(cpu0);

const half = ends.length >> 1;
const sorted = Float64Array.from(times).sort();
const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : null);
const result = {
  system,
  impl,
  docs: times.length,
  complete,
  seconds,
  startup_ms: startupMs,
  p50_ms: pct(0.5),
  p99_ms: pct(0.99),
  max_ms: sorted.length ? sorted[sorted.length - 1] : null,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
  cpu_s: cpuS,
  sink,
  // The rate over the second half of the documents: the first half carries the warm-up (JIT, lazily built tables).
  second_half_docs_per_s: ends.length >= 2 ? (ends.length - half) / ((ends.at(-1) - ends[half - 1]) / 1000) : null,
  cum: opts.cum ? ends.map((t) => Math.round(t * 100) / 100) : undefined,
  times: opts.times ? times.map((t) => Math.round(t * 1000) / 1000) : undefined,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
