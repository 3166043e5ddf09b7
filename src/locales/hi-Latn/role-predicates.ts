// What a romanized-Hindi report says an accused did, and the role it gives (src/extract/role-predicates.ts).
import type { RolePredicates } from "../../extract/role-predicates.js";

export const HI_LATN_ROLE_PREDICATES: RolePredicates = {
  after: [
    [
      "recruiter",
      "\\b(?:naukri|naukari|rozgar|kaam|shaadi)\\b[^.]{0,40}?\\b(?:jhaansa|jhansa|jhaanse|jhanse|lalach)\\b",
    ],
    ["recruiter", "\\bbehla[- ]?phusla"],
    ["operator", "\\b(?:gang|racket|dhandha|dhanda)\\s+(?:chala|chalwa)"],
  ],
  before: [],
  joiners: ["aur", "uski patni", "uske pati"],
  companions: ["(?:naam ke\\s+)?(?:saathiyon|sathiyon|saathi)?\\s*ke saath"],
};
