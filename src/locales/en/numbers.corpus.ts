// English (Indian English) examples for src/numbers, written for this project in the register of crime reports.
// Each entry: [input, expected]; see NumberCase for what the expected lists mean. Run by src/numbers/corpus.test.ts.

import type { NumberCorpus } from "../../numbers/locale.js";

export const EN_NUMBER_CORPUS: NumberCorpus = [
  // counts
  ["Police rescued over 20 women from the spa", { n: [["over 20", 20, { qualifier: "over" }]] }],
  [
    "Three persons were arrested and eight women rescued",
    {
      n: [
        ["Three", 3],
        ["eight", 8],
      ],
    },
  ],
  [
    "Sixteen people were arrested and 15 women were rescued",
    {
      n: [
        ["Sixteen", 16],
        ["15", 15],
      ],
    },
  ],
  [
    "police seized 21 mobile phones and two cars",
    {
      n: [
        ["21", 21],
        ["two", 2],
      ],
    },
  ],
  [
    "Eleven people were arrested there, seven of them customers",
    {
      n: [
        ["Eleven", 11],
        ["seven", 7],
      ],
    },
  ],
  [
    "one woman from Assam and one from Delhi were among them",
    {
      n: [
        ["one", 1],
        ["one", 1],
      ],
    },
  ],
  ["a total of 32 minors were sent to shelter homes", { n: [["32", 32]] }],
  ["the accused, 34, of Poomanna was held", { n: [["34", 34]] }],
  ["twenty-one girls were found in the house", { n: [["twenty-one", 21]] }],
  ["eighty two bonded labourers were freed", { n: [["eighty two", 82]] }],
  ["rescued 150 bonded labourers from a brick kiln", { n: [["150", 150]] }],
  ["the chargesheet runs to 1,200 pages", { n: [["1,200", 1200, { rule: "grouped" }]] }],
  [
    "in 2019, 25 girls went missing from the district",
    {
      n: [
        ["2019", 2019],
        ["25", 25],
      ],
    },
  ],
  ["five hundred and four cases were registered", { n: [["five hundred and four", 504]] }],
  ["two dozen women were rescued", { n: [["two dozen", 24]] }],
  ["a dozen brokers were named in the FIR", { n: [["a dozen", 12]] }],
  ["forty-five (45) women were rescued", { n: [["forty-five (45)", 45, { rule: "gloss" }]] }],
  ["45 (forty five) women were rescued", { n: [["45 (forty five)", 45]] }],
  ["three lakh people live in the block", { n: [["three lakh", 300000]] }],
  ["a population of 1.2 crore", { n: [["1.2 crore", 12000000]] }],
  // qualifiers
  ["more than a dozen girls were trafficked", { n: [["more than a dozen", 12, { qualifier: "over" }]] }],
  ["the racket trapped more than 100 women", { n: [["more than 100", 100, { qualifier: "over" }]] }],
  ["nearly 40 children were freed", { n: [["nearly 40", 40, { qualifier: "about" }]] }],
  ["as many as 40 minors were rescued", { n: [["as many as 40", 40]] }],
  ["a couple of brokers fled", { n: [["a couple of", 2]] }],
  ["up to 30 customers visited every day", { n: [["up to 30", 30, { qualifier: "under" }]] }],
  ["at least 12 girls were sold", { n: [["at least 12", 12, { qualifier: "over" }]] }],
  ["about 60 persons were questioned", { n: [["about 60", 60, { qualifier: "about" }]] }],
  ["around 200 policemen took part in the raid", { n: [["around 200", 200, { qualifier: "about" }]] }],
  ["40-odd customers were present", { n: [["40-odd", 40, { qualifier: "about" }]] }],
  ["20 or more victims are feared", { n: [["20 or more", 20, { qualifier: "over" }]] }],
  ["over a dozen agents were involved", { n: [["over a dozen", 12, { qualifier: "over" }]] }],
  ["the police handed over 20 women to the shelter", { n: [["20", 20]] }],
  // ranges
  ["10-14 girls were brought every week", { n: [["10-14", 10, { high: 14, rule: "range" }]], d: [] }],
  ["the victims, aged between 14 and 17, were sent to a shelter", { n: [["between 14 and 17", 14, { high: 17 }]] }],
  ["girls aged 14-16 were found", { n: [["14-16", 14, { high: 16 }]] }],
  ["two to three customers came every night", { n: [["two to three", 2, { high: 3 }]] }],
  ["one or two brokers escaped", { n: [["one or two", 1, { high: 2 }]] }],
  ["each girl was sold for 7-9 lakh rupees", { m: [["7-9 lakh rupees", 700000]] }],
  // not counts
  ["the first raid was carried out in the afternoon", { n: [] }],
  ["the 2nd accused was held on the 13th", { n: [] }],
  ["dozens of women were rescued", { n: [] }],
  ["a few brokers are absconding", { n: [] }],
  ["the incident took place at 10:30 pm", { n: [] }],
  ["flat 4B was searched", { n: [] }],
  [
    "booked under section 3/4 of the ITPA",
    {
      n: [
        ["3", 3],
        ["4", 4],
      ],
    },
  ],
  ["three quarters of the victims were minors", { n: [["three", 3]] }],
  ["the 10.30 pm show was cancelled", { n: [] }],
  ["no one was hurt, but only one woman was rescued", { n: [["one", 1]] }],
  // money
  ["Rs 46,430 in cash was recovered", { m: [["Rs 46,430", 46430]] }],
  ["Rs11,300 was also seized", { m: [["Rs11,300", 11300]] }],
  ["cash worth Rs 5 lakh was recovered", { m: [["Rs 5 lakh", 500000]] }],
  ["the girls were sold for Rs. 50,000 each", { m: [["Rs. 50,000", 50000]] }],
  ["₹1.2 crore was found in the flat", { m: [["₹1.2 crore", 12000000]] }],
  ["a bribe of 2 lakh rupees was paid", { m: [["2 lakh rupees", 200000]] }],
  ["1.5 crore rupees were seized", { m: [["1.5 crore rupees", 15000000]] }],
  ["INR 75,000 in cash was found", { m: [["INR 75,000", 75000]] }],
  ["three lakh rupees were recovered", { m: [["three lakh rupees", 300000]] }],
  ["a fine of Rs 20,000 was imposed", { m: [["Rs 20,000", 20000]] }],
  ["Rs 2.5 lakh was demanded from the family", { m: [["Rs 2.5 lakh", 250000]] }],
  ["he was paid Rs 10k per trip", { m: [["Rs 10k", 10000]] }],
  ["police recovered 5 lakh in cash", { m: [["5 lakh in cash", 500000]] }],
  ["he paid $500 to the agent", { m: [] }],
  ["Rs 20 was charged at the gate", { m: [["Rs 20", 20]] }],
  // durations
  ["the gang had been running the racket for many years", { d: [["many years", "many years", { relation: "for" }]] }],
  ["a racket running for past few years was busted", { d: [["few years", "a few years", { relation: "since" }]] }],
  [
    "they had been held captive for six months",
    {
      d: [["six months", "six months", { value: 6, unit: "month", relation: "for" }]],
    },
  ],
  ["the operation ran for two years", { d: [["two years", "two years", { value: 2, unit: "year", relation: "for" }]] }],
  ["the raid lasted 2 hours", { d: [["2 hours", "2 hours", { value: 2, unit: "hour" }]] }],
  ["he was jailed three years ago", { d: [["three years", "three years", { relation: "ago" }]] }],
  ["one and a half years", { d: [["one and a half years", "one and a half years", { value: 18, unit: "month" }]] }],
  [
    "she was kept there for a month and a half",
    {
      d: [["a month and a half", "a month and a half", { value: 45, unit: "day" }]],
    },
  ],
  ["the search went on for half an hour", { d: [["half an hour", "half an hour", { value: 30, unit: "minute" }]] }],
  ["the spa had been operating for a long time", { d: [["a long time", "a long time", { relation: "for" }]] }],
  ["the trade went on for years", { d: [["years", "many years", { relation: "for" }]] }],
  ["she was confined for several months", { d: [["several months", "several months", { relation: "for" }]] }],
  ["the hotel was used since the last 3 years", { d: [["3 years", "3 years", { value: 3, relation: "since" }]] }],
  ["a 20-year-old woman was rescued", { d: [] }],
  ["the victim is 17 years old", { d: [] }],
  ["girls aged 15 years were among them", { d: [] }],
];
