// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), so that no time zone can shift a date.

import type { DayOfMonthModifier, TimeUnit, WeekdayModifier } from "./types.js";

/** The day number of a valid Gregorian date, or null (30 February, month 13...). */
export function dayNumber(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  // days from civil (H. Hinnant), pure arithmetic: no Date object per date
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function parseIsoDay(iso: string | null): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const pad2 = (n: number) => (n < 10 ? "0" : "") + n;

export function isoOfDay(day: number): string {
  const { y, m, d } = civil(day);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Day number to calendar date without a Date object (H. Hinnant's civil_from_days). */
function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday ... 6 = Saturday */
export function weekdayOfDay(day: number): number {
  // 1970-01-01 was a Thursday
  return (((day + 4) % 7) + 7) % 7;
}

const ymd = civil;

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!;
}

/** Move by whole units; a month or year step keeps the day of month, clamped to the target month's length. */
export function addUnits(day: number, n: number, unit: TimeUnit): number {
  if (unit === "day") return day + n;
  if (unit === "week") return day + 7 * n;
  const { y, m, d } = ymd(day);
  const months = unit === "month" ? n : 12 * n;
  const idx = y * 12 + (m - 1) + months;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)))!;
}

/**
 * A day and month without a year. News reports what has happened, so the default is the most recent such date on
 * or before publication (the publication year, or the year before when that would lie after publication);
 * "coming" looks forward instead. 29 February walks back to a leap year.
 */
export function resolveMonthDay(
  published: number,
  month: number,
  dayOfMonth: number,
  dir: "past" | "coming",
): number | null {
  const pubYear = ymd(published).y;
  for (let k = 0; k <= 8; k++) {
    const y = dir === "coming" ? pubYear + k : pubYear - k;
    const day = dayNumber(y, month, dayOfMonth);
    if (day === null) continue;
    if (dir === "past" ? day <= published : day > published) return day;
  }
  return null;
}

/** "N तारीख": the Nth of the publication month, or of the month before when that lies after publication. */
export function resolveDayOfMonth(
  published: number,
  dayOfMonth: number,
  mod: DayOfMonthModifier | null,
): number | null {
  const { y, m } = ymd(published);
  const at = (monthShift: number): number | null => {
    const idx = y * 12 + (m - 1) + monthShift;
    return dayNumber(Math.floor(idx / 12), (idx % 12) + 1, dayOfMonth);
  };
  if (mod === "this_month") return at(0);
  if (mod === "last_month") return at(-1);
  if (mod === "next_month") return at(1);
  for (let k = 0; k <= 2; k++) {
    const shift = mod === "coming" ? k : -k;
    const day = at(shift);
    if (day === null) continue;
    if (mod === "coming" ? day > published : day <= published) return day;
  }
  return null;
}

/**
 * A weekday named without a date. News looks back: the most recent such day on or before publication (the same
 * weekday is the publication day itself). Weeks for "this"/"next" start on Monday.
 */
export function resolveWeekday(published: number, weekday: number, mod: WeekdayModifier | null, weekShift = 0): number {
  const pubWd = weekdayOfDay(published);
  if (mod === "this" || mod === "next" || weekShift !== 0) {
    const mondayIndex = (wd: number) => (wd + 6) % 7; // Monday 0 ... Sunday 6
    const weekStart = published - mondayIndex(pubWd);
    const weeks = weekShift + (mod === "next" ? 1 : 0);
    return weekStart + 7 * weeks + mondayIndex(weekday);
  }
  const back = (pubWd - weekday + 7) % 7;
  if (mod === "coming") return published + ((weekday - pubWd + 7) % 7 || 7);
  if (mod === "past") return published - (back || 7);
  return published - back;
}
