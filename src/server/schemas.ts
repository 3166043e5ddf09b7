// JSON schemas of the API (docs/api.md): every route's query, params and body are validated with them, responses
// are serialised with them, and the OpenAPI document at /api/openapi.json is built from them.
import { EXPLOITATIONS } from "../locales/types.js";
import { REVIEWABLE } from "../store/reviews.js";
import { INCIDENT_SORTS } from "../store/types.js";

/** The most items one page of a list route returns. */
export const MAX_LIMIT = 500;
export const DEFAULT_LIMIT = 50;

const str = { type: "string" } as const;
const nullable = (type: "string" | "number" | "integer" | "boolean") => ({ type: [type, "null"] }) as const;
const date = { type: "string", format: "date", description: "YYYY-MM-DD" } as const;

export const SORTS = INCIDENT_SORTS;
export const PLACE_KINDS = ["country", "state", "district", "city", "locality", "police_station"] as const;

const paging = {
  limit: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  offset: { type: "integer", minimum: 0, maximum: 1_000_000_000, default: 0 },
} as const;

/** The filters shared by incidents, stats, flows and exports. */
const filterProps = {
  state: { type: "string", maxLength: 100 },
  district: { type: "string", maxLength: 100 },
  from: date,
  to: date,
  exploitation: { type: "string", enum: EXPLOITATIONS },
  platform: { type: "string", maxLength: 100 },
  place: { type: "string", maxLength: 200, description: "a place id (GET /api/incidents/places): incidents there" },
  text: { type: "string", maxLength: 500, description: "words that must all occur in one of its reports" },
} as const;

export const filterQuery = { type: "object", properties: filterProps } as const;
export const flowsQuery = {
  type: "object",
  properties: {
    ...filterProps,
    limit: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: MAX_LIMIT, description: "most victims first" },
  },
} as const;
export const incidentsQuery = {
  type: "object",
  properties: { ...filterProps, sort: { type: "string", enum: SORTS, default: "-date" }, ...paging },
} as const;
export const textPageQuery = {
  type: "object",
  properties: { text: { type: "string", maxLength: 500 }, ...paging },
} as const;
export const placesQuery = {
  type: "object",
  properties: { kind: { type: "string", enum: PLACE_KINDS }, limit: paging.limit },
} as const;
export const documentQuery = {
  type: "object",
  properties: { html: { type: "string", enum: ["0", "1"], description: "1: include the page's HTML" } },
} as const;
export const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", minLength: 1, maxLength: 2000 } },
} as const;

export const reviewBody = {
  type: "object",
  required: ["field", "value", "who"],
  properties: {
    field: { type: "string", enum: Object.keys(REVIEWABLE) },
    value: { description: "the corrected value (number, string or null, as the field takes)" },
    who: { type: "string", minLength: 1, maxLength: 200 },
    note: { type: "string", maxLength: 2000 },
  },
} as const;

export const ingestJsonBody = {
  type: "object",
  properties: {
    text: { type: "string", minLength: 1, description: "the report's text" },
    url: { type: "string", pattern: "^https?://", maxLength: 2000, description: "fetched when no text is given" },
    published: date,
    lang: { type: "string", enum: ["hi", "en", "mixed"] },
    title: { type: "string", maxLength: 1000 },
    outlet: { type: "string", maxLength: 200 },
  },
} as const;

// ---- responses ----

export const errorResponse = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: str, message: str, field: str },
    },
  },
} as const;

/** Records are nested and evolve with the schema: passed through as they are (see docs/api.md for their shape). */
const record = { type: "object", additionalProperties: true } as const;

export const incident = {
  type: "object",
  required: ["id", "documents", "record"],
  properties: { id: str, documents: { type: "array", items: str }, record },
} as const;

const documentProps = {
  id: str,
  keys: { type: "array", items: str },
  url: nullable("string"),
  outlet: nullable("string"),
  title: nullable("string"),
  published: nullable("string"),
  lang: nullable("string"),
  relevant: { type: "boolean" },
} as const;

export const documentSummary = { type: "object", properties: documentProps } as const;
export const document = {
  type: "object",
  properties: { ...documentProps, text: str, html: nullable("string") },
} as const;

export const review = {
  type: "object",
  properties: {
    id: { type: "integer" },
    incident_id: str,
    field: str,
    old_value: {},
    new_value: {},
    who: str,
    at: str,
    note: nullable("string"),
  },
} as const;

const count = { type: "integer" } as const;
const placeLite = {
  type: "object",
  properties: { id: str, name: str, kind: str, lat: nullable("number"), lon: nullable("number") },
} as const;

/** Response schemas with the errors a route may give. */
export function responses(ok: object, ...errors: number[]): Record<number, object> {
  const out: Record<number, object> = { 200: ok };
  for (const e of [400, ...errors]) out[e] = errorResponse;
  return out;
}

export const incidentList = {
  type: "object",
  properties: { total: count, limit: count, offset: count, items: { type: "array", items: incident } },
} as const;

export const incidentDetail = {
  type: "object",
  properties: {
    incident,
    sources: {
      type: "array",
      items: { type: "object", properties: { document, index: count, record } },
    },
  },
} as const;

export const documentList = {
  type: "object",
  properties: { total: count, limit: count, offset: count, items: { type: "array", items: documentSummary } },
} as const;

const personProps = { id: str, name: str, kind: str, aliases: { type: "array", items: str } } as const;
export const personList = {
  type: "object",
  properties: {
    total: count,
    limit: count,
    offset: count,
    items: { type: "array", items: { type: "object", properties: { ...personProps, incidents: count } } },
  },
} as const;
export const personDetail = {
  type: "object",
  properties: {
    ...personProps,
    incidents: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: str,
          role: nullable("string"),
          rank: nullable("string"),
          name: str,
          date: nullable("string"),
          district: nullable("string"),
          state: nullable("string"),
        },
      },
    },
    links: {
      type: "array",
      items: { type: "object", properties: { person: str, name: str, kind: str, shared: count } },
    },
  },
} as const;

/** A gazetteer place as lists and map points give it. */
const placeProperties = {
  id: str,
  name: str,
  kind: str,
  state: nullable("string"),
  district: nullable("string"),
  lat: nullable("number"),
  lon: nullable("number"),
  precision: nullable("string"),
} as const;

export const placeList = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: {
        type: "object",
        properties: { ...placeProperties, incidents: count, as_origin: count },
      },
    },
  },
} as const;

export const stats = {
  type: "object",
  properties: {
    by_month: {
      type: "array",
      items: { type: "object", properties: { month: str, incidents: count, rescued: count } },
    },
    by_state: {
      type: "array",
      items: { type: "object", properties: { state: str, incidents: count, rescued: count } },
    },
    by_exploitation: {
      type: "array",
      items: { type: "object", properties: { exploitation: str, incidents: count } },
    },
    by_platform: { type: "array", items: { type: "object", properties: { platform: str, incidents: count } } },
    totals: {
      type: "object",
      properties: { incidents: count, documents: count, rescued: count, arrested: count },
    },
  },
} as const;

export const incidentPlaces = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: {
        type: "object",
        // a map point always has a position
        properties: { ...placeProperties, lat: { type: "number" }, lon: { type: "number" }, incidents: count },
      },
    },
    unplaced: count,
  },
} as const;

export const flows = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: { type: "object", properties: { from: placeLite, to: placeLite, incidents: count, victims: count } },
    },
  },
} as const;

export const ingestResult = {
  type: "object",
  properties: {
    stats: {
      type: "object",
      properties: {
        read: count,
        added: count,
        known: count,
        republished: count,
        errors: count,
        relevant: count,
      },
    },
    documents: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: nullable("string"),
          status: { type: "string", enum: ["added", "known", "republished", "error"] },
          incidents: { type: "array", items: str },
          origin: str,
          error: str,
        },
      },
    },
  },
} as const;

export const reviewResult = { type: "object", properties: { review, incident } } as const;
export const reviewList = { type: "array", items: review } as const;
