// The warm-up of a batch run: it extracts every locale's examples, once per thread, and changes no record.
import { expect, it } from "vitest";
import { LOCALE_PACKS } from "./locales/registry.js";
import { extract } from "./pipeline.js";
import { warmUp } from "./warmup.js";

const examples = LOCALE_PACKS.flatMap((p) => p.examples ?? []);
const texts = [
  ...examples.map((c) => ({ text: c.text, published: c.published ?? null })),
  // texts unlike the examples: a round-up with a tweet, romanized Hindi, and a report with no incident
  {
    text: "Raipur: Police rescued 6 girls from a house in Tatibandh on Monday and arrested two women. In another case, a man was held in Bhilai. @police_cg: 'Rescued six girls, two held.'",
    published: "2024-02-14",
  },
  { text: "Lucknow police ne Aminabad ke ek hotel par chhapa maar kar 5 ladkiyon ko mukt karaya.", published: null },
  { text: "The city council met on Tuesday to discuss the new budget for roads and parks.", published: null },
];

it("extracts the examples of every locale twice, then nothing on a second call", () => {
  // the records a cold pipeline gives (this file runs in a fresh module graph: nothing warmed it before)
  const cold = texts.map((t, i) => JSON.stringify(extract({ id: `t${i}`, ...t })));
  const first = warmUp();
  expect(first.docs).toBe(2 * examples.length);
  expect(first.docs).toBeGreaterThan(10);
  expect(warmUp()).toEqual({ docs: 0, ms: 0 });
  // and a warmed-up pipeline gives the very same records (it keeps no state from one document to the next)
  const warm = texts.map((t, i) => JSON.stringify(extract({ id: `t${i}`, ...t })));
  expect(warm).toEqual(cold);
});
