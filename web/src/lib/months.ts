import type { Stats } from "./types.js";

/** Every month from the first to the last, zero where nothing happened, so gaps read as gaps. */
export function fillMonths(rows: Stats["by_month"]): Stats["by_month"] {
  if (rows.length === 0) return [];
  const sorted = rows.slice().sort((a, b) => a.month.localeCompare(b.month));
  const by = new Map(sorted.map((r) => [r.month, r]));
  const out: Stats["by_month"] = [];
  let [y, m] = sorted[0]!.month.split("-").map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!.month;
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(by.get(key) ?? { month: key, incidents: 0, rescued: 0 });
    if (key >= last) break;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
