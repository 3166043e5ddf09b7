import { describe, expect, it } from "vitest";
import { simplifyLine } from "./simplify.js";

describe("simplifyLine", () => {
  it("drops points within the tolerance and keeps the endpoints and the corners", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 1],
      [2.001, 2],
      [2, 3],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 3],
    ]);
  });

  it("keeps a small closed ring a ring (at least four points)", () => {
    const ring: [number, number][] = [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ];
    const out = simplifyLine(ring, 0.01);
    expect(out.length).toBeGreaterThanOrEqual(4);
    expect(out[0]).toEqual(out[out.length - 1]);
  });
});
