// What resolution compares, computed once per extracted incident: places as spelling keys, dates as day numbers,
// counts, name keys and the text signature. Memoised per object (an incident is compared with many candidates).

import { localityKeyOf } from "../geo/index.js";
import { nameKey } from "../people/index.js";
import { signature } from "./text.js";
import type { ExtractedIncident } from "./types.js";

export interface Features {
  state: string | null;
  district: string | null;
  city: string | null;
  /** spelling keys of the locality and police station (reports often give one name for both) */
  locality: string | null;
  station: string | null;
  eventDay: number | null;
  publishedDay: number | null;
  rescued: number | null;
  arrests: number | null;
  venue: string | null;
  exploitation: string | null;
  /** name keys of the accused, aliases included */
  accused: Set<string>;
  officials: Set<string>;
  sig: Uint32Array;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date ("2020-09-14", a timestamp too); null for partial or missing dates. */
export function dayNumber(iso: string | null | undefined): number | null {
  const m = iso ? ISO_DAY.exec(iso) : null;
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

function lower(s: string | null): string | null {
  const t = s?.trim().toLowerCase();
  return t ? t : null;
}

/** The spelling key of a place name, with its numbers: the geo key drops digits, but "Sector 18" and "Sector 62"
 *  are two places. */
export function placeKey(s: string | null): string | null {
  if (!s) return null;
  const digits = s.match(/\d+/g);
  const k = localityKeyOf(s) + (digits ? `#${digits.join("-")}` : "");
  return k ? k : null;
}

/** Name keys of person names; empty keys (a name of punctuation) are left out. */
export function nameKeys(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const k = nameKey(n);
    if (k) out.add(k);
  }
  return out;
}

const memo = new WeakMap<ExtractedIncident, Features>();

export function features(inc: ExtractedIncident): Features {
  let f = memo.get(inc);
  if (f) return f;
  const r = inc.record;
  const loc = r.location;
  f = {
    state: lower(loc.state),
    district: lower(loc.district),
    city: placeKey(loc.city),
    locality: placeKey(loc.locality),
    station: placeKey(loc.police_station),
    eventDay: dayNumber(r.event_date),
    publishedDay: dayNumber(inc.published),
    rescued: r.victims.rescued,
    arrests: r.arrests.total,
    venue: loc.venue,
    exploitation: r.exploitation,
    accused: nameKeys(r.accused.flatMap((a) => [a.name, ...a.aliases])),
    officials: nameKeys(r.officials.map((o) => o.name)),
    sig: signature(inc.text),
  };
  memo.set(inc, f);
  return f;
}
