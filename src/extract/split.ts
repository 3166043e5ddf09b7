// Incident splitting: a report is about one incident, unless a body sentence opens another one ("in another case",
// "earlier, in November ...", "चार दिन पहले भी", "इससे पहले"). The other incident runs to the end of that paragraph.
// It is kept only when it has details of its own (a count, a date, a named person, a place below the district);
// a bare passing mention ("police had earlier raided spas in Durg") is not an incident, and its sentences are then
// kept out of the main incident too, so its facts cannot leak in.
import type { Context, Sentence } from "./context.js";
import { within } from "./cues.js";

export interface IncidentGroup {
  sentences: Sentence[];
  /** the sentence that opened it (null for the main incident) */
  opener: Sentence | null;
  /** opened by an enumeration ("the first raid", "the second raid"): one of a round-up's incidents */
  enumerated: boolean;
}

/** An opener cue must start within this many characters of the sentence start ("In a similar crackdown earlier, ..."). */
const OPENER_WINDOW = 50;
/** Cues that open another incident wherever they stand in the sentence. */
const ANYWHERE = /पहले भी|दिन पहले|in another (?:case|incident|raid)|in a separate (?:case|incident|raid)/i;

export function splitIncidents(ctx: Context): IncidentGroup[] {
  const main: IncidentGroup = { sentences: [], opener: null, enumerated: false };
  const others: IncidentGroup[] = [];
  let current: IncidentGroup | null = null;
  for (const s of ctx.sentences) {
    if (current && current.sentences[0]!.paragraph !== s.paragraph) current = null;
    const isBody = s.block === "paragraph";
    const opener =
      isBody &&
      within(ctx.cues.anotherIncident, s.start, s.end).some(
        (c) => c.start - s.start <= OPENER_WINDOW || ANYWHERE.test(c.term),
      );
    const enumerated =
      isBody && within(ctx.cues.enumeratedIncident, s.start, s.end).some((c) => c.start - s.start <= OPENER_WINDOW);
    if ((opener || enumerated) && s.index > 0) {
      current = { sentences: [s], opener: s, enumerated };
      others.push(current);
      continue;
    }
    if (current) current.sentences.push(s);
    else main.sentences.push(s);
  }
  return [main, ...others];
}
