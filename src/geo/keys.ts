// Index keys of names (see tokens.ts for the folding) and the loaded languages. Shared by the snapshot builder
// (build.ts) and the runtime (gazetteer.ts, find.ts).

import { localeParts } from "../locales/registry.js";
import { normalize } from "../text/normalize.js";
import type { PlaceLocale } from "./locale.js";
import { CASE_ANY, casePattern, LATIN, tokenize } from "./tokens.js";

/** The languages whose place knowledge is loaded. Adding a language: add its locale here. */
export const LOCALES: readonly PlaceLocale[] = localeParts("places");

export interface NameKey {
  key: string;
  /** the number of tokens of the name; 0 when the name has no token */
  tokens: number;
  cls: number;
  /** one digit per token: CASE_ANY / CASE_CAP / CASE_UPPER */
  cases: string;
  /** keys of the name's first 1..n-1 tokens */
  prefixes: string[];
}

const LATIN_CONNECTORS = new Set(LOCALES.flatMap((l) => l.nameConnectors));
const NON_ASCII = /[^\x20-\x7e]/;
const NO_PREFIXES: string[] = [];

/** Fold a name (any script, not yet normalised) to its index key, with its per-token case pattern. */
export function nameKey(name: string): NameKey {
  // Plain ASCII (most names) needs neither normalisation nor the general tokenizer.
  if (!NON_ASCII.test(name)) {
    let key = "";
    let cases = "";
    let prefixes = NO_PREFIXES;
    let tokens = 0;
    for (const w of name.split(/[^A-Za-z0-9]+/)) {
      if (!w) continue;
      if (tokens === 1) prefixes = [key];
      else if (tokens > 1) prefixes.push(key);
      key += w.toLowerCase();
      cases += casePattern(w, LATIN_CONNECTORS);
      tokens++;
    }
    return { key, tokens, cls: tokens ? LATIN : 0, cases, prefixes };
  }
  const text = normalize(name).text;
  const toks = tokenize(text);
  let cases = "";
  for (const t of toks) cases += t.cls === LATIN ? casePattern(text.slice(t.start, t.end), LATIN_CONNECTORS) : CASE_ANY;
  const prefixes: string[] = [];
  let acc = "";
  for (let i = 0; i < toks.length - 1; i++) {
    acc += toks[i]!.key;
    prefixes.push(acc);
  }
  return { key: toks.map((t) => t.key).join(""), tokens: toks.length, cls: toks[0]?.cls ?? 0, cases, prefixes };
}

/** The index key of any string (a name in any script, not yet normalised). */
export const foldName = (name: string): string => nameKey(name).key;
