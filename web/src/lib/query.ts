// Filters ⇄ URL. The dashboard keeps its filters in the hash ("#/?state=Assam&from=2024-01-01"), so a view can be
// bookmarked or sent to a colleague, and the same query string goes to every API route that takes filters.

export interface Filters {
  state: string;
  from: string;
  to: string;
  exploitation: string;
  platform: string;
  text: string;
}

export const FILTER_KEYS = [
  "state",
  "from",
  "to",
  "exploitation",
  "platform",
  "text",
] as const satisfies readonly (keyof Filters)[];

export const EMPTY_FILTERS: Filters = { state: "", from: "", to: "", exploitation: "", platform: "", text: "" };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The filters a query string states; unknown keys and malformed dates are dropped, values trimmed. */
export function parseFilters(search: string | URLSearchParams): Filters {
  const q = typeof search === "string" ? new URLSearchParams(search.replace(/^\?/, "")) : search;
  const f: Filters = { ...EMPTY_FILTERS };
  for (const k of FILTER_KEYS) {
    const v = (q.get(k) ?? "").trim();
    if ((k === "from" || k === "to") && v !== "" && !ISO_DATE.test(v)) continue;
    f[k] = v;
  }
  return f;
}

/** The query string of the filters that are set (no leading "?"), keys in a fixed order so URLs compare equal. */
export function filtersToQuery(f: Partial<Filters>, extra: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = f[k]?.trim();
    if (v) q.set(k, v);
  }
  for (const [k, v] of Object.entries(extra)) if (v !== undefined && v !== "") q.set(k, String(v));
  return q.toString();
}

/** An API path with the filters (and extras such as limit/offset) as its query. */
export function apiUrl(
  path: string,
  f: Partial<Filters> = {},
  extra: Record<string, string | number | undefined> = {},
): string {
  const q = filtersToQuery(f, extra);
  return `api/${path.replace(/^\/+/, "")}${q ? `?${q}` : ""}`;
}

export type Route =
  | { page: "dashboard"; filters: Filters }
  | { page: "incident"; id: string }
  | { page: "person"; id: string }
  | { page: "not_found"; path: string };

/** The page a location hash names: "#/", "#/?filters", "#/incident/:id", "#/person/:id". */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, "") || "/";
  const qAt = raw.indexOf("?");
  const path = qAt < 0 ? raw : raw.slice(0, qAt);
  const search = qAt < 0 ? "" : raw.slice(qAt + 1);
  if (path === "/" || path === "") return { page: "dashboard", filters: parseFilters(search) };
  const m = /^\/(incident|person)\/([^/]+)\/?$/.exec(path);
  if (m) {
    let id: string;
    try {
      id = decodeURIComponent(m[2]!);
    } catch {
      return { page: "not_found", path };
    }
    return { page: m[1] as "incident" | "person", id };
  }
  return { page: "not_found", path };
}

export function dashboardHash(f: Partial<Filters>): string {
  const q = filtersToQuery(f);
  return q ? `#/?${q}` : "#/";
}
export const incidentHash = (id: string) => `#/incident/${encodeURIComponent(id)}`;
export const personHash = (id: string) => `#/person/${encodeURIComponent(id)}`;
