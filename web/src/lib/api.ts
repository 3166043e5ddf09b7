// Calls to the Mukti API (docs/api.md). Paths are relative ("api/..."), so the app works wherever it is mounted.

import { apiUrl, type Filters } from "./query.js";
import type {
  ApiErrorBody,
  Flow,
  Incident,
  IncidentDetail,
  IncidentPlaces,
  Page,
  Person,
  Review,
  Stats,
} from "./types.js";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

async function request<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" }, ...init });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    let field: string | undefined;
    try {
      const body = (await res.json()) as ApiErrorBody;
      if (body?.error?.message) message = body.error.message;
      field = body?.error?.field;
    } catch {
      // not a JSON error body: keep the status line
    }
    throw new ApiError(message, res.status, field);
  }
  return (await res.json()) as T;
}

/** The incident table's page size: one small request per page, sorted and searched by the server. */
export const TABLE_PAGE = 25;
/** The flows the map draws (most victims first): more arcs than this are unreadable anyway. */
export const FLOW_LIMIT = 200;

/** One page of the incidents matching the filters, in the server's order (docs/api.md: sort, limit, offset). */
export const loadIncidentPage = (
  f: Partial<Filters>,
  page: { sort?: string; limit?: number; offset?: number; place?: string },
  signal?: AbortSignal,
) => request<Page<Incident>>(apiUrl("incidents", f, { limit: TABLE_PAGE, ...page }), { signal });

/** The matching incidents counted per located place: the map's markers, one request whatever the store's size. */
export const loadIncidentPlaces = (f: Filters, signal?: AbortSignal) =>
  request<IncidentPlaces>(apiUrl("incidents/places", f), { signal });

export const loadStats = (f: Filters, signal?: AbortSignal) => request<Stats>(apiUrl("stats", f), { signal });
export const loadFlows = (f: Filters, signal?: AbortSignal) =>
  request<{ items: Flow[] }>(apiUrl("flows", f, { limit: FLOW_LIMIT }), { signal });
export const loadIncident = (id: string, signal?: AbortSignal) =>
  request<IncidentDetail>(`api/incidents/${encodeURIComponent(id)}`, { signal });
export const loadReviews = (id: string, signal?: AbortSignal) =>
  request<Review[]>(`api/incidents/${encodeURIComponent(id)}/reviews`, { signal });
export const loadPerson = (id: string, signal?: AbortSignal) =>
  request<Person>(`api/persons/${encodeURIComponent(id)}`, { signal });
export const findPersons = (text: string) =>
  request<Page<{ id: string; name: string }>>(apiUrl("persons", {}, { text, limit: 10 }));

export function postReview(
  id: string,
  body: { field: string; value: unknown; who: string; note?: string },
): Promise<{ review: Review; incident: Incident }> {
  return request(`api/incidents/${encodeURIComponent(id)}/review`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(body),
  });
}

export const EXPORTS = [
  { key: "csv", path: "export.csv", file: "mukti-incidents.csv" },
  { key: "geojson", path: "export.geojson", file: "mukti-incidents.geojson" },
  { key: "json", path: "export.json", file: "mukti-incidents.json" },
  { key: "htcds", path: "export.htcds.json", file: "mukti-incidents.htcds.json" },
] as const;
