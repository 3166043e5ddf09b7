// The locales the date recogniser knows. Adding a language means writing src/locales/<lang>/dates.ts and listing
// it here; the recogniser itself holds no words.

import { enDates } from "../locales/en/dates.js";
import { hiDates, hiLatnDates } from "../locales/hi/dates.js";
import type { DateLocale } from "./types.js";

export const DATE_LOCALES: readonly DateLocale[] = [hiDates, hiLatnDates, enDates];
