// Hindi date examples (Devanagari, and romanised Hinglish below), written for this project in the register of
// news reports. Each entry: text, publication date, and the date matches expected in text order (null: none).
// Weekdays resolve backwards from publication: 2020-09-14 is a Monday, 2024-08-08 a Thursday, 2023-09-19 a Tuesday.

import type { DateCorpusEntry } from "../../dates/types.js";

export const hiDatesCorpus: DateCorpusEntry[] = [
  // absolute dates: resolve with or without a publication date
  ["पुलिस ने 1 मई 2016 को मीरगंज में छापा मारा।", null, { iso: "2016-05-01", kind: "absolute", text: "1 मई 2016" }],
  [
    "इससे पहले 18 जनवरी, 2022 को अदालत ने फैसला सुनाया था।",
    null,
    { iso: "2022-01-18", kind: "absolute", text: "18 जनवरी, 2022" },
  ],
  ["भोपाल, 21 मई 2019\nभिखारियों के गिरोह का सरगना पकड़ा गया", "2019-05-21", { iso: "2019-05-21", kind: "absolute" }],
  [
    "नई दिल्ली, 17 अप्रैल 2013, अपडेटेड 1:49 PM IST",
    "2013-04-17",
    { iso: "2013-04-17", kind: "absolute", text: "17 अप्रैल 2013" },
  ],
  ["मामला 12 मार्च 2019 को बाढ़ थाने में दर्ज हुआ था।", null, { iso: "2019-03-12", kind: "absolute" }],
  ["4/30/2022 5:42:08 PM", "2022-04-30", { iso: "2022-04-30", kind: "absolute", text: "4/30/2022" }],
  [
    "दिनांक 15.01.2020 को थाना कोतवाली में मुकदमा दर्ज किया गया।",
    null,
    { iso: "2020-01-15", kind: "absolute", text: "15.01.2020" },
  ],
  ["घटना 21-05-2019 की है।", null, { iso: "2019-05-21", kind: "absolute", text: "21-05-2019" }],
  ["प्राथमिकी 05/11/2021 को दर्ज हुई।", null, { iso: "2021-11-05", kind: "absolute" }],
  ["सुनवाई 2021-11-05 को हुई थी।", null, { iso: "2021-11-05", kind: "absolute", text: "2021-11-05" }],
  ["छापा 21 अक्तूबर, 2020 को पड़ा।", null, { iso: "2020-10-21", kind: "absolute" }],
  ["टीम ने ३ सितम्बर २०२१ को दबिश दी।", null, { iso: "2021-09-03", kind: "absolute", text: "3 सितम्बर 2021" }],

  // a day and a month: the most recent such date on or before publication
  [
    "रामपुर, फरवरी 21 -- स्थानीय प्रशासन ने ईंट भट्ठे से मजदूरों को मुक्त कराया।",
    null,
    { iso: null, kind: "month_day", text: "फरवरी 21" },
  ],
  ["संभल, 16 अक्टूबर: पुलिस ने दो दलालों को पकड़ा।", "2021-10-17", { iso: "2021-10-16", kind: "month_day" }],
  [
    "लखनऊ, 25 फरवरी(हि.स.)। मंत्री ने कहा कि मानव तस्करी रोकी जा सकती है।",
    "2025-02-25",
    { iso: "2025-02-25", kind: "month_day", text: "25 फरवरी" },
  ],
  ["23 जनवरी को टीम ने होटल पर दबिश दी।", "2024-03-10", { iso: "2024-01-23", kind: "month_day" }],
  ["28 दिसंबर को पुलिस ने तीन युवतियों को मुक्त कराया।", "2022-01-03", { iso: "2021-12-28", kind: "month_day" }],
  ["पांच जनवरी को मामला दर्ज हुआ था।", "2022-01-03", { iso: "2021-01-05", kind: "month_day", text: "पांच जनवरी" }],
  ["उनतीस मई को गिरोह का भंडाफोड़ हुआ।", "2016-11-07", { iso: "2016-05-29", kind: "month_day" }],
  [
    "पीड़िता ने बताया कि 26 जून को उसे बेचा गया और 27 जून को टीम ने उसे मुक्त कराया।",
    "2023-07-01",
    [
      { iso: "2023-06-26", kind: "month_day" },
      { iso: "2023-06-27", kind: "month_day", statement: false },
    ],
  ],
  [
    "1 सितम्बर को और 3 अक्तूबर को दो छापे मारे गए।",
    "2021-11-20",
    [
      { iso: "2021-09-01", kind: "month_day" },
      { iso: "2021-10-03", kind: "month_day" },
    ],
  ],
  [
    "15-16 जनवरी की रात पुलिस ने दबिश दी।",
    "2022-01-20",
    [
      { iso: "2022-01-15", kind: "month_day", text: "15" },
      { iso: "2022-01-16", kind: "month_day", text: "16 जनवरी की रात", partOfDay: "night" },
    ],
  ],
  ["21 मई, मंगलवार को टीम ने छापा मारा।", "2019-05-25", { iso: "2019-05-21", kind: "month_day", text: "21 मई, मंगलवार" }],
  [
    "पुलिस ने बीती 15 तारीख को आरोपी को पकड़ा था।",
    "2022-01-20",
    { iso: "2022-01-15", kind: "month_day", text: "बीती 15 तारीख" },
  ],
  ["25 तारीख को छापा मारा गया था।", "2022-01-20", { iso: "2021-12-25", kind: "month_day" }],
  ["31 फरवरी को कुछ नहीं हुआ।", "2020-05-01", null],

  // weekdays, backwards from publication (2020-09-14 is a Monday)
  ["पुलिस ने रविवार को होटल में छापा मारा।", "2020-09-14", { iso: "2020-09-13", kind: "weekday", statement: false }],
  [
    "एसएसपी ने रविवार को बताया कि गिरोह ऑनलाइन ग्राहक खोजता था।",
    "2020-09-14",
    { iso: "2020-09-13", kind: "weekday", statement: true },
  ],
  [
    "शनिवार देर रात पुलिस ने स्पा सेंटर पर छापा मारा।",
    "2020-09-14",
    { iso: "2020-09-12", kind: "weekday", text: "शनिवार देर रात", partOfDay: "night", statement: false },
  ],
  ["सोमवार को पुलिस ने दो दलालों को गिरफ्तार किया।", "2020-09-14", { iso: "2020-09-14", kind: "weekday" }],
  [
    "सोमवार की देर रात पुलिस टीम होटल पहुंची।",
    "2020-12-22",
    { iso: "2020-12-21", kind: "weekday", text: "सोमवार की देर रात", partOfDay: "night" },
  ],
  [
    "शनिवार-रविवार की दरमियानी रात पुलिस ने होटल पर छापा मारा।",
    "2020-09-14",
    { iso: "2020-09-12", kind: "weekday", text: "शनिवार-रविवार की दरमियानी रात", partOfDay: "night" },
  ],
  [
    "पुलिस ने शनिवार और रविवार को अलग-अलग जगह छापे मारे।",
    "2024-08-08",
    [
      { iso: "2024-08-03", kind: "weekday", text: "शनिवार" },
      { iso: "2024-08-04", kind: "weekday", text: "रविवार" },
    ],
  ],
  ["पिछले बुधवार को टीम ने ट्रेन से 12 बच्चों को उतारा।", "2019-01-31", { iso: "2019-01-30", kind: "weekday" }],
  ["बीते सोमवार को पुलिस ने स्पा संचालक को गिरफ्तार किया।", "2020-09-14", { iso: "2020-09-07", kind: "weekday" }],
  ["अगले सोमवार को मामले की सुनवाई होगी।", "2018-11-15", { iso: "2018-11-19", kind: "weekday" }],
  [
    "बुधवार शाम वे एर्णाकुलम जाने वाली ट्रेन में चढ़ने वाले थे।",
    "2022-04-30",
    { iso: "2022-04-27", kind: "weekday", partOfDay: "evening" },
  ],
  [
    "आरपीएफ के एक अधिकारी ने शुक्रवार को यह जानकारी दी।",
    "2022-04-30",
    { iso: "2022-04-29", kind: "weekday", statement: true },
  ],
  [
    "शुक्रवार दोपहर पुलिस ने ब्यूटी पार्लर पर छापा मारा।",
    "2017-06-24",
    { iso: "2017-06-23", kind: "weekday", partOfDay: "afternoon", statement: false },
  ],
  ["मंगलवार सुबह यह कार्रवाई की गई।", "2023-09-19", { iso: "2023-09-19", kind: "weekday", partOfDay: "morning" }],
  [
    "एसपी ने बताया कि मंगलवार देर शाम थाना प्रभारी को सूचना मिली कि गांव में बाल विवाह हो रहा है।",
    "2023-05-25",
    { iso: "2023-05-23", kind: "weekday", partOfDay: "evening", statement: false },
  ],
  [
    "पुलिस के मुताबिक रविवार को एक मुखबिर ने जानकारी दी कि होटल में देह व्यापार चल रहा है।",
    "2024-08-04",
    { iso: "2024-08-04", kind: "weekday", statement: false },
  ],
  [
    "सोमवार को बयान जारी कर पुलिस ने इसकी जानकारी दी।",
    "2024-08-08",
    { iso: "2024-08-05", kind: "weekday", statement: true },
  ],
  [
    "गुरुवार को टीपी नगर थाना पुलिस के साथ मिलकर होटल में छापा मारा गया।",
    "2024-02-21",
    { iso: "2024-02-15", kind: "weekday" },
  ],
  ["इतवार को बाल श्रमिकों को मुक्त कराया गया।", "2024-08-08", { iso: "2024-08-04", kind: "weekday" }],
  ["बृहस्पतिवार को पुलिस ने मानव तस्कर को दबोचा।", "2024-08-08", { iso: "2024-08-08", kind: "weekday" }],
  [
    "वीरवार रात को गिरोह पकड़ा गया।",
    "2024-08-08",
    { iso: "2024-08-08", kind: "weekday", text: "वीरवार रात", partOfDay: "night" },
  ],
  [
    "रविवार सुबह-सुबह टीम ने बस रोकी।",
    "2024-08-08",
    { iso: "2024-08-04", kind: "weekday", text: "रविवार सुबह-सुबह", partOfDay: "morning" },
  ],
  ["शनिवार को पुलिस ने छापा मारा।", null, { iso: null, kind: "weekday" }],

  // relative words
  [
    "पुलिस ने देर रात जीबी रोड पर छापेमारी की।",
    "2013-04-17",
    { iso: "2013-04-16", kind: "relative", text: "देर रात", partOfDay: "night" },
  ],
  [
    "बीती रात एक होटल में रेड की गई और आठ युवतियों को रेस्क्यू किया गया।",
    "2024-08-08",
    { iso: "2024-08-07", kind: "relative", text: "बीती रात", partOfDay: "night" },
  ],
  [
    "कल देर रात पुलिस ने दो दलालों को गिरफ्तार किया।",
    "2024-08-08",
    { iso: "2024-08-07", kind: "relative", text: "कल देर रात", partOfDay: "night" },
  ],
  [
    "आज सुबह टीम ने बस अड्डे से सात बच्चों को बचाया।",
    "2024-08-08",
    { iso: "2024-08-08", kind: "relative", partOfDay: "morning" },
  ],
  ["आरोपियों को कल अदालत में पेश किया जाएगा।", "2024-08-08", { iso: "2024-08-09", kind: "relative", text: "कल" }],
  [
    "परसों रात गुप्त सूचना पर पुलिस ने कार्रवाई की।",
    "2024-08-08",
    { iso: "2024-08-06", kind: "relative", text: "परसों रात", partOfDay: "night" },
  ],
  ["आज मंगलवार को पुलिस ने दिल्ली में छापा मारा।", "2020-12-22", { iso: "2020-12-22", kind: "relative", text: "आज मंगलवार" }],
  ["गत दिवस पुलिस ने ढाबे से नौ बाल मजदूरों को मुक्त कराया।", "2024-08-08", { iso: "2024-08-07", kind: "relative" }],
  [
    "क्राइम ब्रांच की टीम ने दो दिन पहले पेट्रोल पंप के पास छापा मारा था।",
    "2024-08-08",
    { iso: "2024-08-06", kind: "relative", text: "दो दिन पहले" },
  ],
  ["चार दिन पहले भी इसी होटल में छापेमारी हुई थी।", "2024-08-08", { iso: "2024-08-04", kind: "relative" }],
  ["करीब एक हफ्ते पहले सूचना मिली थी।", "2013-04-17", { iso: "2013-04-10", kind: "relative" }],
  ["छह महीने पहले इसी घर पर देह व्यापार का आरोप लगा था।", "2017-06-24", { iso: "2016-12-24", kind: "relative" }],
  ["टीम ने दो दिन पहले छापा मारा था।", null, { iso: null, kind: "relative" }],

  // not dates
  ["गिरफ्तारी से दो दिन पहले आरोपी फरार हो गया था।", "2024-08-08", null],
  ["हाल ही में पुलिस ने कई स्पा सेंटरों पर कार्रवाई की।", "2024-08-08", null],
  ["वर्ष 2016 में 20 साल की युवती को 10-14 साल के बच्चों के साथ मुक्त कराया गया।", "2024-08-08", null],
  ["कल्पना और कल्लू को आजाद कराया गया। भाग निकले आरोपी आज तक फरार हैं।", "2024-08-08", null],
  ["आजकल ऐसे गिरोह कल-कारखानों में बच्चों से काम कराते हैं।", "2024-08-08", null],
  ["शाम 5:42 बजे टीम पहुंची और 20 साल की युवती को बचाया।", "2024-08-08", null],
  ["धारा 3/4/5 और 370/34 के तहत मुकदमा दर्ज हुआ।", "2024-08-08", null],
];

/** Romanised Hindi ("Hinglish") reports: Hindi word order, English month names, Hindi weekday names in Latin. */
export const hiLatnDatesCorpus: DateCorpusEntry[] = [
  [
    "Ranchi: Shanivar ko SSP ko soochna mili ki Dumka ki ladkiyon ko train se le jaya ja raha hai.",
    "2023-09-19",
    { iso: "2023-09-16", kind: "weekday", text: "Shanivar", statement: false },
  ],
  [
    "Train Somvar subah 5 baje Bengaluru pahunchi.",
    "2023-09-19",
    { iso: "2023-09-18", kind: "weekday", text: "Somvar subah", partOfDay: "morning" },
  ],
  [
    "Team ne aaj Mangalvar ko 2 naabalig ladkiyon ko mukt karaya.",
    "2023-09-19",
    { iso: "2023-09-19", kind: "relative", text: "aaj Mangalvar" },
  ],
  [
    "Chandauli, April 30 -- PDDU Junction par Tuesday ko RPF ne 12 bachchon ko bachaya.",
    "2024-05-01",
    [
      { iso: "2024-04-30", kind: "month_day", text: "April 30" },
      { iso: "2024-04-30", kind: "weekday", text: "Tuesday", statement: false },
    ],
  ],
  [
    "Police ne kal raat hotel par chhapa mara.",
    "2023-09-19",
    { iso: "2023-09-18", kind: "relative", text: "kal raat", partOfDay: "night" },
  ],
  ["Aaropi ko kal court mein pesh kiya jayega.", "2023-09-19", { iso: "2023-09-20", kind: "relative", text: "kal" }],
  [
    "Beeti raat police ne spa center par raid ki.",
    "2023-09-19",
    { iso: "2023-09-18", kind: "relative", partOfDay: "night", statement: false },
  ],
  ["Do din pehle team ne bus se bachchon ko mukt karaya tha.", "2023-09-19", { iso: "2023-09-17", kind: "relative" }],
  [
    "SP ne Budhvar ko jankari di ki giroh online chal raha tha.",
    "2023-09-19",
    { iso: "2023-09-13", kind: "weekday", statement: true },
  ],
  [
    "Ravivar der raat police ne dabish di.",
    "2023-09-19",
    { iso: "2023-09-17", kind: "weekday", text: "Ravivar der raat", partOfDay: "night" },
  ],
  [
    "Pichhle Shukravar ko giraftari hui.",
    "2023-09-22",
    { iso: "2023-09-15", kind: "weekday", text: "Pichhle Shukravar" },
  ],
  ["Kalpana aur Kallu ko aaj tak pakda nahi gaya.", "2023-09-19", null],
  ["Yeh giroh aajkal online chalta hai, aur halat aaj kal kharab hain.", "2023-09-19", null],
  [
    "Guruvar shaam ko team ne 5 ladkiyon ko chhudaya.",
    "2023-09-19",
    { iso: "2023-09-14", kind: "weekday", text: "Guruvar shaam", partOfDay: "evening" },
  ],
  [
    "15 tarikh ko police ne hotel par chhapa mara.",
    "2023-09-19",
    { iso: "2023-09-15", kind: "month_day", text: "15 tarikh" },
  ],
  [
    "Mangalwar, 21 May 2019 ko team ne chhapa mara.",
    null,
    { iso: "2019-05-21", kind: "absolute", text: "Mangalwar, 21 May 2019" },
  ],
  [
    "Police ne Sunday ko bataya ki 7 ladkiyan rescue ki gayi.",
    "2023-09-19",
    { iso: "2023-09-17", kind: "weekday", statement: true },
  ],
  [
    "Somvar ko raid ki gayi aur 3 dalal giraftar hue.",
    "2023-09-19",
    { iso: "2023-09-18", kind: "weekday", statement: false },
  ],
];
