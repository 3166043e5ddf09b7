// Blocking keys: an incident is compared only with incidents that share a key, never with all others. Each key
// family is a way two reports of one incident meet; across scripts the text bands cannot, so place, date, number
// and name keys must. Keys are scoped (a district, a state; only full names go nationwide) so that a block stays
// small as the store grows.
//
//   pd:<place>:<week>     place × date: the district (and the city; the state when neither is known) × a 7-day
//                         bucket of the event date and of the publication date. Each date gives its bucket and the
//                         next one, so any two dates at most DATE_BUCKET_DAYS apart share a key.
//   pl:<state>:<key>      locality or police station spelling key, in the state
//   pn:<place>:<bucket>   a salient count (rescued, arrested; ≥ MIN_SALIENT_COUNT) on a log scale, with the next
//                         bucket: counts within a factor COUNT_BUCKET_RATIO (after +2) meet (9/11, 44/44, 3/4)
//   n:<namekey>           a named accused (aliases too) with a full name's key, nationwide: a report that misses
//                         the place still meets by the name; a short key (one short name) only in the state
//   n:<state>:<namekey>
//   o:<state>:<namekey>   a named official (the SHO / SSP who led the raid is named by every outlet)
//   t:<band>:<hash>       MinHash LSH band of the text (copies of one story; see text.ts)

import { type Features, features } from "./features.js";
import { bandKeys } from "./text.js";
import type { ExtractedIncident } from "./types.js";

/** width of a date bucket in days: a report is published up to a few days after the raid, and outlets differ */
export const DATE_BUCKET_DAYS = 7;
/** counts of 1 and 2 (two arrested, one girl rescued) are too common to block on */
export const MIN_SALIENT_COUNT = 3;
/** the ratio between neighbouring count buckets */
export const COUNT_BUCKET_RATIO = 1.25;
/** name keys shorter than this ("rj" = Raju) are too common to block on; sameIncident still compares them */
export const MIN_NAME_KEY = 4;
/** name keys this long are a full name ("rkstvr" = Rakesh Tiwari): rare enough to block on across the country */
export const FULL_NAME_KEY = 5;
/** locality keys shorter than this are too unspecific */
const MIN_LOCALITY_KEY = 3;

const LOG_RATIO = Math.log(COUNT_BUCKET_RATIO);

/** The place scopes of an incident: its district and city, or its state when neither is known. */
function placeScopes(f: Features): string[] {
  const st = f.state ?? "-";
  const out: string[] = [];
  if (f.district) out.push(`d:${st}/${f.district}`);
  if (f.city) out.push(`c:${st}/${f.city}`);
  if (out.length === 0 && f.state) out.push(`s:${f.state}`);
  return out;
}

function dateBuckets(f: Features): number[] {
  const out = new Set<number>();
  for (const d of [f.eventDay, f.publishedDay]) {
    if (d === null) continue;
    const b = Math.floor(d / DATE_BUCKET_DAYS);
    out.add(b);
    out.add(b + 1);
  }
  return [...out];
}

function countBuckets(f: Features): number[] {
  const out = new Set<number>();
  for (const n of [f.rescued, f.arrests]) {
    if (n === null || n < MIN_SALIENT_COUNT) continue;
    const b = Math.floor(Math.log(n + 2) / LOG_RATIO);
    out.add(b);
    out.add(b + 1);
  }
  return [...out];
}

/** The blocking keys of an incident (sorted, no duplicates). */
export function blockingKeys(inc: ExtractedIncident): string[] {
  const f = features(inc);
  const keys = new Set<string>();
  const scopes = placeScopes(f);
  for (const p of scopes) {
    for (const b of dateBuckets(f)) keys.add(`pd:${p}:${b}`);
    for (const b of countBuckets(f)) keys.add(`pn:${p}:${b}`);
  }
  const st = f.state ?? "-";
  if (f.state) {
    for (const k of [f.locality, f.station]) if (k && k.length >= MIN_LOCALITY_KEY) keys.add(`pl:${st}:${k}`);
  }
  for (const k of f.accused) {
    if (k.length >= FULL_NAME_KEY) keys.add(`n:${k}`);
    else if (k.length >= MIN_NAME_KEY && f.state) keys.add(`n:${st}:${k}`);
  }
  for (const k of f.officials) if (k.length >= MIN_NAME_KEY) keys.add(`o:${st}:${k}`);
  for (const k of bandKeys(f.sig)) keys.add(k);
  return [...keys].sort();
}
