// Small deterministic 32-bit hashes: ids and MinHash must be identical across runs, processes and the SQL mirror,
// so no Math.random and no engine-dependent string hashing.

/** FNV-1a over UTF-16 code units. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads the bits of a 32-bit value (one cheap "permutation" per seed for MinHash). */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A short stable hex id of a string (two independent 32-bit hashes: 16 hex digits). */
export function shortHash(s: string): string {
  const a = fnv1a(s).toString(16).padStart(8, "0");
  const b = mix32(fnv1a(s, 0x9747b28c) ^ s.length)
    .toString(16)
    .padStart(8, "0");
  return a + b;
}
