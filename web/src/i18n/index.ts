// Interface language: a dictionary per language, t(key, vars) with "{name}" placeholders, and the choice kept in
// localStorage. Missing keys cannot compile (hi.ts satisfies Record<MessageKey, string>).

import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { en, type MessageKey } from "./en.js";
import { hi } from "./hi.js";

export type Lang = "en" | "hi";
export type { MessageKey };

export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, hi };

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const s = DICTIONARIES[lang][key] ?? en[key];
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A label for an enumerated value ("exploitation", "sexual"), or the value itself when there is none. */
export function label(lang: Lang, group: string, value: string): string {
  const key = `${group}.${value}` as MessageKey;
  return key in en ? translate(lang, key) : value;
}

/** The placeholders a message uses, for the completeness test. */
export function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

const STORAGE_KEY = "mukti.lang";

export function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "hi") return saved;
  } catch {
    // storage blocked (private mode): fall through to the browser's language
  }
  return typeof navigator !== "undefined" && navigator.language?.startsWith("hi") ? "hi" : "en";
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // not persisted; the choice still holds for this page
  }
}

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  label: (group: string, value: string) => string;
}

export function makeI18n(lang: Lang): I18n {
  return { lang, t: (k, v) => translate(lang, k, v), label: (g, v) => label(lang, g, v) };
}

export const I18nContext = createContext<I18n>(makeI18n("en"));
export const useI18n = () => useContext(I18nContext);
