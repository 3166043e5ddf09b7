// Layout of the co-accused graph: the person in the centre, the people sharing incidents with them on a ring
// (strongest links first, from the top, clockwise). Deterministic, so the picture does not jump between loads.

export interface GraphNode {
  id: string;
  name: string;
  x: number;
  y: number;
  shared: number;
}

export function ringLayout(
  links: readonly { person: string; name: string; shared: number }[],
  size: number,
  max = 12,
): { centre: { x: number; y: number }; nodes: GraphNode[]; hidden: number } {
  const c = size / 2;
  const r = size * 0.36;
  const shown = links
    .slice()
    .sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name))
    .slice(0, max);
  const nodes = shown.map((l, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, shown.length);
    return { id: l.person, name: l.name, shared: l.shared, x: c + r * Math.cos(a), y: c + r * Math.sin(a) };
  });
  return { centre: { x: c, y: c }, nodes, hidden: Math.max(0, links.length - shown.length) };
}
