// The English locale (Indian English news register), in one pack.
import type { LocalePack } from "../pack.js";
import { enCrime } from "./crime.js";
import { enDates } from "./dates.js";
import { enIncidentCorpus } from "./incident.corpus.js";
import { EN_LOCALES } from "./numbers.js";
import { EN_PEOPLE } from "./people.js";
import { EN_PLACE_ROLES } from "./place-roles.js";
import { EN_PLACES } from "./places.js";
import { EN_ROLE_PREDICATES } from "./role-predicates.js";
import { EN_SEGMENT } from "./segment.js";

export const en: LocalePack = {
  id: "en",
  crime: enCrime,
  dates: [enDates],
  numbers: EN_LOCALES,
  places: [EN_PLACES],
  placeRoles: [EN_PLACE_ROLES],
  rolePredicates: [EN_ROLE_PREDICATES],
  people: [EN_PEOPLE],
  segment: [EN_SEGMENT],
  examples: enIncidentCorpus,
};
