// The shapes the API returns (docs/api.md), as far as the web app reads them. Kept here rather than imported from
// src/ so that the browser code has no path into the Node code base.

export type Precision = "locality" | "city" | "district" | "state" | "country";
export type Exploitation =
  | "sexual"
  | "labour"
  | "child_trafficking"
  | "forced_marriage"
  | "begging"
  | "organ"
  | "other";

export interface GeoPlace {
  id: string;
  name: string;
  mention?: string;
  kind: string;
  state?: string | null;
  district?: string | null;
  lat: number | null;
  lon: number | null;
  precision?: Precision | null;
}

export interface Evidence {
  start: number;
  end: number;
  quote: string;
  rule: string;
  basis: "stated" | "implied";
  docId?: string;
}

interface WithEvidence {
  evidence: Evidence[];
}
export interface Origin extends WithEvidence {
  place: string;
  kind: string;
  count: number | null;
  geo: GeoPlace | null;
}
export interface Accused extends WithEvidence {
  name: string;
  name_native: string | null;
  aliases: string[];
  role: string | null;
  arrested: boolean | null;
  status?: string | null;
}
export interface Official extends WithEvidence {
  name: string;
  name_native: string | null;
  rank: string | null;
}
export interface Seized extends WithEvidence {
  item: string;
  count?: number | null;
  amount_inr?: number | null;
}

export interface Review {
  id: string;
  incident_id: string;
  field: string;
  old_value: unknown;
  new_value: unknown;
  who: string;
  at: string;
  note: string | null;
}

export interface ConflictValue {
  value: unknown;
  documents: string[];
}

export interface IncidentRecord {
  exploitation: Exploitation | null;
  actions: string[];
  event_date: string | null;
  location: {
    state: string | null;
    district: string | null;
    city: string | null;
    locality: string | null;
    police_station: string | null;
    venue: string | null;
    place: GeoPlace | null;
  };
  victims: {
    rescued: number | null;
    minors: number | null;
    gender: string | null;
    origins: Origin[];
    foreign: string[];
    names_withheld?: number;
  };
  arrests: {
    total: number | null;
    by_role: Record<string, number | null>;
  };
  accused: Accused[];
  officials: Official[];
  agencies: string[];
  platforms: string[];
  seized: Seized[];
  laws: string[];
  active_since: string | null;
  indicators: string[];
  evidence: Record<string, Evidence[]>;
}

export interface MergedRecord extends IncidentRecord {
  documents?: string[];
  conflicts?: Record<string, ConflictValue[]>;
  reviewed?: Record<string, Review>;
}

export interface Incident {
  id: string;
  documents: string[];
  record: MergedRecord;
}

export interface DocumentInfo {
  id: string;
  keys?: string[];
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  text?: string;
  relevant?: boolean;
}

export interface IncidentDetail {
  incident: Incident;
  sources: { document: DocumentInfo; index: number; record: IncidentRecord }[];
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface Stats {
  by_month: { month: string; incidents: number; rescued: number }[];
  by_state: { state: string; incidents: number; rescued: number }[];
  by_exploitation: { exploitation: string; incidents: number }[];
  by_platform: { platform: string; incidents: number }[];
  totals: { incidents: number; documents: number; rescued: number; arrested: number };
}

/** GET /api/incidents/places: a map marker, the matching incidents located at one place. */
export interface PlacedIncidents {
  id: string;
  name: string;
  kind: string;
  state: string | null;
  district: string | null;
  lat: number;
  lon: number;
  precision: Precision | null;
  incidents: number;
}
export interface IncidentPlaces {
  items: PlacedIncidents[];
  unplaced: number;
}

export interface PlaceLite {
  id: string;
  name: string;
  kind: string;
  lat: number | null;
  lon: number | null;
}
export interface Flow {
  from: PlaceLite;
  to: PlaceLite;
  incidents: number;
  victims: number;
}

export interface PersonSummary {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  incidents: number;
}
export interface Person {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  incidents: {
    id: string;
    role: string | null;
    rank: string | null;
    name: string;
    date: string | null;
    district: string | null;
    state: string | null;
  }[];
  links: { person: string; name: string; shared: number }[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}
