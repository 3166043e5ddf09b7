// The shape of the language data that the number, duration and money recognisers read. A locale file
// (src/locales/<lang>/numbers.ts) exports one or more of these; the engine (src/numbers/lexicon.ts) merges them into
// lookup tables once at module load. Words may be written in their natural spelling (करोड़, हज़ार, पाँच): the
// engine normalises every entry the same way the text is normalised, so नुक्ता/चन्द्रबिन्दु variants need no
// extra rows. Multi-word entries are written with spaces ("more than", "से ज्यादा") and matched token by token.

export type Qualifier = "over" | "about" | "under";
export type DurationUnit = "year" | "month" | "week" | "day" | "hour" | "minute" | "second";

export interface NumberLocale {
  /** a short id that appears in rule names: "hi", "en", "hi_latn" (romanised Hindi), "en_deva" */
  id: string;
  /** consulted only when the caller asks for romanised Hindi (or inside a confirming gloss "solah (16)") */
  gated?: boolean;
  /** number words 0..99 (and any other atomic cardinal words) → value */
  units: Record<string, number>;
  /** words that also have a common non-number meaning (वन forest, सेवन intake): a number only when supported
   *  by a neighbouring number word or a sign word ("माइनस वन", "फिफ्टी टू") */
  weakUnits?: string[];
  /** words that are not a number after certain words: "no one", "every one" */
  notAfter?: Record<string, string[]>;
  /** words that are numbers only when followed by another word or by a gloss, not at the end of a clause
   *  (romanised "do" is also the verb "give") */
  needsFollowingWord?: string[];
  /** English-style tens that take a following unit: "twenty one", "twenty-one" */
  tensCompound?: boolean;
  /** "one twenty two" = 122 (a unit word followed by a compound tens word) */
  unitThenTens?: boolean;
  /** multipliers: hundred, thousand, lakh ... (plural spellings included) */
  scales: Record<string, number>;
  /** scales that are a number on their own ("हजार" = 1000); others need a number first (अरब is also "Arab") */
  bareScales?: string[];
  /** "a"/"an": "a hundred", "a dozen", "an hour" */
  articles?: string[];
  /** fixed phrases with a value: "a couple of" → 2 */
  phrases?: Array<{ text: string; value: number; qualifier?: Qualifier | null }>;
  /** dozen words ("दो दर्जन" = 24) */
  dozen?: string[];
  /** words after "dozen" that make it approximate: "दर्जन भर" */
  dozenApprox?: string[];
  /** "half": आधा = 0.5, "आधा दर्जन" = 6 */
  half?: string[];
  /** words that stand for a value and may multiply a following scale: डेढ़ = 1.5, ढाई = 2.5 */
  fractionValues?: Record<string, number>;
  /** words that add to the following number: सवा +0.25, साढ़े +0.5, पौने -0.25; `alone` = value when nothing follows */
  fractionOffsets?: Record<string, { add: number; alone?: number }>;
  /** "दो तिहाई" = 2/3, "तीन चौथाई" = 3/4 */
  fractionWords?: Record<string, number>;
  /** fraction words only after "and": "one and three quarters" (alone, "3 quarters" is a duration) */
  andFractionWords?: Record<string, number>;
  /** "पांच बटा आठ" = 5/8 */
  division?: string[];
  /** "एक का पांचवां (भाग)" = 1/5: the linking words and the optional trailing "part" words */
  ofWords?: string[];
  partWords?: string[];
  /** "and" inside a number: "एक सौ और पांच", "five hundred and four", "one and a half" */
  and?: string[];
  /** decimal point words: "दो सौ दशमलव शून्य तीन" = 200.03, "one point five" */
  decimalPoint?: string[];
  negative?: string[];
  /** "plus seventeen": not part of the number, but supports a weak word */
  plus?: string[];
  /** ordinal words with irregular forms (first, पहला, द्वितीय): never counts */
  ordinals?: Record<string, number>;
  /** suffixes that turn a unit/scale word into an ordinal (पांच+वां) */
  ordinalSuffixes?: string[];
  /** suffixes glued to digits that make an ordinal (5th, 5वां, 4थे) */
  digitOrdinalSuffixes?: string[];
  /** the same, written as a separate word after digits ("10 वीं") */
  spacedOrdinalSuffixes?: string[];
  /** "दोनों" = 2: definite collective numbers */
  collective?: Record<string, number>;
  /** suffixes glued to digits that multiply: 10k, 3M */
  digitMultipliers?: Record<string, number>;
  /** the same, allowed as a separate token right after digits ("2.33 k") */
  spacedMultipliers?: string[];
  /** words after which "3/4" is a list of sections or a reference, not a fraction: धारा, section, FIR, flat */
  referenceWords?: string[];
  /** words after "10.30" that make it a clock time, not a decimal: pm, बजे */
  clockAfter?: string[];
  /** range connectors between two numbers: "10 से 14", "10 to 14", "दो या तीन" */
  rangeWords?: string[];
  /** "between 10 and 20", "from 10 to 20": the opener and the joiner */
  rangeFrames?: Array<{ open: string; join: string }>;
  /** qualifier phrases before the number ("more than", "लगभग") and after it ("से ज्यादा", "or more") */
  qualifiersBefore?: Array<{ text: string; qualifier: Qualifier | null }>;
  qualifiersAfter?: Array<{ text: string; qualifier: Qualifier }>;
  /** words that, right before a before-qualifier, show it is not one ("handed over 20 women") */
  qualifierBlockers?: string[];

  money?: MoneyLexicon;
  duration?: DurationLexicon;
}

export interface MoneyLexicon {
  /** currency words before the amount: Rs, ₹, INR, रु */
  currencyBefore?: string[];
  /** before the amount only when digits follow (Re 1) */
  currencyBeforeDigitsOnly?: string[];
  /** currency words after the amount: rupees, रुपये, /- */
  currencyAfter?: string[];
  /** paise words: "20 रुपये 50 पैसे" */
  paise?: string[];
  /** cash words that make a bare amount money ("55 हजार नकद", "नकदी 40 हजार") */
  cash?: string[];
  /** linking words between an amount and a cash word ("55 हजार की नकदी", "5 lakh in cash") */
  cashLinks?: string[];
}

export interface DurationLexicon {
  /** unit words → unit and how many of that unit one word means (पखवाड़ा = 14 days, decade = 10 years); `name` is the
   *  English noun for phrases when it is not the unit's own ("2 decades", "several decades") */
  units: Record<string, { unit: DurationUnit; factor?: number; name?: string }>;
  /** unit words that are a duration of one on their own when nothing precedes them (दिवस, पखवाड़ा) */
  standalone?: string[];
  /** words between a number and its unit: "2 more minutes" */
  modifiers?: string[];
  /** vague quantifiers before a unit → English quantifier: कई → "several", few → "a few" */
  vagueQuantifiers?: Record<string, string>;
  /** vague phrases without a unit word: "लंबे समय" → "a long time" */
  vaguePhrases?: Array<{ text: string; phrase: string; unit: DurationUnit }>;
  /** plural units that are vague on their own before "since" ("सालों से" = for many years) */
  barePlurals?: Record<string, string>;
  /** "साल भर" = a whole year */
  wholeSuffix?: string[];
  /** "and a half" after a unit: "an hour and a half" */
  andHalf?: string[];
  /** words after the duration: since/ago/after */
  sinceAfter?: string[];
  agoAfter?: string[];
  afterAfter?: string[];
  /** words before the duration */
  sinceBefore?: string[];
  forBefore?: string[];
  afterBefore?: string[];
  /** an age, not a duration: "20 साल की युवती", "20-year-old", "20 years old" */
  ageLinks?: string[];
  ageNouns?: string[];
  ageAfter?: string[];
  ageBefore?: string[];
}

/** One corpus example's expectations, Duckling-style. Each list given is the complete expected output of that
 *  recogniser for the input (in text order); a list left out is not checked. */
export interface NumberCase {
  /** run with opts.romanHindi */
  roman?: boolean;
  /** findNumbers: [matched text, value, {qualifier, high, rule (a substring)}]; qualifier/high default to none */
  n?: Array<[text: string, value: number, extra?: { qualifier?: Qualifier; high?: number; rule?: string }]>;
  /** findDurations: [matched text, phrase, {value, unit, relation}] */
  d?: Array<
    [
      text: string,
      phrase: string,
      extra?: { value?: number | null; unit?: DurationUnit; relation?: "since" | "for" | "ago" | "after" | null },
    ]
  >;
  /** findMoney: [matched text, amount in INR] */
  m?: Array<[text: string, amountInr: number]>;
}

export type NumberCorpus = Array<[input: string, expected: NumberCase]>;
