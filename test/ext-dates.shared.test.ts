// Recognizers-Text's Hindi DateTime spec (microsoft/Recognizers-Text, MIT; flattened in
// ../shared/ext/recognizers_text/flat_hindi_specs.json) run through findDates.
//
// What is compared. The measured set is every expected result of type "datetimeV2.date" whose resolution has
// exactly one value and that value is a calendar date (rows whose two values are the past and future readings of
// an ambiguous "22/04" or "शुक्रवार", and "not resolved" rows, are left out of the rate and reported apart). The
// suite's ReferenceDateTime plays the publication date. A row passes when findDates returns a match whose `iso`
// equals the expected value and, when the expected text occurs in the input (the suite sometimes gives an English
// text for a Hindi input), the match overlaps that text.
//
// Where the conventions differ. The suite resolves as a scheduling assistant would; this project resolves as a
// news reader must: कल and परसों are yesterday / the day before unless their clause is in the future tense, and
// "N/M" without a year is not taken for a date (it is a ratio or a section number far more often in reports).
// Those rows count as failures here; no bar beyond 50% is set.

import { expect, it } from "vitest";
import { findDates } from "../src/dates/index.js";
import { normalize } from "../src/text/normalize.js";
import { describeShared, readJson } from "./shared.js";

interface SpecRow {
  input: string;
  text?: string;
  type?: string;
  resolution?: { values?: { value?: string; type?: string }[] } | null;
  reference_datetime: string;
}

interface Flat {
  files: Record<string, SpecRow[]>;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function check(row: SpecRow, want: (iso: string | null) => boolean, needSpan = false): { ok: boolean; got: string } {
  const text = normalize(row.input).text;
  const published = row.reference_datetime.slice(0, 10);
  const matches = findDates(text, published);
  const expText = normalize((row.text ?? "").trim()).text;
  const at = expText ? text.indexOf(expText) : -1;
  if (at < 0 && needSpan) return { ok: false, got: "" };
  const near = at < 0 ? matches : matches.filter((m) => m.start < at + expText.length && m.end > at);
  const ok = near.some((m) => want(m.iso));
  const got = matches.map((m) => `${text.slice(m.start, m.end)}=${m.iso}`).join(", ") || "-";
  return { ok, got };
}

describeShared("Recognizers-Text Hindi DateTime: plain dates", () => {
  const rows = readJson<Flat>("ext/recognizers_text/flat_hindi_specs.json").files["DateTime_Hindi_DateTimeModel.json"]!;
  const dates = rows.filter((r) => r.type === "datetimeV2.date");
  const values = (r: SpecRow) => (r.resolution?.values ?? []).map((v) => v.value ?? "");

  it("resolves at least half of the single-valued date cases (rate printed)", () => {
    const single = dates.filter((r) => values(r).length === 1 && ISO.test(values(r)[0]!));
    expect(single.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let pass = 0;
    for (const r of single) {
      const exp = values(r)[0]!;
      const { ok, got } = check(r, (iso) => iso === exp);
      if (ok) pass++;
      else
        failures.push(
          `  ${r.reference_datetime.slice(0, 10)} | ${r.input} | want "${r.text?.trim()}"=${exp} | got ${got}`,
        );
    }
    const rate = pass / single.length;
    console.log(
      `Recognizers-Text Hindi single-valued dates: ${pass}/${single.length} = ${(100 * rate).toFixed(1)}%\n` +
        `failures:\n${failures.join("\n")}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.5);
  });

  it("reports the ambiguous two-valued cases: news never resolves them after the reference date", () => {
    const two = dates.filter((r) => values(r).length === 2 && values(r).every((v) => ISO.test(v)));
    let agree = 0;
    const later: string[] = [];
    for (const r of two) {
      const ref = r.reference_datetime.slice(0, 10);
      if (check(r, (iso) => iso !== null && values(r).includes(iso)).ok) agree++;
      const { ok, got } = check(r, (iso) => iso !== null && iso > ref, true);
      if (ok) later.push(`  ${ref} | ${r.input} | got ${got}`);
    }
    console.log(
      `Recognizers-Text Hindi two-valued dates (past and future readings): ${agree}/${two.length} resolved to one of ` +
        `the two readings; resolved after the reference date: ${later.length}\n${later.join("\n")}`,
    );
    // a bare date or weekday in a report is resolved backwards from publication, never forwards
    expect(later).toEqual([]);
  });
});
