// Person mentions without a statistical model: names are found where the words around them say a person stands
// there (a rank, a role, "निवासी", "identified as", "उर्फ"), or where their shape says so (a Devanagari sequence
// ending in a known surname, initials, an English gloss in parentheses). The same words decide who the person is
// (official, accused, victim, other), their rank, role and status.
//
// Privacy by construction: victims' names are found so that they can be withheld. They never leave this module:
// findPersons filters them out and countWithheldVictimNames reports only how many there were.

import type { Doc } from "../core/document.js";
import { RunContext, SENTENCE_REACH } from "./context.js";
import { LEX } from "./lexicon.js";
import type { Role } from "./locale.js";
import type { CueSpan, PersonKind, PersonMention, PersonStatus } from "./mention.js";
import { nameKey } from "./namekey.js";
import type { Analysis, Run } from "./runs.js";

export type { CueSpan, PersonKind, PersonMention, PersonStatus } from "./mention.js";

class Finder extends RunContext {
  // --- acceptance ------------------------------------------------------------------------------------------------

  analyseAll(): void {
    this.markRankPlaces();
    for (const r of this.runs) if (!r.consumed) r.analysis = this.localAnalysis(r);
    // lists share cues: a cue before the first member reaches the others, a cue after the last reaches the
    // earlier ones (each member keeps its own cue when it has one)
    for (const r of this.runs) {
      if (r.consumed || r.prev) continue;
      const members: Run[] = [];
      for (let m: Run | null = r; m; m = m.next) members.push(m);
      if (members.length < 2) continue;
      const first = members[0]!.analysis!;
      const last = members[members.length - 1]!.analysis!;
      // names joined by bare commas only may be no list ("According to DCP K. Prasanna, Ravi Kumar had"): a
      // rank does not reach across them
      const bare = members.slice(0, -1).every((m) => m.commaLink);
      // a relation between members ("A and his son B") says the role is not shared
      const kin = members.some((m) => m.kinBefore);
      for (const m of members.slice(1)) inherit(m.analysis!, first, bare, kin);
      for (const m of members.slice(0, -1)) inherit(m.analysis!, last, bare, kin);
    }
    this.accept();
  }

  private accept(): void {
    for (let round = 0; round < 4; round++) {
      let changed = false;
      for (const r of this.runs) {
        if (r.consumed || r.accepted || r.nonPerson) continue;
        if (this.acceptable(r)) {
          r.accepted = true;
          changed = true;
        }
      }
      // list mates of an accepted Devanagari name are names too ("दिलीप और संगीता")
      for (const r of this.runs) {
        if (!r.accepted) continue;
        for (const m of [r.prev, r.next]) {
          if (
            m &&
            !m.accepted &&
            !m.nonPerson &&
            !m.consumed &&
            m.analysis &&
            (m.analysis.kind !== null || (r.script === "deva" && this.closed(m)))
          ) {
            m.accepted = true;
            m.analysis.strong = true;
            changed = true;
          }
        }
      }
      if (this.corefPass()) changed = true;
      if (!changed) break;
    }
  }

  private acceptable(r: Run): boolean {
    const a = r.analysis!;
    if (r.script === "deva") {
      // a name by its shape (surname, initials) or by a cue that stands only next to names; who the person is
      // comes from the cues or, failing them, from the sentence
      return a.strong;
    }
    // capitalised words with a cue, an honorific, an age, initials or an alias; a sentence that reports an
    // arrest then says who they are, but capitals alone are not enough (organisations, events, places)
    return a.kind !== null || a.strong;
  }

  /** further mentions of accepted names: the same words, or a distinctive first or last word */
  private corefPass(): boolean {
    const known = new Map<string, Run>();
    const full = new Map<string, Run>();
    for (const r of this.runs) {
      if (!r.accepted || r.corefOf) continue;
      const root = this.root(r);
      const key = this.nameWords(r)
        .map((k) => this.tokens[k]!.key)
        .join(" ");
      if (!full.has(key)) full.set(key, root);
      for (const w of this.distinctiveWords(r)) if (!known.has(w)) known.set(w, root);
      for (const al of r.aliases) for (const w of this.distinctiveWords(al)) if (!known.has(w)) known.set(w, root);
    }
    let changed = false;
    for (const r of this.runs) {
      if (r.accepted || r.consumed || r.nonPerson) continue;
      // a one-word mention of a distinctive first or last name, or the same words again
      const words = this.nameWords(r).map((k) => this.tokens[k]!.key);
      const root = words.length === 1 ? known.get(words[0]!) : full.get(words.join(" "));
      if (root && root !== r) {
        r.accepted = true;
        r.corefOf = root;
        if (r.analysis) r.analysis.strong = true;
        changed = true;
      }
    }
    return changed;
  }

  private distinctiveWords(r: Run): string[] {
    const words = this.nameWords(r)
      .map((k) => this.tokens[k]!)
      .filter((t) => !(t.type === "latin" && t.text.length === 1) && t.text.length > 2);
    if (words.length === 0) return [];
    const out = [words[0]!.key];
    const last = words[words.length - 1]!;
    if (words.length > 1 && !LEX.surnames.has(last.key)) out.push(last.key);
    return out;
  }

  // --- output ----------------------------------------------------------------------------------------------------

  /**
   * Every accepted mention with its person's merged attributes, and how many persons were withheld: victims'
   * mentions are counted, never built.
   */
  persons(): { mentions: PersonMention[]; victims: number; withheld: { start: number; end: number }[] } {
    const accepted = this.runs.filter((r) => r.accepted && !r.consumed && !r.nonPerson);
    const groups = this.group(accepted);
    const mentions: PersonMention[] = [];
    const withheld: { start: number; end: number }[] = [];
    let victims = 0;
    for (const [root, members] of groups) {
      const merged = this.merge(members);
      if (merged.kind === "victim") {
        victims++;
        // where the name stands (offsets only), so that no quote of the text can carry it
        for (const m of members) withheld.push({ start: this.tokens[m.s]!.start, end: this.tokens[m.e - 1]!.end });
        continue;
      }
      const canonical = this.canonical(root, members);
      const aliases = unique(members.flatMap((m) => m.aliases.map((al) => this.latinName(al))));
      for (const m of members) {
        mentions.push({
          start: this.tokens[m.s]!.start,
          end: this.tokens[m.e - 1]!.end,
          name: canonical.name,
          nameNative: canonical.native,
          aliases,
          kind: merged.kind,
          rank: merged.kind === "official" ? merged.rank : null,
          role: merged.kind === "accused" ? merged.role : null,
          status: merged.kind === "accused" ? merged.status : null,
          rule: merged.rule,
          cues: merged.cues,
        });
      }
    }
    mentions.sort((x, y) => x.start - y.start);
    withheld.sort((x, y) => x.start - y.start);
    return { mentions, victims, withheld };
  }

  /**
   * Mentions of one person: coreference links, equal name keys, then a one-word mention joins the only longer
   * name that starts or ends with that word ("संगीता" → "संगीता देवी", "Bilal" → "Hafiz Sayed Bilal").
   */
  private group(accepted: Run[]): Map<Run, Run[]> {
    const parent = new Map<Run, Run>();
    const find = (r: Run): Run => {
      let x = r;
      while (parent.get(x) && parent.get(x) !== x) x = parent.get(x)!;
      return x;
    };
    const union = (a: Run, b: Run) => {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(rb, ra);
    };
    for (const r of accepted) parent.set(r, r);
    for (const r of accepted) {
      const root = this.root(r);
      if (parent.has(root)) union(root, r);
    }
    const byKey = new Map<string, Run>();
    for (const r of accepted) {
      const key = nameKey(this.latinName(r));
      const seen = byKey.get(key);
      if (seen) union(seen, r);
      else byKey.set(key, r);
    }
    const multi = accepted.filter((r) => this.nameWords(r).length > 1);
    for (const r of accepted) {
      const words = this.nameWords(r);
      if (words.length !== 1) continue;
      const w = this.tokens[words[0]!]!.key;
      // a common surname alone may be anyone, unless a title says it stands for a person ("Mr. Singh said")
      const bySurname = !LEX.surnames.has(w) || r.analysis?.cues.some((c) => c.rule === "people.honorific") === true;
      const hosts = new Set<Run>();
      for (const m of multi) {
        const mw = this.nameWords(m).map((k) => this.tokens[k]!.key);
        if (mw[0] === w || (mw[mw.length - 1] === w && bySurname)) hosts.add(find(m));
      }
      if (hosts.size === 1) union([...hosts][0]!, r);
    }
    const groups = new Map<Run, Run[]>();
    for (const r of accepted) {
      const root = find(r);
      const g = groups.get(root) ?? [];
      g.push(r);
      groups.set(root, g);
    }
    return groups;
  }

  private merge(members: Run[]): {
    kind: PersonKind;
    rank: string | null;
    role: Role | null;
    status: PersonStatus | null;
    rule: string;
    cues: CueSpan[];
  } {
    const order: PersonKind[] = ["victim", "official", "accused", "other"];
    let kind: PersonKind | null = null;
    let inherited = false;
    let weak = false;
    let rule = "";
    let rank: string | null = null;
    let role: Role | null = null;
    let status: PersonStatus | null = null;
    const cues: CueSpan[] = [];
    for (const m of members) {
      const a = m.analysis;
      if (!a) continue;
      const k = a.kind;
      const st = a.status ? null : this.sentenceStatus(m);
      // an arrest reported in the person's sentence makes a named non-official an accused, unless a cue next to
      // one of the person's mentions says who they are
      const arrestedHere = st !== null && !a.speaker && st.d <= SENTENCE_REACH && !st.reported;
      if (k === null && arrestedHere) weak = true;
      // a relative ("पिता X") whom the sentence arrests is an accused: the kinship word says only who they are
      if (k === "other" && a.kindRule === "people.relative.before" && arrestedHere && st?.value === "arrested") {
        a.kind = "accused";
        a.kindRule = "people.relative.arrested";
        a.role = "other";
        a.roleSet = true;
      }
      const mk = a.kind;
      // a kind from the mention's own cue beats one it took from a list mate, except that a victim always wins
      const own = !a.kindRule.endsWith("+list");
      const better =
        kind === null ||
        mk === "victim" ||
        (kind !== "victim" && own && inherited) ||
        ((own || inherited) && mk !== null && order.indexOf(mk) < order.indexOf(kind));
      if (mk !== null && better) {
        kind = mk;
        rule = a.kindRule;
        inherited = !own;
      }
      rank = rank ?? a.rank;
      if (role === null && a.roleSet) role = a.role;
      const ms = a.status ?? (a.kind === "accused" || k === null ? (st?.value ?? null) : null);
      if (ms === "arrested" || (ms && status === null)) status = ms;
      if (!a.status && st && (a.kind === "accused" || k === null)) cues.push(st.span);
      cues.push(...a.cues);
    }
    if (kind === null && weak) {
      kind = "accused";
      rule = "people.status.sentence";
    }
    return { kind: kind ?? "other", rank, role, status, rule: rule || "people.shape", cues: uniqueCues(cues) };
  }

  /**
   * The person's name: the article's English gloss wins, then its longest spelling in Latin letters, then the
   * longest Devanagari form transliterated.
   */
  private canonical(root: Run, members: Run[]): { name: string; native: string | null } {
    const glossed = members.find((m) => m.gloss);
    const longest = [...members].sort(
      (a, b) =>
        (a.script === "latin" ? 0 : 1) - (b.script === "latin" ? 0 : 1) || b.words - a.words || (a === root ? -1 : 1),
    )[0]!;
    const best = glossed ?? longest;
    const deva = glossed ?? [...members].filter((m) => m.script === "deva").sort((a, b) => b.words - a.words)[0];
    const native =
      deva && deva.script === "deva"
        ? this.doc.originalSlice(this.tokens[deva.s]!.start, this.tokens[deva.e - 1]!.end)
        : null;
    return { name: this.latinName(best), native: native ? native.replace(/\s+/g, " ") : null };
  }
}

/** a list member takes the list's cue on one side when it has none of its own */
function inherit(into: Analysis, from: Analysis, bare: boolean, kin: boolean): void {
  if (from.kind === null || (bare && from.kind === "official")) return;
  if (into.kind === null || (into.kind === "other" && from.kind !== "other")) {
    into.kind = from.kind;
    into.kindRule = `${from.kindRule}+list`;
    into.strong = true;
  }
  if (into.kind === from.kind) {
    if (into.rank === null) into.rank = from.rank;
    if (!into.roleSet && from.roleSet && !kin) {
      into.role = from.role;
      into.roleSet = true;
    }
    if (into.status === null) into.status = from.status;
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function uniqueCues(cues: CueSpan[]): CueSpan[] {
  const seen = new Set<string>();
  return cues.filter((c) => {
    const k = `${c.start}:${c.end}:${c.rule}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Public entry points (the only way out of this module: victims are filtered or counted, never returned)
// ---------------------------------------------------------------------------------------------------------------

type PersonsResult = { mentions: PersonMention[]; victims: number; withheld: { start: number; end: number }[] };
const RESULTS = new WeakMap<Doc, PersonsResult>();

function analyse(doc: Doc): PersonsResult {
  const cached = RESULTS.get(doc);
  if (cached) return cached;
  const f = new Finder(doc);
  f.buildRuns();
  f.analyseAll();
  const result = f.persons();
  RESULTS.set(doc, result);
  return result;
}

/**
 * Person mentions of a document, in text order; every mention of a person carries the person's merged name,
 * kind, rank, role, status and cues. Victims' names are never returned. Offsets are into doc.text.
 */
export function findPersons(doc: Doc): PersonMention[] {
  return analyse(doc).mentions.map((m) => ({ ...m, aliases: [...m.aliases], cues: m.cues.map((c) => ({ ...c })) }));
}

/**
 * How many persons' names the document contains that the law forbids publishing, seen and withheld: victims
 * (and children in conflict with law). The names themselves never leave this module.
 */
export function countWithheldVictimNames(doc: Doc): number {
  return analyse(doc).victims;
}

/**
 * Where the withheld names stand (spans of doc.text, no names): the pipeline redacts them from every quote it
 * outputs, so evidence cannot carry a victim's name either.
 */
export function withheldNameSpans(doc: Doc): { start: number; end: number }[] {
  return analyse(doc).withheld.map((s) => ({ ...s }));
}
