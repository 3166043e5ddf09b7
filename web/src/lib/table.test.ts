import { describe, expect, it } from "vitest";
import { arcPoints, flowWeight } from "./arcs.js";
import { ringLayout } from "./graph.js";
import { fillMonths } from "./months.js";
import { clampPage, pageCount, placeLabel, searchText, sortParam, toggleSort } from "./table.js";
import type { Incident } from "./types.js";

const inc = (locality: string | null, city: string | null, district: string | null, state: string | null): Incident =>
  ({ id: "i", documents: [], record: { location: { locality, city, district, state } } }) as unknown as Incident;

describe("incident table", () => {
  it("asks the server for the column's sort, descending with a leading minus", () => {
    expect(sortParam({ key: "date", dir: "desc" })).toBe("-date");
    expect(sortParam({ key: "place", dir: "asc" })).toBe("place");
    expect(sortParam({ key: "sources", dir: "desc" })).toBe("-sources");
  });

  it("flips the sorted column and starts another in its natural direction", () => {
    expect(toggleSort({ key: "date", dir: "desc" }, "date")).toEqual({ key: "date", dir: "asc" });
    expect(toggleSort({ key: "date", dir: "asc" }, "place")).toEqual({ key: "place", dir: "asc" });
    expect(toggleSort({ key: "place", dir: "asc" }, "rescued")).toEqual({ key: "rescued", dir: "desc" });
  });

  it("counts and clamps pages", () => {
    expect(pageCount(51, 25)).toBe(3);
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(0, 25)).toBe(1);
    expect(clampPage(7, 3)).toBe(2);
    expect(clampPage(-1, 3)).toBe(0);
  });

  it("joins the table's search words to the text filter", () => {
    expect(searchText("raid", " kanpur ")).toBe("raid kanpur");
    expect(searchText("", "kanpur")).toBe("kanpur");
    expect(searchText(" ", "  ")).toBe("");
  });

  it("labels a place from the most precise part to the state, once each", () => {
    expect(placeLabel(inc("Lanka", null, "Varanasi", "Uttar Pradesh"))).toBe("Lanka, Varanasi, Uttar Pradesh");
    expect(placeLabel(inc(null, "Kanpur", "Kanpur Nagar", "Uttar Pradesh"))).toBe("Kanpur, Uttar Pradesh");
    expect(placeLabel(inc(null, null, "Delhi", "Delhi"))).toBe("Delhi");
    expect(placeLabel(inc(null, null, null, null))).toBe("");
  });
});

describe("charts", () => {
  it("fills missing months with zeros across a year end", () => {
    const rows = fillMonths([
      { month: "2025-01", incidents: 1, rescued: 2 },
      { month: "2024-11", incidents: 3, rescued: 4 },
    ]);
    expect(rows.map((r) => r.month)).toEqual(["2024-11", "2024-12", "2025-01"]);
    expect(rows[1]).toEqual({ month: "2024-12", incidents: 0, rescued: 0 });
  });

  it("draws arcs from origin to destination, bowed off the straight line", () => {
    const pts = arcPoints([20, 80], [20, 90], 10);
    expect(pts[0]).toEqual([20, 80]);
    expect(pts[10]![0]).toBeCloseTo(20);
    expect(pts[10]![1]).toBeCloseTo(90);
    expect(Math.abs(pts[5]![0] - 20)).toBeGreaterThan(0.5);
    expect(flowWeight(1000)).toBeGreaterThan(flowWeight(2));
  });

  it("lays the co-accused out around the person, strongest first, within the picture", () => {
    const { nodes, hidden } = ringLayout(
      Array.from({ length: 14 }, (_, i) => ({ person: `p${i}`, name: `N${i}`, shared: i })),
      300,
    );
    expect(nodes).toHaveLength(12);
    expect(hidden).toBe(2);
    expect(nodes[0]!.id).toBe("p13");
    for (const n of nodes) expect(n.x >= 0 && n.x <= 300 && n.y >= 0 && n.y <= 300).toBe(true);
  });
});
