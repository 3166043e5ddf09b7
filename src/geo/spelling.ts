// Spelling keys for place names in any script, shared by the snapshot builder and the runtime. Romanisations of
// Indian names disagree on vowel length (ee/i, oo/u, aa/a), aspiration (bh/b), doubled letters, w/v, z/j, ड़ written
// r or d and a final schwa; the key forgets exactly those. A Devanagari name is first transliterated
// newspaper-style (the people module's transliterator), so "अरगोड़ा" and "Argora" meet.

import { transliterate } from "../people/translit.js";

/** The spelling key of a Latin place name (see the header). */
export function localityKey(latin: string): string {
  return (
    latin
      .toLowerCase()
      .replace(/[^a-z]/g, "")
      .replace(/ee|ii/g, "i")
      .replace(/oo|uu/g, "u")
      // ड़/ढ़ are written r, rh, d or dh ("Sitamarhi", "सीतामढ़ी" → "Sitamadhi")
      .replace(/r/g, "d")
      .replace(/chh/g, "c")
      .replace(/([kgcjtdpb])h/g, "$1")
      // a final h after a vowel is not heard ("Giridih" / "Giridi")
      .replace(/([aeiou])h$/, "$1")
      .replace(/sh/g, "s")
      .replace(/ph/g, "f")
      .replace(/w/g, "v")
      .replace(/z/g, "j")
      .replace(/q/g, "k")
      .replace(/y$/, "i")
      .replace(/m(?=[pb])/g, "n")
      .replace(/(.)\1+/g, "$1")
      // a final schwa is written or not ("Argora" / "अरगोड़ा" → "Argoda")
      .replace(/(?<=..)a$/, "")
  );
}

const DEVANAGARI = /[\u0900-\u097f]/;

/** The key of a name in any script. */
export function localityKeyOf(name: string): string {
  return localityKey(DEVANAGARI.test(name) ? transliterate(name) : name);
}

/** Levenshtein distance of two keys is at most `max` (stops early once it cannot be). */
export function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}

/** The key without its a's: where a transliteration keeps or drops an inherent vowel ("Churachandpur" /
 *  "छुरछंदपुर" → "Chhurchhandapur"), the consonants and the other vowels still agree. For fuzzy comparison only. */
export const skeleton = (key: string): string => key[0] + key.slice(1).replace(/a/g, "");
