// Access to ../shared (the read-only corpus and external suites). A user's fresh clone has no ../shared: tests
// that need it are skipped there with a printed reason; in CI it is always present.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SHARED = process.env.MUKTI_SHARED ?? resolve(REPO, "../shared");
export const hasShared = existsSync(resolve(SHARED, "corpus/SCHEMA.md"));

export function sharedPath(rel: string): string {
  return resolve(SHARED, rel);
}

export function readJsonl<T = Record<string, unknown>>(rel: string): T[] {
  return readFileSync(sharedPath(rel), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export function readJson<T = unknown>(rel: string): T {
  return JSON.parse(readFileSync(sharedPath(rel), "utf8")) as T;
}

/** describe() for suites that read ../shared: skipped, with the reason printed, when it is absent. */
export function describeShared(name: string, fn: () => void): void {
  if (!hasShared) {
    console.warn(`[skip] "${name}": ${SHARED} not found (these tests read ../shared; CI always has it)`);
    describe.skip(`${name} [reads ../shared]`, fn);
    return;
  }
  describe(`${name} [reads ../shared]`, fn);
}
