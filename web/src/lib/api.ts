// Calls to the Mukti API (docs/api.md). Paths are relative ("api/..."), so the app works wherever it is mounted.

import { apiUrl, type Filters } from "./query.js";
import type { ApiErrorBody, Flow, Incident, IncidentDetail, Page, Person, Review, Stats } from "./types.js";

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

/** The most incidents the dashboard loads for its map and table (pages of 500, the API's largest). */
export const MAX_LOADED = 5000;

/** Every incident matching the filters, up to MAX_LOADED, and how many there are in all. */
export async function loadIncidents(f: Filters, signal?: AbortSignal): Promise<{ total: number; items: Incident[] }> {
  const items: Incident[] = [];
  let total = 0;
  for (let offset = 0; offset < MAX_LOADED; offset += 500) {
    const page = await request<Page<Incident>>(apiUrl("incidents", f, { sort: "-date", limit: 500, offset }), {
      signal,
    });
    total = page.total;
    items.push(...page.items);
    if (page.items.length < 500 || items.length >= total) break;
  }
  return { total, items };
}

export const loadStats = (f: Filters, signal?: AbortSignal) => request<Stats>(apiUrl("stats", f), { signal });
export const loadFlows = (f: Filters, signal?: AbortSignal) =>
  request<{ items: Flow[] }>(apiUrl("flows", f), { signal });
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
