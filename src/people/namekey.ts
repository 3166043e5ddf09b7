// A key under which spellings of the same name meet: "आशीष कुमार", "Ashish Kumar", "ASHEESH KUMAR" and
// "Aashish Kumaar" share one key. It is a consonant skeleton (v1): Indian names are romanised with free choices
// for vowel length (ee/i, oo/u, aa/a), for the inherent vowel (Rahman/Rahaman), for aspiration (th/t), and for a
// few consonant pairs (v/w/b, s/sh, z/j, ph/f, q/k). Keeping the first letter and the consonants, folded into
// those classes, survives all of them; a key is a grouping device, not an identity.

import { transliterate } from "./translit.js";

const DEVANAGARI = /[\u0900-\u097F]/;

// digraphs first, longest first; each becomes one class letter
const FOLDS: [RegExp, string][] = [
  // Bengali and Assamese anusvara before a sibilant is written "ng" or "n" (Sudhangshu/Sudhanshu)
  [/ng(?=s)/g, "n"],
  // a nasal before a labial is m or n depending on the writer (Anbu/Ambu)
  [/m(?=[pbvf])/g, "n"],
  // a final v after u is a glide (Baruva/Barua/Baruah)
  [/uva?h?$/, "ua"],
  // "tch" is how English spells the sound "ch" spells too (Pitchandi/Pichandi, Kamatchi/Kamachi)
  [/tch/g, "ch"],
  // c before e, i, y is s in names spelled the English way (Vincent/Vinsent, Prince/Prins, Ancy/Ansi); after the
  // ch and tch folds above and before c→k below
  [/c(?=[eiy])/g, "s"],
  // Tamil -samy is Sanskrit -swamy (Ramasamy/Ramaswamy, Goswami); not at the start (Sami ≠ Swami)
  [/(?<=.)swam/g, "sam"],
  // Bengali and Assamese read र्य as "rj": Bhattacharya/Bhattacharjee, Acharya/Acharjee
  [/(?<=achar)yy?a$/, "j"],
  // छ: "chh" in Hindi spellings on both sides, but Assamese names typed in Devanagari use it for /s/
  // (इछलाम = Islam); folding it to s keeps both
  [/chh/g, "s"],
  [/ch/g, "c"],
  [/sh/g, "s"],
  // English "zh" is the Tamil and Malayalam ழ, which Devanagari lists write ल or ळ (Ezhilan/एलिलन, Malarvizhi/
  // मलरविली) and the southern style spells ज़ and झ as (पज़हानिवेल → Pazhanivel)
  [/zh/g, "l"],
  [/ph/g, "f"],
  // a labial stop right after a nasal is voiced or not as the writer hears it (Parambil/Parampil, Perumbavoor/
  // Perumpavur), as g/k and d/t are everywhere below; p elsewhere stays apart from b, which is v's (Biswas/Vishwas)
  [/np/g, "nb"],
  [/([kgjtdb])h/g, "$1"],
  [/ck/g, "k"],
  // "ow"/"aw" are vowels (Chowdhury, Dawn); "w" elsewhere is v (Anwar)
  [/([aeiou])w(?![aeiou])/g, "$1"],
  [/x/g, "ks"],
  [/q/g, "k"],
  [/z/g, "j"],
  [/w/g, "v"],
  [/b/g, "v"],
  [/c/g, "k"],
  // voiced and voiceless stops are written interchangeably for South Indian names (Majeeth/Majid,
  // Maragatham/Marakatham)
  [/g/g, "k"],
  [/d/g, "t"],
];

/** titles that are not part of the name */
const TITLES = new Set([
  "dr",
  "doctor",
  "adv",
  "advocate",
  "vakil",
  "abhibhashak",
  "prof",
  "mr",
  "mrs",
  "ms",
  "smt",
  "shrimati",
  "srimati",
  "srimti",
  "shri",
  "sri",
  "shree",
  "sree",
  "late",
  "er",
  // Mosammat: Muslim women in Bengal and Assam lists ("Mst. Sikha Khatun")
  "mst",
  "mosammat",
]);

/** abbreviations written for whole name words */
const ABBREVIATIONS: Record<string, string> = {
  kr: "kumar",
  md: "mohammad",
  mohd: "mohammad",
  ch: "chandra",
  sk: "sheikh",
};

/** initial-letter classes that differ only by romanisation */
const FIRST: Record<string, string> = { e: "a", i: "a", o: "a", u: "a", y: "a" };

function tokenKey(token: string): string {
  let t = token;
  for (const [re, rep] of FOLDS) t = t.replace(re, rep);
  if (t.length === 0) return "";
  const first = FIRST[t[0]!] ?? t[0]!;
  // consonant skeleton: vowels and "h" (aspiration, "Rahaman"/"Raman" differ in h only after a vowel) dropped,
  // doubled letters collapsed
  let rest = "";
  for (let i = 1; i < t.length; i++) {
    const c = t[i]!;
    if ("aeiouyh".includes(c)) continue;
    if (rest.endsWith(c) || (rest === "" && c === first)) continue;
    rest += c;
  }
  return first + rest;
}

/**
 * Script- and spelling-insensitive key for a person name (v1). Devanagari is transliterated first. Titles and
 * initials are left out: reports write "Dr. S Ibomcha", "S Ibomcha" and "Ibomcha" for one officer, and put the
 * initial before or after the name ("S. Kumar", "Kumar S"); a name of initials only keeps them.
 */
export function nameKey(name: string): string {
  const devanagari = DEVANAGARI.test(name);
  const latin = devanagari ? transliterate(name) : name;
  const tokens = latin
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z]+/)
    .filter(Boolean);
  const words: string[] = [];
  const initials: string[] = [];
  for (const raw of tokens) {
    const tok = raw.toLowerCase();
    if (TITLES.has(tok)) continue;
    // "S", and "PK" written in capitals, are initials ("PK Mishra" = "P.K. Mishra"); transliterate spells only
    // initials in capitals, vowel letters too ("केयू" → "KU")
    const full = ABBREVIATIONS[tok];
    if (full) words.push(tokenKey(full));
    else if (tok.length === 1 || (/^[A-Z]{2,3}$/.test(raw) && (devanagari || !/[AEIOU]/.test(raw)))) {
      initials.push(...tok);
    } else words.push(tokenKey(tok));
  }
  // words are joined without a separator: "Arunkumar" and "Arun Kumar" are written both ways
  if (words.length > 0) return words.join("");
  return initials.sort().join("");
}
