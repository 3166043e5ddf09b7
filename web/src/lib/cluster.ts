// Places that would draw on top of each other at the map's zoom, gathered into one marker. At the whole-India zoom
// hundreds of places overlap into an unreadable blot (and hundreds of DOM markers are slow to add and a long Tab
// order); a grid of screen cells bounds the markers by the screen, not by the data. Zooming in splits the groups
// until each place has its own marker.

export interface Placed {
  lat: number;
  lon: number;
  /** incidents there */
  incidents: number;
}

export interface Cluster<T extends Placed> {
  /** the places in the cell, most incidents first */
  members: T[];
  /** position: the members' centre, weighted by their incidents */
  lat: number;
  lon: number;
  incidents: number;
}

/** Places grouped by the `cell`-pixel square their projected position falls in (the order of the input kept). */
export function clusterByCell<T extends Placed>(
  places: readonly T[],
  project: (lat: number, lon: number) => { x: number; y: number },
  cell: number,
): Cluster<T>[] {
  const cells = new Map<string, T[]>();
  for (const p of places) {
    const { x, y } = project(p.lat, p.lon);
    const key = `${Math.floor(x / cell)}:${Math.floor(y / cell)}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  return [...cells.values()].map((members) => {
    let incidents = 0;
    let lat = 0;
    let lon = 0;
    for (const m of members) {
      const w = Math.max(1, m.incidents);
      incidents += m.incidents;
      lat += m.lat * w;
      lon += m.lon * w;
    }
    const weight = members.reduce((n, m) => n + Math.max(1, m.incidents), 0);
    members.sort((a, b) => b.incidents - a.incidents);
    return { members, lat: lat / weight, lon: lon / weight, incidents };
  });
}
