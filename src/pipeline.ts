// The extraction pipeline: one Doc flows through small stages, each adding annotations (spaCy-style).
//
//   input ─► guard ─► Doc(normalise) ─► segment ─► language ─► context(cues, numbers) ─► relevance
//         ─► places, persons ─► split into incidents ─► one record per incident, every value with evidence
import { Doc, type DocInput } from "./core/document.js";
import type { DocResult, IncidentRecord } from "./core/record.js";
import type { Lang } from "./core/types.js";
import { buildContext, type Context } from "./extract/context.js";
import { buildIncident, type DocFacts } from "./extract/incident.js";
import { docPlaces } from "./extract/location.js";
import { judgeRelevance } from "./extract/relevance.js";
import { splitIncidents } from "./extract/split.js";
import { countWithheldVictimNames, findPersons, withheldNameSpans } from "./people/index.js";
import { guardInput, InputError } from "./text/guard.js";
import { detectScript, docLang } from "./text/lang.js";
import { segment } from "./text/segment.js";

export { InputError };

/** An incident found in the body must have an action of its own (a verdict alone is the same case's later stage). */
const OWN_ACTION = new Set(["raid", "rescue", "arrest", "interception", "complaint", "fir"]);

/**
 * Details of its own (the annotation convention): a count, a date, a named accused, or a place below the district.
 * "Police had earlier raided spas in Durg and Ambikapur" names districts only: a passing mention, not an incident.
 */
function hasDetail(r: IncidentRecord): boolean {
  return (
    r.victims.rescued !== null ||
    r.arrests.total !== null ||
    r.event_date !== null ||
    r.accused.length > 0 ||
    r.location.locality !== null ||
    r.location.police_station !== null
  );
}

export function extract(input: DocInput): DocResult {
  const guarded = guardInput(input.text);
  const doc = new Doc({ ...input, text: guarded.text });
  doc.warnings.push(...guarded.warnings);
  const empty = (lang: Lang, reason: string): DocResult => ({
    id: doc.id,
    relevant: false,
    lang,
    published: doc.published,
    incidents: [],
    relevance: { score: 0, reasons: [reason], evidence: [] },
    distractors: [],
    warnings: doc.warnings,
  });
  if (!doc.text.trim()) return empty(input.lang ?? "en", "empty text");
  const script = detectScript(doc.text);
  if (script === "other" || script === "none") {
    doc.warnings.push(
      script === "other"
        ? "the text is in a script Mukti does not read (it reads Hindi in Devanagari, English and romanized Hindi)"
        : "the text has no letters",
    );
    return empty(input.lang ?? "en", `unsupported script (${script})`);
  }
  segment(doc);
  // victims' names are withheld from every quote Mukti outputs: found before the first evidence is made
  doc.redactLazily(() => withheldNameSpans(doc));
  doc.lang = input.lang ?? docLang(doc);
  const ctx = buildContext(doc);
  const rel = judgeRelevance(ctx);
  const result: DocResult = {
    id: doc.id,
    relevant: rel.relevant,
    lang: doc.lang,
    published: doc.published,
    incidents: [],
    relevance: { score: rel.score, reasons: rel.reasons, evidence: rel.evidence },
    distractors: ctx.excluded
      .filter((s) => s.kind === "distractor" || s.kind === "also_read")
      .map((s) => doc.evidence(s.start, s.end, `segment.${s.kind}`)),
    warnings: doc.warnings,
  };
  if (!rel.relevant) return result;
  result.incidents = incidents(ctx);
  return result;
}

/** A value taken from another incident of the report keeps that incident's evidence, marked implied. */
function inherit(to: IncidentRecord, from: IncidentRecord, paths: readonly string[]): void {
  for (const p of paths) {
    const ev = from.evidence[p];
    if (ev && !to.evidence[p]) to.evidence[p] = ev.map((e) => ({ ...e, basis: "implied" as const }));
  }
}

function incidents(ctx: Context): IncidentRecord[] {
  const facts: DocFacts = {
    places: docPlaces(ctx),
    persons: findPersons(ctx.doc),
    withheld: countWithheldVictimNames(ctx.doc),
  };
  const groups = splitIncidents(ctx);
  const out: IncidentRecord[] = [];
  const enumerated: IncidentRecord[] = [];
  for (const [i, g] of groups.entries()) {
    if (!g.sentences.length) continue;
    const r = buildIncident(ctx, g.sentences, facts);
    if (i > 0) {
      if (!r.actions.some((a) => OWN_ACTION.has(a)) || !hasDetail(r)) continue;
      // an incident opened in the body inherits the main incident's place when it names none
      const main = out[0];
      if (main && r.location.state === null) {
        r.location = {
          ...main.location,
          locality: r.location.locality,
          police_station: r.location.police_station ?? main.location.police_station,
          venue: r.location.venue,
        };
        inherit(r, main, ["location.state", "location.district", "location.city", "location.police_station"]);
      }
      // "in a similar crackdown", "in another case of flesh trade": the report's purpose, unless it states its own
      if (main && r.exploitation === null && main.exploitation !== null) {
        r.exploitation = main.exploitation;
        inherit(r, main, ["exploitation"]);
      }
    }
    out.push(r);
    if (g.enumerated) enumerated.push(r);
  }
  // A round-up ("the first raid ... the second raid ...") reports its incidents one by one; the intro's totals are
  // not an incident of their own. Each enumerated incident keeps the intro's date and purpose when it states none.
  const intro = out[0];
  if (enumerated.length >= 2 && intro && !enumerated.includes(intro)) {
    for (const r of enumerated) {
      if (r.event_date === null) {
        r.event_date = intro.event_date;
        inherit(r, intro, ["event_date"]);
      }
      if (r.exploitation === null) {
        r.exploitation = intro.exploitation;
        inherit(r, intro, ["exploitation"]);
      }
      // "all the accused were booked under ...", "दोनों मामलों में पीटा एक्ट": the round-up's laws apply to each raid
      for (const law of intro.laws)
        if (!r.laws.includes(law)) {
          r.laws.push(law);
          r.evidence.laws = [
            ...(r.evidence.laws ?? []),
            ...(intro.evidence.laws ?? []).map((e) => ({ ...e, basis: "implied" as const })),
          ];
        }
    }
    return out.slice(1);
  }
  return out;
}
