// The incident table's state as the server's terms: which column sorts which way (the API's `sort`), and which page
// is shown (`offset`). The server sorts, searches and pages; the browser holds one page at a time, so the table is as
// fast with ten thousand incidents as with ten.

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

/** The API's sort parameter: the column's name, "-" first for descending (unknown values come last either way). */
export const sortParam = (s: SortState): string => (s.dir === "desc" ? `-${s.key}` : s.key);

/** The direction a column starts in when first clicked: names A→Z, dates and counts largest first. */
export const firstDir = (key: SortKey): SortState["dir"] =>
  key === "place" || key === "exploitation" ? "asc" : "desc";

/** Clicking a column: the other direction if it is the sorted one, else its first direction. */
export const toggleSort = (s: SortState, key: SortKey): SortState =>
  s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: firstDir(key) };

/** How many pages `total` rows make (at least one, so that an empty table still says "page 1 of 1"). */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** A page number kept inside 0..pages-1 (a filter that shrinks the result must not leave the table past its end). */
export const clampPage = (page: number, pages: number): number => Math.max(0, Math.min(page, pages - 1));

/** The table's own search words added to the dashboard's text filter: both must match (the server ANDs words). */
export function searchText(filterText: string, query: string): string {
  return [filterText, query]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(" ");
}
