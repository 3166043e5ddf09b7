// A set of short ASCII words looked up in place, case-insensitively: text[start, end) is hashed and compared where
// it stands, without slicing or lower-casing it. Language and word-order checks look up every short Latin word of a
// document, and almost none is in the set.

/** Hash of text[start, end) with ASCII capitals lowered. */
function hash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    h = (Math.imul(h, 31) + c) | 0;
  }
  return h;
}

export class WordSet {
  private readonly byHash = new Map<number, string[]>();

  /** words in lower case (ASCII) */
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const word = w.toLowerCase();
      const h = hash(word, 0, word.length);
      const list = this.byHash.get(h) ?? [];
      if (!list.includes(word)) list.push(word);
      this.byHash.set(h, list);
    }
  }

  /** Is text[start, end) one of the words (ASCII capitals read as lower case)? */
  has(text: string, start: number, end: number): boolean {
    const list = this.byHash.get(hash(text, start, end));
    if (!list) return false;
    for (const word of list) {
      if (word.length !== end - start) continue;
      let i = 0;
      for (; i < word.length; i++) {
        let c = text.charCodeAt(start + i);
        if (c >= 0x41 && c <= 0x5a) c += 32;
        if (c !== word.charCodeAt(i)) break;
      }
      if (i === word.length) return true;
    }
    return false;
  }
}
