// District coverage of the gazetteer against the LGD district list in ../shared (763 districts with English and
// Hindi names): lookupPlace must resolve each name to a district of the same state whose canonical name is the
// row's name or one of its known names (renames included: "Hoshangabad" is Narmadapuram). The CSV is read, never
// copied into the project. The bar is 90% for now; the next version raises it to 98% and adds LGD codes.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { lookupPlace, type Place, placeNames, stateOf } from "../src/geo/index.js";
import { normalize } from "../src/text/normalize.js";
import { describeShared, sharedPath } from "./shared.js";

interface Row {
  state: string;
  district: string;
  districtHi: string;
  lat: number | null;
  lon: number | null;
  geonames: string;
}

function readRows(): Row[] {
  const lines = readFileSync(sharedPath("ext/geo/india_districts_lgd_hi_latlon.csv"), "utf8").trim().split(/\r?\n/);
  const head = lines[0]!.split(",");
  const col = (name: string) => head.indexOf(name);
  const [cState, cDist, cHi, cLat, cLon, cGeo] = [
    col("state_name_en"),
    col("district_name_en"),
    col("district_name_hi"),
    col("lat"),
    col("lon"),
    col("geonames_district_name"),
  ];
  return lines.slice(1).map((l) => {
    const f = l.split(",");
    return {
      state: f[cState]!,
      district: f[cDist]!,
      districtHi: f[cHi]!,
      lat: f[cLat] ? Number(f[cLat]) : null,
      lon: f[cLon] ? Number(f[cLon]) : null,
      geonames: f[cGeo]!.startsWith("name-match:") ? "" : f[cGeo]!,
    };
  });
}

// Compare names as the text matcher would: case, spaces, hyphens and nukta do not count.
const fold = (s: string) =>
  normalize(s)
    .text.toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "");

// LGD writes Delhi's districts as bare compass points ("NORTH WEST"); no reader writes them so, and as names of
// their own they would match "North West" anywhere. They are looked up with the state's name after them.
const lookupName = (row: Row, name: string) =>
  /^delhi$/i.test(row.state) &&
  /^(north|south|east|west|central|north east|north west|south east|south west)$/i.test(name)
    ? `${name} Delhi`
    : name;

function resolves(row: Row, name: string): Place | null {
  const state = lookupPlace(row.state).find((p) => p.kind === "state");
  const wanted = new Set([fold(lookupName(row, row.district)), fold(row.geonames)].filter(Boolean));
  for (const p of lookupPlace(lookupName(row, name))) {
    if (p.kind !== "district" && p.kind !== "city") continue;
    if (!state || stateOf(p) !== state.name || !p.district) continue;
    const district = lookupPlace(`${p.district}, ${state.name}`).find((d) => d.kind === "district") ?? p;
    const known = [p.district, ...placeNames(district)].map(fold);
    if (known.some((k) => wanted.has(k))) return p;
  }
  return null;
}

const km = (a: Place, lat: number, lon: number) => {
  const r = Math.PI / 180;
  const x = (lon - a.lon!) * r * Math.cos(((lat + a.lat!) / 2) * r);
  const y = (lat - a.lat!) * r;
  return Math.sqrt(x * x + y * y) * 6371;
};

describeShared("gazetteer district coverage (LGD list)", () => {
  const rows = readRows();

  it("resolves English district names to the right district", () => {
    const misses = rows.filter((r) => !resolves(r, r.district));
    const rate = 1 - misses.length / rows.length;
    console.log(`English: ${rows.length - misses.length}/${rows.length} (${(rate * 100).toFixed(1)}%)`);
    if (misses.length) console.log(`  misses: ${misses.map((r) => `${r.district} (${r.state})`).join("; ")}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("resolves Hindi district names to the right district", () => {
    const withHi = rows.filter((r) => r.districtHi);
    const misses = withHi.filter((r) => !resolves(r, r.districtHi));
    const rate = 1 - misses.length / withHi.length;
    console.log(`Hindi: ${withHi.length - misses.length}/${withHi.length} (${(rate * 100).toFixed(1)}%)`);
    if (misses.length)
      console.log(`  misses: ${misses.map((r) => `${r.districtHi} = ${r.district} (${r.state})`).join("; ")}`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it("places districts near the LGD coordinates", () => {
    const far: string[] = [];
    let checked = 0;
    for (const r of rows) {
      if (r.lat === null || r.lon === null) continue;
      const p = resolves(r, r.district);
      if (!p || p.lat === null || p.lon === null) continue;
      const district = lookupPlace(`${p.district}, ${p.state}`).find((d) => d.kind === "district");
      if (!district || district.lat === null) continue;
      checked++;
      const d = km(district, r.lat, r.lon);
      if (d > 100) far.push(`${r.district} (${d.toFixed(0)} km)`);
    }
    console.log(
      `coordinates: ${checked - far.length}/${checked} within 100 km${far.length ? `; far: ${far.join("; ")}` : ""}`,
    );
    expect(far.length / checked).toBeLessThan(0.05);
  });
});
