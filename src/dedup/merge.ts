// One record per real incident from the records of its reports. A scalar takes the value most reports give (ties:
// the earliest published report); a report that does not state a field does not vote. Every disagreement stays
// visible in `conflicts[fieldPath]` with the documents behind each value: a merge never silently picks. Lists are
// unions (accused by name key, aliases united; origins by place); every piece of evidence says which report it
// came from.

import type { Accused, IncidentRecord, Official, Origin, Seized } from "../core/record.js";
import type { Evidence } from "../core/types.js";
import { nameKey } from "../people/index.js";
import { dayNumber, placeKey } from "./features.js";
import type { ExtractedIncident } from "./types.js";

export interface DocEvidence extends Evidence {
  docId: string;
}

/** One of the values reports give for a field, and the reports that give it. */
export interface ConflictValue {
  value: unknown;
  documents: string[];
}

type WithDocEvidence<T extends { evidence: Evidence[] }> = Omit<T, "evidence"> & { evidence: DocEvidence[] };
export type MergedOrigin = WithDocEvidence<Origin>;
export type MergedAccused = WithDocEvidence<Accused>;
export type MergedOfficial = WithDocEvidence<Official>;
export type MergedSeized = WithDocEvidence<Seized>;

export interface MergedIncident
  extends Omit<IncidentRecord, "victims" | "accused" | "officials" | "seized" | "evidence"> {
  victims: Omit<IncidentRecord["victims"], "origins"> & { origins: MergedOrigin[] };
  accused: MergedAccused[];
  officials: MergedOfficial[];
  seized: MergedSeized[];
  /** evidence per field path, each item with its report's id */
  evidence: Record<string, DocEvidence[]>;
  /** member report ids, sorted */
  documents: string[];
  /** field path → every value given (the merged one too) with its reports; only fields reports disagree on */
  conflicts: Record<string, ConflictValue[]>;
}

interface Vote<T> {
  value: T | null;
  docId: string;
}

/** The stable identity of a value for voting (GeoPlaces by id, everything else by JSON). */
function valueKey(v: unknown): string {
  if (v !== null && typeof v === "object" && "id" in v) return `id:${String((v as { id: unknown }).id)}`;
  return JSON.stringify(v);
}

class Merger {
  readonly conflicts: Record<string, ConflictValue[]> = {};
  readonly evidence: Record<string, DocEvidence[]> = {};

  /** Members sorted by publication (unknown last), then report id: the order that breaks ties. */
  constructor(readonly members: readonly ExtractedIncident[]) {}

  /**
   * The value most voters give; ties go to the first voter (the earliest published). `eligible` restricts who may
   * decide (a district only from reports in the chosen state), while conflicts list every voter's value.
   */
  vote<T>(path: string, votes: Vote<T>[], eligible: (i: number) => boolean = () => true): T | null {
    const groups = new Map<string, { value: T; documents: string[]; first: number; eligible: number }>();
    for (const [i, v] of votes.entries()) {
      if (v.value === null || v.value === undefined) continue;
      const k = valueKey(v.value);
      let g = groups.get(k);
      if (!g) {
        g = { value: v.value, documents: [], first: i, eligible: 0 };
        groups.set(k, g);
      }
      if (!g.documents.includes(v.docId)) g.documents.push(v.docId);
      if (eligible(i)) g.eligible++;
    }
    let best: { value: T; eligible: number; first: number } | null = null;
    for (const g of groups.values())
      if (
        g.eligible > 0 &&
        (!best || g.eligible > best.eligible || (g.eligible === best.eligible && g.first < best.first))
      )
        best = g;
    if (groups.size > 1)
      this.conflicts[path] = [...groups.values()].map((g) => ({ value: g.value, documents: [...g.documents].sort() }));
    return best ? best.value : null;
  }

  /** A scalar of the records: voted, with the evidence of the reports that give the chosen value. */
  scalar<T>(path: string, get: (r: IncidentRecord) => T | null, eligible?: (i: number) => boolean): T | null {
    const votes = this.members.map((m) => ({ value: get(m.record), docId: m.docId }));
    const value = this.vote(path, votes, eligible);
    if (value !== null) {
      const k = valueKey(value);
      const ev: DocEvidence[] = [];
      for (const m of this.members) {
        const v = get(m.record);
        if (v !== null && valueKey(v) === k) ev.push(...withDoc(m.record.evidence[path], m.docId));
      }
      if (ev.length) this.evidence[path] = ev;
    }
    return value;
  }
}

function withDoc(ev: readonly Evidence[] | undefined, docId: string): DocEvidence[] {
  return (ev ?? []).map((e) => ({ ...e, docId }));
}

function byPublication(a: ExtractedIncident, b: ExtractedIncident): number {
  const da = dayNumber(a.published) ?? Number.POSITIVE_INFINITY;
  const db = dayNumber(b.published) ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  if (a.docId !== b.docId) return a.docId < b.docId ? -1 : 1;
  return a.index - b.index;
}

/** Union of strings by a folded form (case, spacing), first spelling kept. */
function union<T extends string>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists)
    for (const s of list) {
      const k = s.toLowerCase().replace(/\s+/g, " ").trim();
      if (!seen.has(k)) {
        seen.add(k);
        out.push(s);
      }
    }
  return out;
}

function personKey(name: string): string {
  return nameKey(name) || `raw:${name.toLowerCase().trim()}`;
}

interface Item<T> {
  item: T;
  docId: string;
}

/** Group list items of several reports into entities: items sharing any key are one (union-find over keys). */
function groupBy<T>(items: Item<T>[], keysOf: (t: T) => string[]): Item<T>[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  for (const [i, it] of items.entries())
    for (const k of keysOf(it.item)) {
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  const groups = new Map<number, Item<T>[]>();
  for (const [i, it] of items.entries()) {
    const r = find(i);
    let g = groups.get(r);
    if (!g) {
      g = [];
      groups.set(r, g);
    }
    g.push(it);
  }
  return [...groups.values()];
}

function itemsOf<T>(members: readonly ExtractedIncident[], get: (r: IncidentRecord) => readonly T[]): Item<T>[] {
  return members.flatMap((m) => get(m.record).map((item) => ({ item, docId: m.docId })));
}

function mergeAccused(mg: Merger): MergedAccused[] {
  const groups = groupBy(
    itemsOf(mg.members, (r) => r.accused),
    (a) => [a.name, ...a.aliases].map(personKey),
  );
  return groups.map((g) => {
    const vote = <T>(field: string, get: (a: Accused) => T | null, label: string) =>
      mg.vote(
        `accused[${label}].${field}`,
        g.map((it) => ({ value: get(it.item), docId: it.docId })),
      );
    const name = vote("name", (a) => a.name, g[0]!.item.name) ?? g[0]!.item.name;
    const nameK = personKey(name);
    return {
      name,
      name_native: vote("name_native", (a) => a.name_native, name),
      aliases: union(g.map((it) => it.item.aliases)).filter((a) => personKey(a) !== nameK),
      role: vote("role", (a) => a.role, name),
      arrested: vote("arrested", (a) => a.arrested, name),
      status: vote("status", (a) => a.status, name),
      evidence: g.flatMap((it) => withDoc(it.item.evidence, it.docId)),
    };
  });
}

function mergeOfficials(mg: Merger): MergedOfficial[] {
  const groups = groupBy(
    itemsOf(mg.members, (r) => r.officials),
    (o) => [personKey(o.name)],
  );
  return groups.map((g) => {
    const vote = <T>(field: string, get: (o: Official) => T | null, label: string) =>
      mg.vote(
        `officials[${label}].${field}`,
        g.map((it) => ({ value: get(it.item), docId: it.docId })),
      );
    const name = vote("name", (o) => o.name, g[0]!.item.name) ?? g[0]!.item.name;
    return {
      name,
      name_native: vote("name_native", (o) => o.name_native, name),
      rank: vote("rank", (o) => o.rank, name),
      evidence: g.flatMap((it) => withDoc(it.item.evidence, it.docId)),
    };
  });
}

function originKey(o: Origin): string {
  return o.geo?.id ?? `${o.kind}:${placeKey(o.place) ?? o.place.toLowerCase()}`;
}

function mergeOrigins(mg: Merger): MergedOrigin[] {
  const groups = groupBy(
    itemsOf(mg.members, (r) => r.victims.origins),
    (o) => [originKey(o)],
  );
  return groups.map((g) => {
    const first = g[0]!.item;
    const label = first.geo?.name ?? first.place;
    const votes = <T>(get: (o: Origin) => T | null) => g.map((it) => ({ value: get(it.item), docId: it.docId }));
    return {
      place:
        mg.vote(
          `victims.origins[${label}].place`,
          votes((o) => o.place),
        ) ?? first.place,
      kind:
        mg.vote(
          `victims.origins[${label}].kind`,
          votes((o) => o.kind),
        ) ?? first.kind,
      count: mg.vote(
        `victims.origins[${label}].count`,
        votes((o) => o.count),
      ),
      geo: g.find((it) => it.item.geo)?.item.geo ?? null,
      evidence: g.flatMap((it) => withDoc(it.item.evidence, it.docId)),
    };
  });
}

function mergeSeized(mg: Merger): MergedSeized[] {
  // "other" items of one report are different things; named kinds are one entry per report
  const items = mg.members.flatMap((m) =>
    m.record.seized.map((item, i) => ({ item, docId: m.docId, key: item.item === "other" ? `other#${i}` : item.item })),
  );
  const groups = groupBy(
    items.map((x) => ({ item: x, docId: x.docId })),
    (x) => [x.key],
  );
  return groups.map((g) => {
    const label = g[0]!.item.key;
    const out: MergedSeized = { item: g[0]!.item.item.item, evidence: [] };
    const count = mg.vote(
      `seized[${label}].count`,
      g.map((it) => ({ value: it.item.item.count ?? null, docId: it.docId })),
    );
    const amount = mg.vote(
      `seized[${label}].amount_inr`,
      g.map((it) => ({ value: it.item.item.amount_inr ?? null, docId: it.docId })),
    );
    if (count !== null) out.count = count;
    if (amount !== null) out.amount_inr = amount;
    out.evidence = g.flatMap((it) => withDoc(it.item.item.evidence, it.docId));
    return out;
  });
}

/** Scalar field paths (their evidence is that of the chosen value); other evidence paths are unions. */
const SCALAR_PATHS = new Set([
  "exploitation",
  "event_date",
  "location.state",
  "location.district",
  "location.city",
  "location.locality",
  "location.police_station",
  "location.venue",
  "location.place",
  "victims.rescued",
  "victims.minors",
  "victims.gender",
  "arrests.total",
  "arrests.by_role.operator",
  "arrests.by_role.broker",
  "arrests.by_role.customer",
  "arrests.by_role.other",
  "active_since",
]);

/** One record for the members of one incident (at least one). The result does not depend on the members' order. */
export function mergeIncident(members: readonly ExtractedIncident[]): MergedIncident {
  if (members.length === 0) throw new Error("mergeIncident needs at least one member");
  const sorted = [...members].sort(byPublication);
  const mg = new Merger(sorted);
  const recs = sorted.map((m) => m.record);
  const s = <T>(path: string, get: (r: IncidentRecord) => T | null, eligible?: (i: number) => boolean) =>
    mg.scalar(path, get, eligible);

  // the place is chosen top down: a district only from reports in the chosen state (or stating none), and so on,
  // so that the merged place is one that exists
  const state = s("location.state", (r) => r.location.state);
  const inState = (i: number) => recs[i]!.location.state === null || recs[i]!.location.state === state;
  const district = s("location.district", (r) => r.location.district, inState);
  const inDistrict = (i: number) =>
    inState(i) && (recs[i]!.location.district === null || recs[i]!.location.district === district);
  const city = s("location.city", (r) => r.location.city, inDistrict);
  const location: MergedIncident["location"] = {
    state,
    district,
    city,
    locality: s("location.locality", (r) => r.location.locality, inDistrict),
    police_station: s("location.police_station", (r) => r.location.police_station, inDistrict),
    venue: s("location.venue", (r) => r.location.venue),
    place: s("location.place", (r) => r.location.place, inDistrict),
  };
  const byRole = (role: "operator" | "broker" | "customer" | "other") =>
    s(`arrests.by_role.${role}`, (r) => r.arrests.by_role[role]);

  const merged: MergedIncident = {
    exploitation: s("exploitation", (r) => r.exploitation),
    actions: union(recs.map((r) => r.actions)),
    event_date: s("event_date", (r) => r.event_date),
    location,
    victims: {
      rescued: s("victims.rescued", (r) => r.victims.rescued),
      minors: s("victims.minors", (r) => r.victims.minors),
      gender: s("victims.gender", (r) => r.victims.gender),
      origins: mergeOrigins(mg),
      foreign: union(recs.map((r) => r.victims.foreign)),
      // names withheld in each report; the most any report withheld is what is known to exist
      names_withheld: Math.max(...recs.map((r) => r.victims.names_withheld)),
    },
    arrests: {
      total: s("arrests.total", (r) => r.arrests.total),
      by_role: {
        operator: byRole("operator"),
        broker: byRole("broker"),
        customer: byRole("customer"),
        other: byRole("other"),
      },
    },
    accused: mergeAccused(mg),
    officials: mergeOfficials(mg),
    agencies: union(recs.map((r) => r.agencies)),
    platforms: union(recs.map((r) => r.platforms)),
    seized: mergeSeized(mg),
    laws: union(recs.map((r) => r.laws)),
    active_since: s("active_since", (r) => r.active_since),
    indicators: union(recs.map((r) => r.indicators)),
    evidence: mg.evidence,
    documents: [...new Set(sorted.map((m) => m.docId))].sort(),
    conflicts: mg.conflicts,
  };
  // evidence of list fields ("laws", "platforms" ...): every report's, with its id
  for (const m of sorted)
    for (const [path, ev] of Object.entries(m.record.evidence)) {
      if (SCALAR_PATHS.has(path)) continue;
      const list = mg.evidence[path] ?? [];
      list.push(...withDoc(ev, m.docId));
      mg.evidence[path] = list;
    }
  return merged;
}
