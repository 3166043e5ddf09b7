// English date examples, written for this project in the register of Indian English news reports. Each entry:
// text, publication date, and the date matches expected in text order (null: none). Weekdays resolve backwards
// from publication: 2021-02-04 is a Thursday, 2022-01-03 a Monday, 2022-03-10 a Thursday.

import type { DateCorpusEntry } from "../../dates/types.js";

export const enDatesCorpus: DateCorpusEntry[] = [
  // weekdays
  [
    "Uttar Pradesh police busted a sex racket at a mall on Wednesday night and rescued 14 girls.",
    "2021-02-04",
    { iso: "2021-02-03", kind: "weekday", text: "Wednesday night", partOfDay: "night", statement: false },
  ],
  [
    "The Goregaon police raided a spa on Link Road on Thursday night.",
    null,
    { iso: null, kind: "weekday", partOfDay: "night", statement: false },
  ],
  [
    "Police arrested two men at the railway station on Thursday evening.",
    "2025-07-04",
    { iso: "2025-07-03", kind: "weekday", partOfDay: "evening" },
  ],
  [
    "Four people were arrested in a special operation, sources said on Friday.",
    "2023-12-15",
    { iso: "2023-12-15", kind: "weekday", statement: true },
  ],
  [
    "The S R Nagar police on Tuesday broke up a prostitution racket and arrested five organisers.",
    "2019-04-02",
    { iso: "2019-04-02", kind: "weekday", statement: false },
  ],
  [
    "On Friday, the Goa Police arrested a man from Hyderabad.",
    "2022-03-19",
    { iso: "2022-03-18", kind: "weekday", statement: false },
  ],
  [
    "The girls were rescued recently, police officials said on Tuesday.",
    "2024-01-31",
    { iso: "2024-01-30", kind: "weekday", statement: true },
  ],
  [
    "Two women were arrested from a rented house here on Tuesday.",
    "2020-01-30",
    { iso: "2020-01-28", kind: "weekday" },
  ],
  [
    "The accused were produced before the magistrate on Saturday.",
    "2021-07-18",
    { iso: "2021-07-17", kind: "weekday" },
  ],
  [
    "The women rescued on Saturday from seven spas were forced into prostitution, police said on Sunday.",
    "2022-08-29",
    [
      { iso: "2022-08-27", kind: "weekday", statement: false },
      { iso: "2022-08-28", kind: "weekday", statement: true },
    ],
  ],
  ["Manipur Police on Friday rescued as many as 40 girls.", "2019-02-01", { iso: "2019-02-01", kind: "weekday" }],
  [
    "The search operations started early on Friday morning.",
    "2019-02-01",
    { iso: "2019-02-01", kind: "weekday", text: "early on Friday morning", partOfDay: "morning" },
  ],
  [
    "Police told reporters on Monday that nine women were freed from a spa on Saturday.",
    "2022-01-03",
    [
      { iso: "2022-01-03", kind: "weekday", statement: true },
      { iso: "2022-01-01", kind: "weekday", statement: false },
    ],
  ],
  [
    "The women were rescued on the intervening night of Saturday and Sunday.",
    "2022-01-03",
    { iso: "2022-01-01", kind: "weekday", text: "the intervening night of Saturday and Sunday", partOfDay: "night" },
  ],
  [
    "Last Sunday, a team from the AHTU rescued two minors.",
    "2022-01-05",
    { iso: "2022-01-02", kind: "weekday", text: "Last Sunday" },
  ],
  [
    "On Sunday, police said that the gang had lured women with job offers.",
    "2022-01-05",
    { iso: "2022-01-02", kind: "weekday", statement: true },
  ],
  ["A march was held on Sunday against trafficking.", "2022-03-10", { iso: "2022-03-06", kind: "weekday" }],
  [
    "Police nabbed the kingpin late Sunday.",
    "2022-03-10",
    { iso: "2022-03-06", kind: "weekday", text: "late Sunday", partOfDay: "night" },
  ],
  [
    "Police arrested a man on Thursday, officials said on Saturday.",
    "2023-09-09",
    [
      { iso: "2023-09-07", kind: "weekday", statement: false },
      { iso: "2023-09-09", kind: "weekday", statement: true },
    ],
  ],
  ["Next Monday, the court will pronounce the verdict.", "2018-08-29", { iso: "2018-09-03", kind: "weekday" }],
  ["The rescue took place this Tuesday.", "2022-03-10", { iso: "2022-03-08", kind: "weekday" }],
  [
    "After Saturday's raids, police registered a case against the owner.",
    "2022-08-29",
    { iso: "2022-08-27", kind: "weekday", text: "Saturday" },
  ],

  // weekday with its date
  [
    "The AHTU intercepted the train on Monday, May 2.",
    "2022-05-05",
    { iso: "2022-05-02", kind: "month_day", text: "Monday, May 2" },
  ],
  [
    "A raid on Tuesday, 21 May 2019 freed six girls.",
    null,
    { iso: "2019-05-21", kind: "absolute", text: "Tuesday, 21 May 2019" },
  ],

  // absolute dates
  ["pic.twitter.com/abc - ANI (@ANI) March 19, 2022", "2022-03-19", { iso: "2022-03-19", kind: "absolute" }],
  [
    "January 31, 2024 01:16 am | Updated 01:16 am IST",
    "2024-01-31",
    { iso: "2024-01-31", kind: "absolute", text: "January 31, 2024" },
  ],
  ["This story is from July 18, 2016", "2016-07-18", { iso: "2016-07-18", kind: "absolute" }],
  [
    "Published Date - 22 May 2024, 10:55 PM",
    "2024-05-22",
    { iso: "2024-05-22", kind: "absolute", text: "22 May 2024" },
  ],
  [
    "The girl was rescued on 21st May 2019 from Kolkata.",
    null,
    { iso: "2019-05-21", kind: "absolute", text: "21st May 2019" },
  ],
  ["The FIR dated 21/05/2019 names five accused.", null, { iso: "2019-05-21", kind: "absolute", text: "21/05/2019" }],
  ["The accused was arrested on 4/30/2022 by the RPF.", null, { iso: "2022-04-30", kind: "absolute" }],
  ["The children were rescued on 2022-04-27 from a train.", null, { iso: "2022-04-27", kind: "absolute" }],
  ["The raid on Jan 5, 2020 freed nine women.", null, { iso: "2020-01-05", kind: "absolute", text: "Jan 5, 2020" }],
  [
    "The team conducted the raid on 15 August, 2021.",
    null,
    { iso: "2021-08-15", kind: "absolute", text: "15 August, 2021" },
  ],
  [
    "The verdict of the 21st of May, 2019 was upheld.",
    null,
    { iso: "2019-05-21", kind: "absolute", text: "21st of May, 2019" },
  ],
  ["The notice was dated 12-06-19.", null, { iso: "2019-06-12", kind: "absolute", text: "12-06-19" }],

  // a day and a month
  [
    "In the early hours of July 21, the cell raided a bar in Andheri.",
    "2023-08-01",
    { iso: "2023-07-21", kind: "month_day", text: "the early hours of July 21", partOfDay: "night" },
  ],
  [
    "She told the Jharkhand Bhawan in Delhi on January 23 that the agency had sold her daughter.",
    "2024-01-31",
    { iso: "2024-01-23", kind: "month_day", statement: true },
  ],
  [
    "The investigation began on January 24, when a resident filed a complaint.",
    null,
    { iso: null, kind: "month_day", text: "January 24" },
  ],
  [
    "A case was registered at a police station in Assam on July 11.",
    "2021-07-18",
    { iso: "2021-07-11", kind: "month_day" },
  ],
  [
    "NEW DELHI, INDIA - DECEMBER 12: Delhi Police held eight women at the airport.",
    "2019-12-13",
    { iso: "2019-12-12", kind: "month_day", text: "DECEMBER 12" },
  ],
  [
    "The girls had left home on 16 December and were found at a metro station on 18 December.",
    "2024-12-19",
    [
      { iso: "2024-12-16", kind: "month_day" },
      { iso: "2024-12-18", kind: "month_day" },
    ],
  ],
  ["On Sept. 3, the team raided a hotel.", "2023-10-01", { iso: "2023-09-03", kind: "month_day", text: "Sept. 3" }],
  ["The raid on December 28 freed three women.", "2022-01-03", { iso: "2021-12-28", kind: "month_day" }],
  [
    "The rescued girls, aged 14 and 15, were sent to a shelter home on 3 March.",
    "2022-03-10",
    { iso: "2022-03-03", kind: "month_day" },
  ],
  [
    "Chandauli, April 30 -- Railway police rescued 12 children.",
    null,
    { iso: null, kind: "month_day", text: "April 30" },
  ],

  // relative words
  [
    "Yesterday, the AHTU team intercepted a bus carrying 20 children.",
    "2023-06-15",
    { iso: "2023-06-14", kind: "relative", statement: false },
  ],
  [
    "Late last night, police raided a guest house near the station.",
    "2023-06-15",
    { iso: "2023-06-14", kind: "relative", text: "Late last night", partOfDay: "night" },
  ],
  ["The raid took place two days ago, officials said.", "2023-06-15", { iso: "2023-06-13", kind: "relative" }],
  [
    "The rescue was carried out a week back by the railway police.",
    "2023-06-15",
    { iso: "2023-06-08", kind: "relative", text: "a week back" },
  ],
  ["The court will hear the case tomorrow.", "2023-06-15", { iso: "2023-06-16", kind: "relative" }],
  ["Today, the police rescued 11 families from a brick kiln.", "2022-04-30", { iso: "2022-04-30", kind: "relative" }],
  [
    "Police said the racket was busted this morning.",
    "2022-03-10",
    { iso: "2022-03-10", kind: "relative", partOfDay: "morning" },
  ],
  [
    "He was held the day before yesterday in Noida.",
    "2022-03-10",
    { iso: "2022-03-08", kind: "relative", text: "the day before yesterday" },
  ],
  [
    "Police raided the hotel yesterday evening.",
    "2022-03-10",
    { iso: "2022-03-09", kind: "relative", text: "yesterday evening", partOfDay: "evening" },
  ],

  // not dates
  ["Earlier, in November last year, police had busted another racket.", "2022-03-19", null],
  ["Earlier, in August, the police busted another racket.", "2020-10-05", null],
  ["Police busted 118 rings between January and March this year.", "2024-05-22", null],
  ["The racket had been active since 2016 and 20-year-old women were recruited.", "2023-06-15", null],
  ["Police said the accused may be produced in court, and 5 may face charges.", "2023-06-15", null],
  ["India Today reported that the girls were rescued.", "2022-04-30", null],
  ["Police recently rescued girls aged 10-14 years; the raid began at 5:42 pm.", "2022-04-30", null],
  ["Days ago the police had warned hotel owners.", "2022-04-30", null],
];
