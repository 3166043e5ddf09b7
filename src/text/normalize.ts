// Normalisation: one pass over the input that makes matching simple and keeps every offset mappable.
//
// Why a per-character table and not String.prototype.normalize: NFC/NFKC change lengths unpredictably, and every
// extracted value must point back at the exact characters of the input. We therefore emit the normalised text and,
// for each normalised UTF-16 unit, the index of the original unit it came from.
//
// What changes (all chosen because real reports write the same word these ways):
// - precomposed nukta letters (U+0958..U+095F, ड़ ढ़ ...) and the bare nukta sign are folded to the plain letter:
//   reports write फ़ैज़ाबाद and फैजाबाद interchangeably, and ड़/ड contrast is never what distinguishes two facts here;
// - chandrabindu (ँ) becomes anusvara (ं): पहुँचाया / पहुंचाया;
// - zero-width characters, soft hyphens and byte-order marks are dropped;
// - Devanagari digits become ASCII digits;
// - curly quotes and dashes become ASCII; NBSP and other spaces become a plain space;
// - Latin letters with accents lose them (NFD, marks dropped) so "Café" matches "cafe".

export interface Normalized {
  /** the normalised text */
  text: string;
  /** map[i] = index in the original of normalised unit i; map[text.length] = original.length */
  map: Int32Array;
}

const NUKTA_PRECOMPOSED: Record<string, string> = {
  "\u0958": "\u0915", // क़
  "\u0959": "\u0916", // ख़
  "\u095A": "\u0917", // ग़
  "\u095B": "\u091C", // ज़
  "\u095C": "\u0921", // ड़
  "\u095D": "\u0922", // ढ़
  "\u095E": "\u092B", // फ़
  "\u095F": "\u092F", // य़
  "\u0929": "\u0928", // ऩ
  "\u0931": "\u0930", // ऱ
  "\u0934": "\u0933", // ऴ
};

const DROP = new Set([
  "\u093C", // nukta sign
  "\u200B", // zero width space
  "\u200C", // ZWNJ
  "\u200D", // ZWJ
  "\u2060", // word joiner
  "\uFEFF", // BOM
  "\u00AD", // soft hyphen
]);

const REPLACE: Record<string, string> = {
  "\u0901": "\u0902", // chandrabindu → anusvara
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u00A0": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u2009": " ",
  "\u202F": " ",
  "\u3000": " ",
  "\t": " ",
  "\r": "\n",
  "\u2026": "...",
  "\u0965": "\u0964", // double danda → danda
};

function mapChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x80) return c === "\r" ? "\n" : c === "\t" ? " " : c;
  if (DROP.has(c)) return "";
  const r = REPLACE[c] ?? NUKTA_PRECOMPOSED[c];
  if (r !== undefined) return r;
  if (code >= 0x0966 && code <= 0x096f) return String(code - 0x0966); // Devanagari digits
  if (code >= 0x00c0 && code <= 0x024f) {
    // Latin-1 / Latin Extended: strip accents
    return c.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  return c;
}

const ENTITY = /^&(#\d{2,6}|#x[0-9a-f]{2,5}|[a-z]{2,6});/i;
const NAMED_ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  rsquo: "'",
  lsquo: "'",
  rdquo: '"',
  ldquo: '"',
  ndash: "-",
  mdash: "-",
  hellip: "...",
  zwj: "\u200D",
  zwnj: "\u200C",
};

function decodeEntity(name: string): string | null {
  if (name[0] === "#") {
    const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED_ENTITIES[name.toLowerCase()] ?? null;
}

/**
 * Vowel signs typed in two parts by legacy-font converters: ा + े is what ो looks like, ा + ै is ौ ("बच्चाें काे" for
 * "बच्चों को"). The pair becomes the one sign, mapped to the first part's offset.
 */
const SPLIT_VOWEL_SIGNS: Record<string, string> = { "\u0947": "\u094B", "\u0948": "\u094C" };

/**
 * Characters that normalisation leaves as they are and that need no look at their neighbours: most of any text.
 * Runs of them are copied whole; everything else goes through mapChar (and the checks for entities, "\r\n" and
 * split vowel signs) one by one.
 */
function isPlain(code: number): boolean {
  if (code < 0x80) return code !== 0x0d && code !== 0x09 && code !== 0x26; // not \r, \t, &
  if (code < 0x0900 || code > 0x097f) return false;
  return !(
    code === 0x0901 || // chandrabindu
    code === 0x0929 ||
    code === 0x0931 ||
    code === 0x0934 ||
    code === 0x093c || // nukta
    code === 0x093e || // ा, maybe the first half of a split vowel sign
    (code >= 0x0958 && code <= 0x095f) ||
    code >= 0x0965 // double danda, digits
  );
}

export function normalize(original: string): Normalized {
  const parts: string[] = [];
  // one entry per normalised unit (plus the end); expansions ("…" → "...", entities) may outgrow the input's length
  let map = new Int32Array(original.length + 16);
  let n = 0;
  /** room in the map for `more` units and the end entry */
  const room = (more: number) => {
    if (n + more + 1 <= map.length) return;
    const bigger = new Int32Array(map.length * 2 + more);
    bigger.set(map);
    map = bigger;
  };
  const emit = (r: string, from: number) => {
    room(r.length);
    parts.push(r);
    for (let k = 0; k < r.length; k++) map[n++] = from;
  };
  const len = original.length;
  let i = 0;
  while (i < len) {
    // a run of plain characters is copied as it is
    let j = i;
    while (j < len && isPlain(original.charCodeAt(j))) j++;
    if (j > i) {
      room(j - i);
      parts.push(original.slice(i, j));
      for (let k = i; k < j; k++) map[n++] = k;
      i = j;
      if (i >= len) break;
    }
    const c = original[i]!;
    // "\r\n" is one line break: the "\r" becomes "\n" and the "\n" after it is dropped
    if (c === "\r") {
      emit("\n", i);
      i += original[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    // HTML character references left in scraped text ("&nbsp;", "&amp;", "&#8377;") read as the character they name
    if (c === "&") {
      const ent = ENTITY.exec(original.slice(i, i + 10));
      const decoded = ent ? decodeEntity(ent[1]!) : null;
      if (ent && decoded !== null) {
        emit(mapChar(decoded), i);
        i += ent[0].length;
        continue;
      }
    }
    if (c === "\u093E") {
      const joined = SPLIT_VOWEL_SIGNS[original[i + 1] ?? ""];
      if (joined) {
        emit(joined, i);
        i += 2;
        continue;
      }
    }
    emit(mapChar(c), i);
    i++;
  }
  map[n] = len;
  return { text: parts.join(""), map: map.slice(0, n + 1) };
}

/** Map a span of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[Math.max(0, Math.min(start, n.text.length))]!;
  // end is exclusive: up to the next kept unit, so characters normalisation dropped right after the span (a
  // combining nukta ending "करोड़") stay inside it; inside a one-to-many expansion ("…" → "...") stop after the char
  const e2 = Math.min(end, n.text.length);
  const e = end > start ? Math.max(n.map[e2 - 1]! + 1, n.map[e2]!) : s;
  return { start: s, end: e };
}
