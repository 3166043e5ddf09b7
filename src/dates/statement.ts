// Statement dates versus event dates. "SSP ने रविवार को बताया" dates the briefing, not the raid; an extractor that
// wants the raid's date must skip such phrases. The verb a date attaches to decides, and where that verb stands
// depends on word order: Hindi (and romanised Hindi) is verb-final, so the nearest cue after the date decides;
// in English the verb usually comes first ("said on Sunday", "raided a spa on Sunday"), so the nearest cue before
// the date in the same clause decides, and only when there is none the nearest cue after it ("On Sunday, police
// said ...").

import { LEX } from "./recognize.js";
import { DEVA, LATIN, PUNCT, type Tokens, tokenize, tokenKey } from "./tokens.js";
import type { DateMatch } from "./types.js";

type CueType = "speech" | "action" | "informant";

interface Cue {
  start: number;
  end: number;
  type: CueType;
}

/** how far a sentence is searched on each side of the date (a guard against text without punctuation) */
const MAX_REACH = 1500;

function isSentenceStop(text: string, k: number): boolean {
  const c = text[k];
  if (c === "\n" || c === "।" || c === "?" || c === "!" || c === "|") return true;
  if (c !== ".") return false;
  const after = text[k + 1];
  if (after !== undefined && after !== " " && after !== "\n" && after !== '"' && after !== "'") return false;
  // the word before the full stop: an abbreviation ("Dr.", "S.P.", "हि.स.") does not end the sentence
  let b = k;
  while (b > 0 && /[\p{L}\p{M}]/u.test(text[b - 1]!)) b--;
  const word = text.slice(b, k).toLowerCase();
  if (word.length === 0) return true;
  if (word.length === 1) return false;
  return !LEX.abbreviations.has(word);
}

export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  const sMin = Math.max(0, start - MAX_REACH);
  while (s > sMin && !isSentenceStop(text, s - 1)) s--;
  let e = end;
  const eMax = Math.min(text.length, end + MAX_REACH);
  while (e < eMax && !isSentenceStop(text, e)) e++;
  return [s, e];
}

function findCues(t: Tokens, skipFrom: number, skipTo: number): Cue[] {
  const cues: Cue[] = [];
  const tables: [typeof LEX.speech, CueType][] = [
    [LEX.informant, "informant"],
    [LEX.action, "action"],
    [LEX.speech, "speech"],
  ];
  let i = 0;
  while (i < t.n) {
    if (t.kind[i] === PUNCT || (t.start[i]! >= skipFrom && t.end[i]! <= skipTo)) {
      i++;
      continue;
    }
    let bestNext = -1;
    let bestType: CueType = "speech";
    for (const [table, type] of tables) {
      const hit = table.match(t, i);
      if (hit && hit.next > bestNext) {
        bestNext = hit.next;
        bestType = type;
      }
    }
    if (bestNext > i) {
      cues.push({ start: t.start[i]!, end: t.end[bestNext - 1]!, type: bestType });
      i = bestNext;
    } else i++;
  }
  return cues;
}

function isVerbFinal(t: Tokens, m: DateMatch): boolean {
  // a Hindi word, even romanised inside Latin text ("Shanivar ko"), comes with Hindi syntax
  if (LEX.wordOrder.get(m.rule.slice(0, m.rule.indexOf("."))) === "verb-final") return true;
  let deva = 0;
  let latin = 0;
  for (let i = 0; i < t.n; i++) {
    const len = t.end[i]! - t.start[i]!;
    if (t.kind[i] === DEVA) deva += len;
    else if (t.kind[i] === LATIN) latin += len;
  }
  if (deva > latin) return true;
  // "Tuesday ko": a postposition after the date puts it in a verb-final clause
  for (let i = 0; i < t.n; i++) {
    if (t.start[i]! < m.end) continue;
    const loc = LEX.postpositions.get(tokenKey(t, i));
    return loc !== undefined && LEX.wordOrder.get(loc) === "verb-final";
  }
  return false;
}

/** "said Sheru had surrendered on Saturday": an auxiliary or "that" between the speech verb and the date */
function opensReportedClause(t: Tokens, from: number, to: number): boolean {
  for (let i = 0; i < t.n; i++) {
    if (t.start[i]! < from) continue;
    if (t.end[i]! > to) break;
    if (LEX.embeddedClauseMarkers.has(tokenKey(t, i))) return true;
  }
  return false;
}

/**
 * True when the date phrase at [start,end) attaches to a speech verb ("ने रविवार को बताया", "said on Sunday",
 * "told reporters on Monday") rather than to an action (raid, rescue, arrest). Looks at the same sentence only.
 */
export function isStatementDate(text: string, m: DateMatch): boolean {
  const [s, e] = sentenceBounds(text, m.start, m.end);
  const t = tokenize(text, s, e);
  const cues = findCues(t, m.start, m.end);
  const after = cues.filter((c) => c.start >= m.end);
  const before = cues.filter((c) => c.end <= m.start);
  if (isVerbFinal(t, m)) {
    const c = after[0];
    if (c?.type !== "speech") return false;
    // "मुखबिर ने रविवार को जानकारी दी": a tip-off in the same clause is part of the event, not a briefing
    const clauseStart = Math.max(s, text.lastIndexOf(",", m.start) + 1);
    return !before.some((b) => b.type === "informant" && b.start >= clauseStart);
  }
  const b = before[before.length - 1];
  if (b && !/[,;:]/.test(text.slice(b.end, m.start))) {
    return b.type === "speech" && !opensReportedClause(t, b.end, m.start);
  }
  const a = after[0];
  return a !== undefined && a.type === "speech";
}
