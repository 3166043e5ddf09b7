// The cues around a name run and what they make of it: a rank, a role, an accused or victim cue before or after
// it (through honorifics, parentheses, rank qualifiers, appositive commas and "of" phrases), and the status words
// of its sentence.

import type { Index } from "./cues.js";
import { LEX, type PhraseMatch } from "./lexicon.js";
import type { Role } from "./locale.js";
import type { CueSpan, PersonKind, PersonStatus } from "./mention.js";
import { type Analysis, NameRuns, type Run } from "./runs.js";

type Via =
  | "direct"
  | "honorific"
  | "paren"
  | "inparen"
  | "qualifier"
  | "comma"
  | "of"
  | "colon"
  | "place"
  | "named"
  | "noun";
interface Pos {
  p: number;
  via: Via;
}

export interface SentenceStatus {
  value: PersonStatus;
  span: CueSpan;
  /** distance in tokens, plus a penalty per clause break */
  d: number;
  /** reported speech stands between the name and the word */
  reported: boolean;
}

/** how near an arrest word must be to make a named person an accused on its own */
export const SENTENCE_REACH = 20;

export class RunContext extends NameRuns {
  /** "SSP Rajouri, Yougal Manhas", "DSP (Fatehabad), Dr X": one word between a rank and a name is the rank's place */
  protected markRankPlaces(): void {
    const toks = this.tokens;
    for (const r of this.runs) {
      if (r.script === "latin" && r.words === 1 && toks[r.e]?.text === ",") {
        const after =
          this.runAt.get(r.e + 1) ??
          (this.cues.honorific.startAt[r.e + 1] ? this.runAt.get(this.honorificEnd(r.e + 1)) : undefined);
        const { positions } = this.leftPositions(r);
        if (after && positions.some((p) => p.via !== "named" && this.cues.rank.endAt.has(p.p))) r.nonPerson = true;
      }
    }
  }

  // --- cues around a run -----------------------------------------------------------------------------------------

  /**
   * Token positions where a cue before the run may end, nearest first, each with what was skipped to reach it:
   * nothing ("दलाल X"), an honorific ("डीएसपी डॉक्टर X"), a parenthesis ("पुलिस अधीक्षक (एसपी) X") or the inside of
   * one ("(Sr DSC) X"), a rank qualifier ("एसपी सिटी X"), a comma ("the owner, X"), the colon of a credit line
   * ("Photo: X"), or a place between a rank and an honorific ("एसपी कुल्लू डॉ. X").
   */
  protected leftPositions(r: Run): { positions: Pos[]; honorific: CueSpan | null } {
    const toks = this.tokens;
    const positions: Pos[] = [{ p: r.s, via: "direct" }];
    let honorific: CueSpan | null = null;
    let p = r.s;
    for (let step = 0; step < 5 && p > 0; step++) {
      if (toks[p]!.nl) break;
      const prev = toks[p - 1]!;
      const hon =
        this.cues.honorific.endAt.get(p) ?? (prev.text === "." ? this.cues.honorific.endAt.get(p - 1) : undefined);
      if (hon) {
        const m = hon[0]!;
        honorific = { start: toks[m.start]!.start, end: toks[m.end - 1]!.end, rule: "people.honorific" };
        p = m.start;
        positions.push({ p, via: "honorific" });
        // "एसपी कुल्लू डॉ. X": one place word may stand between a rank and the honorific
        if (p > 1 && !toks[p]!.nl && this.cues.rank.endAt.has(p - 1) && toks[p - 1]!.type !== "punct")
          positions.push({ p: p - 1, via: "place" });
        continue;
      }
      if (prev.text === ")") {
        let open = -1;
        for (let k = p - 2; k >= Math.max(0, p - 10); k--) {
          if (toks[k]!.text === "(") {
            open = k;
            break;
          }
          if (toks[k]!.text === ")" || toks[k]!.nl) break;
        }
        if (open < 0) break;
        positions.push({ p: p - 1, via: "inparen" });
        p = open;
        positions.push({ p, via: "paren" });
        continue;
      }
      if (LEX.qualifiers.has(prev.key) || this.rankPlaces.has(p - 1)) {
        p--;
        positions.push({ p, via: "qualifier" });
        continue;
      }
      // "आरोपी महिला X", "the accused woman X": a noun for a person between the cue and the name
      if (LEX.personNouns.has(prev.key) && !positions.some((x) => x.via === "noun")) {
        p--;
        positions.push({ p, via: "noun" });
        continue;
      }
      // "a spa operator identified as X", "the minor, named X"
      const named = this.cues.personBefore.endAt.get(p)?.find((m) => LEX.naming.has(m.phrase));
      if (named) {
        p = named.start;
        positions.push({ p, via: "named" });
        continue;
      }
      // "SSP Rajouri, X": a place (already known as no person) between the rank and the name
      const place = this.runEndingAt.get(p - 1);
      if (prev.text === "," && place?.nonPerson && place.words === 1 && !toks[place.s]!.nl) {
        p = place.s;
        positions.push({ p, via: "place" });
        continue;
      }
      if (prev.text === "," && r.script === "latin") {
        p--;
        positions.push({ p, via: "comma" });
        // "the owner of the spa, X", "SHO of Sector 20 police station, X": the cue stands before its "of" phrase
        const of = this.ofPhraseStart(p);
        if (of >= 0) {
          p = of;
          positions.push({ p, via: "of" });
        }
        continue;
      }
      if (prev.text === ":") {
        p--;
        positions.push({ p, via: "colon" });
        continue;
      }
      break;
    }
    return { positions, honorific };
  }

  /** start of an "of (the) word ... word" phrase (up to six words) ending at token p, or -1 */
  protected ofPhraseStart(p: number): number {
    const toks = this.tokens;
    for (let k = p - 1; k >= Math.max(0, p - 7); k--) {
      const t = toks[k]!;
      if (t.key === "of") return k;
      if ((t.type !== "latin" && t.type !== "num") || t.nl) return -1;
    }
    return -1;
  }

  /** first token after the run's gloss, aliases and age */
  protected rightCueStart(r: Run): number {
    return this.afterAliases(r);
  }

  /**
   * The nearest cue of a table that ends at an allowed position before the run. In Hindi a role word right after
   * another name can be that name's predicate ("प्रेम प्रकाश ग्राहक बने": Prem Prakash became the customer), not
   * a title of the next words (ranks are different: "चकेरी इंस्पेक्टर X" puts a place before the rank).
   */
  protected leftMatch<T>(
    idx: Index<T>,
    r: Run,
    positions: Pos[],
    allowed: Via[],
    predicate = false,
  ): PhraseMatch<T> | null {
    for (const pos of positions) {
      if (!allowed.includes(pos.via)) continue;
      const list = idx.endAt.get(pos.p);
      if (!list) continue;
      for (const m of list) {
        if (!this.sameClause(m.end - 1, r.s)) continue;
        if (predicate && r.script === "deva" && this.predicateOf(m.start)) continue;
        return m;
      }
    }
    return null;
  }

  /** is a cue starting at token k said of a Devanagari name (two words or more) right before it? */
  protected predicateOf(k: number): boolean {
    const before = this.runEndingAt.get(k);
    return (
      before !== undefined &&
      before.script === "deva" &&
      before.words >= 2 &&
      !before.nonPerson &&
      this.sameClause(before.e - 1, k)
    );
  }

  protected span(m: { start: number; end: number }, rule: string): CueSpan {
    return { start: this.tokens[m.start]!.start, end: this.tokens[m.end - 1]!.end, rule };
  }

  /**
   * A Devanagari name must be closed by a postposition, "उर्फ", a pronoun, punctuation or a cue: "दलाल कल्पना ने",
   * "दलाल कल्पना उसे ले गई", not "ग्राहक बने" or "दोषी करार".
   */
  protected closed(r: Run): boolean {
    const t = this.tokens[this.afterAliases(r)];
    if (!t || t.nl || t.type !== "deva") return true;
    return LEX.followers.has(t.key) || this.inCue[this.afterAliases(r)] === true;
  }

  /** Local cues of one run (its own context only; lists are handled by the caller). */
  protected localAnalysis(r: Run): Analysis {
    const toks = this.tokens;
    const c = this.cues;
    const a: Analysis = {
      kind: null,
      kindRule: "",
      rank: null,
      role: null,
      roleSet: false,
      status: null,
      cues: [],
      strong: false,
      speaker: false,
    };
    const deva = r.script === "deva";
    const { positions, honorific } = this.leftPositions(r);
    let victimL = this.leftMatch(c.victimBefore, r, positions, ["direct", "comma", "of", "named"]);
    // "the girl, Rani, told": a victim cue before a Latin name needs the name to close like one ("According to
    // the children, Sharma had given" is no apposition; "Minor Girls Trafficked to" is a headline)
    if (victimL && !deva && !this.latinClosed(r, victimL.end < r.s)) victimL = null;
    const creditL = this.leftMatch(c.credits, r, positions, ["colon"]) ?? this.lineStartCredit(r);
    const rankL = this.leftMatch(c.rank, r, positions, [
      "direct",
      "honorific",
      "paren",
      "inparen",
      "qualifier",
      "place",
      "of",
    ]);
    const roleL = this.leftMatch(
      c.role,
      r,
      positions,
      ["direct", "honorific", "comma", "of", "paren", "named", "noun"],
      true,
    );
    const accL = this.leftMatch(c.accusedBefore, r, positions, ["direct", "comma", "honorific", "noun"]);
    // "आरोपी युवती X": the noun after a role describes the accused, it is no victim cue
    if (victimL && roleL && roleL.end === victimL.start) victimL = null;
    const otherL = this.leftMatch(c.otherBefore, r, positions, ["direct", "honorific", "paren", "comma"]);
    const personL = this.leftMatch(c.personBefore, r, positions, ["direct", "honorific"]);

    const rp = this.rightCueStart(r);
    const here = (k: number) => this.sameClause(r.e - 1, k);
    const comma = toks[rp]?.text === "," && !deva;
    const ap = comma ? rp + 1 : rp;
    const at = <T>(idx: Index<T>, k: number) => (here(k) ? idx.startAt[k] : undefined);
    const victimR = at(c.victimAfter, rp) ?? (comma ? at(c.victimAfter, ap) : undefined);
    const accR = at(c.accusedAfter, rp) ?? (comma ? at(c.accusedAfter, ap) : undefined);
    const personR = at(c.personAfter, rp);
    const otherR = comma && here(ap) ? this.appositive(c.otherAfter, ap) : undefined;
    const rankR = comma && here(ap) ? this.rankAppositive(ap) : undefined;
    const roleR = comma && here(ap) ? this.appositive(c.role, ap) : undefined;

    const closed = !deva || this.closed(r);
    const shaped = r.hasInitials || r.aliases.length > 0 || (deva && this.endsInSurname(r));
    if (honorific) a.cues.push(honorific);
    if (personL) a.cues.push(this.span(personL, "people.person.before"));
    if (personR) a.cues.push(this.span(personR, "people.person.after"));
    // evidence that the words are a name: their shape, an honorific, "निवासी"/"named", or (below) a cue that
    // only ever stands next to a name
    if (shaped || honorific || personL || personR) a.strong = true;
    if (this.afterAliases(r) > r.after) a.strong = true; // an age follows

    // the first cue decides, except that a victim cue always does: a name the law protects is withheld even
    // when another cue reads it differently
    const setKind = (kind: PersonKind, rule: string, m: { start: number; end: number }, strong: boolean) => {
      if (a.kind === null || (kind === "victim" && a.kind !== "victim")) {
        a.kind = kind;
        a.kindRule = rule;
      }
      a.cues.push(this.span(m, rule));
      if (strong) a.strong = true;
    };
    // Devanagari has no capitals, so a single word next to a weak cue is often a common noun: only cues that
    // stand next to names ("दलाल X ने", "एसपी X Y") count as evidence there, and only when the name is closed
    const strongHere = !deva || closed;
    if (victimL) setKind("victim", "people.victim.before", victimL, strongHere);
    if (victimR) setKind("victim", "people.victim.after", victimR, strongHere);
    // "सोनी, रीता और पूजा नाम की तीन युवतियों को": the noun a name introduces may say it is a victim's
    const victimNoun = personR && LEX.naming.has(personR.phrase) ? this.victimNounAfter(personR.end, r) : null;
    if (victimNoun) setKind("victim", "people.victim.named", victimNoun, true);
    // "सुरेश पाल पुत्र रामलाल": the father or husband named in an FIR-style description is a relative
    const kin = personL && LEX.kinship.has(personL.phrase) ? this.runEndingAt.get(personL.start) : undefined;
    if (kin && !kin.nonPerson && this.sameClause(kin.e - 1, r.s)) {
      setKind("other", "people.relative", personL!, true);
    }
    if (creditL) setKind("other", "people.credit", creditL, !deva);
    if (rankL && (!deva || r.words >= 2 || shaped)) {
      setKind("official", "people.rank.before", rankL, strongHere);
      a.rank = rankL.value;
    } else if (rankR) {
      setKind("official", "people.rank.apposition", rankR, true);
      a.rank = rankR.value;
    }
    const role = roleL ?? roleR;
    if (role) {
      setKind("accused", roleL ? "people.role.before" : "people.role.apposition", role, strongHere);
      a.role = role.value;
      a.roleSet = role.value !== null;
    }
    // "the accused were identified as X", "the rescued girls were identified as X", "पीड़िता की पहचान X के रूप में":
    // the naming words take their sense from the noun before them
    const naming = personL && LEX.naming.has(personL.phrase) ? personL : accL && this.isOpener(accL) ? accL : null;
    const frame =
      naming && (!this.isOpener(naming) || this.identificationCloses(r, naming)) ? this.frameOf(naming) : null;
    if (frame?.kind === "victim") setKind("victim", "people.victim.identified", frame.m, true);
    else if (frame?.kind === "accused" && !victimL && !victimR) {
      setKind("accused", "people.accused.identified", frame.m, true);
      if (frame.role !== undefined && !a.roleSet && frame.role !== null) {
        a.role = frame.role;
        a.roleSet = true;
      }
    }
    if (accL && (!this.isOpener(accL) || this.identificationCloses(r, accL))) {
      setKind("accused", "people.accused.before", accL, strongHere);
      const st = this.statusIn(accL);
      if (st) a.status = st;
    }
    if (accR) {
      setKind("accused", "people.accused.after", accR, !deva);
      const st = this.statusIn(accR);
      if (st) a.status = st;
    }
    if (otherL) {
      // "पिता X", "father X": a relative is someone else in the story unless the sentence arrests them (merge)
      const rule = LEX.relatives.has(otherL.phrase) ? "people.relative.before" : "people.other.before";
      setKind("other", rule, otherL, !deva || (closed && r.words >= 2));
      // the role a relative has if the list or the sentence makes them an accused (SCHEMA: relatives are "other")
      if (rule === "people.relative.before" && !a.roleSet) {
        a.role = "other";
        a.roleSet = true;
      }
    }
    if (otherR) setKind("other", "people.other.apposition", otherR, true);

    // a speaker ("X ने बताया", "X said") is not made an accused by an arrest in the sentence they report
    a.speaker = LEX.speech.matchAt(toks, rp) !== null;
    return a;
  }

  /** the nearest victim or accused word in the eight tokens before a naming cue, in its sentence */
  protected frameOf(
    naming: PhraseMatch<true>,
  ): { kind: "victim" | "accused"; m: PhraseMatch<unknown>; role?: Role | null } | null {
    const c = this.cues;
    for (let k = naming.start - 1; k >= Math.max(0, naming.start - 8); k--) {
      if (!this.sameClause(k, naming.start)) return null;
      const v = c.victimBefore.startAt[k];
      if (v && v.end <= naming.start) return { kind: "victim", m: v };
      const role = c.role.startAt[k];
      if (role && role.end <= naming.start) return { kind: "accused", m: role, role: role.value };
      const st = c.status.startAt[k];
      if (st && st.value === "arrested" && !this.cancelled[k] && st.end <= naming.start)
        return { kind: "accused", m: st };
    }
    return null;
  }

  /** "पहचान A, B और C के रूप में": the words after the last list member close the identification */
  protected identificationCloses(r: Run, opener: PhraseMatch<true>): boolean {
    let last = r;
    while (last.next) last = last.next;
    const k = this.afterAliases(last);
    const next = this.tokens
      .slice(k, k + 4)
      .map((t) => t.text)
      .join(" ");
    const frame = LEX.identification.find((f) => f.opener === this.tokens[opener.start]!.key);
    return frame?.closers.some((c) => next.startsWith(c)) ?? false;
  }

  /** the opener of an identification frame ("पहचान") */
  protected isOpener(m: PhraseMatch<true>): boolean {
    return m.end - m.start === 1 && LEX.identification.some((f) => f.opener === this.tokens[m.start]!.key);
  }

  /** a victim noun within three words after a naming cue ("नाम की तीन युवतियों") */
  protected victimNounAfter(k: number, r: Run): PhraseMatch<true> | null {
    for (let j = k; j < k + 4 && j < this.tokens.length; j++) {
      if (!this.sameClause(r.e - 1, j)) return null;
      const m = this.cues.victimBefore.startAt[j];
      if (m) return m;
    }
    return null;
  }

  /**
   * Does a Latin name end where names end: punctuation, "and", or a verb or preposition that follows a subject?
   * After a comma ("the girl, Rani,") the name must be an apposition, closed by punctuation.
   */
  protected latinClosed(r: Run, apposition: boolean): boolean {
    const t = this.tokens[this.afterAliases(r)];
    if (!t || t.nl || t.type === "punct") return true;
    return !apposition && LEX.followers.has(t.key);
  }

  /** "By X" at the start of a line */
  protected lineStartCredit(r: Run): PhraseMatch<true> | null {
    const list = this.cues.credits.endAt.get(r.s);
    if (!list) return null;
    for (const m of list) {
      const first = this.tokens[m.start]!;
      if ((m.start === 0 || first.nl) && this.sameClause(m.end - 1, r.s)) return m;
    }
    return null;
  }

  /**
   * ", rail superintendent of police (SP), Patna": a rank after a comma, unless it introduces another name. One
   * ordinary word ("justice", "collector") after a comma is too often something else ("social justice minister").
   */
  protected rankAppositive(p: number): PhraseMatch<string> | undefined {
    const m = this.appositive(this.cues.rank, p);
    if (!m) return undefined;
    if (m.end - m.start === 1 && this.tokens[m.start]!.text !== this.tokens[m.start]!.text.toUpperCase())
      return undefined;
    let k = m.end;
    if (this.tokens[k]?.text === "(") {
      while (k < this.tokens.length && this.tokens[k]!.text !== ")") k++;
      k++;
    }
    const next = this.runAt.get(k);
    if (next && !next.nonPerson) return undefined;
    return m;
  }

  /** an English apposition: ", (a|an|the)? (word)? PHRASE" */
  protected appositive<T>(idx: Index<T>, p: number): PhraseMatch<T> | undefined {
    const toks = this.tokens;
    let k = p;
    if (["a", "an", "the", "its", "his", "her", "their"].includes(toks[k]?.key ?? "")) k++;
    const direct = idx.startAt[k];
    if (direct) return direct;
    // one modifier word: "rail superintendent of police", "local agent"
    if (toks[k]?.type === "latin" && !toks[k]!.nl) return idx.startAt[k + 1];
    return undefined;
  }

  /** status words inside a cue span ("was arrested" → arrested) */
  protected statusIn(m: { start: number; end: number }): PersonStatus | null {
    for (let k = m.start; k < m.end; k++) {
      const s = this.cues.status.startAt[k];
      if (s && s.end <= m.end && !this.cancelled[k]) return s.value;
    }
    return null;
  }

  /** the status word nearest to the run in its sentence, not cancelled ("efforts to arrest") */
  protected sentenceStatus(r: Run): SentenceStatus | null {
    const toks = this.tokens;
    const sent = toks[r.s]!.sent;
    let best: SentenceStatus | null = null;
    const consider = (k: number) => {
      const x = this.statusAt(k, r);
      if (x && (!best || x.d < best.d)) best = x;
    };
    for (let k = r.s - 1; k >= 0 && toks[k]!.sent === sent; k--) consider(k);
    for (let k = r.e; k < toks.length && toks[k]!.sent === sent; k++) consider(k);
    return best;
  }

  /** the status word starting at token k, as seen from the run */
  private statusAt(k: number, r: Run): SentenceStatus | null {
    const m = this.cues.status.startAt[k];
    if (!m || this.cancelled[k]) return null;
    const toks = this.tokens;
    const lo = Math.min(k, r.s);
    const hi = Math.max(k, r.e);
    let d = k < r.s ? r.s - m.end : k - r.e;
    // a clause break between the name and the word weakens the link; reported speech ("X ने बताया कि ...
    // गिरफ्तार", "X said ... arrested") cuts it for deciding who is accused
    let reported = false;
    for (let j = lo; j < hi; j++) {
      const key = toks[j]!.key;
      if (LEX.clauseBreaks.has(key)) d += 20;
      if (LEX.reporting.has(key)) reported = true;
    }
    return { value: m.value, span: this.span(m, `people.status.${m.value}`), d, reported };
  }
}
