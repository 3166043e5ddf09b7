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

/** A round-up announces itself: "two sex rackets", "separate raids", "दो जगह छापे". */
const ROUNDUP =
  /\b(?:two|three|2|3)\s+(?:\w+\s+){0,2}(?:raids|rackets|cases|operations)\b|\bseparate raids\b|(?:^|\s)(?:दो|तीन)\s+(?:जगह|अलग-अलग|स्थानों)/i;
/** In a round-up, a paragraph that opens on its own day is one of its incidents ("On Sunday, the Infopark police ..."). */
const DAY_OPENER =
  /^\s*(?:On|Late on|Early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^\s*(?:सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार)\s+को/;

export function splitIncidents(ctx: Context): IncidentGroup[] {
  const main: IncidentGroup = { sentences: [], opener: null, enumerated: false };
  const intro = ctx.sentences.filter((s) => s.block === "headline" || s.block === "paragraph").slice(0, 3);
  const roundup = intro.some((s) => ROUNDUP.test(ctx.text.slice(s.start, s.end)));
  let lastParagraph = -1;
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
    const paragraphStart: boolean = isBody && s.paragraph !== lastParagraph;
    if (isBody) lastParagraph = s.paragraph;
    const enumerated: boolean =
      isBody &&
      (within(ctx.cues.enumeratedIncident, s.start, s.end).some((c) => c.start - s.start <= OPENER_WINDOW) ||
        (roundup && paragraphStart && DAY_OPENER.test(ctx.text.slice(s.start, s.end))));
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
