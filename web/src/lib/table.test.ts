import { describe, expect, it } from "vitest";
import { arcPoints, flowWeight } from "./arcs.js";
import { ringLayout } from "./graph.js";
import { fillMonths } from "./months.js";
import { pageOf, searchIncidents, sortIncidents } from "./table.js";
import type { Incident } from "./types.js";

const inc = (
  id: string,
  date: string | null,
  rescued: number | null,
  city: string,
  platforms: string[] = [],
): Incident =>
  ({
    id,
    documents: ["d"],
    record: {
      event_date: date,
      exploitation: null,
      location: { state: "S", district: null, city, locality: null },
      victims: { rescued },
      arrests: { total: null },
      platforms,
      accused: [{ name: "Rakesh Tomar" }],
    },
  }) as unknown as Incident;

const items = [
  inc("a", "2024-05-01", 3, "Meerut"),
  inc("b", null, 9, "Kanpur", ["WhatsApp"]),
  inc("c", "2025-01-02", null, "Agra"),
];

describe("incident table", () => {
  it("sorts either way with unknown values last", () => {
    expect(sortIncidents(items, { key: "date", dir: "desc" }).map((i) => i.id)).toEqual(["c", "a", "b"]);
    expect(sortIncidents(items, { key: "date", dir: "asc" }).map((i) => i.id)).toEqual(["a", "c", "b"]);
    expect(sortIncidents(items, { key: "rescued", dir: "asc" }).map((i) => i.id)).toEqual(["a", "b", "c"]);
    expect(sortIncidents(items, { key: "place", dir: "asc" }).map((i) => i.id)).toEqual(["c", "b", "a"]);
  });

  it("searches every word over place, platform and accused", () => {
    expect(searchIncidents(items, "kanpur whatsapp").map((i) => i.id)).toEqual(["b"]);
    expect(searchIncidents(items, "tomar").length).toBe(3);
    expect(searchIncidents(items, "  ").length).toBe(3);
  });

  it("pages and clamps the page number", () => {
    expect(pageOf([1, 2, 3, 4, 5], 1, 2)).toEqual({ items: [3, 4], page: 1, pages: 3 });
    expect(pageOf([1, 2, 3], 7, 2)).toEqual({ items: [3], page: 1, pages: 2 });
    expect(pageOf([], 0, 2)).toEqual({ items: [], page: 0, pages: 1 });
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
