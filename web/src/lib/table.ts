// The incident table's sorting, searching and paging, done in the browser on the incidents the dashboard loaded.

import type { Incident } from "./types.js";

export type SortKey = "date" | "place" | "exploitation" | "rescued" | "arrested" | "sources";
export interface SortState {
  key: SortKey;
  dir: "asc" | "desc";
}

export function placeLabel(inc: Incident): string {
  const l = inc.record.location;
  return [l.locality, l.city ?? l.district, l.state].filter((x, i, a) => x && a.indexOf(x) === i).join(", ");
}

function sortValue(inc: Incident, key: SortKey): string | number | null {
  const r = inc.record;
  switch (key) {
    case "date":
      return r.event_date;
    case "place":
      return placeLabel(inc) || null;
    case "exploitation":
      return r.exploitation;
    case "rescued":
      return r.victims.rescued;
    case "arrested":
      return r.arrests.total;
    case "sources":
      return inc.documents.length;
  }
}

/** Sorted copy; unknown values (null) always last, whatever the direction; ties keep id order. */
export function sortIncidents(items: readonly Incident[], s: SortState): Incident[] {
  const sign = s.dir === "asc" ? 1 : -1;
  return items.slice().sort((a, b) => {
    const va = sortValue(a, s.key);
    const vb = sortValue(b, s.key);
    if (va === null || vb === null) return va === vb ? a.id.localeCompare(b.id) : va === null ? 1 : -1;
    const c = typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
    return c !== 0 ? c * sign : a.id.localeCompare(b.id);
  });
}

/** Incidents whose id, place, exploitation, platforms or accused names contain every word of the query. */
export function searchIncidents(items: readonly Incident[], query: string): Incident[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return items.slice();
  return items.filter((inc) => {
    const r = inc.record;
    const hay = [inc.id, placeLabel(inc), r.exploitation ?? "", ...r.platforms, ...r.accused.map((a) => a.name)]
      .join(" ")
      .toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export interface PageSlice<T> {
  items: T[];
  page: number;
  pages: number;
}

/** One page (0-based, clamped into range) of `size` items. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageSlice<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.max(0, Math.min(page, pages - 1));
  return { items: items.slice(p * size, (p + 1) * size), page: p, pages };
}
