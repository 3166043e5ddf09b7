// What findPersons returns: one mention of a person, with who the person is and the evidence for it.

import type { Role } from "./locale.js";

export type PersonKind = "official" | "accused" | "victim" | "other";
export type PersonStatus = "arrested" | "absconding" | "wanted";

export interface CueSpan {
  start: number;
  end: number;
  rule: string;
}

export interface PersonMention {
  /** span of the name in the normalised text */
  start: number;
  end: number;
  /** English newspaper spelling; the article's own English gloss wins */
  name: string;
  /** the name in Devanagari as written in the original text; null for a Latin name */
  nameNative: string | null;
  aliases: string[];
  kind: PersonKind;
  rank: string | null;
  role: Role | null;
  status: PersonStatus | null;
  /** the rule that decided the kind */
  rule: string;
  /** the cue spans that decided kind, rank, role and status (this mention's and those of its other mentions) */
  cues: CueSpan[];
}
