// Are two extracted incidents the same real incident? A points score in the manner of record linkage
// (Fellegi-Sunter): every field both reports state adds agreement points or takes disagreement points, a field
// only one states says nothing (outlets leave out different details; absence is not disagreement). The weights
// below are named, with the reason for their size; `reasons` lists every rule that fired, for review.

import { type Features, features } from "./features.js";
import { FULL_NAME_KEY } from "./keys.js";
import { jaccardEstimate } from "./text.js";
import type { ExtractedIncident } from "./types.js";

export interface SameIncidentDecision {
  same: boolean;
  score: number;
  reasons: string[];
}

/** Score at or above which two incidents are one. Place agreement (+2) and one equal salient count (+2) alone are
 *  not enough (two raids in one district with 3 arrested each are common); add a date, a second count, a name, a
 *  locality or near-identical text and they are. */
export const SAME_THRESHOLD = 5;

// --- place. The place is the strongest filter: outlets agree on it even when they disagree on every number.
/** two states: almost surely two incidents (an interstate rescue is still reported where the rescue was) */
export const W_STATE_DIFFERENT = -6;
export const W_DISTRICT_SAME = 2;
/** two districts of one state: different incidents, unless names or text say otherwise */
export const W_DISTRICT_DIFFERENT = -4;
/** one report names no district but the same city: a weaker agreement */
export const W_CITY_SAME = 1.5;
/** the locality or police station (either field: reports use one name for both) */
export const W_LOCALITY_SAME = 2;
/** two police stations by name: extraction of stations is reliable enough to count against */
export const W_STATION_DIFFERENT = -1;

// --- dates. Event dates are resolved from "on Sunday" against publication: two outlets land on the same day or
// one apart. A publication date is only a bound: the event is up to a few days before it.
export const W_EVENT_SAME = 2; // ≤ 1 day apart
export const W_EVENT_NEAR = 1; // ≤ 3 days
export const W_EVENT_FAR = -2; // > 7 days
/** more than a month: a later stage of the case at most (charge sheet, verdict), reported as its own incident */
export const W_EVENT_VERY_FAR = -4;
export const W_PUBLISHED_NEAR = 1; // ≤ 3 days, when a publication date is all one side has
export const W_PUBLISHED_FAR = -1.5; // > 10 days
export const W_PUBLISHED_VERY_FAR = -4; // > 45 days

// --- counts. Outlets round, count the operator in or out, and write 9 where another writes 11.
/** an equal count of 3 or more is rarely a coincidence within one place */
export const W_COUNT_SAME = 2;
/** an equal count of 1 or 2 is common */
export const W_SMALL_COUNT_SAME = 0.75;
/** close: |a - b| ≤ max(COUNT_CLOSE_ABS, COUNT_CLOSE_REL × the larger) */
export const W_COUNT_CLOSE = 0.5;
export const COUNT_CLOSE_ABS = 2;
export const COUNT_CLOSE_REL = 0.25;
export const W_COUNT_DIFFERENT = -1.5;
/** one count at least twice the other (7 vs 44) */
export const W_COUNT_VERY_DIFFERENT = -2.5;

// --- what happened. Same-place reports of one kind (sex work raids at hotels) are common, so agreement earns
// little; disagreement is informative.
export const W_VENUE_SAME = 0.5;
export const W_VENUE_DIFFERENT = -1;
export const W_EXPLOITATION_SAME = 0.5;
export const W_EXPLOITATION_DIFFERENT = -1.5;

// --- people. A named accused is the surest link between a Hindi and an English report.
/** the first shared accused name key (long keys: a full name) */
export const W_ACCUSED_SAME = 3;
/** a shared short key (a single short name: Raju, Sonu) or a further shared name */
export const W_ACCUSED_MORE = 1.5;
export const ACCUSED_CAP = 6;
/** both name accused and no name is shared: spelling keys usually survive romanisation, so it counts, mildly */
export const W_ACCUSED_DISJOINT = -1;
export const W_OFFICIAL_SAME = 1.5;
export const OFFICIAL_CAP = 3;
/** keys this long are full names (see keys.ts) */
const STRONG_NAME_KEY = FULL_NAME_KEY;

// --- text (see text.ts: rewrites share little, copies share most)
export const W_TEXT_COPY = 5; // Jaccard ≥ TEXT_COPY
export const TEXT_COPY = 0.5;
export const W_TEXT_SIMILAR = 2.5; // ≥ TEXT_SIMILAR
export const TEXT_SIMILAR = 0.25;
export const W_TEXT_RELATED = 1; // ≥ TEXT_RELATED
export const TEXT_RELATED = 0.12;

/** Same as `same: false` for two incidents of one report: the extractor already split them. */
const SAME_DOCUMENT_SCORE = -100;

class Tally {
  score = 0;
  reasons: string[] = [];
  /** something that identifies the incident beyond its kind: place, a shared name, similar text */
  identified = false;
  add(w: number, reason: string): void {
    this.score += w;
    this.reasons.push(`${reason} (${w > 0 ? "+" : ""}${w})`);
  }
}

function comparePlace(a: Features, b: Features, t: Tally): void {
  if (a.state && b.state && a.state !== b.state) {
    t.add(W_STATE_DIFFERENT, "different states");
    return;
  }
  if (a.district && b.district) {
    if (a.district === b.district) {
      t.add(W_DISTRICT_SAME, "same district");
      t.identified = true;
    } else t.add(W_DISTRICT_DIFFERENT, "different districts");
  } else if (a.city && a.city === b.city) {
    t.add(W_CITY_SAME, "same city");
    t.identified = true;
  }
  const la = [a.locality, a.station].filter((k): k is string => k !== null);
  const lb = [b.locality, b.station].filter((k): k is string => k !== null);
  if (la.some((k) => lb.includes(k))) {
    t.add(W_LOCALITY_SAME, "same locality / police station");
    t.identified = true;
  } else if (a.station && b.station) t.add(W_STATION_DIFFERENT, "different police stations");
}

function compareDates(a: Features, b: Features, t: Tally): void {
  if (a.eventDay !== null && b.eventDay !== null) {
    const d = Math.abs(a.eventDay - b.eventDay);
    if (d <= 1) t.add(W_EVENT_SAME, "same event date");
    else if (d <= 3) t.add(W_EVENT_NEAR, `event dates ${d} days apart`);
    else if (d > 30) t.add(W_EVENT_VERY_FAR, `event dates ${d} days apart`);
    else if (d > 7) t.add(W_EVENT_FAR, `event dates ${d} days apart`);
    return;
  }
  // the closest pair of the dates each side has (event or publication)
  let best: number | null = null;
  for (const x of [a.eventDay, a.publishedDay])
    for (const y of [b.eventDay, b.publishedDay])
      if (x !== null && y !== null && (best === null || Math.abs(x - y) < best)) best = Math.abs(x - y);
  if (best === null) return;
  if (best <= 3) t.add(W_PUBLISHED_NEAR, `dates ${best} days apart`);
  else if (best > 45) t.add(W_PUBLISHED_VERY_FAR, `dates ${best} days apart`);
  else if (best > 10) t.add(W_PUBLISHED_FAR, `dates ${best} days apart`);
}

function compareCount(x: number | null, y: number | null, what: string, t: Tally): void {
  if (x === null || y === null) return;
  if (x === y) {
    t.add(x >= 3 ? W_COUNT_SAME : W_SMALL_COUNT_SAME, `same ${what} (${x})`);
    return;
  }
  const hi = Math.max(x, y);
  const lo = Math.min(x, y);
  if (hi - lo <= Math.max(COUNT_CLOSE_ABS, COUNT_CLOSE_REL * hi)) t.add(W_COUNT_CLOSE, `close ${what} (${x}/${y})`);
  else if (hi >= 2 * lo) t.add(W_COUNT_VERY_DIFFERENT, `very different ${what} (${x}/${y})`);
  else t.add(W_COUNT_DIFFERENT, `different ${what} (${x}/${y})`);
}

function compareKind(a: Features, b: Features, t: Tally): void {
  if (a.venue && b.venue && a.venue !== "other" && b.venue !== "other") {
    if (a.venue === b.venue) t.add(W_VENUE_SAME, `same venue (${a.venue})`);
    else t.add(W_VENUE_DIFFERENT, `different venues (${a.venue}/${b.venue})`);
  }
  if (a.exploitation && b.exploitation) {
    if (a.exploitation === b.exploitation) t.add(W_EXPLOITATION_SAME, `same exploitation (${a.exploitation})`);
    else t.add(W_EXPLOITATION_DIFFERENT, `different exploitation (${a.exploitation}/${b.exploitation})`);
  }
}

function comparePeople(a: Features, b: Features, t: Tally): void {
  const shared = [...a.accused].filter((k) => b.accused.has(k)).sort((x, y) => y.length - x.length);
  if (shared.length > 0) {
    let w = 0;
    for (const [i, k] of shared.entries())
      w += i === 0 && k.length >= STRONG_NAME_KEY ? W_ACCUSED_SAME : W_ACCUSED_MORE;
    t.add(Math.min(w, ACCUSED_CAP), `shared accused (${shared.join(", ")})`);
    t.identified = true;
  } else if (a.accused.size > 0 && b.accused.size > 0) t.add(W_ACCUSED_DISJOINT, "no shared accused");
  const officials = [...a.officials].filter((k) => b.officials.has(k));
  if (officials.length > 0)
    t.add(Math.min(officials.length * W_OFFICIAL_SAME, OFFICIAL_CAP), `shared officials (${officials.join(", ")})`);
}

function compareText(a: Features, b: Features, t: Tally): void {
  const j = jaccardEstimate(a.sig, b.sig);
  const shown = j.toFixed(2);
  if (j >= TEXT_COPY) {
    t.add(W_TEXT_COPY, `text copy (Jaccard ${shown})`);
    t.identified = true;
  } else if (j >= TEXT_SIMILAR) {
    t.add(W_TEXT_SIMILAR, `similar text (Jaccard ${shown})`);
    t.identified = true;
  } else if (j >= TEXT_RELATED) t.add(W_TEXT_RELATED, `related text (Jaccard ${shown})`);
}

/**
 * Whether two extracted incidents report one real incident. Never for two incidents of one report. `same` needs
 * the score at SAME_THRESHOLD and something identifying (place, a shared accused, similar text): equal counts and
 * dates alone, with no place known, are not enough.
 */
export function sameIncident(a: ExtractedIncident, b: ExtractedIncident): SameIncidentDecision {
  if (a.docId === b.docId) return { same: false, score: SAME_DOCUMENT_SCORE, reasons: ["same document"] };
  const fa = features(a);
  const fb = features(b);
  const t = new Tally();
  comparePlace(fa, fb, t);
  compareDates(fa, fb, t);
  compareCount(fa.rescued, fb.rescued, "rescued", t);
  compareCount(fa.arrests, fb.arrests, "arrests", t);
  compareKind(fa, fb, t);
  comparePeople(fa, fb, t);
  compareText(fa, fb, t);
  const score = Math.round(t.score * 100) / 100;
  if (!t.identified) t.reasons.push("nothing identifying (place, accused, text)");
  return { same: t.identified && score >= SAME_THRESHOLD, score, reasons: t.reasons };
}
