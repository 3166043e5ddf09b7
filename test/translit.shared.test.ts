// Transliteration acceptance on 9,734 real Devanagari/Latin name pairs (election affidavits, cricketers):
// how often transliterate(hindi) equals the English spelling (case-insensitive, spaces collapsed), and how often
// the two meet under nameKey. Printed per source.
//
// Floors: the affidavits are mostly candidates from West Bengal, Tamil Nadu, Kerala and Assam, whose English
// spellings follow regional habits that Hindi newspaper style contradicts (Mondal/Mandal, Biswas/Vishwas,
// Karthik with th for त, -y for ी, Ahamed, Hossain); even folding vowel length, aspiration, v/w and every
// inherent vowel, only about half of the pairs agree. The exact-match floor therefore guards against regressions
// at the measured level; the name-key floor is the brief's.

import { expect, it } from "vitest";
import { nameKey, transliterate } from "../src/people/index.js";
import { describeShared, readJsonl } from "./shared.js";

interface Pair {
  hi: string;
  en: string;
  kind: string;
  source: string;
}

const EXACT_FLOOR = 0.22;
const KEY_FLOOR = 0.8;

const same = (a: string, b: string) =>
  a.toLowerCase().replace(/\s+/g, " ").trim() === b.toLowerCase().replace(/\s+/g, " ").trim();

describeShared("transliteration of person names (hi_en_person_names)", () => {
  const pairs = readJsonl<Pair>("ext/translit/hi_en_person_names.jsonl");

  it("matches the English spelling often enough", () => {
    const bySource = new Map<string, { n: number; exact: number; key: number }>();
    let exact = 0;
    let key = 0;
    for (const p of pairs) {
      const s = bySource.get(p.source) ?? { n: 0, exact: 0, key: 0 };
      s.n++;
      if (same(transliterate(p.hi), p.en)) {
        exact++;
        s.exact++;
      }
      if (nameKey(p.hi) === nameKey(p.en)) {
        key++;
        s.key++;
      }
      bySource.set(p.source, s);
    }
    const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;
    console.log(
      `[translit] ${pairs.length} pairs: exact ${pct(exact, pairs.length)}, nameKey ${pct(key, pairs.length)}\n` +
        [...bySource]
          .map(([src, s]) => `  ${src} (${s.n}): exact ${pct(s.exact, s.n)}, nameKey ${pct(s.key, s.n)}`)
          .join("\n"),
    );
    expect(pairs.length).toBeGreaterThan(9000);
    expect(exact / pairs.length).toBeGreaterThanOrEqual(EXACT_FLOOR);
    expect(key / pairs.length).toBeGreaterThanOrEqual(KEY_FLOOR);
  });
});
