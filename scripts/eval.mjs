#!/usr/bin/env node
// Extract the shared seed and dev corpora and score them with the shared scorer. Anyone can rerun it:
//   npm run eval [-- --diff]
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.MUKTI_SHARED ?? resolve(repo, "../shared");
if (!existsSync(join(shared, "eval/score.mjs"))) {
  console.error(`eval: ${shared} not found (the corpus and scorer live in ../shared)`);
  process.exit(2);
}
const extra = process.argv.slice(2);
const tmp = mkdtempSync(join(tmpdir(), "mukti-eval-"));
for (const set of ["seed", "dev"]) {
  const gold = join(shared, `corpus/${set}.jsonl`);
  const pred = join(tmp, `${set}.pred.jsonl`);
  const t0 = performance.now();
  const out = execFileSync(
    process.execPath,
    [join(repo, "bin/mukti.mjs"), "extract", "--jsonl", gold, "--no-evidence"],
    {
      maxBuffer: 1 << 28,
    },
  );
  writeFileSync(pred, out);
  const ms = performance.now() - t0;
  console.log(`== ${set} (${ms.toFixed(0)} ms)`);
  console.log(
    execFileSync(
      process.execPath,
      [join(shared, "eval/score.mjs"), "--gold", gold, "--pred", pred, "--by-lang", ...extra],
      {
        encoding: "utf8",
        maxBuffer: 1 << 28,
      },
    ),
  );
}
