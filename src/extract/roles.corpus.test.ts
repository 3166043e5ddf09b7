// Runs the roles corpus through the whole pipeline.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";
import { rolesCorpus } from "./roles.corpus.js";

describe("roles corpus", () => {
  for (const c of rolesCorpus)
    it(c.rule, () => {
      const inc = extract({ id: "roles", text: c.text, published: "2024-05-01" }).incidents[0];
      expect(inc).toBeDefined();
      const got = Object.fromEntries(
        Object.keys(c.roles).map((n) => [
          n,
          inc!.accused.find((a) => a.name === n)?.role ?? (inc!.accused.some((a) => a.name === n) ? null : "absent"),
        ]),
      );
      expect(got, JSON.stringify(inc!.accused.map((a) => [a.name, a.role]))).toEqual(c.roles);
    });
});
