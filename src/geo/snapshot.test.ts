// The committed snapshot (src/geo/data/gazetteer.json) must be what the builder makes from the source packages,
// curated.ts and the locale files: editing a curated fact or a Hindi name without rebuilding fails here.
// Skipped where the source packages (devDependencies) are not installed.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildSnapshot, type Snapshot } from "./build.js";
import { haveSources, readSources } from "./sources.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const committed = JSON.parse(readFileSync(resolve(ROOT, "src/geo/data/gazetteer.json"), "utf8")) as Snapshot;

describe.skipIf(!haveSources(ROOT))("gazetteer snapshot", () => {
  it("is up to date (else run: node scripts/build-gazetteer.mjs)", () => {
    const built = buildSnapshot(readSources(ROOT));
    // compare table by table, so a failure names the table rather than dumping a megabyte
    for (const k of ["version", "sources", "maxTokens", "prefixes", "places", "index", "localities"] as const) {
      expect(
        built[k] === committed[k] || JSON.stringify(built[k]) === JSON.stringify(committed[k]),
        `snapshot.${k}`,
      ).toBe(true);
    }
  });
});

// ~1 MB of names and places, ~5 MB for the 147k post-office localities (name, district, position): the cost of
// locating neighbourhoods and villages offline. The bound catches an accidental doubling.
describe("gazetteer snapshot size", () => {
  it("stays under 8 MB", () => {
    expect(JSON.stringify(committed).length).toBeLessThan(8 * 1024 * 1024);
  });
});
