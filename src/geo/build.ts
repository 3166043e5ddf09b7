// Builds the gazetteer snapshot (src/geo/data/gazetteer.json) from the source rows the build script extracts from
// the npm packages, the curated facts (curated.ts) and the locale files. Run by scripts/build-gazetteer.mjs, and by
// snapshot.test.ts to check that the committed snapshot is up to date. The runtime (gazetteer.ts) only decodes the
// snapshot: doing these joins at every start cost several hundred milliseconds.

import {
  CITIES,
  COUNTRIES,
  DISTRICT_NAMES,
  FOREIGN_CITIES,
  LGD_DISTRICT,
  LOCALITIES,
  NEW_DISTRICTS,
  NOT_DISTRICTS,
  PREFERRED_STATE,
  SOURCE_DISTRICT,
  SOURCE_STATE,
  STATES,
} from "./curated.js";
import { nameKey as computeNameKey, LOCALES, type NameKey } from "./keys.js";
import type { PlaceRef } from "./locale.js";
import { localityKey } from "./spelling.js";
import { LATIN } from "./tokens.js";
import type { Place, PlaceKind } from "./types.js";

/** The source rows (tab-separated) that scripts/build-gazetteer.mjs extracts from the packages. */
export interface SourceData {
  sources: Record<string, string>;
  /** source state name, Hindi name */
  states: string;
  /** source state name, district name, Hindi name */
  districts: string;
  /** GeoNames state, GeoNames district (admin2) name, Census 2011 code, median lat, median lon of its towns */
  admin2: string;
  /** town name, GeoNames state, GeoNames district (may be empty), Census 2011 district code, lat, lon */
  towns: string;
  /** ISO country code, median lat, median lon of its towns in the world file */
  countries: string;
  /** towns abroad: name, ISO country code, lat, lon */
  abroad: string;
  /** src/geo/sources/lgd.tsv without comments: kind, LGD state code, LGD district code (0), LGD name, Census 2011 */
  lgd: string;
  /** Census 2011 district code, median lat, median lon of its post-office places, number of places */
  census: string;
  /** post-office place name, Census 2011 district code, lat, lon */
  localities: string;
}

/** The committed snapshot: tab-separated tables in one JSON object (fast to parse, trivial to type). */
export interface Snapshot {
  version: number;
  note: string;
  sources: Record<string, string>;
  /** one place a line: id, kind, name, state, district, lat, lon, country, city (localities), names ("|"),
   *  LGD state code, LGD district code, precision of lat/lon */
  places: string;
  /** post-office localities, one a line: name, index of the district's place, lat, lon; grouped by district */
  localities: string;
  /** one key a line: key TAB entries (";"): placeIndex ":" flags (d demonym, m minor) ":" case patterns (",") */
  index: string;
  /** keys of the first tokens of multi-token names, one a line */
  prefixes: string;
  maxTokens: number;
}

interface Entry {
  place: Place;
  demonym: boolean;
  minor: boolean;
  cases: string[];
}

export function buildSnapshot(data: SourceData): Snapshot {
  const nameKeyCache = new Map<string, NameKey>();
  const nameKey = (name: string): NameKey => {
    let nk = nameKeyCache.get(name);
    if (!nk) {
      nk = computeNameKey(name);
      nameKeyCache.set(name, nk);
    }
    return nk;
  };
  const keyOf = (name: string) => nameKey(name).key;
  const NON_ASCII = /[^\x20-\x7e]/;

  const slug = (s: string) =>
    (NON_ASCII.test(s) ? s.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");

  // Most likely first: a country or a state, then a district, a city, a curated locality, and last a village of the
  // town source that merely shares the name.
  const KIND_RANK: Record<PlaceKind, number> = { country: 0, state: 1, district: 2, city: 3, locality: 4 };
  const MINOR_RANK = 5;

  // ---------------------------------------------------------------- places

  const places: Place[] = [];
  /** all names of each place (for lookups by tests and for aliases), canonical first */
  const namesOf = new Map<Place, string[]>();
  const entryFlags = new Map<Place, { minor: boolean }>();
  /** demonyms of each place */
  const demonymsOf = new Map<Place, string[]>();

  type NewPlace = Omit<Place, "lgdState" | "lgdDistrict" | "precision"> & Partial<Place>;
  /** Places stay mutable until the snapshot is written: codes and positions are filled in as sources are joined. */
  function addPlace(np: NewPlace, names: string[], minor = false): Place {
    const p: Place = { lgdState: null, lgdDistrict: null, precision: null, ...np };
    places.push(p);
    namesOf.set(p, [...new Set(names.filter((n) => n.trim()))]);
    entryFlags.set(p, { minor });
    return p;
  }
  function addNames(p: Place, names: readonly string[]): void {
    const list = namesOf.get(p)!;
    for (const n of names) if (n.trim() && !list.includes(n)) list.push(n);
  }

  // States.
  const stateByKey = new Map<string, Place>();
  for (const s of STATES) {
    const p = addPlace(
      {
        id: `state:${slug(s.name)}`,
        name: s.name,
        kind: "state",
        state: s.name,
        district: null,
        lat: s.lat,
        lon: s.lon,
        country: "India",
      },
      [s.name, ...(s.aka ?? [])],
    );
    for (const n of [s.name, ...(s.aka ?? [])]) stateByKey.set(keyOf(n), p);
  }
  for (const [src, canonical] of Object.entries(SOURCE_STATE)) {
    const p = stateByKey.get(keyOf(canonical));
    if (!p) throw new Error(`curated SOURCE_STATE: unknown state ${canonical}`);
    stateByKey.set(keyOf(src), p);
  }
  function stateNamed(name: string, where: string): Place {
    const p = stateByKey.get(keyOf(name));
    if (!p) throw new Error(`${where}: unknown state "${name}"`);
    return p;
  }
  const rows = (tsv: string) => tsv.split("\n").map((l) => l.split("\t"));
  for (const [srcState, hi] of rows(data.states)) if (hi) addNames(stateNamed(srcState!, "source states"), [hi]);

  // Districts: canonical names by state (curated), then the two sources, then districts created since.
  const districtAlias = new Map<string, string>(); // "state|key" -> canonical
  for (const [state, groups] of Object.entries(DISTRICT_NAMES)) {
    const st = stateNamed(state, "curated DISTRICT_NAMES").name;
    for (const g of groups) for (const n of g) districtAlias.set(`${st}|${keyOf(n)}`, g[0]!);
  }
  const sourceOnly = new Map<string, string>(); // "state|key" -> canonical, or "" for "not a district"
  for (const [state, map] of Object.entries(SOURCE_DISTRICT)) {
    const st = stateNamed(state, "curated SOURCE_DISTRICT").name;
    for (const [src, canonical] of Object.entries(map)) sourceOnly.set(`${st}|${keyOf(src)}`, canonical);
  }
  const canonicalDistrict = (state: string, name: string) =>
    sourceOnly.get(`${state}|${keyOf(name)}`) ?? districtAlias.get(`${state}|${keyOf(name)}`) ?? name;
  const notDistricts = new Set(NOT_DISTRICTS.map((d) => `${d.state}|${keyOf(d.name)}`));

  interface DistrictBuild {
    state: string;
    name: string;
    names: string[];
    lat: number | null;
    lon: number | null;
    towns: number;
  }
  const districtBuild = new Map<string, DistrictBuild>(); // "state|key(canonical)"
  function districtSlot(state: string, sourceName: string): DistrictBuild | null {
    const name = canonicalDistrict(state, sourceName);
    const k = `${state}|${keyOf(name)}`;
    if (!name || notDistricts.has(k)) return null;
    let d = districtBuild.get(k);
    if (!d) {
      d = { state, name, names: [name], lat: null, lon: null, towns: 0 };
      districtBuild.set(k, d);
    }
    if (!sourceOnly.has(`${state}|${keyOf(sourceName)}`) && !d.names.includes(sourceName)) d.names.push(sourceName);
    return d;
  }

  for (const [srcState, name, hi] of rows(data.districts)) {
    const d = districtSlot(stateNamed(srcState!, "source districts").name, name!);
    if (d && hi) d.names.push(hi);
  }
  for (const [srcState, name, , lat, lon] of rows(data.admin2)) {
    const state = stateNamed(srcState!, "source admin2").name;
    const d = districtSlot(state, name!);
    if (d && d.lat === null) {
      d.lat = Number(lat);
      d.lon = Number(lon);
    }
  }
  for (const nd of NEW_DISTRICTS) {
    const d = districtSlot(stateNamed(nd.state, "curated NEW_DISTRICTS").name, nd.name)!;
    d.lat = nd.lat;
    d.lon = nd.lon;
  }
  for (const [state, groups] of Object.entries(DISTRICT_NAMES)) {
    const st = stateNamed(state, "curated DISTRICT_NAMES").name;
    for (const g of groups) {
      const d = districtBuild.get(`${st}|${keyOf(g[0]!)}`);
      if (d) for (const n of g) if (!d.names.includes(n)) d.names.push(n);
    }
  }

  // LGD codes. Each LGD district is joined to a district of the sources by its name (or an alias), else by its
  // Census 2011 code through the town source's admin2 names; an LGD district no source knows becomes a district.
  const lgdStateCode = new Map<string, number>(); // canonical state -> LGD code
  const lgdByDistrict = new Map<DistrictBuild, { code: number; census: string }>();
  const admin2ByCensus = new Map<string, { state: string; name: string }>();
  for (const [srcState, name, code] of rows(data.admin2)) {
    admin2ByCensus.set(code!, { state: stateNamed(srcState!, "source admin2").name, name: name! });
  }
  const titleCase = (x: string) =>
    x === x.toUpperCase() ? x.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_, a, b) => a + b.toUpperCase()) : x;
  const lgdNames = new Map<string, string>();
  for (const [state, map] of Object.entries(LGD_DISTRICT)) {
    const st = stateNamed(state, "curated LGD_DISTRICT").name;
    for (const [lgdName, canonical] of Object.entries(map)) lgdNames.set(`${st}|${lgdName}`, canonical);
  }
  const districtsOfState = (state: string) => [...districtBuild.values()].filter((d) => d.state === state);
  for (const [kind, stateCode, , lgdName] of rows(data.lgd)) {
    if (kind === "state") lgdStateCode.set(stateNamed(titleCase(lgdName!), "LGD states").name, Number(stateCode));
  }
  for (const [kind, stateCode, districtCode, lgdName, census] of rows(data.lgd)) {
    if (kind !== "district") continue;
    const state = [...lgdStateCode].find(([, c]) => c === Number(stateCode))?.[0];
    if (!state) throw new Error(`LGD district ${lgdName}: unknown state code ${stateCode}`);
    const curatedName = lgdNames.get(`${state}|${lgdName}`);
    const name = curatedName ?? titleCase(lgdName!);
    const k = keyOf(canonicalDistrict(state, name));
    let d: DistrictBuild | null | undefined =
      districtBuild.get(`${state}|${k}`) ?? districtsOfState(state).find((x) => x.names.some((n) => keyOf(n) === k));
    if (!d && census && census !== "0") {
      const a2 = admin2ByCensus.get(census);
      if (a2 && a2.state === state) d = districtBuild.get(`${state}|${keyOf(canonicalDistrict(state, a2.name))}`);
    }
    if (!d) d = districtSlot(state, name);
    if (!d) throw new Error(`LGD district ${lgdName} (${state}) is listed as not a district`);
    if (lgdByDistrict.has(d))
      throw new Error(`LGD districts ${lgdName} and ${lgdByDistrict.get(d)!.code} join one district`);
    lgdByDistrict.set(d, { code: Number(districtCode), census: census === "0" ? "" : census! });
    if (!curatedName && !d.names.includes(name)) d.names.push(name);
  }

  // Towns (read before districts become places: a district's position is its headquarters town's when one exists).
  interface TownRow {
    name: string;
    key: string;
    state: string;
    district: DistrictBuild | null;
    lat: number;
    lon: number;
  }
  const townRows: TownRow[] = [];
  for (const [name, srcState, srcDistrict, , lat, lon] of rows(data.towns)) {
    const state = stateNamed(srcState!, "source towns").name;
    const dName = srcDistrict ? canonicalDistrict(state, srcDistrict) : "";
    // a town the source leaves without district but named like one is that district's headquarters ("Pune")
    const district =
      (dName ? districtBuild.get(`${state}|${keyOf(dName)}`) : null) ??
      (dName ? null : districtBuild.get(`${state}|${keyOf(canonicalDistrict(state, name!))}`)) ??
      null;
    if (district) district.towns++;
    townRows.push({ name: name!, key: keyOf(name!), state, district, lat: Number(lat), lon: Number(lon) });
  }
  const districtKeys = new Map<DistrictBuild, Set<string>>();
  const keysOfDistrict = (d: DistrictBuild) => {
    let set = districtKeys.get(d);
    if (!set) {
      set = new Set(d.names.map(keyOf));
      districtKeys.set(d, set);
    }
    return set;
  };
  const isHeadquarters = (t: TownRow) => t.district !== null && keysOfDistrict(t.district).has(t.key);
  for (const t of townRows) {
    if (t.district && t.key === keyOf(t.district.name)) {
      t.district.lat = t.lat;
      t.district.lon = t.lon;
    }
  }

  // A district's position: the median of its post-office places (Census 2011 code) when no later district was carved
  // out of it, else its headquarters town, else the median of its towns. The post-office median stays inside the
  // district; a headquarters town can sit on its edge.
  const censusPoint = new Map(rows(data.census).map(([code, lat, lon]) => [code!, [Number(lat), Number(lon)]]));
  const censusUsers = new Map<string, number>();
  for (const { census } of lgdByDistrict.values())
    if (census) censusUsers.set(census, (censusUsers.get(census) ?? 0) + 1);
  for (const d of districtBuild.values()) {
    const census = lgdByDistrict.get(d)?.census;
    const pt = census && censusUsers.get(census) === 1 ? censusPoint.get(census) : undefined;
    if (pt) {
      d.lat = pt[0]!;
      d.lon = pt[1]!;
    }
  }

  const districtPlace = new Map<string, Place>(); // "state|key"
  for (const [k, d] of districtBuild) {
    const p = addPlace(
      {
        id: `district:${slug(d.state)}:${slug(d.name)}`,
        name: d.name,
        kind: "district",
        state: d.state,
        district: d.name,
        lat: d.lat,
        lon: d.lon,
        country: "India",
        lgdDistrict: lgdByDistrict.get(d)?.code ?? null,
      },
      d.names,
    );
    districtPlace.set(k, p);
  }
  /** town count per district: a proxy for its size, used to rank districts sharing a name */
  const districtTowns = new Map<Place, number>();
  for (const [k, d] of districtBuild) districtTowns.set(districtPlace.get(k)!, d.towns);

  // Cities: curated first (they decide the district and the canonical name), then the town source.
  const curatedCityKeys = new Map<string, { def: (typeof CITIES)[number]; place: Place | null }>(); // "state|key"
  for (const c of CITIES) {
    const st = stateNamed(c.state, `curated city ${c.name}`).name;
    const rec = { def: c, place: null as Place | null };
    for (const n of [c.name, ...(c.aka ?? [])]) curatedCityKeys.set(`${st}|${keyOf(n)}`, rec);
  }
  function cityPlace(
    name: string,
    state: string,
    district: string | null,
    lat: number | null,
    lon: number | null,
  ): NewPlace {
    return {
      id: `city:${slug(state)}:${slug(district ?? "-")}:${slug(name)}`,
      name,
      kind: "city",
      state,
      district,
      lat,
      lon,
      country: "India",
    };
  }
  const seenTown = new Set<string>();
  for (const t of townRows) {
    const curated = curatedCityKeys.get(`${t.state}|${t.key}`);
    if (curated) {
      if (curated.place) {
        addNames(curated.place, [t.name]);
        continue;
      }
      const def = curated.def;
      curated.place = addPlace(cityPlace(def.name, t.state, def.district, t.lat, t.lon), [
        def.name,
        ...(def.aka ?? []),
        t.name,
      ]);
      continue;
    }
    const hq = isHeadquarters(t);
    const name = hq && t.district ? t.district.name : t.name;
    const id = `${t.state}|${t.district?.name ?? ""}|${keyOf(name)}`;
    if (seenTown.has(id)) continue;
    seenTown.add(id);
    const names = hq && t.district ? [...t.district.names, t.name] : [t.name];
    addPlace(cityPlace(name, t.state, t.district?.name ?? null, t.lat, t.lon), names, !hq);
  }
  for (const rec of new Set(curatedCityKeys.values())) {
    if (rec.place) continue;
    const def = rec.def;
    const st = stateNamed(def.state, `curated city ${def.name}`).name;
    const d = districtPlace.get(`${st}|${keyOf(def.district)}`);
    rec.place = addPlace(cityPlace(def.name, st, def.district, def.lat ?? d?.lat ?? null, def.lon ?? d?.lon ?? null), [
      def.name,
      ...(def.aka ?? []),
    ]);
  }
  const curatedCities = new Set<Place>();
  for (const rec of new Set(curatedCityKeys.values())) {
    curatedCities.add(rec.place!);
    const def = rec.def;
    const st = stateNamed(def.state, `curated city ${def.name}`).name;
    // A curated district must exist, except the placeholders of cities split over several districts.
    if (def.district !== def.name && !districtPlace.has(`${st}|${keyOf(def.district)}`)) {
      throw new Error(`curated city ${def.name}: unknown district ${def.district} in ${st}`);
    }
  }

  // Localities.
  const localityCity = new Map<Place, string>();
  for (const l of LOCALITIES) {
    const st = stateNamed(l.state, `curated locality ${l.name}`).name;
    const p = addPlace(
      {
        id: `locality:${slug(st)}:${slug(l.district)}:${slug(l.name)}`,
        name: l.name,
        kind: "locality",
        state: st,
        district: l.district,
        lat: null,
        lon: null,
        country: "India",
      },
      [l.name, ...(l.aka ?? [])],
    );
    localityCity.set(p, l.city);
  }

  // Countries.
  for (const c of COUNTRIES) {
    addPlace(
      {
        id: `country:${slug(c.name)}`,
        name: c.name,
        kind: "country",
        state: null,
        district: null,
        lat: null,
        lon: null,
        country: c.name,
      },
      [c.name, ...(c.aka ?? [])],
    );
  }

  const abroad = new Map<string, [number, number]>(); // "name|ISO code" -> the first town of that name
  for (const [name, code, lat, lon] of rows(data.abroad)) {
    const k = `${keyOf(name!)}|${code}`;
    if (!abroad.has(k)) abroad.set(k, [Number(lat), Number(lon)]);
  }
  for (const c of FOREIGN_CITIES) {
    const country = COUNTRIES.find((k) => k.name === c.country);
    if (!country) throw new Error(`curated FOREIGN_CITIES: unknown country ${c.country}`);
    const pt = [c.name, ...(c.aka ?? [])].map((n) => abroad.get(`${keyOf(n)}|${country.code}`)).find(Boolean);
    const p = addPlace(
      {
        id: `city:${slug(c.country)}:${slug(c.name)}`,
        name: c.name,
        kind: "city",
        state: null,
        district: null,
        lat: pt?.[0] ?? null,
        lon: pt?.[1] ?? null,
        country: c.country,
      },
      [c.name, ...(c.aka ?? [])],
    );
    curatedCities.add(p);
  }

  // ---------------------------------------------------------------- locale names

  const byKindName = new Map<string, Place[]>(); // "kind|key(name)"
  for (const p of places) {
    const k = `${p.kind}|${keyOf(p.name)}`;
    const list = byKindName.get(k);
    if (list) list.push(p);
    else byKindName.set(k, [p]);
  }

  /** Resolve a locale's place reference ("district:Aurangabad@Bihar"); throws on unknown or ambiguous references. */
  function resolveRef(ref: PlaceRef): Place {
    const m = /^(country|state|district|city|locality):([^@]+)(?:@(.+))?$/.exec(ref);
    if (!m) throw new Error(`bad place reference "${ref}"`);
    let found = byKindName.get(`${m[1]}|${keyOf(m[2]!)}`) ?? [];
    if (m[3]) {
      const st = stateNamed(m[3], `reference ${ref}`).name;
      found = found.filter((p) => p.state === st);
    }
    if (found.length === 0) throw new Error(`place reference "${ref}" matches no place`);
    // a curated city is what a reference to a city means ("city:Chhapra" is the curated one in Bihar)
    if (found.length > 1 && m[1] === "city") {
      const curated = found.filter((p) => curatedCities.has(p));
      if (curated.length === 1) return curated[0]!;
    }
    if (found.length > 1) {
      throw new Error(`place reference "${ref}" is ambiguous (${found.map((p) => p.state).join(", ")}): add "@State"`);
    }
    return found[0]!;
  }

  const sourceErrorKeys = new Map<Place, Set<string>>();
  for (const loc of LOCALES) {
    for (const [ref, wrong] of Object.entries(loc.sourceErrors)) {
      const p = resolveRef(ref);
      const set = sourceErrorKeys.get(p) ?? new Set<string>();
      for (const w of wrong) set.add(keyOf(w));
      sourceErrorKeys.set(p, set);
    }
    for (const [ref, names] of Object.entries(loc.names)) addNames(resolveRef(ref), names);
    for (const [ref, names] of Object.entries(loc.demonyms)) {
      const p = resolveRef(ref);
      demonymsOf.set(p, [...(demonymsOf.get(p) ?? []), ...names]);
    }
  }
  for (const [p, wrong] of sourceErrorKeys)
    namesOf.set(
      p,
      namesOf.get(p)!.filter((n) => !wrong.has(keyOf(n))),
    );
  // A headquarters town is written like its district, in every language: it takes the district's final names.
  for (const p of places) {
    if (p.kind !== "city" || !p.district || keyOf(p.name) !== keyOf(p.district)) continue;
    const d = districtPlace.get(`${p.state}|${keyOf(p.district)}`);
    if (!d) continue;
    const wrong = sourceErrorKeys.get(d);
    const own = wrong ? namesOf.get(p)!.filter((n) => !wrong.has(keyOf(n))) : namesOf.get(p)!;
    namesOf.set(p, [...new Set([...own, ...namesOf.get(d)!])]);
  }

  // Hindi has no source for towns, but a place name is spelt the same in Hindi whatever place bears it: a town
  // named like a district or a curated city elsewhere ("Bilaspur" in Rampur, UP) takes that place's Devanagari names.
  const DEVANAGARI = /[\u0900-\u097f]/;
  const hindiByKey = new Map<string, string[]>();
  for (const p of places) {
    if (p.kind !== "district" && !curatedCities.has(p)) continue;
    const hi = namesOf.get(p)!.filter((n) => DEVANAGARI.test(n));
    if (hi.length) hindiByKey.set(keyOf(p.name), [...(hindiByKey.get(keyOf(p.name)) ?? []), ...hi]);
  }
  for (const p of places) {
    if (p.kind !== "city") continue;
    const names = namesOf.get(p)!;
    if (names.some((n) => DEVANAGARI.test(n))) continue;
    const hi = hindiByKey.get(keyOf(p.name));
    if (hi) addNames(p, hi);
  }

  // ---------------------------------------------------------------- the index

  const STOP = new Set(LOCALES.flatMap((l) => l.stop).map(keyOf));
  /** folded key → entries, most likely place first */
  const INDEX = new Map<string, Entry[]>();
  /** folded keys of the first tokens of multi-token names: the matcher extends a match only through these */
  const PREFIXES = new Set<string>();
  let maxTokens = 1;

  function index(place: Place, name: string, demonym: boolean, minor: boolean): void {
    const nk = nameKey(name);
    if (!nk.key) return;
    // Village names from the town source that are common words or very short are never names in running text.
    if (minor && (STOP.has(nk.key) || nk.key.length <= 3)) return;
    let list = INDEX.get(nk.key);
    if (!list) {
      list = [];
      INDEX.set(nk.key, list);
    }
    let e = list.find((x) => x.place === place);
    if (!e) {
      e = { place, demonym, minor, cases: [] };
      list.push(e);
    }
    if (nk.cls === LATIN && !e.cases.includes(nk.cases)) e.cases.push(nk.cases);
    if (nk.tokens > maxTokens) maxTokens = nk.tokens;
    for (const pre of nk.prefixes) PREFIXES.add(pre);
  }

  for (const p of places) {
    const minor = entryFlags.get(p)!.minor;
    for (const n of namesOf.get(p)!) index(p, n, false, minor);
    for (const n of demonymsOf.get(p) ?? []) index(p, n, true, false);
  }

  const preferred = new Map(Object.entries(PREFERRED_STATE).map(([n, s]) => [keyOf(n), s]));
  function rank(e: Entry, key: string): number[] {
    const p = e.place;
    const pref = preferred.get(keyOf(p.name)) ?? preferred.get(key);
    return [
      e.minor ? MINOR_RANK : KIND_RANK[p.kind],
      pref && p.state === pref ? 0 : 1,
      // the place whose own name this is before places that merely share it
      keyOf(p.name) === key ? 0 : 1,
      -(p.kind === "district" ? (districtTowns.get(p) ?? 0) : 0),
    ];
  }
  for (const [key, list] of INDEX) {
    if (list.length < 2) continue;
    const ranks = new Map(list.map((e) => [e, rank(e, key)]));
    list.sort((a, b) => {
      const ra = ranks.get(a)!;
      const rb = ranks.get(b)!;
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
      return 0;
    });
  }

  // ---------------------------------------------------------------- codes and positions

  // Every Indian place takes its state's LGD code and its district's; a place the sources give no point takes its
  // district's (or state's) and says so in `precision`.
  const statePlace = new Map(places.filter((p) => p.kind === "state").map((p) => [p.name, p]));
  const countryPoint = new Map(rows(data.countries).map(([code, lat, lon]) => [code!, [Number(lat), Number(lon)]]));
  const countryCode = new Map(COUNTRIES.map((c) => [c.name, c.code]));
  // a UT that is one district (Chandigarh, Lakshadweep) is that district too
  const soleDistrict = new Map<string, Place>();
  for (const st of statePlace.keys()) {
    const ds = places.filter((p) => p.kind === "district" && p.state === st);
    if (ds.length === 1) soleDistrict.set(st, ds[0]!);
  }
  for (const p of places) {
    if (p.state) p.lgdState = lgdStateCode.get(p.state) ?? null;
    if (p.kind === "state") p.lgdDistrict = soleDistrict.get(p.name)?.lgdDistrict ?? null;
    const d = p.state && p.district ? districtPlace.get(`${p.state}|${keyOf(p.district)}`) : undefined;
    if (d && p.kind !== "state") p.lgdDistrict = d.lgdDistrict;
    if (p.kind === "country" && p.lat === null) {
      const pt = countryPoint.get(countryCode.get(p.name) ?? "");
      if (pt) {
        p.lat = pt[0]!;
        p.lon = pt[1]!;
      }
    }
    if (p.lat !== null) p.precision = p.kind;
    else if (d && d.lat !== null) {
      p.lat = d.lat;
      p.lon = d.lon;
      p.precision = "district";
    } else {
      const st = p.state ? statePlace.get(p.state) : undefined;
      const pt = st ? null : countryPoint.get(countryCode.get(p.country) ?? "");
      if (st && st.lat !== null) {
        p.lat = st.lat;
        p.lon = st.lon;
        p.precision = "state";
      } else if (pt) {
        p.lat = pt[0]!;
        p.lon = pt[1]!;
        p.precision = "country";
      }
    }
  }

  // Post-office localities: not in the name index (155k names, many of them common words); they are found only
  // inside a district the document names (localities.ts). Grouped by district so one district's rows are one slice.
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  const districtByCensus = new Map<string, Place>();
  for (const [d, { census }] of lgdByDistrict) {
    if (census && censusUsers.get(census) === 1)
      districtByCensus.set(census, districtPlace.get(`${d.state}|${keyOf(d.name)}`)!);
  }
  // a census district split later: its places stay with the district that kept its name
  for (const [d, { census }] of lgdByDistrict) {
    if (!census || districtByCensus.has(census)) continue;
    const a2 = admin2ByCensus.get(census);
    const keep = a2 ? districtPlace.get(`${d.state}|${keyOf(canonicalDistrict(d.state, a2.name))}`) : undefined;
    if (keep) districtByCensus.set(census, keep);
  }
  const localityLines: [number, string][] = [];
  const postalPoint = new Map<string, [number, number]>(); // "district index|spelling key" -> first place's point
  for (const [name, census, lat, lon] of rows(data.localities)) {
    const d = districtByCensus.get(census!);
    if (!d) continue;
    const i = placeIndex.get(d)!;
    localityLines.push([i, `${name}\t${i}\t${lat}\t${lon}`]);
    const k = `${i}|${localityKey(name!)}`;
    if (!postalPoint.has(k)) postalPoint.set(k, [Number(lat), Number(lon)]);
  }
  // A curated locality (GB Road, Naubasta) takes the position of the post-office place of its name in its district.
  for (const p of places) {
    if (p.kind !== "locality" || p.precision === "locality" || !p.state || !p.district) continue;
    const d = districtPlace.get(`${p.state}|${keyOf(p.district)}`);
    const pt =
      d &&
      namesOf
        .get(p)!
        .map((n) => postalPoint.get(`${placeIndex.get(d)}|${localityKey(n)}`))
        .find(Boolean);
    if (pt) {
      p.lat = pt[0];
      p.lon = pt[1];
      p.precision = "locality";
    }
  }
  localityLines.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));

  // ---------------------------------------------------------------- the snapshot

  for (const p of places) Object.freeze(p);
  const field = (v: string | number | null) => (v === null ? "" : String(v));
  const placeLines = places.map((p) =>
    [
      p.id,
      p.kind,
      p.name,
      field(p.state),
      field(p.district),
      field(p.lat),
      field(p.lon),
      p.country,
      localityCity.get(p) ?? "",
      namesOf.get(p)!.join("|"),
      field(p.lgdState),
      field(p.lgdDistrict),
      field(p.precision),
    ].join("\t"),
  );
  const indexLines = [...INDEX.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(
      ([key, list]) =>
        `${key}\t${list.map((e) => `${placeIndex.get(e.place)}:${e.demonym ? "d" : ""}${e.minor ? "m" : ""}:${e.cases.join(",")}`).join(";")}`,
    );
  return {
    version: 3,
    note: "Generated by scripts/build-gazetteer.mjs from npm packages and src/geo/curated.ts + src/locales/*/places.ts; see src/geo/ATTRIBUTION.md. Do not edit by hand.",
    sources: data.sources,
    places: placeLines.join("\n"),
    index: indexLines.join("\n"),
    localities: localityLines.map((l) => l[1]).join("\n"),
    prefixes: [...PREFIXES].sort().join("\n"),
    maxTokens,
  };
}
