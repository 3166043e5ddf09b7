// Evidence highlighting. Spans from different fields may overlap or nest ("seven women from Assam" holds a count
// and an origin), so the text is cut at every span boundary into flat segments, each knowing all the fields that
// cover it: one linear pass after sorting the boundaries, and no nesting of marks that HTML could not express.

export interface Mark {
  start: number;
  end: number;
  field: string;
  /** the quote the server gave; used to check (and if need be re-find) the span */
  quote?: string;
  rule?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** the marks covering the whole segment, shortest first (the most specific field first) */
  marks: Mark[];
}

/**
 * Where a mark really is in `text`. Offsets are trusted when the text there is the quote (or no quote is given);
 * otherwise the quote's occurrence nearest to the stated start is taken, so that a text that differs slightly from
 * the one the offsets were computed on (another normalisation, a redaction of different length) still highlights
 * the right words. Null when the quote is not in the text at all or the span is empty/out of range.
 */
export function locate(text: string, m: Mark): Mark | null {
  const start = Math.max(0, Math.min(m.start, text.length));
  const end = Math.max(start, Math.min(m.end, text.length));
  if (!m.quote) return end > start ? { ...m, start, end } : null;
  if (text.slice(start, end) === m.quote) return { ...m, start, end };
  let best = -1;
  for (let at = text.indexOf(m.quote); at >= 0; at = text.indexOf(m.quote, at + 1))
    if (best < 0 || Math.abs(at - m.start) < Math.abs(best - m.start)) best = at;
  return best < 0 ? null : { ...m, start: best, end: best + m.quote.length };
}

/** The text cut into segments; marks that cannot be located are returned apart, to be listed, not lost. */
export function segment(text: string, marks: readonly Mark[]): { segments: Segment[]; unplaced: Mark[] } {
  const placed: Mark[] = [];
  const unplaced: Mark[] = [];
  for (const m of marks) {
    const l = locate(text, m);
    if (l) placed.push(l);
    else unplaced.push(m);
  }
  const cuts = new Set<number>([0, text.length]);
  for (const m of placed) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  // Sweep: marks sorted by start enter the active set as the sweep passes their start, leave after their end.
  const byStart = placed.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const active: Mark[] = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= a) active.push(byStart[next++]!);
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.end <= a) active.splice(k, 1);
    const covering = active.filter((m) => m.start <= a && m.end >= b);
    covering.sort((x, y) => x.end - x.start - (y.end - y.start));
    segments.push({ start: a, end: b, text: text.slice(a, b), marks: covering });
  }
  return { segments, unplaced };
}
