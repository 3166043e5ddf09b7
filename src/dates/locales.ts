// The locales the date recogniser knows: the dates part of every locale pack (src/locales/registry.ts). The
// recogniser itself holds no words.

import { localeParts } from "../locales/registry.js";
import type { DateLocale } from "./types.js";

export const DATE_LOCALES: readonly DateLocale[] = localeParts("dates");
