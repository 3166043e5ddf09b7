// Incremental incident resolution in memory. The state is two maps, so that the SQL store can mirror it as two
// tables: blocking key → incident ids, and incident id → members. A new extracted incident is compared with the
// members of the incidents that share one of its keys; it joins the best-scoring one that accepts it, or starts
// an incident of its own.

import { sameIncident } from "./decide.js";
import { shortHash } from "./hash.js";
import { blockingKeys } from "./keys.js";
import { type MergedIncident, mergeIncident } from "./merge.js";
import { type ExtractedIncident, memberId } from "./types.js";

/** An incident rejects a newcomer that one of its members clearly contradicts (another state, a date months
 *  away, counts far apart), however well it matches another member: this stops chains A~B~C where A and C are
 *  plainly different incidents. */
export const MEMBER_VETO = -2;

const ID_PREFIX = "inc-";
const ID_HEX = 12;

export interface Joined {
  /** the incident id */
  id: string;
  /** the best score against a member, null for a new incident */
  score: number | null;
  /** true when the incident was created by this member */
  created: boolean;
}

export class IncidentIndex {
  /** blocking key → ids of incidents with a member that has the key */
  private readonly byKey = new Map<string, Set<string>>();
  /** incident id → members, in the order they joined */
  private readonly byId = new Map<string, ExtractedIncident[]>();
  /** "docId#index" → incident id */
  private readonly memberOf = new Map<string, string>();
  /** how many sameIncident calls were made */
  comparisons = 0;

  /** Add an extracted incident; returns the id of the incident it belongs to (the same id when added again). */
  add(inc: ExtractedIncident): string {
    return this.join(inc).id;
  }

  /** add(), with the score that decided it. */
  join(inc: ExtractedIncident): Joined {
    const known = this.memberOf.get(memberId(inc));
    if (known) return { id: known, score: null, created: false };
    const keys = blockingKeys(inc);
    let bestId: string | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const id of this.candidates(keys)) {
      const members = this.byId.get(id)!;
      // never two incidents of one report in one incident: the extractor split them
      if (members.some((m) => m.docId === inc.docId)) continue;
      let top = Number.NEGATIVE_INFINITY;
      let vetoed = false;
      for (const m of members) {
        this.comparisons++;
        const d = sameIncident(inc, m);
        if (d.score <= MEMBER_VETO) {
          vetoed = true;
          break;
        }
        if (d.same && d.score > top) top = d.score;
      }
      // ties go to the smaller id (candidates come sorted), so the result does not depend on map order
      if (!vetoed && top > bestScore) {
        bestScore = top;
        bestId = id;
      }
    }
    const created = bestId === null;
    const id = bestId ?? this.newId(inc);
    if (created) this.byId.set(id, []);
    this.byId.get(id)!.push(inc);
    this.memberOf.set(memberId(inc), id);
    for (const k of keys) {
      let ids = this.byKey.get(k);
      if (!ids) {
        ids = new Set();
        this.byKey.set(k, ids);
      }
      ids.add(id);
    }
    return { id, score: created ? null : bestScore, created };
  }

  /** Ids of the incidents that share a blocking key with these keys, sorted. */
  candidates(keys: readonly string[]): string[] {
    const out = new Set<string>();
    for (const k of keys) for (const id of this.byKey.get(k) ?? []) out.add(id);
    return [...out].sort();
  }

  /** The incident an extracted incident was put in. */
  incidentOf(docId: string, index: number): string | undefined {
    return this.memberOf.get(memberId({ docId, index }));
  }

  /** Members of an incident, in the order they joined (empty for an unknown id). */
  members(id: string): readonly ExtractedIncident[] {
    return this.byId.get(id) ?? [];
  }

  /** All incident ids, in the order they were created. */
  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** The merged record of an incident. */
  merged(id: string): MergedIncident {
    const members = this.byId.get(id);
    if (!members) throw new Error(`unknown incident ${id}`);
    return mergeIncident(members);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Deterministic: "inc-" + a hash of the first member's "docId#index" (suffixed in the unlikely collision). */
  private newId(inc: ExtractedIncident): string {
    const base = ID_PREFIX + shortHash(memberId(inc)).slice(0, ID_HEX);
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}
