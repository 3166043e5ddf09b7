// Speed: findDates is one pass over the tokens; 5 MB of date-dense text (the corpora, repeated) must take well
// under a second on an ordinary machine (about as long as one /\p{L}+/gu pass over the same text). The bound here
// is generous (3 s) so that a busy CI box does not flake.

import { expect, it } from "vitest";
import { enDatesCorpus } from "../locales/en/dates.corpus.js";
import { hiDatesCorpus, hiLatnDatesCorpus } from "../locales/hi/dates.corpus.js";
import { normalize } from "../text/normalize.js";
import { findDates } from "./index.js";

it("finds dates in 5 MB of text in under 3 s", () => {
  const sample = [...hiDatesCorpus, ...hiLatnDatesCorpus, ...enDatesCorpus].map((e) => e[0]).join("\n");
  const parts: string[] = [];
  let size = 0;
  while (size < 5_000_000) {
    parts.push(sample);
    size += sample.length + 1;
  }
  const text = normalize(parts.join("\n")).text;
  findDates(sample, "2024-08-08"); // warm up the JIT on a small input
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const matches = findDates(text, "2024-08-08");
  const wall = performance.now() - t0;
  const used = process.cpuUsage(cpu0);
  // CPU time, not wall time: on a shared CI box the wall clock also counts other jobs' turns on the cores
  const cpu = (used.user + used.system) / 1000;
  console.log(
    `findDates: ${(text.length / 1e6).toFixed(1)} M chars, ${matches.length} dates, ` +
      `${cpu.toFixed(0)} ms CPU (${wall.toFixed(0)} ms wall)`,
  );
  expect(matches.length).toBeGreaterThan(parts.length * 120);
  expect(cpu).toBeLessThan(3000);
});
