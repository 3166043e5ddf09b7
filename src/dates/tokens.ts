// A word tokenizer for date matching. Regex \b knows nothing of Devanagari (कल would match inside कल्पना and
// निकल), so words are runs of one script: Devanagari letters and signs, Latin letters, or digits. Every other
// non-space character is a token of its own. Tokens live in typed arrays: one pass, no object per token.

export const DEVA = 1;
export const LATIN = 2;
export const NUM = 3;
export const PUNCT = 4;

/** space before a token: none (adjacent), spaces, or a line break */
export const ADJACENT = 0;
export const SPACED = 1;
export const NEWLINE = 2;

export interface Tokens {
  text: string;
  n: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
  /** which phrase tables may begin at each token (TableSet.maskAt); -1 = not yet */
  masks: Int32Array;
}

function charClass(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return LATIN;
  if (c >= 0x41 && c <= 0x5a) return LATIN;
  if (c >= 0x30 && c <= 0x39) return NUM;
  if (c <= 0x20) return 0;
  if (c >= 0x0900 && c <= 0x097f) {
    if (c === 0x0964 || c === 0x0965) return PUNCT; // danda
    if (c >= 0x0966 && c <= 0x096f) return NUM;
    return DEVA;
  }
  if (c === 0x00a0 || c === 0x2028 || c === 0x2029) return 0;
  return PUNCT;
}

export function tokenize(text: string, from = 0, to = text.length): Tokens {
  let cap = Math.max(16, ((to - from) >> 2) + 16);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let gap = new Uint8Array(cap);
  let n = 0;
  // a range that starts after a line break starts a line: its first token must not look glued to the last one
  const before = from > 0 ? text.charCodeAt(from - 1) : -1;
  let pendingGap = before === 0x0a ? NEWLINE : before >= 0 && charClass(before) === 0 ? SPACED : ADJACENT;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const k = charClass(c);
    if (k === 0) {
      if (c === 0x0a) pendingGap = NEWLINE;
      else if (pendingGap === ADJACENT) pendingGap = SPACED;
      i++;
      continue;
    }
    let j = i + 1;
    if (k !== PUNCT) while (j < to && charClass(text.charCodeAt(j)) === k) j++;
    if (n === cap) {
      cap *= 2;
      const s2 = new Int32Array(cap);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(cap);
      e2.set(end);
      end = e2;
      const k2 = new Uint8Array(cap);
      k2.set(kind);
      kind = k2;
      const g2 = new Uint8Array(cap);
      g2.set(gap);
      gap = g2;
    }
    start[n] = i;
    end[n] = j;
    kind[n] = k;
    gap[n] = pendingGap;
    pendingGap = ADJACENT;
    n++;
    i = j;
  }
  return { text, n, start, end, kind, gap, masks: new Int32Array(n).fill(-1) };
}

/** The token as the lexicon keys it: Latin words lower-cased, everything else as written. */
export function tokenKey(t: Tokens, i: number): string {
  const s = t.text.slice(t.start[i]!, t.end[i]!);
  return t.kind[i] === LATIN ? s.toLowerCase() : s;
}

/** FNV-1a over the code units of a key (ASCII upper case folded), without slicing the text. */
export function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    let c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export function hashToken(t: Tokens, i: number): number {
  return hashRange(t.text, t.start[i]!, t.end[i]!) || 1;
}

/** The hash a key gets as a token (hashToken), for lexicon tables. */
export function hashKey(key: string): number {
  return hashRange(key, 0, key.length) || 1;
}

/** The token kind a key has (DEVA, LATIN, NUM or PUNCT, by its first character). */
export function kindOfKey(key: string): number {
  return charClass(key.charCodeAt(0));
}

/** Split a lexicon phrase into the keys its tokens will have. */
export function phraseKeys(phrase: string): string[] {
  const t = tokenize(phrase);
  const keys: string[] = [];
  for (let i = 0; i < t.n; i++) keys.push(tokenKey(t, i));
  return keys;
}
