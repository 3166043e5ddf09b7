// Person mentions in reports: officials and accused with ranks, roles, aliases and status; victims' names are
// recognised only to be withheld. Transliteration and name keys let Devanagari and English spellings meet.

export {
  type CueSpan,
  countWithheldVictimNames,
  findPersons,
  type PersonKind,
  type PersonMention,
  type PersonStatus,
  withheldNameSpans,
} from "./find.js";
export type { Role } from "./locale.js";
export { nameKey } from "./namekey.js";
export { fusedInitials, transliterate } from "./translit.js";
