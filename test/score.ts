// Runs the pipeline over a shared gold corpus and scores it with the shared scorer (../shared/eval/score.mjs).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
import { extract } from "../src/pipeline.js";
import { sharedPath } from "./shared.js";

export interface PRF {
  p: number;
  r: number;
  f: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface ScoreReport {
  documents: number;
  relevance: { tp: number; fp: number; fn: number; tn: number };
  fields: Record<string, PRF>;
  core: PRF;
  all: PRF;
  by_lang: Record<string, { core: PRF; all: PRF }>;
}

export interface GoldDoc {
  id: string;
  lang: string;
  text: string;
  published?: string | null;
  gold: { relevant: boolean; incidents: unknown[]; distractors?: string[] };
}

export function predict(docs: GoldDoc[]) {
  return docs.map((d) => extract({ id: d.id, text: d.text, published: d.published ?? null }));
}

/** Score a gold file: a path under ../shared ("corpus/dev.jsonl") or an absolute path (the project's own fixtures). */
export function score(goldRel: string): { report: ScoreReport; preds: ReturnType<typeof predict>; diff: string } {
  const goldPath = isAbsolute(goldRel) ? goldRel : sharedPath(goldRel);
  const docs = readFileSync(goldPath, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldDoc);
  const preds = predict(docs);
  const dir = mkdtempSync(join(tmpdir(), "mukti-score-"));
  const pred = join(dir, "pred.jsonl");
  writeFileSync(pred, preds.map((p) => JSON.stringify(p)).join("\n") + "\n");
  const args = [sharedPath("eval/score.mjs"), "--gold", goldPath, "--pred", pred];
  const report = JSON.parse(
    execFileSync(process.execPath, [...args, "--json", "--by-lang"], { encoding: "utf8" }),
  ) as ScoreReport;
  const diff = execFileSync(process.execPath, [...args, "--by-lang"], { encoding: "utf8" });
  return { report, preds, diff };
}
