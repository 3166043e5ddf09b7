#!/usr/bin/env node
// Extraction benchmark: Mukti's speed against peers and a floor, on the same documents, in one run. Anyone can rerun
// it after `npm run build` (it reads ../shared, or MUKTI_SHARED):
//   npm run bench [-- --scales 1,4,16] [--worker-scales 1,16] [--peer-seconds 30] [--workers N] [--mb 20]
//                    [--repeat 3] [--out FILE] [--quick] [--keep]
// (--quick: a 2 MB corpus, scales 1,2, workers at 1×, 3 s per peer, one round — a smoke run, used by
// test/bench.shared.test.ts)
// Corpus: the documents of ../shared/ext/news/*.jsonl and ../shared/corpus/dev.jsonl as lines {id, text, lang,
// published?} (the news sets' date becomes published), shuffled once with a fixed seed so that any prefix mixes the
// sets, and cycled (ids made unique per repetition) until the texts reach --mb MB: that is 1×. N× is the 1× file
// written N times over (new ids). MB are 2^20 bytes of text (UTF-8), documents are lines. Files live in os.tmpdir().
// Each run is a child process of its own (scripts/bench-child.mjs), so each peak RSS is that system's own:
// - mukti: single thread, in process, extractJsonlLine(line, n, true) of dist/cli/jsonl-line.js per line —
//   exactly what `mukti extract --jsonl` writes — over a streamed read of the file; docs/s = lines / loop time
//   (reading included; module load and the CLI's warm-up, src/warmup.ts, apart as startup); p50/p99 from the time
//   of each call. At every scale; the first scale (1×) in --repeat rounds spread over the run, its figures the
//   median round's (the machine's speed wanders from minute to minute; see the runs section).
// - mukti_workers: the driver of `mukti extract --jsonl FILE --workers N` (N = os.availableParallelism()) with its
//   worker pool, in a process of its own: the threads are started, have loaded their modules and warmed up before the clock
//   starts (as the single-thread run's module load is apart); output lines counted and discarded; peak RSS is the
//   process's with all its threads. At --worker-scales (default 1× and the largest scale).
// - peers, on the English documents (lang "en") of the 1× corpus, in order: wink-nlp + wink-eng-lite-web-model
//   (readDoc + entities().out(its.detail)), compromise (nlp(text) people/places/numbers .out("array")), and Mukti
//   single thread again on those documents (mukti_en). Each stops after --peer-seconds; the rate is over the
//   documents it processed. The ratios Mukti/peer are on the same documents: the prefix both processed.
// - floor: the same 1× file read, each line JSON.parse'd and one regular expression run over its text.
// - the machine's ceiling for two threads: two single-thread Mukti processes on the 1× file at the same time; their
//   summed rate over one process's rate is what any worker pool can reach on this machine (`machine_ceiling`).
//   And from CPU time: a "single-thread" run keeps more than one core busy (V8 compiles and collects on threads of
//   its own, on the idle core), `cores_used` = CPU seconds of all its threads ÷ loop seconds; cores ÷ that is the
//   most any pool of threads, each of which needs the same help, can gain over it.
// Then the acceptance figures (✓/✗, never an exit code: this is a measurement), and dev.jsonl core / all-fields F1
// scored by ../shared/eval/score.mjs as `npm run eval` does. --out FILE writes everything as JSON: one key per
// system (mukti = 1×, mukti_workers = 1×, mukti_en, wink, compromise, floor), `scaling` (every scale), `ratios`,
// `checks`, `dev`, `slowest` (documents with the slowest extraction, median over their repetitions at 1×), `meta`.
// The machine's other load skews every figure: meta.loadavg says what it was at the start and end.
import { spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(repo, "dist");
const shared = process.env.MUKTI_SHARED ?? resolve(repo, "../shared");
const CHILD = join(repo, "scripts/bench-child.mjs");
const BIN = join(repo, "bin/mukti.mjs");
const MiB = 1024 * 1024;

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const has = (name) => argv.includes(name);
const arg = (name, dflt) => {
  const i = argv.indexOf(name);
  if (i < 0) return dflt;
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) {
    console.error(`bench: ${name} needs a value`);
    process.exit(2);
  }
  return v;
};
const numList = (name, s) => {
  const xs = String(s)
    .split(",")
    .map((x) => Number(x.trim()));
  if (!xs.length || xs.some((x) => !Number.isInteger(x) || x < 1)) {
    console.error(`bench: ${name} must be whole numbers ≥ 1 separated by commas (got ${s})`);
    process.exit(2);
  }
  return [...new Set(xs)].sort((a, b) => a - b);
};
const quick = has("--quick");
const scales = numList("--scales", arg("--scales", quick ? "1,2" : "1,4,16"));
const workerScales = numList("--worker-scales", arg("--worker-scales", quick ? "1" : `1,${scales.at(-1)}`)).filter(
  (s) => scales.includes(s),
);
const peerSeconds = Number(arg("--peer-seconds", quick ? "3" : "30"));
const repeat = Number(arg("--repeat", quick ? "1" : "3"));
const targetMb = Number(arg("--mb", quick ? "2" : "20"));
const workers = Number(arg("--workers", String(availableParallelism())));
const outFile = arg("--out", undefined);
const keep = has("--keep");
if (
  !(peerSeconds > 0) ||
  !(targetMb > 0) ||
  !Number.isInteger(workers) ||
  workers < 1 ||
  !Number.isInteger(repeat) ||
  repeat < 1
) {
  console.error("bench: --peer-seconds and --mb must be positive numbers, --workers and --repeat whole numbers ≥ 1");
  process.exit(2);
}

// ---------------------------------------------------------------- prerequisites
if (!existsSync(join(dist, "pipeline.js")) || !existsSync(join(dist, "cli/main.js"))) {
  console.error("bench: dist/ not found — run `npm run build` first");
  process.exit(2);
}
const newsDir = join(shared, "ext/news");
const devFile = join(shared, "corpus/dev.jsonl");
if (!existsSync(newsDir) || !existsSync(devFile) || !existsSync(join(shared, "eval/score.mjs"))) {
  console.error(`bench: ${shared} not found or incomplete (needs ext/news/*.jsonl, corpus/dev.jsonl, eval/score.mjs;`);
  console.error("       the corpora live in ../shared — set MUKTI_SHARED to point elsewhere)");
  process.exit(2);
}
const log = (s) => process.stderr.write(`bench: ${s}\n`);

// ---------------------------------------------------------------- corpus
const sources = [
  ...readdirSync(newsDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(newsDir, f)),
  devFile,
];
const base = [];
for (const f of sources)
  for (const l of readFileSync(f, "utf8").split("\n")) {
    if (!l.trim()) continue;
    const r = JSON.parse(l);
    if (typeof r.text !== "string" || !r.text.trim()) continue;
    const published =
      typeof r.published === "string"
        ? r.published
        : typeof r.date === "string" && /^\d{4}-\d\d-\d\d$/.test(r.date)
          ? r.date
          : null;
    base.push({ id: String(r.id), text: r.text, lang: r.lang ?? null, published, bytes: Buffer.byteLength(r.text) });
  }
// A fixed shuffle (mulberry32, seed 20240601): every prefix mixes Hindi headlines, long BBC Hindi articles, the two
// English sets and dev, so a peer that stops early still sees a representative sample.
let seed = 20240601;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = base.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [base[i], base[j]] = [base[j], base[i]];
}
// 1×: the shuffled documents cycled until the target size; each entry is [base index, cycle].
const one = [];
let oneBytes = 0;
for (let k = 0; oneBytes < targetMb * MiB; k++) {
  const b = base[k % base.length];
  one.push([k % base.length, Math.floor(k / base.length)]);
  oneBytes += b.bytes;
}
const en = one.filter(([i]) => base[i].lang === "en");
const enBytes = en.reduce((s, [i]) => s + base[i].bytes, 0);

const tmp = mkdtempSync(join(tmpdir(), "mukti-bench-"));
const cleanup = () => {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
};
process.on("exit", cleanup);
for (const sig of ["SIGINT", "SIGTERM"])
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });

/** Write the entries `times` times over; ids get the copy and cycle so that every line's id is unique. */
function writeCorpus(file, entries, times) {
  const fd = openSync(file, "w");
  let buf = "";
  for (let c = 0; c < times; c++)
    for (const [i, cycle] of entries) {
      const b = base[i];
      const rec = { id: `${b.id}~${c}.${cycle}`, text: b.text, lang: b.lang };
      if (b.published) rec.published = b.published;
      buf += `${JSON.stringify(rec)}\n`;
      if (buf.length > 1 << 22) {
        writeSync(fd, buf);
        buf = "";
      }
    }
  writeSync(fd, buf);
  closeSync(fd);
  return file;
}
/** The document of a (1-based) line of a file made of `entries` repeated. */
const docOfLine = (entries, line) => base[entries[(line - 1) % entries.length][0]];
/** Text bytes of the first `n` lines of a file made of `entries` repeated. */
const prefixBytes = (entries, n) => {
  let s = 0;
  for (let k = 0; k < n; k++) s += base[entries[k % entries.length][0]].bytes;
  return s;
};

// ---------------------------------------------------------------- runs
const load0 = loadavg();
const date0 = new Date().toISOString();
/** The newest file of dist/: a rebuild during the run (someone's `npm run build`) changes what later runs measure. */
const distStamp = () =>
  Math.max(
    ...readdirSync(dist, { recursive: true })
      .filter((f) => String(f).endsWith(".js"))
      .map((f) => statSync(join(dist, String(f))).mtimeMs),
  );
const dist0 = distStamp();
const t00 = performance.now();
const round = (x, d = 2) =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** d) / 10 ** d;

/** A system measured in scripts/bench-child.mjs; figures over the documents it processed. */
function runChild(system, file, entries, scale, extra = {}) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CHILD, JSON.stringify({ system, file, ...extra })], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`bench: ${system} at ${scale}× failed (exit ${r.status ?? r.signal})`);
  const c = JSON.parse(r.stdout.trim().split("\n").at(-1));
  const bytes = prefixBytes(entries, c.docs);
  const res = {
    scale,
    docs: c.docs,
    of_docs: entries.length * (typeof scale === "number" ? scale : 1),
    complete: c.complete,
    mb: bytes / MiB,
    seconds: c.seconds,
    docs_per_s: c.docs / c.seconds,
    mb_per_s: bytes / MiB / c.seconds,
    p50_ms: c.p50_ms,
    p99_ms: c.p99_ms,
    max_ms: c.max_ms,
    peak_rss_mb: c.peak_rss_mb,
    // cores kept busy during the loop: the thread itself plus V8's compiler and collector threads beside it
    cores_used: c.cpu_s / c.seconds,
    startup_ms: c.startup_ms,
    warm_docs_per_s: c.second_half_docs_per_s,
    process_s: wall,
    impl: c.impl,
  };
  log(
    `${system.padEnd(10)} ${String(scale).padStart(3)}${typeof scale === "number" ? "×" : ""}: ${res.docs} docs in ${res.seconds.toFixed(1)} s, ${res.docs_per_s.toFixed(0)} docs/s, RSS ${res.peak_rss_mb.toFixed(0)} MB`,
  );
  return { res, raw: c };
}

/** `mukti extract --jsonl --workers N` in a process of its own: the CLI's driver and worker pool over the file. */
async function runWorkers(file, entries, scale) {
  const { res } = runChild("mukti_workers", file, entries, scale, { workers });
  if (res.docs !== entries.length * scale)
    throw new Error(
      `bench: mukti with ${workers} workers wrote ${res.docs} lines for ${entries.length * scale} documents`,
    );
  res.workers = workers;
  return res;
}

log(
  `corpus ${base.length} documents (${(base.reduce((s, b) => s + b.bytes, 0) / MiB).toFixed(1)} MB); 1× = ${one.length} docs, ${(oneBytes / MiB).toFixed(1)} MB` +
    ` (English ${en.length} docs, ${(enBytes / MiB).toFixed(1)} MB); scales ${scales.join(",")}; workers ${workers} at ${workerScales.join(",") || "—"}; peers ${peerSeconds} s`,
);
const file1 = writeCorpus(join(tmp, "corpus-1x.jsonl"), one, 1);
const fileEn = writeCorpus(join(tmp, "corpus-en.jsonl"), en, 1);

const floor = runChild("floor", file1, one, 1).res;
const budget = { budget_s: peerSeconds, cum: true };
const wink = runChild("wink", fileEn, en, "en", budget);
const comp = runChild("compromise", fileEn, en, "en", budget);
const muktiEn = runChild("mukti", fileEn, en, "en", budget);

// This machine's speed wanders by ±20% from one minute to the next (a VM with neighbours), more than the effects
// measured. So the first scale is measured in --repeat rounds spread over the whole run (one before the larger
// scales, one after each of them, the rest at the end), each round the single thread and the workers back to back,
// in alternating order: the first scale's figures are the median round's, and the workers' ratio at that scale is
// the median of the rounds' ratios, each taken between two runs a few seconds apart.
const single = {};
const workersBy = {};
let times1 = null;
const first = scales[0];
const fileFirst = first === 1 ? file1 : writeCorpus(join(tmp, `corpus-${first}x.jsonl`), one, first);
const rounds = []; // {single, workers?} per round at the first scale
async function roundAtFirst() {
  const k = rounds.length;
  const got = {};
  for (const which of k % 2 ? ["workers", "single"] : ["single", "workers"]) {
    if (which === "single") {
      const r = runChild("mukti", fileFirst, one, first, k === 0 ? { times: true } : {});
      if (k === 0) times1 = { scale: first, raw: r.raw };
      got.single = r.res;
    } else if (workerScales.includes(first)) got.workers = await runWorkers(fileFirst, one, first);
  }
  rounds.push(got);
}
await roundAtFirst();
for (const s of scales.slice(1)) {
  const file = writeCorpus(join(tmp, `corpus-${s}x.jsonl`), one, s);
  single[s] = runChild("mukti", file, one, s).res;
  if (workerScales.includes(s)) workersBy[s] = await runWorkers(file, one, s);
  rmSync(file, { force: true });
  if (rounds.length < repeat) await roundAtFirst();
}
while (rounds.length < repeat) await roundAtFirst();
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
/** The run of median rate among runs (its own figures, not a mix), with every run's rate beside. */
function medianRun(runs) {
  const m = median(runs.map((r) => r.docs_per_s));
  return { ...runs.find((r) => r.docs_per_s === m), rounds_docs_per_s: runs.map((r) => round(r.docs_per_s)) };
}
single[first] = medianRun(rounds.map((r) => r.single));
if (workerScales.includes(first)) workersBy[first] = medianRun(rounds.map((r) => r.workers));
/** Workers ÷ single thread at the first scale, per round (the two runs of a round were a few seconds apart). */
const roundRatios = workerScales.includes(first) ? rounds.map((r) => r.workers.docs_per_s / r.single.docs_per_s) : [];

/**
 * What this machine gives two threads of this workload: two single-thread Mukti processes on the 1× corpus at the
 * same time, nothing shared between them. Their summed rate over one process's rate is the ceiling any worker pool
 * can reach here (a "single" thread already has V8's compiler and collector threads working beside it).
 */
function childAsync(system, file) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CHILD, JSON.stringify({ system, file })], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (b) => {
      out += b;
    });
    child.on("close", (code) =>
      code === 0 ? resolveRun(JSON.parse(out.trim().split("\n").at(-1))) : reject(new Error(`${system} exit ${code}`)),
    );
  });
}
const pair = await Promise.all([childAsync("mukti", file1), childAsync("mukti", file1)]);
const ceiling = {
  processes: 2,
  docs_per_s: pair.reduce((sum, c) => sum + c.docs / c.seconds, 0),
  each_docs_per_s: pair.map((c) => c.docs / c.seconds),
};
ceiling.ratio_to_single = ceiling.docs_per_s / single[first].docs_per_s;
log(
  `2 processes  1×: ${ceiling.each_docs_per_s.map((r) => r.toFixed(0)).join(" + ")} docs/s = ${ceiling.ratio_to_single.toFixed(2)}× one process`,
);

// ---------------------------------------------------------------- dev F1 (as npm run eval scores it)
function devF1() {
  const pred = join(tmp, "dev.pred.jsonl");
  const ex = spawnSync(process.execPath, [BIN, "extract", "--jsonl", devFile, "--no-evidence"], { maxBuffer: 1 << 28 });
  if (ex.status !== 0) return { error: `mukti extract failed: ${String(ex.stderr).trim()}` };
  writeFileSync(pred, ex.stdout);
  const sc = spawnSync(
    process.execPath,
    [join(shared, "eval/score.mjs"), "--gold", devFile, "--pred", pred, "--by-lang", "--json"],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  if (sc.status !== 0) return { error: `score.mjs failed: ${sc.stderr.trim()}` };
  const rep = JSON.parse(sc.stdout);
  return {
    documents: rep.documents,
    core_f1: rep.core.f,
    all_f1: rep.all.f,
    by_lang: Object.fromEntries(
      Object.entries(rep.by_lang).map(([l, v]) => [l, { core_f1: v.core.f, all_f1: v.all.f }]),
    ),
  };
}
const dev = devF1();
const load1 = loadavg();
const distRebuilt = distStamp() !== dist0;

// ---------------------------------------------------------------- ratios and checks
/** Rate of a budgeted run over its first n documents (end time of document n since its loop began). */
const rateAt = (raw, n) => n / (raw.cum[n - 1] / 1000);
function sameDocs(a, b) {
  const n = Math.min(a.raw.docs, b.raw.docs);
  if (!n) return null;
  const ra = rateAt(a.raw, n);
  const rb = rateAt(b.raw, n);
  return { docs: n, mb: prefixBytes(en, n) / MiB, mukti_docs_per_s: ra, peer_docs_per_s: rb, ratio: ra / rb };
}
const vsWink = sameDocs(muktiEn, wink);
const vsComp = sameDocs(muktiEn, comp);

const fx = (x, d = 0) => (x === null || x === undefined ? "—" : x.toFixed(d));
const last = scales.at(-1);
const checks = [];
const check = (name, pass, value, detail) => checks.push({ name, pass, value: round(value, 3), detail });
if (vsWink)
  check(
    "single-thread Mukti ≥ 2× wink-nlp docs/s (same English documents)",
    vsWink.ratio >= 2,
    vsWink.ratio,
    `${vsWink.ratio.toFixed(2)}× (${vsWink.mukti_docs_per_s.toFixed(0)} vs ${vsWink.peer_docs_per_s.toFixed(0)} docs/s over the first ${vsWink.docs} English documents)`,
  );
for (const s of workerScales) {
  const w = workersBy[s];
  const perRound = s === first && roundRatios.length > 1;
  const r = perRound ? median(roundRatios) : w.docs_per_s / single[s].docs_per_s;
  check(
    `workers (${workers}) ≥ 1.8× single thread docs/s at ${s}×`,
    r >= 1.8,
    r,
    `${r.toFixed(2)}× (` +
      (perRound
        ? `median of ${roundRatios.length} rounds: ${roundRatios.map((x) => x.toFixed(2)).join(", ")}; median rates ${w.docs_per_s.toFixed(0)} vs ${single[s].docs_per_s.toFixed(0)} docs/s`
        : `${w.docs_per_s.toFixed(0)} vs ${single[s].docs_per_s.toFixed(0)} docs/s`) +
      `; threads started in ${w.startup_ms.toFixed(0)} ms, apart; the single-thread run kept ${single[s].cores_used.toFixed(2)} cores busy` +
      ` (its V8 compiler and collector threads beside it): ${availableParallelism()} cores allow at most ${(availableParallelism() / single[s].cores_used).toFixed(2)}×, the workers kept ${w.cores_used.toFixed(2)} busy;` +
      ` two independent processes reached ${ceiling.ratio_to_single.toFixed(2)}× one)`,
  );
}
{
  const rss = [single[last].peak_rss_mb, workersBy[last]?.peak_rss_mb ?? 0];
  const worst = Math.max(...rss);
  check(
    `peak RSS < 500 MB at ${last}×`,
    worst < 500,
    worst,
    `single thread ${rss[0].toFixed(0)} MB` +
      (workersBy[last] ? `, ${workers} workers ${rss[1].toFixed(0)} MB` : " (workers not run at this scale)"),
  );
}
{
  const worst = Math.max(...scales.map((s) => single[s].p99_ms));
  check(
    "p99 per document < 20 ms (single thread, every scale)",
    worst < 20,
    worst,
    scales.map((s) => `${s}× ${single[s].p99_ms.toFixed(1)} ms`).join(", ") +
      `; p50 ${single[first].p50_ms.toFixed(2)} ms`,
  );
}
if (last !== first) {
  const r = single[last].docs_per_s / single[first].docs_per_s;
  check(
    `documents/s at ${last}× within 15% of ${first}×`,
    Math.abs(r - 1) <= 0.15,
    r,
    scales.map((s) => `${s}× ${single[s].docs_per_s.toFixed(0)}`).join(", ") +
      ` docs/s (${first}×: median of ${rounds.length} runs: ${single[first].rounds_docs_per_s.map((x) => x.toFixed(0)).join(", ")}; ${last}×/${first}× = ${r.toFixed(3)}; second halves, warm: ` +
      scales.map((s) => `${s}× ${fx(single[s].warm_docs_per_s)}`).join(", ") +
      ")",
  );
}

// The slowest documents: each document's median over its repetitions in the first scale's run (one slow call can
// be a GC pause; a document slow every time is the extractor's).
const slowest = (() => {
  const per = new Map();
  times1.raw.times.forEach((ms, i) => {
    const b = docOfLine(one, i + 1);
    if (!per.has(b.id)) per.set(b.id, { b, ms: [] });
    per.get(b.id).ms.push(ms);
  });
  const med = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  return [...per.values()]
    .map(({ b, ms }) => ({
      id: b.id,
      lang: b.lang,
      bytes: b.bytes,
      median_ms: round(med(ms)),
      max_ms: round(Math.max(...ms)),
      runs: ms.length,
    }))
    .sort((a, b) => b.median_ms - a.median_ms)
    .slice(0, 10);
})();

// ---------------------------------------------------------------- report
const pick = (r) =>
  r && {
    ...Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        typeof v === "number" && !Number.isInteger(v) ? round(v, k.endsWith("_s") && !k.startsWith("docs") ? 3 : 2) : v,
      ]),
    ),
  };
const report = {
  meta: {
    date: date0,
    dist_rebuilt_during_run: distRebuilt,
    node: process.version,
    cpu: cpus()[0]?.model ?? "?",
    cores: availableParallelism(),
    workers,
    loadavg: { start: load0.map((x) => round(x)), end: load1.map((x) => round(x)) },
    quick,
    scales,
    worker_scales: workerScales,
    repeat,
    peer_seconds: peerSeconds,
    corpus: {
      sources: sources.map((s) => s.replace(`${shared}/`, "../shared/")),
      base_docs: base.length,
      docs_1x: one.length,
      mb_1x: round(oneBytes / MiB),
      en_docs_1x: en.length,
      en_mb_1x: round(enBytes / MiB),
      mb: "2^20 bytes of document text (UTF-8)",
    },
    mukti_impl: single[first].impl,
    total_s: null,
  },
  mukti: pick(single[first]),
  mukti_workers: pick(workersBy[workerScales[0]] ?? null),
  mukti_en: pick(muktiEn.res),
  wink: pick(wink.res),
  compromise: pick(comp.res),
  floor: pick(floor),
  ratios: {
    mukti_en_vs_wink: pick(vsWink),
    mukti_en_vs_compromise: pick(vsComp),
    mukti_vs_floor: round(single[first].docs_per_s / floor.docs_per_s, 4),
  },
  scaling: {
    mukti: Object.fromEntries(scales.map((s) => [s, pick(single[s])])),
    mukti_workers: Object.fromEntries(workerScales.map((s) => [s, pick(workersBy[s])])),
    peak_rss_mb_at_largest: {
      scale: last,
      mukti: round(single[last].peak_rss_mb),
      mukti_workers: round(workersBy[last]?.peak_rss_mb),
    },
  },
  machine_ceiling: {
    processes: 2,
    docs_per_s: round(ceiling.docs_per_s),
    ratio_to_single: round(ceiling.ratio_to_single, 3),
    // what the cores allow a pool: cores ÷ cores a single-thread run keeps busy (it is not one core's work)
    single_cores_used: round(single[first].cores_used, 3),
    cores_over_single_cores_used: round(availableParallelism() / single[first].cores_used, 3),
  },
  checks,
  dev,
  slowest,
};
report.meta.total_s = round((performance.now() - t00) / 1000, 1);

const rows = [];
const row = (name, r, ratios) =>
  rows.push([
    name,
    typeof r.scale === "number" ? `${r.scale}×` : r.scale,
    r.complete ? String(r.docs) : `${r.docs}/${r.of_docs}`,
    fx(r.mb, 1),
    fx(r.seconds, 1),
    fx(r.docs_per_s),
    fx(r.mb_per_s, 2),
    fx(r.p50_ms, 2),
    fx(r.p99_ms, 1),
    fx(r.peak_rss_mb),
    ratios?.[0] ?? "",
    ratios?.[1] ?? "",
  ]);
const plain = (r) => [
  `${(r.docs_per_s / wink.res.docs_per_s).toFixed(2)}`,
  `${(r.docs_per_s / comp.res.docs_per_s).toFixed(1)}`,
];
for (const s of scales) row("mukti", single[s], plain(single[s]));
for (const s of workerScales) row(`mukti_workers(${workers})`, workersBy[s], plain(workersBy[s]));
row("mukti_en", muktiEn.res, [
  vsWink ? `${vsWink.ratio.toFixed(2)}*` : "—",
  vsComp ? `${vsComp.ratio.toFixed(1)}*` : "—",
]);
row("wink", wink.res);
row("compromise", comp.res);
row("floor", floor);
const head = [
  "system",
  "scale",
  "docs",
  "MB",
  "s",
  "docs/s",
  "MB/s",
  "p50 ms",
  "p99 ms",
  "RSS MB",
  "×wink",
  "×compromise",
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
console.log(
  `Mukti extraction benchmark — ${report.meta.date}, node ${process.version}, ${report.meta.cores} cores (${report.meta.cpu})`,
);
console.log(
  `corpus: 1× = ${one.length} documents, ${(oneBytes / MiB).toFixed(1)} MB of text (${base.length} distinct: ../shared/ext/news + corpus/dev.jsonl); English ${en.length} docs, ${(enBytes / MiB).toFixed(1)} MB`,
);
console.log("");
console.log(line(head));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const r of rows) console.log(line(r));
console.log("");
console.log(
  `en = the English documents of 1×; peers stop after ${peerSeconds} s (docs shown as processed/total). ×wink, ×compromise = Mukti docs/s ÷ peer docs/s;`,
);
console.log(
  "* = on the same documents (the prefix both processed): the acceptance ratio. Other Mukti rows: their corpus (Hindi too) against the peers' English rate.",
);
if (rounds.length > 1)
  console.log(
    `${first}× rows: the median of ${rounds.length} rounds spread over the run (single thread ${single[first].rounds_docs_per_s.map((x) => x.toFixed(0)).join(", ")}` +
      (workersBy[first] ? `; workers ${workersBy[first].rounds_docs_per_s.map((x) => x.toFixed(0)).join(", ")}` : "") +
      " docs/s).",
  );
console.log(
  `mukti: extractJsonlLine in one thread, module load and warm-up apart (${single[first].startup_ms.toFixed(0)} ms); mukti_workers: the CLI's driver and pool, threads started apart. RSS MB = peak RSS in MiB.`,
);
console.log(
  `load average ${load0.map((x) => x.toFixed(2)).join(" ")} at the start, ${load1.map((x) => x.toFixed(2)).join(" ")} at the end`,
);
if (distRebuilt)
  console.log("WARNING: dist/ was rebuilt during the run — the runs measured different builds; rerun it");
console.log("");
console.log("acceptance:");
for (const c of checks) console.log(`  ${c.pass ? "✓" : "✗"} ${c.name}: ${c.detail}`);
console.log("");
if (dev.error) console.log(`dev.jsonl F1: ${dev.error}`);
else
  console.log(
    `dev.jsonl (${dev.documents} documents): core F1 ${dev.core_f1.toFixed(3)}  all-fields F1 ${dev.all_f1.toFixed(3)}  (` +
      Object.entries(dev.by_lang)
        .map(([l, v]) => `${l} ${v.core_f1.toFixed(3)}/${v.all_f1.toFixed(3)}`)
        .join(", ") +
      ")",
  );
console.log("");
console.log(`slowest documents (single thread, median of their ${times1.scale}× repetitions):`);
for (const d of slowest)
  console.log(
    `  ${d.id.padEnd(24)} ${String(d.lang).padEnd(5)} ${String(d.bytes).padStart(6)} B  ${d.median_ms.toFixed(1)} ms (max ${d.max_ms.toFixed(1)}, ${d.runs} runs)`,
  );
console.log(`(${report.meta.total_s} s in all)`);
if (outFile) {
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${outFile}`);
}
