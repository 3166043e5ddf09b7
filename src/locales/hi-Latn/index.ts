// Romanized Hindi ("Hinglish"): the cue words of incident reports written in Latin script.
import type { LocalePack } from "../pack.js";
import { hiLatnCrime } from "./crime.js";
import { HI_LATN_PLACE_ROLES } from "./place-roles.js";
import { HI_LATN_ROLE_PREDICATES } from "./role-predicates.js";

export const hiLatn: LocalePack = {
  id: "hi-Latn",
  crime: hiLatnCrime,
  placeRoles: [HI_LATN_PLACE_ROLES],
  rolePredicates: [HI_LATN_ROLE_PREDICATES],
};
