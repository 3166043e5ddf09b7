// Display of values in the interface language (numbers and dates through Intl, so Hindi gets its own forms).

import type { Lang } from "../i18n/index.js";

const locale = (lang: Lang) => (lang === "hi" ? "hi-IN" : "en-IN");

export function formatNumber(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? "—" : new Intl.NumberFormat(locale(lang)).format(n);
}

/** An ISO date ("2025-03-09") as a calendar date; anything else as given. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(lang), {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(d);
}

export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale(lang), { dateStyle: "medium", timeStyle: "short" }).format(d);
}
