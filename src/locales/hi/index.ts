// The Hindi (Devanagari) locale: everything Mukti knows of the language, in one pack.
// (Romanized-Hindi dates and numbers live beside their Devanagari forms, which they mirror word for word.)
import type { LocalePack } from "../pack.js";
import { hiCrime } from "./crime.js";
import { hiDates, hiLatnDates } from "./dates.js";
import { hiIncidentCorpus } from "./incident.corpus.js";
import { HI_LOCALES } from "./numbers.js";
import { HI_PEOPLE } from "./people.js";
import { HI_PLACE_ROLES } from "./place-roles.js";
import { HI_PLACES } from "./places.js";
import { HI_ROLE_PREDICATES } from "./role-predicates.js";
import { HI_SEGMENT } from "./segment.js";

export const hi: LocalePack = {
  id: "hi",
  crime: hiCrime,
  dates: [hiDates, hiLatnDates],
  numbers: HI_LOCALES,
  places: [HI_PLACES],
  placeRoles: [HI_PLACE_ROLES],
  rolePredicates: [HI_ROLE_PREDICATES],
  people: [HI_PEOPLE],
  segment: [HI_SEGMENT],
  examples: hiIncidentCorpus,
};
