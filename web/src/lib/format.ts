// Display of values in the interface language (numbers and dates through Intl, so Hindi gets its own forms).
// Intl formatters are built once per language: building one costs far more than formatting (a map label each for
// hundreds of markers made the first load wait on them).

import type { Lang } from "../i18n/index.js";

const locale = (lang: Lang) => (lang === "hi" ? "hi-IN" : "en-IN");

/** One formatter per language and kind, made on first use. */
function perLang<F>(make: (locale: string) => F): (lang: Lang) => F {
  const made = new Map<Lang, F>();
  return (lang) => {
    let f = made.get(lang);
    if (!f) {
      f = make(locale(lang));
      made.set(lang, f);
    }
    return f;
  };
}

const numbers = perLang((l) => new Intl.NumberFormat(l));
const dates = perLang(
  (l) => new Intl.DateTimeFormat(l, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
);
const dateTimes = perLang((l) => new Intl.DateTimeFormat(l, { dateStyle: "medium", timeStyle: "short" }));

export function formatNumber(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? "—" : numbers(lang).format(n);
}

/** An ISO date ("2025-03-09") as a calendar date; anything else as given. */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return dates(lang).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTimes(lang).format(d);
}
