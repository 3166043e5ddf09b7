// External number/duration/money suites run through src/numbers. Each suite prints its pass rate and misses.
//
// What "a case passes" means:
// - Duckling Numeral (hi, en): the case text is a whole number phrase, so findNumbers must return exactly one match
//   that spans the whole (normalised, trimmed) text, with the expected value.
// - Duckling Duration (hi, en): findDurations must return a match that ends at the end of the text with an
//   equivalent amount: both sides are brought to months when the unit is a year/quarter/month and to seconds
//   otherwise (Duckling's own convention: 365-day year, 30-day month), so "21 months" = "1.75 years" would pass, and
//   a leading "लगभग/केवल" may stay outside the match.
// - Duckling AmountOfMoney (en): only the INR cases are measured (this project reports rupees only): findMoney must
//   return one match spanning the text with the expected amount. The other currencies are checked for false
//   rupees instead.
// - Recognizers-Text Hindi NumberModel: every expected result carrying a numeric value is one case. It passes when
//   findNumbers returns a match whose span, mapped back to the raw input, contains the expected span (Start..End,
//   End inclusive) and whose value equals the expected one (relative 1e-9). A match may be wider than the expected
//   text when it takes in a qualifier ("आधे से ज्यादा" for "आधे").
// - Ordinal corpora (Duckling hi/en): ordinals are not counts, so findNumbers must return nothing for them.

import { expect, it } from "vitest";
import { findDurations, findMoney, findNumbers } from "../src/numbers/index.js";
import { normalize, toOriginalSpan } from "../src/text/normalize.js";
import { describeShared, readJson, readJsonl } from "./shared.js";

interface DucklingRow {
  text: string;
  dim: string;
  value?: number;
  unit?: string;
  seconds?: number;
}
interface DucklingFile {
  files: Record<string, DucklingRow[]>;
}

const SECONDS: Record<string, number> = {
  year: 365 * 86400,
  month: 30 * 86400,
  week: 7 * 86400,
  day: 86400,
  hour: 3600,
  minute: 60,
  second: 1,
};

function canonical(value: number, unit: string): number {
  if (unit === "year") return value * 12;
  if (unit === "quarter") return value * 3;
  if (unit === "month") return value;
  return value * (SECONDS[unit] ?? Number.NaN);
}
const monthly = (u: string) => u === "year" || u === "month" || u === "quarter";

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function report(name: string, pass: number, total: number, misses: string[]): number {
  const rate = total ? pass / total : 0;
  console.log(
    `${name}: ${pass}/${total} = ${(100 * rate).toFixed(1)}%${misses.length ? `\nmisses:\n${misses.join("\n")}` : ""}`,
  );
  return rate;
}

function numeralCase(r: DucklingRow): { ok: boolean; got: string } {
  const text = normalize(r.text).text.trim();
  const ms = findNumbers(text);
  const got = ms.map((m) => `${text.slice(m.start, m.end)}=${m.value}`).join(", ") || "-";
  const ok = ms.length === 1 && ms[0]!.start === 0 && ms[0]!.end === text.length && close(ms[0]!.value, r.value!);
  return { ok, got };
}

function durationCase(r: DucklingRow): { ok: boolean; got: string } {
  const text = normalize(r.text).text.trim();
  const ds = findDurations(text);
  const got = ds.map((d) => `${text.slice(d.start, d.end)}=${d.value} ${d.unit}`).join(", ") || "-";
  const ok = ds.some(
    (d) =>
      d.end === text.length &&
      d.value !== null &&
      monthly(d.unit) === monthly(r.unit!) &&
      close(canonical(d.value, d.unit), canonical(r.value!, r.unit!)),
  );
  return { ok, got };
}

function run(name: string, rows: DucklingRow[], check: (r: DucklingRow) => { ok: boolean; got: string }): number {
  let pass = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const { ok, got } = check(r);
    if (ok) pass++;
    else misses.push(`  ${r.text} | want ${r.value}${r.unit ? ` ${r.unit}` : ""} | got ${got}`);
  }
  return report(name, pass, rows.length, misses);
}

describeShared("Duckling Hindi numerals and durations", () => {
  const f = readJson<DucklingFile>("ext/duckling/duckling_hi.json").files;
  const numerals = f["Duckling/Numeral/HI/Corpus.hs"]!;
  const durations = f["Duckling/Duration/HI/Corpus.hs"]!;
  const ordinals = f["Duckling/Ordinal/HI/Corpus.hs"]!;

  it("recognises at least 95% of the numeral and duration cases together (each rate printed)", () => {
    expect(numerals.length).toBeGreaterThan(20);
    expect(durations.length).toBeGreaterThan(20);
    const rn = run("Duckling hi Numeral", numerals, numeralCase);
    const rd = run("Duckling hi Duration", durations, durationCase);
    const all = (rn * numerals.length + rd * durations.length) / (numerals.length + durations.length);
    console.log(`Duckling hi Numeral+Duration: ${(100 * all).toFixed(1)}%`);
    expect(rn).toBeGreaterThanOrEqual(0.95);
    expect(rd).toBeGreaterThanOrEqual(0.95);
  });

  it("never reports an ordinal as a count", () => {
    // "शून्य" is in Duckling's ordinal corpus but is a cardinal zero too: left out.
    const rows = ordinals.filter((r) => r.value !== 0);
    run("Duckling hi Ordinal (nothing returned)", rows, (r) => {
      const text = normalize(r.text).text;
      const ms = findNumbers(text);
      return { ok: ms.length === 0, got: ms.map((m) => `${m.value}`).join(",") };
    });
    const leaked = rows.filter((r) => findNumbers(normalize(r.text).text).length > 0);
    expect(leaked.map((r) => r.text)).toEqual([]);
  });

  it("knows every word of Duckling's Hindi numeral lexicon", () => {
    const lex = readJson<{ pairs: { text: string; value: number }[] }>("ext/duckling/duckling_hi_numeral_lexicon.json");
    const misses = lex.pairs.filter((p) => {
      const text = normalize(p.text).text;
      const ms = findNumbers(text);
      return !(ms.length === 1 && ms[0]!.value === p.value && ms[0]!.end === text.length);
    });
    report(
      "Duckling hi numeral lexicon",
      lex.pairs.length - misses.length,
      lex.pairs.length,
      misses.map((p) => `  ${p.text}=${p.value}`),
    );
    expect(misses.map((p) => p.text)).toEqual([]);
  });
});

interface RtResult {
  Text: string;
  TypeName: string;
  Resolution?: { value?: string | null } | null;
  Start: number;
  End: number;
}
interface RtCase {
  Input: string;
  Results: RtResult[];
}

/** The expected span. The suite's offsets are occasionally off by one ("40000" at 24..28 of a text where it starts at
 *  25), so the expected text is looked up near the given Start. A nukta the normaliser drops at the end of a word
 *  (करोड + ़) is not part of a mapped-back span, so it is left out of the expected end too. */
function expectedSpan(input: string, r: RtResult): [number, number] {
  let from = r.Start;
  let best = Number.POSITIVE_INFINITY;
  for (let at = input.indexOf(r.Text); at >= 0; at = input.indexOf(r.Text, at + 1)) {
    if (Math.abs(at - r.Start) < best) {
      best = Math.abs(at - r.Start);
      from = at;
    }
  }
  let to = best === Number.POSITIVE_INFINITY ? r.End + 1 : from + r.Text.length;
  while (to > from && /[\u093C\u200B-\u200D]/.test(input[to - 1]!)) to--;
  return [from, to];
}

describeShared("Recognizers-Text Hindi NumberModel", () => {
  const cases = readJson<RtCase[]>("ext/recognizers_text/Number_Hindi_NumberModel.json");

  it("finds at least 90% of the expected numbers with their values (rate and misses printed)", () => {
    let total = 0;
    let pass = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const norm = normalize(c.Input);
      const ms = findNumbers(norm.text).map((m) => ({ ...toOriginalSpan(norm, m.start, m.end), value: m.value }));
      for (const r of c.Results) {
        const v = r.Resolution?.value;
        if (r.TypeName !== "number" || v === null || v === undefined || Number.isNaN(Number(v))) continue;
        total++;
        const want = Number(v);
        const [from, to] = expectedSpan(c.Input, r);
        const ok = ms.some((m) => m.start <= from && m.end >= to && close(m.value, want));
        if (ok) pass++;
        else {
          const got = ms.map((m) => `${c.Input.slice(m.start, m.end)}=${m.value}`).join(", ") || "-";
          misses.push(`  ${c.Input.trim()} | want "${r.Text}"=${want} | got ${got}`);
        }
      }
    }
    expect(total).toBeGreaterThan(150);
    const rate = report("Recognizers-Text hi NumberModel", pass, total, misses);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("finds nothing where the suite expects nothing", () => {
    const empty = cases.filter((c) => c.Results.length === 0);
    const found = empty.filter((c) => findNumbers(normalize(c.Input).text).length > 0).map((c) => c.Input);
    console.log(`Recognizers-Text hi NumberModel, no-number inputs: ${empty.length - found.length}/${empty.length}`);
    expect(found).toEqual([]);
  });
});

describeShared("Duckling English numerals, money and durations", () => {
  const f = readJson<DucklingFile>("ext/duckling/duckling_en_numeral_money.json").files;
  const numerals = f["Duckling/Numeral/EN/Corpus.hs"]!;
  const money = f["Duckling/AmountOfMoney/EN/Corpus.hs"]!;
  const durations = f["Duckling/Duration/EN/Corpus.hs"]!;
  const ordinals = f["Duckling/Ordinal/EN/Corpus.hs"]!;

  it("measures the numeral cases (no bar; plain numerals, lakh/crore must pass)", () => {
    const rate = run("Duckling en Numeral", numerals, numeralCase);
    // Misses are meant to be only the vague or ambiguous forms this project declines ("a few", "single", "30 l").
    expect(rate).toBeGreaterThanOrEqual(0.9);
    const indian = numerals.filter((r) => /lakh|lac|crore|\bcr\b|koti|krore/i.test(r.text));
    expect(indian.filter((r) => !numeralCase(r).ok).map((r) => r.text)).toEqual([]);
  });

  it("measures the INR money cases and reports no rupees for other currencies", () => {
    const inr = money.filter((r) => r.dim === "unit-value" && r.unit === "INR");
    expect(inr.length).toBeGreaterThan(5);
    const rate = run("Duckling en AmountOfMoney INR", inr, (r) => {
      const text = normalize(r.text).text.trim();
      const ms = findMoney(text);
      const got = ms.map((m) => `${text.slice(m.start, m.end)}=${m.amountInr}`).join(", ") || "-";
      return { ok: ms.length === 1 && ms[0]!.end === text.length && close(ms[0]!.amountInr, r.value!), got };
    });
    expect(rate).toBeGreaterThanOrEqual(0.8);
    const other = money.filter((r) => r.unit !== "INR" && r.unit !== "Unnamed");
    const wrong = other.filter((r) => findMoney(normalize(r.text).text).length > 0).map((r) => r.text);
    console.log(
      `Duckling en AmountOfMoney, other currencies without rupees: ${other.length - wrong.length}/${other.length}`,
    );
    expect(wrong).toEqual([]);
  });

  it("measures the duration cases (no bar)", () => {
    const rows = durations.filter((r) => r.unit !== undefined);
    const rate = run("Duckling en Duration", rows, durationCase);
    expect(rate).toBeGreaterThanOrEqual(0.7);
  });

  it("never reports an ordinal as a count", () => {
    const leaked = ordinals.filter((r) => findNumbers(normalize(r.text).text).length > 0).map((r) => r.text);
    console.log(`Duckling en Ordinal, nothing returned: ${ordinals.length - leaked.length}/${ordinals.length}`);
    expect(leaked).toEqual([]);
  });
});

interface GoldDoc {
  id: string;
  lang: string;
  text: string;
  gold: {
    incidents?: {
      victims?: { rescued?: number | null; minors?: number | null };
      arrests?: { total?: number | null };
      seized?: { item: string; amount_inr?: number }[];
      active_since?: string | null;
    }[];
  };
}

describeShared("numbers in the gold reports (seed + dev)", () => {
  const docs = [...readJsonl<GoldDoc>("corpus/seed.jsonl"), ...readJsonl<GoldDoc>("corpus/dev.jsonl")];
  // Hinglish reports are written in Latin script; a mixed report in Devanagari keeps its English glosses English.
  const roman = (d: GoldDoc, text: string) =>
    d.lang === "mixed" && (text.match(/[a-z]/gi)?.length ?? 0) > (text.match(/[\u0900-\u097f]/g)?.length ?? 0);

  it("finds every stated active_since phrase as a since/for duration", () => {
    const misses: string[] = [];
    let total = 0;
    for (const d of docs) {
      const text = normalize(d.text).text;
      for (const inc of d.gold.incidents ?? []) {
        const want = inc.active_since;
        if (!want || /[()]/.test(want)) continue; // "since the lockdown last year (about one year)" is an event
        total++;
        const got = findDurations(text, { romanHindi: roman(d, text) })
          .filter((x) => x.relation === "since" || x.relation === "for")
          .map((x) => x.phrase);
        if (!got.includes(want)) misses.push(`  ${d.id}: want "${want}", got ${JSON.stringify(got)}`);
      }
    }
    report("gold active_since phrases", total - misses.length, total, misses);
    expect(total).toBeGreaterThanOrEqual(3);
    expect(misses).toEqual([]);
  });

  it("finds every seized cash amount", () => {
    const misses: string[] = [];
    let total = 0;
    for (const d of docs) {
      const text = normalize(d.text).text;
      const amounts = findMoney(text, { romanHindi: roman(d, text) }).map((m) => m.amountInr);
      for (const inc of d.gold.incidents ?? []) {
        for (const s of inc.seized ?? []) {
          if (s.item !== "cash" || !s.amount_inr) continue;
          total++;
          if (!amounts.includes(s.amount_inr))
            misses.push(`  ${d.id}: want ${s.amount_inr}, got ${amounts.join(", ")}`);
        }
      }
    }
    report("gold cash amounts", total - misses.length, total, misses);
    expect(misses).toEqual([]);
  });

  it("finds most gold counts as stated numbers (the rest are sums the extractor adds up)", () => {
    const misses: string[] = [];
    let total = 0;
    for (const d of docs) {
      const text = normalize(d.text).text;
      const values = new Set(
        findNumbers(text, { romanHindi: roman(d, text) }).flatMap((m) => [m.value, m.high ?? m.value]),
      );
      for (const inc of d.gold.incidents ?? []) {
        for (const [what, v] of [
          ["rescued", inc.victims?.rescued],
          ["minors", inc.victims?.minors],
          ["arrests", inc.arrests?.total],
        ] as const) {
          if (typeof v !== "number") continue;
          total++;
          if (!values.has(v)) misses.push(`  ${d.id}: ${what} ${v}`);
        }
      }
    }
    const rate = report("gold counts stated as numbers", total - misses.length, total, misses);
    expect(rate).toBeGreaterThanOrEqual(0.8);
  });
});
