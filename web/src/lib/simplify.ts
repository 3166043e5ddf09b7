// Douglas–Peucker line simplification. Used at build time on the shared arcs of the India topology, so that two
// states that share a border keep the very same simplified border (no slivers or gaps between them).

export type Point = readonly [number, number];

/** Squared distance from p to the segment a–b (planar: fine for the few hundred km of one arc at 0.01°). */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** Indices of the points to keep between first and last (iterative: arcs can have thousands of points). */
function keep(points: readonly Point[], first: number, last: number, tol2: number, out: boolean[]): void {
  const stack: [number, number][] = [[first, last]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    for (let k = i + 1; k < j; k++) {
      const d = segmentDistance2(points[k]!, points[i]!, points[j]!);
      if (d > worstD) {
        worstD = d;
        worst = k;
      }
    }
    if (worst >= 0) {
      out[worst] = true;
      stack.push([i, worst], [worst, j]);
    }
  }
}

/**
 * The points of a polyline that stay within `tolerance` of the original. Endpoints always stay (they are where arcs
 * join). A closed line (first point = last) keeps its farthest point too, so a small island stays a ring of at
 * least four points instead of collapsing to a line.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const n = points.length;
  const out = new Array<boolean>(n).fill(false);
  out[0] = true;
  out[n - 1] = true;
  const tol2 = tolerance * tolerance;
  const first = points[0]!;
  const last = points[n - 1]!;
  if (first[0] === last[0] && first[1] === last[1]) {
    // Split a ring at the point farthest from its start, and at the farthest from that chord on each side.
    let far = 1;
    let farD = -1;
    for (let k = 1; k < n - 1; k++) {
      const p = points[k]!;
      const d = (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2;
      if (d > farD) {
        farD = d;
        far = k;
      }
    }
    out[far] = true;
    const side = (i: number, j: number) => {
      let best = -1;
      let bestD = -1;
      for (let k = i + 1; k < j; k++) {
        const d = segmentDistance2(points[k]!, points[i]!, points[j]!);
        if (d > bestD) {
          bestD = d;
          best = k;
        }
      }
      if (best >= 0) out[best] = true;
    };
    side(0, far);
    side(far, n - 1);
    const marks = out.flatMap((m, i) => (m ? [i] : []));
    for (let m = 0; m + 1 < marks.length; m++) keep(points, marks[m]!, marks[m + 1]!, tol2, out);
  } else {
    keep(points, 0, n - 1, tol2, out);
  }
  return points.filter((_, i) => out[i]);
}
