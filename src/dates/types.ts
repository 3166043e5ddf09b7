// Types shared by the date recogniser and the locale data that drives it. The recogniser is language-agnostic:
// everything it knows about Hindi, English or romanised Hindi comes from a DateLocale (src/locales/<lang>/dates.ts).

export type PartOfDay = "morning" | "afternoon" | "evening" | "night";

export type DateKind = "absolute" | "month_day" | "weekday" | "relative";

export interface DateMatch {
  start: number;
  end: number;
  rule: string;
  /** month_day = a day and month without a year */
  kind: DateKind;
  /** resolved ISO date YYYY-MM-DD, or null when it cannot be resolved (no publication date, no year...) */
  iso: string | null;
  /** the part of the day the phrase names ("शनिवार देर रात" → night), else null */
  partOfDay: PartOfDay | null;
}

/**
 * How a weekday modifier moves the resolution away from "the most recent such day on or before publication":
 * past = strictly before publication ("पिछले सोमवार", "last Monday");
 * coming = strictly after ("आने वाले गुरुवार", "this coming Friday");
 * next = that weekday in the week after publication's week ("अगले शुक्रवार", "next Friday");
 * this = that weekday in publication's own week ("इस सोमवार").
 */
export type WeekdayModifier = "past" | "coming" | "next" | "this";

/** A modifier of "N तारीख" (the Nth of a month left implicit). */
export type DayOfMonthModifier = "this_month" | "last_month" | "next_month" | "past" | "coming";

export interface RelativeWord {
  /** days from the publication date */
  offset: number;
  /** for words that mean both yesterday and tomorrow (कल): the offset when the clause is in the future tense */
  futureOffset?: number;
  partOfDay?: PartOfDay;
}

export type TimeUnit = "day" | "week" | "month" | "year";

/**
 * Everything the recogniser knows about one language (or one script of a language). Keys are phrases as written
 * in ordinary text; they are normalised (src/text/normalize.ts) and lower-cased when the lexicon is built, and a
 * phrase of several words matches those words separated by spaces. In the cue lists a trailing "*" on the last
 * word makes it a prefix ("arrest*" matches arrested, arrests).
 */
export interface DateLocale {
  /** "hi", "en", "hi-Latn" (romanised Hindi): the prefix of every rule name this locale's words produce */
  id: string;
  /** month names and spelling variants trusted anywhere */
  months: Record<string, number>;
  /** abbreviations trusted anywhere (Latin ones take an optional "."), e.g. "Sept" */
  monthAbbreviations?: Record<string, number>;
  /** short forms trusted only between numbers of a numeric date ("सित-23-2020"): as words they mean other things */
  monthsInNumericDates?: Record<string, number>;
  /** month names that are also common words ("may", "march"): written in lower case they count only before a year */
  monthsThatAreWords?: string[];
  /** weekday names; 0 = Sunday ... 6 = Saturday */
  weekdays: Record<string, number>;
  /** short weekday forms that are ordinary words too (मंगल = Mars), trusted only after a modifier */
  weekdaysAfterModifier?: Record<string, number>;
  /** number words that can stand for the day before a month name ("उनतीस मई", "पहली जनवरी") */
  dayWords?: Record<string, number>;
  /** "21st" */
  ordinalSuffixes?: string[];
  /** words between the day and the month: "21st of May" */
  dayMonthJoiners?: string[];
  /** "15 तारीख": the Nth of a month left implicit */
  dayOfMonthNouns?: string[];
  dayOfMonthModifiers?: Record<string, DayOfMonthModifier>;
  /** part-of-day words after a weekday, relative word or date: "देर रात", "night" */
  partsOfDay: Record<string, PartOfDay>;
  /** part-of-day words before one: "late", "the intervening night of" */
  partsOfDayBefore?: Record<string, PartOfDay>;
  /** words that may stand between a weekday/date and its part of day: "सोमवार की देर रात" */
  joiners?: string[];
  /** two weekdays naming one night: "शनिवार-रविवार की दरमियानी रात" */
  pairJoiners?: string[];
  relative: Record<string, RelativeWord>;
  /** phrases that begin with a relative word but are no date: "आज तक" (until now; also a channel's name) */
  notDates?: string[];
  weekdayModifiers?: Record<string, WeekdayModifier>;
  /** "अगले हफ्ते (के) सोमवार": weeks from publication's week */
  weekModifiers?: Record<string, number>;
  /** number words for "दो दिन पहले", "two days ago" */
  counts?: Record<string, number>;
  units?: Record<string, TimeUnit>;
  /** "पहले", "ago" */
  ago?: string[];
  /** a word just before "N दिन पहले" that makes it relative to another event, not to today ("गिरफ्तारी से दो दिन पहले") */
  agoAnchors?: string[];
  /** "आज से", "आज के": N units after today */
  fromToday?: string[];
  /** "बाद": closes a "from today" phrase */
  later?: string[];
  /** "दो सप्ताह में" / "in two weeks": N units from publication, taken only in a future-tense clause (in a past
   * clause "दो दिन में पकड़ा" is a duration, "within two days") */
  withinAfter?: string[];
  withinBefore?: string[];
  /** "2020 में 28 जून": a year, this word, then a day and month */
  yearThenDate?: string[];
  /** verb endings that put a clause in the future tense (जाएगा, karega): they turn कल into tomorrow */
  futureSuffixes?: string[];
  /** single words that make a clause future: "will", imperatives "करें" (a request cannot be about yesterday) */
  futureWords?: string[];
  /** conjunctions that end a clause for the tense check ("और") */
  clauseBreaks?: string[];
  /** postpositions: a date followed by one of these sits in a verb-final clause ("Tuesday ko") */
  postpositions?: string[];
  /** verb-final languages put the verb a date attaches to after it; SVO ones before it */
  wordOrder: "verb-final" | "svo";
  /** words written with a full stop that does not end a sentence ("Dr.", "Rs."), for isStatementDate's sentence */
  abbreviations?: string[];
  /** cue lexicons for isStatementDate */
  speechCues: string[];
  actionCues: string[];
  /** SVO languages: words that open a reported clause between a speech verb and the date ("said the girls WERE
   * rescued on Sunday", "said THAT"): the date then belongs to the reported event, not to the statement */
  embeddedClauseMarkers?: string[];
  /** a tip-off is part of the event chain, not a statement ("मुखबिर ने जानकारी दी") */
  informantCues?: string[];
}

/** One example of a date corpus: text, publication date, and the matches expected in text order (null: none). */
export type DateCorpusEntry = [text: string, published: string | null, expected: ExpectedDate | ExpectedDate[] | null];

export interface ExpectedDate {
  iso: string | null;
  kind: DateKind;
  /** the matched text, when the example checks the span */
  text?: string;
  partOfDay?: PartOfDay | null;
  /** expected isStatementDate() for this match, when the example checks it */
  statement?: boolean;
}
