// Runs the geocode corpus: every listed mention must resolve to the expected place.
import { describe, expect, it } from "vitest";
import { GEOCODE_CORPUS } from "./geocode.corpus.js";
import { geocode } from "./geocode.js";
import type { Place } from "./types.js";

const label = (p: Place) =>
  p.kind === "state" || p.kind === "country" || p.country !== "India"
    ? `${p.kind}:${p.name}`
    : `${p.kind}:${p.name}@${p.district}`;

describe("geocode corpus", () => {
  for (const c of GEOCODE_CORPUS)
    it(c.why, () => {
      const found = geocode(c.text);
      const got = Object.fromEntries(
        Object.keys(c.expect).map((mention) => {
          const g = found.find((x) => x.mention === mention);
          return [mention, g ? label(g.place) : "none"];
        }),
      );
      expect(got, `${c.text}\n${found.map((g) => `${g.mention} → ${label(g.place)} (${g.rule})`).join("\n")}`).toEqual(
        c.expect,
      );
    });
});
