// The HTCDS export checked against the standard itself (../shared/ext/htcds/htcds_field_standards_2.0.json): every
// field it writes is an HTCDS field (or our own, prefixed mukti_), every picklist value is one the standard lists,
// numbers and dates go where the standard wants them, and what a record does not know is left out.
import { describe, expect, it } from "vitest";
import { describeShared, readJson } from "../../test/shared.js";
import { emptyIncident, type IncidentRecord } from "../core/record.js";
import { mergeIncident } from "../dedup/merge.js";
import { geoPlace, lookupPlace } from "../geo/index.js";
import type { IncidentRow } from "../store/types.js";
import {
  COUNTRY_CODES,
  EXPLOITATION,
  GENDER,
  HTCDS_SECTIONS,
  METHODS_OF_CONTROL,
  PLATFORMS,
  ROLE_IN_PROCESS,
  toHtcds,
} from "./htcds.js";

function row(edit: (r: IncidentRecord) => void): IncidentRow {
  const record = emptyIncident();
  edit(record);
  const merged = mergeIncident([{ docId: "d1", index: 0, record, text: "", published: "2024-05-01" }]);
  return { id: "inc-1", documents: ["d1"], record: { ...merged, reviewed: {} } };
}

const place = (name: string) => geoPlace(lookupPlace(name)[0]!, name);

const FULL = row((r) => {
  r.exploitation = "labour";
  r.event_date = "2024-04-30";
  r.location = { ...r.location, state: "Rajasthan", district: "Jaipur", city: "Jaipur", place: place("Jaipur") };
  r.victims = {
    ...r.victims,
    rescued: 9,
    minors: 4,
    gender: "male",
    origins: [
      { place: "Bihar", kind: "state", count: 6, geo: place("Bihar"), evidence: [] },
      { place: "Nepal", kind: "country", count: null, geo: place("Nepal"), evidence: [] },
    ],
  };
  r.arrests.total = 2;
  r.accused = [
    {
      name: "Salim Khan",
      name_native: null,
      aliases: [],
      role: "owner",
      arrested: true,
      status: "arrested",
      evidence: [],
    },
    {
      name: "Pintu",
      name_native: null,
      aliases: [],
      role: "broker",
      arrested: null,
      status: "absconding",
      evidence: [],
    },
  ];
  r.platforms = ["WhatsApp", "Instagram", "ShareChat"];
  r.indicators = ["deception", "debt_bondage", "captivity", "online"];
});

describe("HTCDS records", () => {
  it("leaves out what a record does not know", () => {
    const h = toHtcds(row(() => {}));
    expect(h).toEqual({
      mukti_incident_id: "inc-1",
      mukti_documents: ["d1"],
      events: [{ hte_Type: "Exploitation" }],
      victims: {},
    });
  });

  it("maps a full record", () => {
    const h = toHtcds(FULL) as {
      events: Record<string, unknown>[];
      victims: Record<string, unknown> & { origins: unknown[] };
      perpetrators: unknown[];
    };
    expect(h.events[0]).toMatchObject({ hte_Date: "2024-04-30", hte_State: "Rajasthan", hte_City: "Jaipur" });
    expect(h.victims).toMatchObject({
      mukti_count: 9,
      prs_Gender: "Masculine",
      vic_TypeOfExploitation: ["ForcedLabour", "ChildLabour"],
      vic_ExploitationWebsitesAndApps: ["WhatsApp", "Instagram", "Other"],
      vic_MethodsOfControl: ["FalsePromises", "DebtBondage", "Other"],
    });
    expect(h.victims.origins).toEqual([
      expect.objectContaining({ prs_MailingState: "Bihar", prs_MailingCountry: "IN", mukti_count: 6 }),
      expect.objectContaining({ prs_MailingCountry: "NP" }),
    ]);
    expect(h.perpetrators).toEqual([
      { per_RoleInProcess: ["Exploiter"], mukti_arrested: true, mukti_status: "arrested" },
      { per_RoleInProcess: ["RecruiterOrIntermediary"], mukti_status: "absconding" },
    ]);
  });
});

interface StandardRow {
  "Field Name including Prefix"?: string;
  "Field Type"?: string;
  "Value Names (if picklist)"?: string;
}

describeShared("HTCDS export against the field standards JSON", () => {
  const rows = readJson<{ Field_Standards: { rows: StandardRow[] } }>("ext/htcds/htcds_field_standards_2.0.json")
    .Field_Standards.rows;
  const fields = new Map<string, { type: string; values: Set<string> }>();
  for (const r of rows) {
    const name = r["Field Name including Prefix"];
    if (!name || !/^[a-z]{3}_/.test(name)) continue;
    const values = (r["Value Names (if picklist)"] ?? "")
      .split(/\r?\n/)
      .map((v) => v.trim())
      .filter(Boolean);
    fields.set(name, { type: r["Field Type"] ?? "", values: new Set(values) });
  }

  const picklist = (name: string) => {
    const f = fields.get(name);
    expect(f, name).toBeDefined();
    expect(f!.type, name).toMatch(/Picklist/);
    return f!.values;
  };

  it("reads the standard (sanity: the fields the export uses are there)", () => {
    expect(fields.size).toBeGreaterThan(60);
    expect(picklist("vic_TypeOfExploitation").has("SexualExploitation")).toBe(true);
  });

  it("uses only picklist values the standard lists", () => {
    const check = (field: string, values: Iterable<string>) => {
      const allowed = picklist(field);
      for (const v of values) expect(allowed.has(v), `${field}: ${v}`).toBe(true);
    };
    check("vic_TypeOfExploitation", [...Object.values(EXPLOITATION), "ChildLabour"]);
    check("vic_MethodsOfControl", Object.values(METHODS_OF_CONTROL) as string[]);
    check("per_RoleInProcess", Object.values(ROLE_IN_PROCESS));
    check("vic_ExploitationWebsitesAndApps", [...PLATFORMS.values(), "Other"]);
    check("prs_Gender", Object.values(GENDER));
    check("vic_TraffickingStatus", ["PossibleVictimOfTrafficking"]);
    check("hte_Type", ["Exploitation"]);
    for (const code of COUNTRY_CODES.values()) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it("writes only HTCDS fields (or mukti_ ones), with values of the field's type", () => {
    const seen = new Set<string>();
    const walk = (o: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(o)) {
        if ((HTCDS_SECTIONS as readonly string[]).includes(k)) {
          for (const x of Array.isArray(v) ? v : [v]) walk(x as Record<string, unknown>);
          continue;
        }
        if (k.startsWith("mukti_")) continue;
        const f = fields.get(k);
        expect(f, `${k} is not an HTCDS field`).toBeDefined();
        seen.add(k);
        const type = f!.type;
        if (/Multiselect Picklist/.test(type)) {
          expect(Array.isArray(v), k).toBe(true);
          if (f!.values.size > 1) for (const x of v as string[]) expect(f!.values.has(x), `${k}: ${x}`).toBe(true);
        } else if (/Picklist/.test(type) && f!.values.size > 1 && !/Text/.test(type))
          expect(f!.values.has(v as string), `${k}: ${String(v)}`).toBe(true);
        else if (/^(?:Number|Geolocation)$/.test(type)) expect(typeof v, k).toBe("number");
        else if (type === "Date") expect(v, k).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        else expect(typeof v, k).toBe("string");
      }
    };
    walk(toHtcds(FULL));
    expect(seen.size).toBeGreaterThanOrEqual(15);
  });
});
