// Victim-origin → rescue-place flows drawn as arcs: a quadratic Bézier bowed to the left of the direction of travel,
// so A→B and B→A stay apart and a flow's direction reads from its bend.

export type LatLon = [number, number];

/** Points along the arc from `from` to `to` ([lat, lon]); `bend` is the bow as a fraction of the distance. */
export function arcPoints(from: LatLon, to: LatLon, segments = 24, bend = 0.25): LatLon[] {
  const [la1, lo1] = from;
  const [la2, lo2] = to;
  const dLat = la2 - la1;
  const dLon = lo2 - lo1;
  // Control point: the midpoint pushed perpendicular to the chord (to the left when going from → to).
  const cLat = (la1 + la2) / 2 + dLon * bend;
  const cLon = (lo1 + lo2) / 2 - dLat * bend;
  const pts: LatLon[] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const u = 1 - t;
    pts.push([u * u * la1 + 2 * u * t * cLat + t * t * la2, u * u * lo1 + 2 * u * t * cLon + t * t * lo2]);
  }
  return pts;
}

/** Line width for a flow of n victims: grows with the logarithm so one large rescue does not hide the rest. */
export function flowWeight(victims: number, min = 1.5, max = 9): number {
  return Math.min(max, min + Math.log2(1 + Math.max(0, victims)));
}
