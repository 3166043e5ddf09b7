// Export formats of incident lists: CSV (RFC 4180), JSON, GeoJSON. Each takes rows one at a time, so that an
// export of the whole store streams instead of being built in memory (GeoJSON excepted: see geojson()).
import type { IncidentRow } from "../store/types.js";

export const CSV_COLUMNS = [
  "id",
  "date",
  "state",
  "district",
  "city",
  "locality",
  "lat",
  "lon",
  "precision",
  "exploitation",
  "rescued",
  "minors",
  "arrested",
  "platforms",
  "documents",
] as const;

/** Lists inside one CSV cell are joined with this (a comma would need the reader to split quoted cells). */
const LIST_JOIN = "; ";

/** One CSV field: quoted when it holds a quote, a comma or a line break (quotes doubled), RFC 4180. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = Array.isArray(v) ? v.join(LIST_JOIN) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV record: fields joined by commas, ended by CRLF (RFC 4180). */
export function csvLine(fields: readonly unknown[]): string {
  return `${fields.map(csvField).join(",")}\r\n`;
}

export function csvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

/** What every flat export says of an incident (CSV columns, GeoJSON properties). */
function summary(row: IncidentRow) {
  const r = row.record;
  const loc = r.location;
  return {
    id: row.id,
    date: r.event_date,
    state: loc.state,
    district: loc.district,
    city: loc.city,
    locality: loc.locality,
    exploitation: r.exploitation,
    rescued: r.victims.rescued,
    minors: r.victims.minors,
    arrested: r.arrests.total,
    platforms: r.platforms,
    documents: row.documents,
  };
}

export function csvRow(row: IncidentRow): string {
  const place = row.record.location.place;
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    ...summary(row),
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    precision: place?.precision ?? null,
  };
  return csvLine(CSV_COLUMNS.map((c) => values[c]));
}

export interface GeoFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** An incident as a GeoJSON point at its place; null when it has no position. */
export function geoFeature(row: IncidentRow): GeoFeature | null {
  const r = row.record;
  const place = r.location.place;
  if (!place || typeof place.lat !== "number" || typeof place.lon !== "number") return null;
  return {
    type: "Feature",
    id: row.id,
    geometry: { type: "Point", coordinates: [place.lon, place.lat] },
    properties: { ...summary(row), place: place.name, place_id: place.id, precision: place.precision },
  };
}
