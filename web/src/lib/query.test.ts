import { describe, expect, it } from "vitest";
import {
  apiUrl,
  dashboardHash,
  EMPTY_FILTERS,
  filtersToQuery,
  incidentHash,
  parseFilters,
  parseRoute,
} from "./query.js";

describe("filters in URLs", () => {
  it("writes only the filters that are set, in a fixed order, encoded", () => {
    expect(filtersToQuery({ text: "  होटल  raid ", state: "Uttar Pradesh", from: "" })).toBe(
      "state=Uttar+Pradesh&text=%E0%A4%B9%E0%A5%8B%E0%A4%9F%E0%A4%B2++raid",
    );
    expect(apiUrl("export.csv", { platform: "WhatsApp" })).toBe("api/export.csv?platform=WhatsApp");
    expect(apiUrl("/incidents", EMPTY_FILTERS, { limit: 500, offset: 0 })).toBe("api/incidents?limit=500&offset=0");
  });

  it("reads back what it writes and drops malformed dates and unknown keys", () => {
    const f = {
      ...EMPTY_FILTERS,
      state: "Assam",
      from: "2024-01-01",
      to: "2024-12-31",
      exploitation: "labour",
      platform: "",
      text: "a&b=c",
    };
    expect(parseFilters(filtersToQuery(f))).toEqual(f);
    expect(parseFilters("?from=yesterday&to=2024-02-30x&foo=1")).toEqual(EMPTY_FILTERS);
  });
});

describe("routes", () => {
  it("parses the dashboard with filters, incident and person pages, and unknown paths", () => {
    expect(parseRoute("")).toEqual({ page: "dashboard", filters: EMPTY_FILTERS });
    expect(parseRoute(dashboardHash({ state: "Delhi" }))).toEqual({
      page: "dashboard",
      filters: { ...EMPTY_FILTERS, state: "Delhi" },
    });
    expect(parseRoute(incidentHash("inc/1 a"))).toEqual({ page: "incident", id: "inc/1 a" });
    expect(parseRoute("#/person/p-7")).toEqual({ page: "person", id: "p-7" });
    expect(parseRoute("#/nowhere")).toEqual({ page: "not_found", path: "/nowhere" });
    expect(parseRoute("#/incident/%E0%A4")).toEqual({ page: "not_found", path: "/incident/%E0%A4" });
  });
});
