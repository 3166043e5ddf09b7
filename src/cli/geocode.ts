// `mukti geocode`: what the resolver makes of a phrase or a document, for trying it by hand.

import { type Geocoded, geocode } from "../geo/index.js";
import type { Place } from "../geo/types.js";

const where = (p: Place) =>
  p.country !== "India"
    ? p.country === p.name
      ? ""
      : p.country
    : [p.kind !== "district" && p.district !== p.name ? p.district : null, p.kind !== "state" ? p.state : null]
        .filter(Boolean)
        .join(", ");

const position = (p: Place) =>
  p.lat === null || p.lon === null
    ? "no position"
    : `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)} (${p.precision === p.kind ? p.precision : `${p.precision} centre: no point of its own`})`;

const lgd = (p: Place) =>
  p.lgdState === null ? "" : `LGD ${p.lgdState}${p.lgdDistrict !== null ? `/${p.lgdDistrict}` : ""}`;

/** One block per mention: the mention, the place, codes, position, rule and the other candidates. */
export function formatGeocoded(found: readonly Geocoded[]): string {
  if (found.length === 0) return "no place found\n";
  const lines: string[] = [];
  for (const g of found) {
    const p = g.place;
    const context = where(p);
    lines.push(`"${g.mention}" [${g.start}-${g.end}] → ${p.kind} ${p.name}${context ? ` (${context})` : ""}`);
    lines.push(`    ${[lgd(p), position(p), g.rule, g.demonym ? "demonym" : ""].filter(Boolean).join(" · ")}`);
    const others = g.candidates.filter((c) => c !== p);
    if (others.length) {
      const shown = others.slice(0, 5).map((c) => `${c.kind} ${c.name}${where(c) ? ` (${where(c)})` : ""}`);
      lines.push(`    could also be: ${shown.join("; ")}${others.length > 5 ? `; +${others.length - 5} more` : ""}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** JSON form: offsets into the input, the place with its codes, position and precision. */
export function geocodedJson(found: readonly Geocoded[]): unknown[] {
  return found.map((g) => ({
    mention: g.mention,
    start: g.start,
    end: g.end,
    rule: g.rule,
    demonym: g.demonym,
    place: g.place,
    candidates: g.candidates.map((c) => c.id),
  }));
}

export { geocode };
