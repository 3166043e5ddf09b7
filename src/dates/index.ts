// Date recognition and resolution for Hindi, English and romanised Hindi news text (normalised, see
// src/text/normalize.ts). findDates finds and resolves date phrases; isStatementDate tells the date of a
// statement ("said on Sunday") from the date of an event ("raided on Sunday").

export { findDates } from "./recognize.js";
export { isStatementDate } from "./statement.js";
export type { DateCorpusEntry, DateKind, DateLocale, DateMatch, ExpectedDate, PartOfDay } from "./types.js";
