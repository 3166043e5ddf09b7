// The incident record of ../shared/corpus/SCHEMA.md (the output contract), plus evidence for every value.
// Scalars carry their evidence in `evidence[fieldPath]`; list items carry it inline.

import type { GeoPlace } from "../geo/geocode.js";
import type { Action, Exploitation, Indicator, Item, Venue } from "../locales/types.js";
import type { Evidence, Lang } from "./types.js";

export type Role = "operator" | "broker" | "customer" | "manager" | "owner" | "recruiter" | "other";

export interface Origin {
  place: string;
  kind: "state" | "district" | "city" | "country";
  count: number | null;
  /** the resolved place: identity, LGD codes, position and its precision (null when the gazetteer has none) */
  geo: GeoPlace | null;
  evidence: Evidence[];
}

export interface Accused {
  name: string;
  name_native: string | null;
  aliases: string[];
  role: Role | null;
  arrested: boolean | null;
  status: "arrested" | "absconding" | "wanted" | null;
  evidence: Evidence[];
}

export interface Official {
  name: string;
  name_native: string | null;
  rank: string | null;
  evidence: Evidence[];
}

export interface Seized {
  item: Item;
  count?: number | null;
  amount_inr?: number | null;
  evidence: Evidence[];
}

export interface Named {
  name: string;
  evidence: Evidence[];
}

export interface IncidentRecord {
  exploitation: Exploitation | null;
  actions: Action[];
  event_date: string | null;
  location: {
    state: string | null;
    district: string | null;
    city: string | null;
    locality: string | null;
    police_station: string | null;
    venue: Venue | null;
    /** the finest resolved place of the incident (a locality or police station when one is known, else the city,
     *  district or state): identity, LGD codes, position and its precision; evidence in evidence["location.place"] */
    place: GeoPlace | null;
  };
  victims: {
    rescued: number | null;
    minors: number | null;
    gender: "female" | "male" | "mixed" | null;
    origins: Origin[];
    foreign: string[];
    /** victim names seen in the text and withheld (never stored): how many */
    names_withheld: number;
  };
  arrests: {
    total: number | null;
    by_role: { operator: number | null; broker: number | null; customer: number | null; other: number | null };
  };
  accused: Accused[];
  officials: Official[];
  agencies: string[];
  platforms: string[];
  seized: Seized[];
  laws: string[];
  active_since: string | null;
  indicators: Indicator[];
  /** evidence per scalar / list field path ("victims.rescued", "platforms", "laws" ...) */
  evidence: Record<string, Evidence[]>;
}

export interface DocResult {
  id: string;
  relevant: boolean;
  lang: Lang;
  published: string | null;
  incidents: IncidentRecord[];
  /** why the document was judged (not) relevant, with the cue evidence */
  relevance: { score: number; reasons: string[]; evidence: Evidence[] };
  /** lines judged to be about other stories (related headlines, "Also read") */
  distractors: Evidence[];
  warnings: string[];
}

export function emptyIncident(): IncidentRecord {
  return {
    exploitation: null,
    actions: [],
    event_date: null,
    location: {
      state: null,
      district: null,
      city: null,
      locality: null,
      police_station: null,
      venue: null,
      place: null,
    },
    victims: { rescued: null, minors: null, gender: null, origins: [], foreign: [], names_withheld: 0 },
    arrests: { total: null, by_role: { operator: null, broker: null, customer: null, other: null } },
    accused: [],
    officials: [],
    agencies: [],
    platforms: [],
    seized: [],
    laws: [],
    active_since: null,
    indicators: [],
    evidence: {},
  };
}
