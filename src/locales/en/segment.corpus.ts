// Segmentation examples in English, written for this corpus (not copied from any outlet). Each pair: an input
// page and the segments expected, in text order, as [kind, text]; sentences follow the block they belong to.
import type { DetectedLang } from "../../text/lang.js";
import type { SegmentExample } from "../hi/segment.corpus.js";

export const EN_SEGMENT_CORPUS: SegmentExample[] = [
  // headline, upper-case dateline, byline with timestamp, an "Also Read:" line, site chrome
  [
    "Police rescue 11 women from spa in Gurugram\n\nWritten by Example Reporter | Updated: May 4, 2024 10:12 IST\n\nNEW DELHI: Police raided a spa on Friday and rescued 11 women. The owner was arrested.\n\nAlso Read: Two held for trafficking minors in Faridabad\n\nA case has been registered under the ITPA.\n\nAdvertisement\nShare: Facebook | X | WhatsApp",
    [
      ["headline", "Police rescue 11 women from spa in Gurugram"],
      ["sentence", "Police rescue 11 women from spa in Gurugram"],
      ["byline", "Written by Example Reporter | Updated: May 4, 2024 10:12 IST"],
      ["dateline", "NEW DELHI:"],
      ["paragraph", "Police raided a spa on Friday and rescued 11 women. The owner was arrested."],
      ["sentence", "Police raided a spa on Friday and rescued 11 women."],
      ["sentence", "The owner was arrested."],
      ["also_read", "Also Read: Two held for trafficking minors in Faridabad"],
      ["paragraph", "A case has been registered under the ITPA."],
      ["sentence", "A case has been registered under the ITPA."],
      ["boilerplate", "Advertisement"],
      ["boilerplate", "Share: Facebook | X | WhatsApp"],
    ],
  ],
  // "Also Read - ..." glued after a sentence inside a paragraph
  [
    'Bhopal: The police freed nine bonded labourers from a brick kiln. "They were not paid for months," the SDM said. Also Read - Kiln owner held in Sehore for keeping workers captive\n\nThe kiln owner is absconding.',
    [
      ["dateline", "Bhopal:"],
      [
        "paragraph",
        'The police freed nine bonded labourers from a brick kiln. "They were not paid for months," the SDM said.',
      ],
      ["sentence", "The police freed nine bonded labourers from a brick kiln."],
      ["sentence", '"They were not paid for months," the SDM said.'],
      ["also_read", "Also Read - Kiln owner held in Sehore for keeping workers captive"],
      ["paragraph", "The kiln owner is absconding."],
      ["sentence", "The kiln owner is absconding."],
    ],
  ],
  // an embedded tweet: its text line, its picture line (caption) and its signature line
  [
    "Police said the raid followed a tip-off. Four men were held.\nFour men held, six girls rescued in a raid on a guest house in #Agra.\nPhoto: Twitter pic.twitter.com/AbCd123XyZ\n— Example News (@example_news) March 3, 2023\nThe girls were sent to a shelter home.",
    [
      ["paragraph", "Police said the raid followed a tip-off. Four men were held."],
      ["sentence", "Police said the raid followed a tip-off."],
      ["sentence", "Four men were held."],
      ["tweet", "Four men held, six girls rescued in a raid on a guest house in #Agra."],
      ["sentence", "Four men held, six girls rescued in a raid on a guest house in #Agra."],
      ["caption", "Photo: Twitter pic.twitter.com/AbCd123XyZ"],
      ["tweet", "— Example News (@example_news) March 3, 2023"],
      ["paragraph", "The girls were sent to a shelter home."],
      ["sentence", "The girls were sent to a shelter home."],
    ],
  ],
  // a tweet on one line: text, picture link and signature
  [
    "The SP thanked the team.\nThe rescued children were handed over to the CWC. pic.twitter.com/Zz9Yy8Xx7 — Example Police (@ExamplePolice) June 12, 2022\nAn FIR has been lodged.",
    [
      ["paragraph", "The SP thanked the team."],
      ["sentence", "The SP thanked the team."],
      ["tweet", "The rescued children were handed over to the CWC."],
      ["sentence", "The rescued children were handed over to the CWC."],
      ["caption", "pic.twitter.com/Zz9Yy8Xx7"],
      ["tweet", "— Example Police (@ExamplePolice) June 12, 2022"],
      ["paragraph", "An FIR has been lodged."],
      ["sentence", "An FIR has been lodged."],
    ],
  ],
  // the glued related headline in English, mid-text
  [
    "Police raided a lodge near the bus stand. Three women were rescued. The manager was taken into custody. Court jails two traffickers for ten years in Odisha\nThe lodge has been sealed.",
    [
      [
        "paragraph",
        "Police raided a lodge near the bus stand. Three women were rescued. The manager was taken into custody.",
      ],
      ["sentence", "Police raided a lodge near the bus stand."],
      ["sentence", "Three women were rescued."],
      ["sentence", "The manager was taken into custody."],
      ["distractor", "Court jails two traffickers for ten years in Odisha"],
      ["paragraph", "The lodge has been sealed."],
      ["sentence", "The lodge has been sealed."],
    ],
  ],
  // an unpunctuated last sentence that is cut ("... of the") or continues the story ("They ...") is no headline
  [
    "Police raided a farmhouse on the outskirts of the city late on Friday. Two minors were rescued. The accused were produced before the\nmagistrate on Monday.\n\nPolice searched the house. Five phones were seized. They were sent for forensic examination\nThe probe is on.",
    [
      [
        "paragraph",
        "Police raided a farmhouse on the outskirts of the city late on Friday. Two minors were rescued. The accused were produced before the",
      ],
      ["sentence", "Police raided a farmhouse on the outskirts of the city late on Friday."],
      ["sentence", "Two minors were rescued."],
      ["sentence", "The accused were produced before the"],
      ["paragraph", "magistrate on Monday."],
      ["sentence", "magistrate on Monday."],
      ["paragraph", "Police searched the house. Five phones were seized. They were sent for forensic examination"],
      ["sentence", "Police searched the house."],
      ["sentence", "Five phones were seized."],
      ["sentence", "They were sent for forensic examination"],
      ["paragraph", "The probe is on."],
      ["sentence", "The probe is on."],
    ],
  ],
  // abbreviations and initials do not end sentences: Dr., Mr., S.K., Rs., No., U.P., a.m., A.H.T.U., decimals
  [
    "Dr. Meena Rao and Mr. S.K. Singh of the A.H.T.U. led the raid at 5.30 a.m. on Sunday. The girls were found in room No. 4 of a lodge in U.P. and Rs. 4.50 lakh was seized. St. Mary's shelter took them in.",
    [
      [
        "paragraph",
        "Dr. Meena Rao and Mr. S.K. Singh of the A.H.T.U. led the raid at 5.30 a.m. on Sunday. The girls were found in room No. 4 of a lodge in U.P. and Rs. 4.50 lakh was seized. St. Mary's shelter took them in.",
      ],
      ["sentence", "Dr. Meena Rao and Mr. S.K. Singh of the A.H.T.U. led the raid at 5.30 a.m. on Sunday."],
      ["sentence", "The girls were found in room No. 4 of a lodge in U.P. and Rs. 4.50 lakh was seized."],
      ["sentence", "St. Mary's shelter took them in."],
    ],
  ],
  // captions: a "Photo:" line, a trailing "(Representative image)", and a wire caption line with its credit
  [
    "Spa raided in Pune, 8 women rescued\n\nKOLKATA, INDIA - MARCH 2: Women wait outside a shelter home in a file picture. (Photo: Example Agency via Example Images)\n\nPUNE: The crime branch raided a spa in Baner on Tuesday and rescued eight women. Two managers were arrested. (Representative image)\n\nPhoto: Police at the spa in Baner\n\nThe women were sent to a rescue home. The spa has been sealed.\n\nPolice are looking for the owner.",
    [
      ["headline", "Spa raided in Pune, 8 women rescued"],
      ["sentence", "Spa raided in Pune, 8 women rescued"],
      [
        "caption",
        "KOLKATA, INDIA - MARCH 2: Women wait outside a shelter home in a file picture. (Photo: Example Agency via Example Images)",
      ],
      ["dateline", "PUNE:"],
      [
        "paragraph",
        "The crime branch raided a spa in Baner on Tuesday and rescued eight women. Two managers were arrested.",
      ],
      ["sentence", "The crime branch raided a spa in Baner on Tuesday and rescued eight women."],
      ["sentence", "Two managers were arrested."],
      ["caption", "(Representative image)"],
      ["caption", "Photo: Police at the spa in Baner"],
      ["paragraph", "The women were sent to a rescue home. The spa has been sealed."],
      ["sentence", "The women were sent to a rescue home."],
      ["sentence", "The spa has been sealed."],
      ["paragraph", "Police are looking for the owner."],
      ["sentence", "Police are looking for the owner."],
    ],
  ],
  // page furniture of an English portal
  [
    "This story is from March 5, 2021\n\nHome > News > City\n\nTrafficker held at Howrah station\n\nBy Example Correspondent | Mar 5, 2021, 09:40 AM IST\n\nKolkata: GRP personnel intercepted a man travelling with four teenage girls. He was arrested.\n\nFollow us on Google News for the latest updates\nSubscribe to our newsletter\nCopyright © 2021 Example Media. All rights reserved.",
    [
      ["boilerplate", "This story is from March 5, 2021"],
      ["boilerplate", "Home > News > City"],
      ["headline", "Trafficker held at Howrah station"],
      ["sentence", "Trafficker held at Howrah station"],
      ["byline", "By Example Correspondent | Mar 5, 2021, 09:40 AM IST"],
      ["dateline", "Kolkata:"],
      ["paragraph", "GRP personnel intercepted a man travelling with four teenage girls. He was arrested."],
      ["sentence", "GRP personnel intercepted a man travelling with four teenage girls."],
      ["sentence", "He was arrested."],
      ["boilerplate", "Follow us on Google News for the latest updates"],
      ["boilerplate", "Subscribe to our newsletter"],
      ["boilerplate", "Copyright © 2021 Example Media. All rights reserved."],
    ],
  ],
  // at the end of the text: a sentence-case line without a full stop stays a sentence...
  [
    "Railway police rescued 14 children from a train. Two agents were arrested. The children were being taken to work in factories",
    [
      [
        "paragraph",
        "Railway police rescued 14 children from a train. Two agents were arrested. The children were being taken to work in factories",
      ],
      ["sentence", "Railway police rescued 14 children from a train."],
      ["sentence", "Two agents were arrested."],
      ["sentence", "The children were being taken to work in factories"],
    ],
  ],
  // ...a title-case headline glued at the end is a related headline
  [
    "Railway police rescued 14 children from a train. Two agents were arrested. Seven Bonded Labourers Freed From Kiln In Tumakuru",
    [
      ["paragraph", "Railway police rescued 14 children from a train. Two agents were arrested."],
      ["sentence", "Railway police rescued 14 children from a train."],
      ["sentence", "Two agents were arrested."],
      ["distractor", "Seven Bonded Labourers Freed From Kiln In Tumakuru"],
    ],
  ],
  // hard-wrapped plain text: lines rejoin into paragraphs at blank lines
  [
    "Police in Nagpur rescued three women from a rented flat on\nSaturday evening after a decoy customer confirmed that the\nflat was being used for prostitution. The landlord was not\naware of the racket, police said.\n\nTwo men who ran the racket were arrested and booked under the\nImmoral Traffic (Prevention) Act, an officer said.",
    [
      [
        "paragraph",
        "Police in Nagpur rescued three women from a rented flat on\nSaturday evening after a decoy customer confirmed that the\nflat was being used for prostitution. The landlord was not\naware of the racket, police said.",
      ],
      [
        "sentence",
        "Police in Nagpur rescued three women from a rented flat on\nSaturday evening after a decoy customer confirmed that the\nflat was being used for prostitution.",
      ],
      ["sentence", "The landlord was not\naware of the racket, police said."],
      [
        "paragraph",
        "Two men who ran the racket were arrested and booked under the\nImmoral Traffic (Prevention) Act, an officer said.",
      ],
      [
        "sentence",
        "Two men who ran the racket were arrested and booked under the\nImmoral Traffic (Prevention) Act, an officer said.",
      ],
    ],
  ],
  // a standfirst, then a "-" dateline in the second paragraph; question marks and exclamations end sentences
  [
    "Girls lured with jobs, rescued at border\n\nSix girls were stopped at the border on their way to Delhi.\n\nSILIGURI - Who lured them? Police say an agent did! He has been arrested.",
    [
      ["headline", "Girls lured with jobs, rescued at border"],
      ["sentence", "Girls lured with jobs, rescued at border"],
      ["paragraph", "Six girls were stopped at the border on their way to Delhi."],
      ["sentence", "Six girls were stopped at the border on their way to Delhi."],
      ["dateline", "SILIGURI -"],
      ["paragraph", "Who lured them? Police say an agent did! He has been arrested."],
      ["sentence", "Who lured them?"],
      ["sentence", "Police say an agent did!"],
      ["sentence", "He has been arrested."],
    ],
  ],
  // a first paragraph that opens with "Police said:" has no dateline; a "Read more:" line is also_read
  [
    'Police said: "We acted on a tip-off." Four women were rescued.\nRead more: Spa owner held in Indore\nThe accused will be produced in court.',
    [
      ["paragraph", 'Police said: "We acted on a tip-off." Four women were rescued.'],
      ["sentence", 'Police said: "We acted on a tip-off."'],
      ["sentence", "Four women were rescued."],
      ["also_read", "Read more: Spa owner held in Indore"],
      ["paragraph", "The accused will be produced in court."],
      ["sentence", "The accused will be produced in court."],
    ],
  ],
  // a credit glued to the end of the last paragraph is a byline, not a related headline
  [
    "Police rescued two girls from a spa. The owner fled. (With inputs from PTI)",
    [
      ["paragraph", "Police rescued two girls from a spa. The owner fled."],
      ["sentence", "Police rescued two girls from a spa."],
      ["sentence", "The owner fled."],
      ["byline", "(With inputs from PTI)"],
    ],
  ],
  // sloppy punctuation in body prose (articles, auxiliaries) is not a related headline
  [
    "The labour department inspected the factory. Nine children were found at work. The owner can now be prosecuted under the law\nThe children were sent home.",
    [
      [
        "paragraph",
        "The labour department inspected the factory. Nine children were found at work. The owner can now be prosecuted under the law",
      ],
      ["sentence", "The labour department inspected the factory."],
      ["sentence", "Nine children were found at work."],
      ["sentence", "The owner can now be prosecuted under the law"],
      ["paragraph", "The children were sent home."],
      ["sentence", "The children were sent home."],
    ],
  ],
  // a pointer opening a long scraped line runs to the end of its first sentence; the prose after it is kept
  [
    "Also Read: Two held for trafficking minors in Pune. Police in Nashik on Monday rescued five women from a lodge near the old bus stand after a decoy customer confirmed that the lodge was being used for prostitution. The lodge manager and two agents were arrested and booked under the Immoral Traffic (Prevention) Act.",
    [
      ["also_read", "Also Read: Two held for trafficking minors in Pune."],
      [
        "paragraph",
        "Police in Nashik on Monday rescued five women from a lodge near the old bus stand after a decoy customer confirmed that the lodge was being used for prostitution. The lodge manager and two agents were arrested and booked under the Immoral Traffic (Prevention) Act.",
      ],
      [
        "sentence",
        "Police in Nashik on Monday rescued five women from a lodge near the old bus stand after a decoy customer confirmed that the lodge was being used for prostitution.",
      ],
      [
        "sentence",
        "The lodge manager and two agents were arrested and booked under the Immoral Traffic (Prevention) Act.",
      ],
    ],
  ],
];

/** Language of short texts in English and other scripts. */
export const EN_LANG_CORPUS: [text: string, lang: DetectedLang][] = [
  ["Police rescued nine girls from a house in Kanpur.", "en"],
  ["Hyderabad", "en"],
  ["The SP said the A.H.T.U. team was led by Inspector Rao.", "en"],
  ['The officer said, "हमने आरोपी को पकड़ लिया है और जांच जारी है"', "mixed"],
  ["சென்னையில் போலீசார் சோதனை நடத்தினர்", "other"],
  ["পুলিশ চারজনকে গ্রেপ্তার করেছে", "other"],
  ["الشرطة اعتقلت أربعة أشخاص", "other"],
  ["Полиция задержала четырёх человек", "other"],
  ["警察逮捕了四人", "other"],
  ["12/04/2024 — 10:30 !!! (5)", "none"],
  ["", "none"],
  ["😀 👍", "none"],
];
