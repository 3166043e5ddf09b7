// Cue indexes over a document's tokens: every rank, role, status, victim and person cue found in one pass of
// the cue scanner, indexed by the token where it starts and the token boundary where it ends (cues before a name
// are looked up by where they end, cues after it by where they start).

import { CUE_SCANNER, CUE_TABLES, LEX, type PhraseMatch, type StatusValue } from "./lexicon.js";
import type { Role } from "./locale.js";
import type { Token } from "./tokens.js";

export interface Index<T> {
  /** longest match starting at each token */
  startAt: (PhraseMatch<T> | undefined)[];
  /** matches ending at each token boundary (end index) */
  endAt: Map<number, PhraseMatch<T>[]>;
}

function emptyIndex<T>(n: number): Index<T> {
  return { startAt: new Array(n), endAt: new Map() };
}

function put<T>(idx: Index<T>, m: PhraseMatch<T>): void {
  const cur = idx.startAt[m.start];
  if (!cur || m.end > cur.end) idx.startAt[m.start] = m;
  const list = idx.endAt.get(m.end) ?? [];
  list.push(m);
  idx.endAt.set(m.end, list);
}

export interface Cues {
  rank: Index<string>;
  role: Index<Role | null>;
  accusedAfter: Index<true>;
  accusedBefore: Index<true>;
  status: Index<StatusValue>;
  notArrested: Index<true>;
  victimBefore: Index<true>;
  victimAfter: Index<true>;
  otherBefore: Index<true>;
  otherAfter: Index<true>;
  credits: Index<true>;
  personBefore: Index<true>;
  personAfter: Index<true>;
  alias: Index<true>;
  honorific: Index<true>;
}

/** one pass of the cue scanner; also marks the tokens that lie inside any cue */
export function buildCues(tokens: Token[], inCue: boolean[]): Cues {
  const n = tokens.length;
  const cues: Cues = {
    rank: emptyIndex(n),
    role: emptyIndex(n),
    accusedAfter: emptyIndex(n),
    accusedBefore: emptyIndex(n),
    status: emptyIndex(n),
    notArrested: emptyIndex(n),
    victimBefore: emptyIndex(n),
    victimAfter: emptyIndex(n),
    otherBefore: emptyIndex(n),
    otherAfter: emptyIndex(n),
    credits: emptyIndex(n),
    personBefore: emptyIndex(n),
    personAfter: emptyIndex(n),
    alias: emptyIndex(n),
    honorific: emptyIndex(n),
  };
  const byTable: Index<unknown>[] = CUE_TABLES.map((t) => {
    switch (t) {
      case LEX.ranks:
      case LEX.rankAcronyms:
        return cues.rank;
      case LEX.roles:
      case LEX.rolesAsWritten:
        return cues.role;
      case LEX.accusedAfter:
        return cues.accusedAfter;
      case LEX.accusedBefore:
        return cues.accusedBefore;
      case LEX.status:
        return cues.status;
      case LEX.notArrested:
        return cues.notArrested;
      case LEX.victimBefore:
        return cues.victimBefore;
      case LEX.victimAfter:
        return cues.victimAfter;
      case LEX.otherBefore:
        return cues.otherBefore;
      case LEX.otherAfter:
        return cues.otherAfter;
      case LEX.credits:
        return cues.credits;
      case LEX.personBefore:
        return cues.personBefore;
      case LEX.personAfter:
        return cues.personAfter;
      case LEX.alias:
        return cues.alias;
      default:
        return cues.honorific;
    }
  }) as Index<unknown>[];
  for (let i = 0; i < n; i++) {
    CUE_SCANNER.scanAt(tokens, i, (table, m) => {
      put(byTable[table]!, m);
      for (let k = m.start; k < m.end; k++) inCue[k] = true;
    });
  }
  gappedNaming(tokens, cues.personBefore, inCue);
  for (const idx of byTable) for (const list of idx.endAt.values()) list.sort((a, b) => a.start - b.start);
  return cues;
}

/** two-word naming phrases ("identified as") by their last word, to find them with words in between */
const GAPPED = new Map<string, { first: string; phrase: string }[]>();
for (const phrase of LEX.naming) {
  const words = phrase.split(/\s+/);
  if (words.length !== 2 || !/^[a-z]+$/.test(phrase.replace(" ", ""))) continue;
  const list = GAPPED.get(words[1]!) ?? [];
  list.push({ first: words[0]!, phrase });
  GAPPED.set(words[1]!, list);
}
/** how many words may stand inside a naming phrase: "identified the three arrested agents as" */
const NAMING_GAP = 6;

/**
 * "identified the arrested agents as A, B and C": the naming words with the noun phrase between them. The match
 * covers only the last word, so that the noun phrase before it still says who the named are.
 */
function gappedNaming(tokens: Token[], idx: Index<true>, inCue: boolean[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const list = GAPPED.get(tokens[i]!.key);
    if (!list || idx.endAt.has(i + 1)) continue;
    for (let k = i - 2; k >= Math.max(0, i - 1 - NAMING_GAP); k--) {
      const t = tokens[k]!;
      if (t.sent !== tokens[i]!.sent || t.type === "punct") break;
      const hit = list.find((g) => g.first === t.key);
      if (!hit) continue;
      put(idx, { start: i, end: i + 1, value: true, phrase: hit.phrase });
      inCue[i] = true;
      break;
    }
  }
}
