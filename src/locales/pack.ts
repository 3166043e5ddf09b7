// What one locale folder contributes. Every part is optional: a folder for romanized Hindi has cue words but no
// gazetteer names of its own.
import type { DateLocale } from "../dates/types.js";
import type { PlaceRoleCues } from "../extract/origins.js";
import type { RolePredicates } from "../extract/role-predicates.js";
import type { PlaceLocale } from "../geo/locale.js";
import type { NumberLocale } from "../numbers/locale.js";
import type { PeopleLocale } from "../people/locale.js";
import type { SegmentLexicon } from "../text/segment.js";
import type { IncidentCase } from "./corpus-types.js";
import type { CrimeLexicon } from "./types.js";

export interface LocalePack {
  id: string;
  crime?: CrimeLexicon;
  dates?: readonly DateLocale[];
  numbers?: readonly NumberLocale[];
  places?: readonly PlaceLocale[];
  /** words that tell what a place is to an incident: victims' origin, an accused's home, a destination */
  placeRoles?: readonly PlaceRoleCues[];
  /** what an accused did, and the role it gives ("ran the racket", "नौकरी का झांसा दिया") */
  rolePredicates?: readonly RolePredicates[];
  people?: readonly PeopleLocale[];
  segment?: readonly SegmentLexicon[];
  /**
   * Short reports of our own in the language, with the fields each must yield: the test of the whole pipeline
   * (src/extract/incident.corpus.test.ts) and what a batch run extracts first to warm up (src/warmup.ts).
   */
  examples?: readonly IncidentCase[];
}
