import { describe, expect, it } from "vitest";
import { clusterByCell } from "./cluster.js";

// a flat projection: one degree = 10 pixels
const project = (lat: number, lon: number) => ({ x: lon * 10, y: -lat * 10 });
const place = (name: string, lat: number, lon: number, incidents: number) => ({ name, lat, lon, incidents });

describe("map clusters", () => {
  it("gathers the places of one screen cell, weighted to where the incidents are", () => {
    const near = [place("a", 25.1, 80.1, 3), place("b", 25.2, 80.2, 1), place("far", 10, 70, 2)];
    const clusters = clusterByCell(near, project, 40);
    expect(clusters).toHaveLength(2);
    const two = clusters.find((c) => c.members.length === 2)!;
    expect(two.incidents).toBe(4);
    expect(two.members.map((m) => m.name)).toEqual(["a", "b"]);
    expect(two.lat).toBeCloseTo((25.1 * 3 + 25.2) / 4);
    expect(two.lon).toBeCloseTo((80.1 * 3 + 80.2) / 4);
  });

  it("splits them when the cells are smaller than their distance (zoomed in)", () => {
    const near = [place("a", 25.1, 80.1, 3), place("b", 25.2, 80.2, 1)];
    expect(clusterByCell(near, project, 0.5).map((c) => c.members.length)).toEqual([1, 1]);
    expect(clusterByCell([], project, 40)).toEqual([]);
  });
});
