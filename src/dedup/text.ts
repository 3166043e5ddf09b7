// Text similarity between reports: MinHash signatures over shingles of a script-neutral form of the text.
//
// The form: every word becomes its spelling key (src/people nameKey: Devanagari transliterated, vowels and
// aspiration folded), so "कानपुर", "Kanpur" and "Kaanpur" are one token and the Hindi report's English glosses
// ("(Sex Racket)") meet the English report's words. Keys shorter than MIN_KEY_LENGTH are dropped: that removes the
// function words of both scripts (का/के/की/में/ने → "k", "m", "n"; the/of/in → "t", "f", "n") without a stopword
// list per language. Numbers are kept whole: they are the most shared tokens of two reports of one raid.
//
// The shingles are pairs of consecutive tokens. Two outlets' own rewrites of one incident share few of them
// (Jaccard 0.04-0.07 on the dev duplicates, the same as unrelated reports of the same kind), but copies of one
// agency story or one press note share most (Jaccard well above 0.5). So text similarity is decisive evidence
// when high and no evidence at all when low: place, date, counts and names carry the rest, and across scripts
// they are all there is.

import { nameKey } from "../people/index.js";
import { fnv1a, mix32 } from "./hash.js";

/** keys of this length or less are function words in Hindi and English alike (see the header) */
const MIN_KEY_LENGTH = 3;
/** MinHash rows per LSH band and bands: 24 × 3 = 72 hashes. A pair with Jaccard 0.5 shares a band with
 *  probability 0.96, at 0.6 0.995; at 0.06 (unrelated reports of the same kind) 0.005. */
export const LSH_ROWS = 3;
export const LSH_BANDS = 24;
export const MINHASH_SIZE = LSH_ROWS * LSH_BANDS;

const WORD = /[\p{L}\p{M}]+|[0-9\u0966-\u096F]+/gu;
const DEVANAGARI_DIGIT_ZERO = 0x0966;
const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x5bd1e995 ^ Math.imul(i + 1, 0x27d4eb2d)));

// Word keys repeat across reports: a bounded cache (cleared when full) saves the transliteration.
const KEY_CACHE_LIMIT = 100_000;
const keyCache = new Map<string, string>();

function digitsOf(w: string): string {
  let out = "";
  for (const ch of w) {
    const c = ch.charCodeAt(0);
    out += c >= DEVANAGARI_DIGIT_ZERO ? String(c - DEVANAGARI_DIGIT_ZERO) : ch;
  }
  return out.replace(/^0+(?=\d)/, "");
}

function wordKey(w: string): string {
  let k = keyCache.get(w);
  if (k === undefined) {
    k = /^[0-9\u0966-\u096F]+$/.test(w) ? `#${digitsOf(w)}` : nameKey(w);
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(w, k);
  }
  return k;
}

/** The script-neutral token stream of a text (see the header). */
export function neutralTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const k = wordKey(m[0]);
    if (k.startsWith("#") || k.length >= MIN_KEY_LENGTH) out.push(k);
  }
  return out;
}

/** Shingles: pairs of consecutive tokens, hashed. A text of one token is its own shingle. */
export function shingles(text: string): Set<number> {
  const t = neutralTokens(text);
  const out = new Set<number>();
  if (t.length === 1) out.add(fnv1a(t[0]!));
  for (let i = 1; i < t.length; i++) out.add(fnv1a(`${t[i - 1]} ${t[i]}`));
  return out;
}

/** A MinHash signature: one minimum per seeded hash; an empty text gives all 0xffffffff (matches nothing). */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix32(s ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

const EMPTY = 0xffffffff;

/** The estimated Jaccard similarity of two signatures (share of equal minima); 0 when either text is empty. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  if (a[0] === EMPTY || b[0] === EMPTY) return 0;
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/** LSH band keys of a signature ("t:<band>:<hash>"); none for an empty text. */
export function bandKeys(sig: Uint32Array): string[] {
  if (sig[0] === EMPTY) return [];
  const out: string[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ sig[b * LSH_ROWS + r]!);
    out.push(`t:${b}:${h.toString(36)}`);
  }
  return out;
}

// Reports are compared many times (every candidate pair, every incident of a report): signatures are memoised
// by text, in a bounded cache.
const SIG_CACHE_LIMIT = 4096;
const sigCache = new Map<string, Uint32Array>();

/** The memoised MinHash signature of a text. */
export function signature(text: string): Uint32Array {
  let sig = sigCache.get(text);
  if (sig === undefined) {
    sig = minhash(text);
    if (sigCache.size >= SIG_CACHE_LIMIT) sigCache.clear();
    sigCache.set(text, sig);
  }
  return sig;
}
