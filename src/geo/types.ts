// Public types of the gazetteer. A Place is a canonical entity (one per real place); names, spellings and scripts
// all lead to the same Place object, so callers can compare places by identity or by `id`.

export type PlaceKind = "country" | "state" | "district" | "city" | "locality";

export interface Place {
  /** stable id: "country:nepal", "state:uttar-pradesh", "district:uttar-pradesh:kanpur-nagar", "city:..." */
  id: string;
  /** canonical English name (current official name: Prayagraj, Ayodhya, Gurugram, Odisha...) */
  name: string;
  kind: PlaceKind;
  /** canonical state / union territory for Indian places (a state's own name for kind "state"); null abroad */
  state: string | null;
  /** canonical district for districts, cities and localities; null for states and countries. For the big cities
   *  split over several districts (Mumbai, Delhi) it is the city's name until a locality says which one. */
  district: string | null;
  lat: number | null;
  lon: number | null;
  /** "India" for Indian places */
  country: string;
  /** Local Government Directory code of the state (LGD), for Indian places; null abroad or unknown */
  lgdState: number | null;
  /** LGD code of the district, for districts and the places inside one; null when unknown (districts formed after
   *  the 2022 directory dump, a city split over several districts) */
  lgdDistrict: number | null;
  /** what lat/lon locate: the place itself (its own kind), or the district / state / country it lies in when the
   *  sources have no point for it; null when there is no position at all */
  precision: Precision | null;
}

/** How precise a position is, from finest to coarsest. */
export type Precision = "locality" | "city" | "district" | "state" | "country";

export interface PlaceMatch {
  /** offsets into the normalised text */
  start: number;
  end: number;
  surface: string;
  /** candidates, most likely first */
  places: Place[];
  /** the rule that produced the match (evidence) */
  rule: string;
  /** the mention is a demonym/adjective ("Nepali", "नेपाली", "Uzbek") */
  demonym: boolean;
}
