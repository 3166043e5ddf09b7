#!/usr/bin/env node
// Did a change (a speed step, a refactoring) change what Mukti extracts? Snapshot the records of the shared
// documents (../shared/ext/news/*.jsonl, corpus/dev.jsonl, corpus/seed.jsonl) before and after, then compare:
//   npm run build && node scripts/records.mjs snapshot before.jsonl
//   ... change, npm run build ...
//   node scripts/records.mjs snapshot after.jsonl
//   node scripts/records.mjs compare before.jsonl after.jsonl [--ignore-reasons]
// compare prints how many records differ and, for the first few, which top-level keys; --ignore-reasons leaves out
// relevance.reasons of documents judged not relevant on both sides (wording, not a finding). Exit code 1 when any
// record differs, 2 on bad usage.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.MUKTI_SHARED ?? resolve(repo, "../shared");
const [cmd, a, b] = process.argv.slice(2);
const usage = () => {
  console.error("usage: records.mjs snapshot OUT.jsonl | compare A.jsonl B.jsonl [--ignore-reasons]");
  process.exit(2);
};

if (cmd === "snapshot" && a) {
  if (!existsSync(join(repo, "dist/pipeline.js"))) {
    console.error("records: dist/ not found — run `npm run build` first");
    process.exit(2);
  }
  if (!existsSync(join(shared, "corpus/dev.jsonl"))) {
    console.error(`records: ${shared} not found (set MUKTI_SHARED)`);
    process.exit(2);
  }
  // started as a batch run of the CLI starts (V8 tuning, warm-up) where the build has them: a warmed-up pipeline
  // must give the records a cold one gives
  const distModule = (p) => import(pathToFileURL(join(repo, "dist", p)).href);
  if (existsSync(join(repo, "dist/warmup.js"))) {
    (await distModule("core/v8-tuning.js")).tuneV8ForBatch();
    (await distModule("warmup.js")).warmUp();
  }
  const { extract } = await distModule("pipeline.js");
  const files = [
    ...readdirSync(join(shared, "ext/news"))
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .map((f) => join(shared, "ext/news", f)),
    join(shared, "corpus/dev.jsonl"),
    join(shared, "corpus/seed.jsonl"),
  ];
  const lines = [];
  for (const file of files)
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      lines.push(JSON.stringify(extract({ id: d.id, text: d.text, published: d.published ?? null, lang: d.lang })));
    }
  writeFileSync(a, `${lines.join("\n")}\n`);
  console.log(`records: ${lines.length} records written to ${a}`);
} else if (cmd === "compare" && a && b) {
  const ignoreReasons = process.argv.includes("--ignore-reasons");
  const read = (f) => readFileSync(f, "utf8").split("\n").filter(Boolean);
  const [left, right] = [read(a), read(b)];
  if (left.length !== right.length) {
    console.log(`records: ${left.length} records in ${a}, ${right.length} in ${b}`);
    process.exit(1);
  }
  let differ = 0;
  let reasonsOnly = 0;
  left.forEach((l, i) => {
    if (l === right[i]) return;
    const [x, y] = [JSON.parse(l), JSON.parse(right[i])];
    if (ignoreReasons && !x.relevant && !y.relevant) {
      x.relevance.reasons = y.relevance.reasons;
      if (JSON.stringify(x) === JSON.stringify(y)) {
        reasonsOnly++;
        return;
      }
    }
    differ++;
    if (differ <= 5) {
      const keys = Object.keys({ ...x, ...y }).filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
      console.log(`  ${x.id}: ${keys.join(", ")}`);
    }
  });
  console.log(
    `records: ${left.length} compared, ${differ} differ${ignoreReasons ? `, ${reasonsOnly} only in the reasons of a document not relevant` : ""}`,
  );
  process.exit(differ ? 1 : 0);
} else usage();
