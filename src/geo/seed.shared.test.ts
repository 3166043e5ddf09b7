// The Kanpur seed report in ../shared: the places the gold annotation needs are found and resolved.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeShared, sharedPath } from "../../test/shared.js";
import { normalize } from "../text/normalize.js";
import { findPlaces, resolvePlaces } from "./index.js";

describeShared("places in the Kanpur seed report", () => {
  const text = () => normalize(readFileSync(sharedPath("corpus/seed-kanpur.txt"), "utf8")).text;

  it("finds उत्तर प्रदेश, कानपुर, असम, दिल्ली and फैजाबाद (Ayodhya district)", () => {
    const matches = findPlaces(text());
    const surfaces = new Set(matches.map((m) => m.surface));
    for (const s of ["उत्तर प्रदेश", "कानपुर", "असम", "दिल्ली", "फैजाबाद"]) expect(surfaces.has(s), s).toBe(true);
    const faizabad = matches.find((m) => m.surface === "फैजाबाद")!;
    expect(faizabad.places[0]).toMatchObject({ kind: "district", name: "Ayodhya", state: "Uttar Pradesh" });
    // the accused's alias "राजू उर्फ ईरान" is not the country Iran
    expect(matches.some((m) => m.places[0]!.name === "Iran")).toBe(false);
  });

  it("puts Kanpur in Uttar Pradesh, in Kanpur Nagar district", () => {
    const matches = findPlaces(text());
    const places = resolvePlaces(matches);
    const kanpur = matches.map((m, i) => [m, places[i]!] as const).filter(([m]) => m.surface === "कानपुर");
    expect(kanpur.length).toBeGreaterThan(0);
    for (const [, p] of kanpur) expect(p).toMatchObject({ state: "Uttar Pradesh", district: "Kanpur Nagar" });
  });
});
