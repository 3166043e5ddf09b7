// Runs the origins corpus through the whole pipeline: victim origins, foreign nationals and the incident's place.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { originsCorpus } from "./origins.corpus.js";

const sorted = (xs: readonly string[]) => [...xs].sort();

describe("origins corpus", () => {
  for (const c of originsCorpus)
    it(c.rule, () => {
      const res = extract({ id: "origins", text: c.text, published: "2024-05-01" });
      const inc = res.incidents[0];
      expect(inc, res.relevance.reasons.join("; ")).toBeDefined();
      expect(sorted(inc!.victims.origins.map((o) => o.place)), "origins").toEqual(sorted(c.origins));
      if (c.foreign) expect(sorted(inc!.victims.foreign), "foreign").toEqual(sorted(c.foreign));
      if (c.state !== undefined) expect(inc!.location.state, "state").toBe(c.state);
      if (c.district !== undefined) expect(inc!.location.district, "district").toBe(c.district);
    });
});
