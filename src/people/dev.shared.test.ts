// Persons found in the seed document and the 60 dev documents against their gold (accused, officials), with a
// loose name match (same name key, or one name's words among the other's: "Krishnan" ~ "Krishnan K"). Prints
// precision and recall per kind. Hard bars: the seed's gold persons, and no name next to a victim cue in any
// output. Scored on relevant documents only: whether a report is about trafficking is decided elsewhere.

import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeShared, readJsonl, sharedPath } from "../../test/shared.js";
import { Doc } from "../core/document.js";
import { findPersons, nameKey, type PersonMention } from "./index.js";

interface GoldPerson {
  name: string;
  aliases?: string[];
  name_native?: string | null;
  rank?: string | null;
  role?: string | null;
  arrested?: boolean | null;
}
interface GoldDoc {
  id: string;
  text: string;
  gold: { relevant: boolean; incidents: { accused?: GoldPerson[]; officials?: GoldPerson[] }[] };
}

function words(name: string): string[] {
  return name
    .split(/[^A-Za-z\u0900-\u097F]+/)
    .filter((w) => w.length > 1)
    .map(nameKey);
}

function looseMatch(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  return short.length > 0 && short.every((w) => long.includes(w));
}

function onePerName(mentions: PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.name) && seen.add(m.name));
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

function score(gold: GoldPerson[], found: PersonMention[], s: Score, misses: string[]): void {
  const used = new Set<number>();
  for (const g of gold) {
    const i = found.findIndex((p, k) => !used.has(k) && looseMatch(g.name, p.name));
    if (i >= 0) {
      used.add(i);
      s.tp++;
    } else {
      s.fn++;
      misses.push(`miss ${g.name}`);
    }
  }
  found.forEach((p, k) => {
    if (!used.has(k)) {
      s.fp++;
      misses.push(`extra ${p.name} (${p.rule})`);
    }
  });
}

const rate = (s: Score) =>
  `P=${(s.tp / Math.max(1, s.tp + s.fp)).toFixed(2)} R=${(s.tp / Math.max(1, s.tp + s.fn)).toFixed(2)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** words that mark a victim next to a name; written independently of the locale files, to check them */
const VICTIM_BEFORE = /(पीड़िता|पीडिता|पीड़ित|पीडित|नाबालिग|victim|survivor|the girl|the minor)\s*,?\s*$/i;
const VICTIM_AFTER = /^\s*\((बदला हुआ नाम|परिवर्तित नाम|name changed)\)/i;

describeShared("people: seed and dev gold", () => {
  const seedGold = readJsonl<GoldDoc>("corpus/seed.jsonl")[0]!;
  const seedText = readFileSync(sharedPath("corpus/seed-kanpur.txt"), "utf8");
  const dev = readJsonl<GoldDoc>("corpus/dev.jsonl");

  it("finds the seed document's accused and officials", () => {
    const found = onePerName(findPersons(new Doc({ id: "seed", text: seedText })));
    const gold = seedGold.gold.incidents[0]!;
    for (const g of gold.accused ?? []) {
      const p = found.find((m) => looseMatch(g.name, m.name));
      expect(p, g.name).toBeDefined();
      expect(p!.kind).toBe("accused");
      expect(p!.nameNative).toBe(g.name_native);
      expect(p!.role).toBe(g.role);
      if (g.arrested) expect(p!.status).toBe("arrested");
      expect(p!.aliases.map(nameKey)).toEqual(
        (gold.accused ?? []).find((x) => x.name === g.name)!.aliases!.map(nameKey),
      );
    }
    for (const g of gold.officials ?? []) {
      const p = found.find((m) => looseMatch(g.name, m.name));
      expect(p, g.name).toBeDefined();
      expect(p!.kind).toBe("official");
      expect(p!.rank).toBe(g.rank);
      expect(p!.name).toBe(g.name);
    }
    expect(found.filter((p) => p.kind === "accused" || p.kind === "official")).toHaveLength(
      (gold.accused ?? []).length + (gold.officials ?? []).length,
    );
  });

  it("scores accused and officials on dev (printed)", () => {
    const acc: Score = { tp: 0, fp: 0, fn: 0 };
    const off: Score = { tp: 0, fp: 0, fn: 0 };
    const notes: string[] = [];
    for (const d of dev) {
      if (!d.gold.relevant) continue;
      const found = onePerName(findPersons(new Doc({ id: d.id, text: d.text })));
      const misses: string[] = [];
      score(
        d.gold.incidents.flatMap((i) => i.accused ?? []),
        found.filter((p) => p.kind === "accused"),
        acc,
        misses,
      );
      score(
        d.gold.incidents.flatMap((i) => i.officials ?? []),
        found.filter((p) => p.kind === "official"),
        off,
        misses,
      );
      if (misses.length) notes.push(`${d.id}: ${misses.join("; ")}`);
    }
    console.log(`[people dev] accused ${rate(acc)}\n[people dev] officials ${rate(off)}\n  ${notes.join("\n  ")}`);
    expect(acc.tp + off.tp).toBeGreaterThan(0);
  });

  it("never returns a name that stands next to a victim cue", () => {
    for (const d of [...dev, { id: "seed", text: seedText }]) {
      const doc = new Doc({ id: d.id, text: d.text });
      for (const m of findPersons(doc)) {
        const before = doc.text.slice(Math.max(0, m.start - 30), m.start);
        const after = doc.text.slice(m.end, m.end + 30);
        expect(VICTIM_BEFORE.test(before) || VICTIM_AFTER.test(after), `${d.id}: ${m.name}`).toBe(false);
      }
    }
  });
});
