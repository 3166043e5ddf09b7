// Sets and maps of short ASCII words looked up in place, case-insensitively: text[start, end) is hashed and
// compared where it stands, without slicing or lower-casing it. Language and word-order checks look up every short
// Latin word of a document, and almost none is there, so a miss must be cheap: an open-addressed table of hashes
// (typed array, at most half full) answers most misses with one probe and no string compare.

/** Hash of text[start, end) with ASCII capitals lowered (never 0: 0 marks an empty slot). */
function hash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h === 0 ? 1 : h;
}

/** Is text[start, end) the (lower-case) word, ASCII capitals read as lower case? */
function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Short words → a value; a word listed twice keeps its first value. */
export class WordMap<V> {
  private readonly mask: number;
  private readonly hashes: Int32Array;
  private readonly words: string[];
  private readonly values: V[];

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let size = 8;
    while (size < list.length * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.words = new Array<string>(size).fill("");
    this.values = new Array<V>(size);
    for (const [w, value] of list) {
      const word = w.toLowerCase();
      const h = hash(word, 0, word.length);
      let slot = h & this.mask;
      for (; this.hashes[slot] !== 0; slot = (slot + 1) & this.mask)
        if (this.hashes[slot] === h && this.words[slot] === word) break;
      if (this.hashes[slot] !== 0) continue; // listed already: the first value stays
      this.hashes[slot] = h;
      this.words[slot] = word;
      this.values[slot] = value;
    }
  }

  /** The value of text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const h = hash(text, start, end);
    for (let slot = h & this.mask; this.hashes[slot] !== 0; slot = (slot + 1) & this.mask)
      if (this.hashes[slot] === h && sameWord(this.words[slot]!, text, start, end)) return this.values[slot];
    return undefined;
  }
}

/** Short words, looked up in place. */
export class WordSet {
  private readonly map: WordMap<true>;

  /** words (ASCII letters are compared case-insensitively) */
  constructor(words: Iterable<string>) {
    this.map = new WordMap([...words].map((w) => [w, true] as const));
  }

  /** Is text[start, end) one of the words (ASCII capitals read as lower case)? */
  has(text: string, start: number, end: number): boolean {
    return this.map.get(text, start, end) === true;
  }
}
