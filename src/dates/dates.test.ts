// Unit tests of the pieces under the corpora: calendar arithmetic, word boundaries in Devanagari, chunked
// scanning, spans, and the statement/event heuristic on sentences the corpora do not cover.

import { describe, expect, it } from "vitest";
import { normalize } from "../text/normalize.js";
import {
  addUnits,
  dayNumber,
  isoOfDay,
  parseIsoDay,
  resolveMonthDay,
  resolveWeekday,
  weekdayOfDay,
} from "./calendar.js";
import { findDates, isStatementDate } from "./index.js";

const day = (iso: string) => parseIsoDay(iso)!;
const find = (raw: string, pub: string | null = "2024-08-08") => {
  const text = normalize(raw).text;
  return findDates(text, pub).map((m) => ({
    text: text.slice(m.start, m.end),
    iso: m.iso,
    kind: m.kind,
    rule: m.rule,
  }));
};

describe("calendar", () => {
  it("converts day numbers and ISO dates both ways", () => {
    for (const iso of ["1900-03-01", "1970-01-01", "2000-02-29", "2019-05-21", "2099-12-31"]) {
      expect(isoOfDay(day(iso))).toBe(iso);
    }
    expect(dayNumber(2019, 2, 29)).toBeNull();
    expect(dayNumber(2020, 2, 29)).not.toBeNull();
    expect(dayNumber(2021, 4, 31)).toBeNull();
    expect(weekdayOfDay(day("2019-02-01"))).toBe(5); // a Friday
  });
  it("resolves weekdays backwards, the same weekday being the publication day", () => {
    const fri = day("2019-02-01");
    expect(isoOfDay(resolveWeekday(fri, 5, null))).toBe("2019-02-01");
    expect(isoOfDay(resolveWeekday(fri, 6, null))).toBe("2019-01-26");
    expect(isoOfDay(resolveWeekday(fri, 5, "past"))).toBe("2019-01-25");
    expect(isoOfDay(resolveWeekday(fri, 5, "coming"))).toBe("2019-02-08");
    expect(isoOfDay(resolveWeekday(fri, 1, "next"))).toBe("2019-02-04");
    expect(isoOfDay(resolveWeekday(fri, 1, "this"))).toBe("2019-01-28");
  });
  it("puts a day and month in the publication year unless that lies after publication", () => {
    expect(isoOfDay(resolveMonthDay(day("2022-01-03"), 12, 28, "past")!)).toBe("2021-12-28");
    expect(isoOfDay(resolveMonthDay(day("2022-01-03"), 1, 3, "past")!)).toBe("2022-01-03");
    expect(isoOfDay(resolveMonthDay(day("2019-03-22"), 2, 29, "past")!)).toBe("2016-02-29");
  });
  it("clamps month steps to the target month", () => {
    expect(isoOfDay(addUnits(day("2024-03-31"), -1, "month"))).toBe("2024-02-29");
    expect(isoOfDay(addUnits(day("2024-02-29"), -1, "year"))).toBe("2023-02-28");
  });
});

describe("findDates", () => {
  it("respects Devanagari word boundaries", () => {
    expect(find("कल्पना निकली, कलेक्टर आजाद हैं")).toEqual([]);
    expect(find("टीम कल पहुंची")).toEqual([{ text: "कल", iso: "2024-08-07", kind: "relative", rule: "hi.relative" }]);
  });
  it("returns offsets into the normalised text, nukta forms included", () => {
    const raw = "फ़रवरी 21 को तड़के छापा";
    const text = normalize(raw).text;
    const [m] = findDates(text, "2024-03-01");
    expect(text.slice(m!.start, m!.end)).toBe("फरवरी 21 को तडके");
    expect(m).toMatchObject({ iso: "2024-02-21", partOfDay: "morning" });
  });
  it("finds the same dates across chunk boundaries as in one piece", () => {
    const line = "पुलिस ने शनिवार देर रात छापा मारा और 21 मई 2019 को मामला दर्ज हुआ। Police said on Sunday.\n";
    const text = normalize(line.repeat(2000)).text;
    const all = findDates(text, "2024-08-08");
    expect(all.length).toBe(3 * 2000);
    const one = findDates(normalize(line).text, "2024-08-08");
    all.forEach((m, k) => {
      const o = one[k % 3]!;
      const shift = Math.floor(k / 3) * line.length;
      expect([m.start - shift, m.end - shift, m.iso, m.rule]).toEqual([o.start, o.end, o.iso, o.rule]);
    });
  });
  it("never lets a phrase run over a line break, and finds phrases that begin a line", () => {
    expect(find("भोपाल, 21\nमई को").map((m) => m.text)).toEqual([]);
    expect(find("शनिवार\nदेर रात").map((m) => m.text)).toEqual(["शनिवार", "देर रात"]);
    const starts = "x\n21 मई 2019\nJanuary 31, 2024\nशनिवार को\nकल रात\nदो दिन पहले\n15 तारीख\n4/30/2022\n18 और 19 जून";
    expect(find(starts).map((m) => m.text)).toEqual([
      "21 मई 2019",
      "January 31, 2024",
      "शनिवार",
      "कल रात",
      "दो दिन पहले",
      "15 तारीख",
      "4/30/2022",
      "18",
      "19 जून",
    ]);
  });
  it("names the rule that produced each date", () => {
    expect(find("21/05/2019, May 21, 2019, सित-23-2020").map((m) => m.rule)).toEqual([
      "num.date.dmy",
      "en.date.month_day_year",
      "hi.date.numeric_with_month",
    ]);
  });
  it("is deterministic without a publication date: only dates with a year resolve", () => {
    expect(find("कल, रविवार को, 23 जनवरी को और 1 मई 2016 को", null).map((m) => m.iso)).toEqual([
      null,
      null,
      null,
      "2016-05-01",
    ]);
  });
});

describe("isStatementDate", () => {
  const check = (raw: string, pub = "2024-08-08") => {
    const text = normalize(raw).text;
    return findDates(text, pub).map((m) => isStatementDate(text, m));
  };
  it("reads Hindi by the cue that follows the date", () => {
    expect(check("एसपी ने शनिवार को पत्रकारों को बताया कि गुरुवार रात छापा मारा गया।")).toEqual([true, false]);
    expect(check("मुखबिर ने रविवार को जानकारी दी कि होटल में धंधा चल रहा है।")).toEqual([false]);
  });
  it("reads English by the verb before the date, else the one after", () => {
    expect(check("The officer said the accused had surrendered on Saturday.")).toEqual([false]);
    expect(check("Police told reporters on Monday that two girls were rescued.")).toEqual([true]);
    expect(check("On Friday, police raided the spa. On Saturday, the SP said the case was solved.")).toEqual([
      false,
      true,
    ]);
  });
  it("looks no further than the sentence", () => {
    expect(check("Police raided a hotel on Sunday. The SSP said nine women were freed.")).toEqual([false]);
    expect(check("पुलिस ने रविवार को छापा मारा। एसपी ने बताया कि नौ महिलाएं मुक्त कराई गईं।")).toEqual([false]);
  });
});
