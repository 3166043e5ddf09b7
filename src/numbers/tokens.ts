// A flat tokenizer for number recognition: runs of ASCII digits, runs of letters (with their combining marks, so a
// Devanagari word with matras and virama is one token), and single punctuation characters. Whitespace separates
// tokens and is not kept; `adjacent(i)` tells whether token i touches token i-1 ("10k", "Rs11,300", "14-14").
// Offsets are into the (normalised) text. One linear pass into typed arrays; token text is sliced only when asked.

const NUM = 1;
const WORD = 2;
const PUNCT = 3;

const SPACE = 0;
const DIGIT = 1;
const LETTER = 2;
const OTHER = 3;

function classify(c: number): number {
  if (c <= 32) return SPACE;
  if (c < 128) {
    if (c >= 48 && c <= 57) return DIGIT;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return LETTER;
    return OTHER;
  }
  if (c >= 0x0900 && c <= 0x097f) return c === 0x0964 || c === 0x0965 || c === 0x0970 ? OTHER : LETTER;
  if (c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029) return SPACE;
  // general punctuation, currency signs (₹), arrows, math, CJK punctuation, multiplication/division signs
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || c === 0xd7 || c === 0xf7) return OTHER;
  if (c < 0xc0) return OTHER; // Latin-1 punctuation and symbols (£, ¢, °, «)
  return LETTER;
}

// ASCII and Devanagari cover almost every character of the texts: look them up in a table.
const TABLE = Uint8Array.from({ length: 0x0980 }, (_, c) => classify(c));

function charClass(c: number): number {
  return c < 0x0980 ? TABLE[c]! : classify(c);
}

/** FNV-1a over the UTF-16 units, ASCII letters lower-cased: the same for a token and for its lexicon entry */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) {
    let c = s.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export class Tokens {
  start: Int32Array;
  end: Int32Array;
  private kind: Uint8Array;
  /** hashString of each word/punctuation token, computed in the same pass (0 for digits) */
  private hashes: Uint32Array;
  private readonly keys: (string | undefined)[];
  readonly length: number;

  constructor(readonly text: string) {
    const n = text.length;
    let cap = Math.max(16, n >> 2);
    let start = new Int32Array(cap);
    let end = new Int32Array(cap);
    let kind = new Uint8Array(cap);
    let hashes = new Uint32Array(cap);
    let count = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      const cls = charClass(c);
      if (cls === SPACE) {
        i++;
        continue;
      }
      const s = i;
      let h = 0x811c9dc5;
      if (cls === DIGIT) {
        i++;
        while (i < n && charClass(text.charCodeAt(i)) === DIGIT) i++;
        h = 0;
      } else {
        for (;;) {
          if (c >= 65 && c <= 90) c += 32;
          h = Math.imul(h ^ c, 0x01000193);
          i++;
          if (cls === OTHER || i >= n) break;
          c = text.charCodeAt(i);
          if (charClass(c) !== cls) break;
        }
      }
      if (count === cap) {
        cap *= 2;
        const s2 = new Int32Array(cap);
        const e2 = new Int32Array(cap);
        const k2 = new Uint8Array(cap);
        const h2 = new Uint32Array(cap);
        s2.set(start);
        e2.set(end);
        k2.set(kind);
        h2.set(hashes);
        start = s2;
        end = e2;
        kind = k2;
        hashes = h2;
      }
      start[count] = s;
      end[count] = i;
      kind[count] = cls === DIGIT ? NUM : cls === LETTER ? WORD : PUNCT;
      hashes[count] = h >>> 0;
      count++;
    }
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.hashes = hashes;
    this.length = count;
    this.keys = new Array(count);
  }

  /** hashString of the token's text, without slicing it: lets a scanner skip ordinary words cheaply */
  hash(i: number): number {
    return this.hashes[i]!;
  }

  /** the token's text as matched against lexicons: lower-cased; "" outside the text */
  key(i: number): string {
    if (i < 0 || i >= this.length) return "";
    let k = this.keys[i];
    if (k === undefined) {
      k = this.text.slice(this.start[i], this.end[i]);
      if (this.kind[i] === WORD && k.charCodeAt(0) < 128) k = k.toLowerCase();
      this.keys[i] = k;
    }
    return k;
  }

  /** the token's text as written (case kept: "3M" is a million, "3m" is not) */
  raw(i: number): string {
    if (i < 0 || i >= this.length) return "";
    return this.text.slice(this.start[i], this.end[i]);
  }

  isNum(i: number): boolean {
    return i >= 0 && i < this.length && this.kind[i] === NUM;
  }

  isWord(i: number): boolean {
    return i >= 0 && i < this.length && this.kind[i] === WORD;
  }

  isPunct(i: number): boolean {
    return i >= 0 && i < this.length && this.kind[i] === PUNCT;
  }

  /** punctuation token i is exactly `ch` */
  isP(i: number, ch: string): boolean {
    return (
      i >= 0 && i < this.length && this.kind[i] === PUNCT && this.text.charCodeAt(this.start[i]!) === ch.charCodeAt(0)
    );
  }

  /** token i starts exactly where token i-1 ends */
  adjacent(i: number): boolean {
    return i > 0 && i < this.length && this.start[i] === this.end[i - 1];
  }

  /** the gap before token i contains a line break (numbers never join across lines) */
  lineBreakBefore(i: number): boolean {
    if (i <= 0 || i >= this.length) return false;
    for (let p = this.end[i - 1]!; p < this.start[i]!; p++) if (this.text.charCodeAt(p) === 10) return true;
    return false;
  }

  /** exactly one space between token i-1 and token i ("1 234 567") */
  singleSpaceBefore(i: number): boolean {
    return (
      i > 0 &&
      i < this.length &&
      this.start[i]! - this.end[i - 1]! === 1 &&
      this.text.charCodeAt(this.end[i - 1]!) === 32
    );
  }
}
