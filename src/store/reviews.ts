// Human corrections of merged incidents. A reviewer corrects one scalar field at a time; the correction is stored
// with who made it, when and the value it replaced, and applied on top of the merged record after every merge, so
// that a new report joining the incident or a re-ingest never overwrites it. The latest correction of a field wins.
import type { IncidentRecord } from "../core/record.js";
import type { MergedIncident } from "../dedup/merge.js";
import { type GeoPlace, geoPlace, lookupPlace, type Place } from "../geo/index.js";
import { EXPLOITATIONS, type Venue } from "../locales/types.js";
import type { Review, ReviewedIncident } from "./types.js";

/** A bad correction (unknown field, value of the wrong kind): the message says what to send instead. */
export class ReviewError extends Error {
  constructor(
    message: string,
    readonly field: "field" | "value",
  ) {
    super(message);
    this.name = "ReviewError";
  }
}

// Records keyed by every member: the compiler says when the schema gains a value these lists lack.
const VENUES = Object.keys({
  hotel: 1,
  spa: 1,
  massage_parlour: 1,
  house: 1,
  flat: 1,
  guest_house: 1,
  brothel: 1,
  red_light_area: 1,
  lodge: 1,
  railway_station: 1,
  bus: 1,
  other: 1,
} satisfies Record<Venue, 1>);

type Check = (v: unknown) => string | null;

const MAX_COUNT = 1_000_000;
const count: Check = (v) =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_COUNT
    ? null
    : `a whole number from 0 to ${MAX_COUNT}, or null`;
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v) ? null : `one of ${values.join(", ")}, or null`;
const name: Check = (v) =>
  typeof v === "string" && v.trim() !== "" && v.length <= 200 ? null : "a name (1 to 200 characters), or null";
const date: Check = (v) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(v) ? null : "a date YYYY-MM-DD, or null";
const phrase: Check = (v) =>
  typeof v === "string" && v.trim() !== "" && v.length <= 100
    ? null
    : 'a short phrase ("several years", "2019"), or null';

function isRealDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The fields a reviewer may correct and what each accepts (null always: "the report does not say"). */
export const REVIEWABLE: Readonly<Record<string, Check>> = {
  exploitation: oneOf(EXPLOITATIONS),
  event_date: date,
  active_since: phrase,
  "location.state": name,
  "location.district": name,
  "location.city": name,
  "location.locality": name,
  "location.police_station": name,
  "location.venue": oneOf(VENUES),
  "victims.rescued": count,
  "victims.minors": count,
  "victims.gender": oneOf(["female", "male", "mixed"]),
  "arrests.total": count,
  "arrests.by_role.operator": count,
  "arrests.by_role.broker": count,
  "arrests.by_role.customer": count,
  "arrests.by_role.other": count,
};

/** Checks a correction; the value comes back trimmed when it is a string. */
export function checkReview(field: string, value: unknown): unknown {
  const check = REVIEWABLE[field];
  if (!check)
    throw new ReviewError(
      `field must be one of the correctable fields: ${Object.keys(REVIEWABLE).join(", ")} (got ${field})`,
      "field",
    );
  if (value === null) return null;
  const v = typeof value === "string" ? value.trim() : value;
  const wanted = check(v);
  if (wanted) throw new ReviewError(`value of ${field} must be ${wanted} (got ${JSON.stringify(value)})`, "value");
  return v;
}

/** The value at a dotted path of a record. */
export function valueAt(record: object, path: string): unknown {
  let at: unknown = record;
  for (const k of path.split(".")) {
    if (at === null || typeof at !== "object") return null;
    at = (at as Record<string, unknown>)[k];
  }
  return at ?? null;
}

function setAt(record: object, path: string, value: unknown): void {
  const keys = path.split(".");
  let at = record as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) {
    if (at[k] === null || typeof at[k] !== "object") at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]!] = value;
}

const PLACE_FIELDS = ["location.state", "location.district", "location.city", "location.locality"];

/**
 * The merged record with the corrections on top (reviews oldest first: the latest of each field wins), each
 * correction under `reviewed[field]`. A corrected state, district or city moves `location.place` to the corrected
 * place (a map point that contradicts the corrected names is worse than none: it becomes null when the gazetteer
 * does not know the corrected place).
 */
export function applyReviews(merged: MergedIncident, reviews: readonly Review[]): ReviewedIncident {
  const out = merged as ReviewedIncident;
  out.reviewed = {};
  for (const r of reviews) {
    setAt(out, r.field, r.new_value);
    out.reviewed[r.field] = r;
  }
  if (PLACE_FIELDS.some((f) => f in out.reviewed)) out.location.place = relocate(out.location);
  return out;
}

const fold = (s: string | null | undefined) => (s ?? "").toLowerCase().trim();

function fits(p: { state: string | null; district: string | null }, loc: IncidentRecord["location"]): boolean {
  if (loc.state && fold(p.state) !== fold(loc.state)) return false;
  if (loc.district && p.district && fold(p.district) !== fold(loc.district)) return false;
  return true;
}

/** The place of corrected location names: the current one when it still fits, else the finest one the gazetteer
 *  knows by the corrected names. */
function relocate(loc: IncidentRecord["location"]): GeoPlace | null {
  if (loc.place && fits(loc.place, loc) && (loc.district || loc.state)) return loc.place;
  const tries: [string | null, Place["kind"][]][] = [
    [loc.city, ["city", "locality"]],
    [loc.district, ["district", "city"]],
    [loc.state, ["state"]],
  ];
  for (const [n, kinds] of tries) {
    if (!n) continue;
    const found = lookupPlace(loc.state && kinds[0] !== "state" ? `${n}, ${loc.state}` : n).find(
      (p) => kinds.includes(p.kind) && fits(p, loc),
    );
    if (found) return geoPlace(found, n);
  }
  return null;
}
