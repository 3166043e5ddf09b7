// The shape of an incident corpus case: a text of our own, its publication date, and the fields it must yield.
// Keys of an incident expectation are field paths of the record ("victims.rescued", "arrests.by_role.customer"),
// or "seized.<item>" for a seized item's count / cash amount. List fields compare as sets.
export interface IncidentCase {
  text: string;
  published?: string | null;
  expect: { relevant: boolean; incidents?: Record<string, unknown>[] };
}

/** A cue corpus case: a phrase, a cue family of src/locales/index.ts, and the values it must yield, in order. */
export type CueCase = [text: string, family: string, values: unknown[]];
