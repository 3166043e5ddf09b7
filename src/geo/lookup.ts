// lookupPlace: the places known by a name, as a gazetteer query (not running text: no cue is needed).

import { normalize } from "../text/normalize.js";
import { entriesOf, foldName } from "./gazetteer.js";
import type { Place } from "./types.js";

const direct = (s: string): Place[] => (entriesOf(foldName(s)) ?? []).map((e) => e.place);

// Words around a name that only say what kind of place it is: "Kanpur district", "जिला कानपुर", "Delhi city".
const GENERIC_BEFORE = /^(?:district|distt\.?|dist\.?|city|town|जिला|जिले|जनपद|शहर)\s+/i;
const GENERIC_AFTER = /\s+(?:district|distt\.?|dist\.?|city|town|jila|zila|जिला|जिले|जनपद|शहर|नगर निगम)$/i;

/**
 * Places known by a name: any script, old names and spellings, case-insensitive. Candidates most likely first.
 * A qualifier narrows the answer: "Aurangabad, Bihar", "Bilaspur (Himachal Pradesh)".
 */
export function lookupPlace(name: string): Place[] {
  const text = normalize(name).text.trim();
  if (!text) return [];
  const q = /^(.+?)\s*(?:,\s*|\(\s*)([^,()]+?)\s*\)?$/.exec(text);
  if (q) {
    const state = direct(q[2]!).find((p) => p.kind === "state") ?? null;
    if (state) {
      const within = lookupPlace(q[1]!).filter((p) => p.state === state.name);
      if (within.length) return within;
    }
  }
  const found = direct(text);
  if (found.length) return found;
  const bare = text.replace(GENERIC_BEFORE, "").replace(GENERIC_AFTER, "");
  return bare !== text ? direct(bare) : [];
}
