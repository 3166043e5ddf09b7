// resolvePlaces: one place per match, chosen by what the other mentions of the document say.
//
// A name shared by several places (Aurangabad in Bihar and Maharashtra; Bilaspur in Chhattisgarh, Himachal and as a
// town of Rampur, UP) is decided by agreement with the rest of the document: every other mention votes for the states
// and districts of its candidates (an unambiguous mention with its full weight, an ambiguous one split between its
// candidates); a candidate whose district is named scores more than one whose state is named; nearer mentions and
// the first mention (usually the dateline) weigh more. Then a second round votes with the choices of the first.
// With no evidence the gazetteer's order stands (the larger / preferred place first).
//
// One place per name in a document: a mention whose candidates include all of a narrower mention's (the same name
// qualified elsewhere, "Hamirpur, Himachal Pradesh ... the Hamirpur police"; a gloss; another name of one of its
// places, "Sambhajinagar ... Aurangabad") takes that mention's place, however far apart they are, when the narrower
// mentions agree. Votes alone let a bare repetition follow whatever lies nearest to it.
//
// A city spread over several districts (Mumbai, Delhi) gets its district from a locality of the document
// ("Goregaon" → Mumbai Suburban) when its localities agree; otherwise the district stays the city's name.

import { cityOfLocality, districtOf } from "./gazetteer.js";
import type { Place, PlaceMatch } from "./types.js";

interface Vote {
  at: number;
  weight: number;
  states: Map<string, number>;
  districts: Map<string, number>;
  /** "state|city" of city candidates: a locality of a named city ("Goregaon ... Mumbai") */
  cities: Map<string, number>;
}

function votesOf(places: readonly Place[], at: number, weight: number): Vote {
  const states = new Map<string, number>();
  const districts = new Map<string, number>();
  const indian = places.filter((p) => p.state !== null);
  const stateSet = new Set(indian.map((p) => p.state!));
  const districtSet = new Set(indian.filter((p) => p.district).map((p) => `${p.state}|${p.district}`));
  for (const s of stateSet) states.set(s, 1 / stateSet.size);
  for (const d of districtSet) districts.set(d, 1 / districtSet.size);
  const citySet = new Set(indian.filter((p) => p.kind === "city").map((p) => `${p.state}|${p.name}`));
  const cities = new Map<string, number>();
  for (const c of citySet) cities.set(c, 1 / citySet.size);
  return { at, weight, states, districts, cities };
}

const PROXIMITY = 400; // characters: a mention this far away counts half as much as an adjacent one

function score(p: Place, at: number, votes: readonly Vote[], rank: number): number {
  let s = -rank * 0.01; // keep the gazetteer's order on ties
  if (p.state === null) return s;
  for (const v of votes) {
    const near = 1 + 1 / (1 + Math.abs(v.at - at) / PROXIMITY);
    s += v.weight * near * (v.states.get(p.state) ?? 0);
    // a district named elsewhere counts more than a state: "बिलासपुर ... रामपुर" is the town in Rampur district
    if (p.district) s += 2 * v.weight * near * (v.districts.get(`${p.state}|${p.district}`) ?? 0);
    if (p.kind === "locality") s += 2 * v.weight * near * (v.cities.get(`${p.state}|${cityOfLocality(p)}`) ?? 0);
  }
  return s;
}

/** A bare mention takes the place chosen for the mentions whose candidates are a strict part of its own. */
function sameNameSamePlace(matches: readonly PlaceMatch[], chosen: readonly (Place | null)[]): (Place | null)[] {
  return chosen.map((pick, i) => {
    const own = matches[i]!.places;
    if (own.length <= 1) return pick;
    let agreed: Place | null = null;
    for (let j = 0; j < matches.length; j++) {
      const other = matches[j]!.places;
      if (j === i || !other.length || other.length >= own.length || !other.every((p) => own.includes(p))) continue;
      const c = chosen[j];
      if (!c || (agreed && agreed !== c)) return pick; // narrower mentions that disagree: the votes stand
      agreed = c;
    }
    return agreed ?? pick;
  });
}

/** One place per match (same order and length as `matches`), chosen by context. */
export function resolvePlaces(matches: PlaceMatch[]): Place[] {
  const n = matches.length;
  const first = n > 0 ? matches[0]!.start : 0;
  const weightOf = (m: PlaceMatch) => (m.start === first ? 1.5 : 1);
  const sameName = (a: PlaceMatch, b: PlaceMatch) =>
    a.places.length === b.places.length && a.places.every((p, k) => p === b.places[k]);

  // Round 1: vote with candidate sets.
  let chosen = matches.map((m) => m.places[0] ?? null);
  const candidateVotes = matches.map((m) => votesOf(m.places, m.start, weightOf(m)));
  for (let round = 0; round < 2; round++) {
    const next: (Place | null)[] = [];
    for (let i = 0; i < n; i++) {
      const m = matches[i]!;
      if (m.places.length <= 1) {
        next.push(m.places[0] ?? null);
        continue;
      }
      const votes: Vote[] = [];
      for (let j = 0; j < n; j++) {
        if (j === i || sameName(m, matches[j]!)) continue; // a repeated name does not vote for itself
        const pick = chosen[j];
        votes.push(
          round === 0 || !pick ? candidateVotes[j]! : votesOf([pick], matches[j]!.start, weightOf(matches[j]!)),
        );
      }
      let best = m.places[0]!;
      let bestScore = Number.NEGATIVE_INFINITY;
      m.places.forEach((p, rank) => {
        const s = score(p, m.start, votes, rank);
        if (s > bestScore) {
          bestScore = s;
          best = p;
        }
      });
      next.push(best);
    }
    chosen = next;
  }

  chosen = sameNameSamePlace(matches, chosen);

  // Cities split over several districts: a locality of the document decides.
  const localities = chosen.filter((p): p is Place => p?.kind === "locality");
  return chosen.map((p, i) => {
    if (!p) return matches[i]!.places[0]!;
    if (p.kind !== "city" || p.district !== p.name || districtOf(p.state!, p.name)) return p;
    const ds = new Set(
      localities.filter((l) => l.state === p.state && cityOfLocality(l) === p.name).map((l) => l.district!),
    );
    if (ds.size !== 1) return p;
    const district = [...ds][0]!;
    return Object.freeze({ ...p, district });
  });
}
