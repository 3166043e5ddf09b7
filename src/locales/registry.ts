// The locales Mukti reads. Adding a language = adding its folder (src/locales/<lang>/, with an index.ts exporting a
// LocalePack and the corpora beside each part) and listing it here; every recogniser takes its part from this list.
import { en } from "./en/index.js";
import { hi } from "./hi/index.js";
import { hiLatn } from "./hi-Latn/index.js";
import type { LocalePack } from "./pack.js";

export const LOCALE_PACKS: readonly LocalePack[] = [hi, en, hiLatn];

/** One part of every locale, in registry order. */
export function localeParts<K extends Exclude<keyof LocalePack, "id" | "crime">>(
  key: K,
): NonNullable<LocalePack[K]>[number][] {
  return LOCALE_PACKS.flatMap((p) => (p[key] ?? []) as NonNullable<LocalePack[K]>[number][]);
}
