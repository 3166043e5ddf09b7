// Segmentation examples in Hindi, code-mixed Hindi and romanized Hindi (Hinglish), written for this corpus (not
// copied from any outlet). Each pair: an input page and the segments expected, in text order, as [kind, text];
// sentences follow the block they belong to. Texts are written naturally; the test normalises them.
import type { SegmentKind } from "../../core/types.js";
import type { DetectedLang } from "../../text/lang.js";

export type SegmentExample = [input: string, expected: [SegmentKind, string][]];

export const HI_SEGMENT_CORPUS: SegmentExample[] = [
  // headline, colon dateline, "।" sentences, an "ये भी पढ़ें:" line between paragraphs, a closing copyright line
  [
    "कानपुर में स्पा की आड़ में चल रहा था धंधा, चार युवतियां मुक्त\n\nकानपुर: पुलिस ने शनिवार को एक स्पा सेंटर पर छापा मारा। मौके से चार युवतियों को मुक्त कराया गया।\nये भी पढ़ें: आगरा में होटल पर छापा, दो दलाल गिरफ्तार\nसंचालक फरार है। पुलिस उसकी तलाश कर रही है।\n© 2024 उदाहरण समाचार",
    [
      ["headline", "कानपुर में स्पा की आड़ में चल रहा था धंधा, चार युवतियां मुक्त"],
      ["sentence", "कानपुर में स्पा की आड़ में चल रहा था धंधा, चार युवतियां मुक्त"],
      ["dateline", "कानपुर:"],
      ["paragraph", "पुलिस ने शनिवार को एक स्पा सेंटर पर छापा मारा। मौके से चार युवतियों को मुक्त कराया गया।"],
      ["sentence", "पुलिस ने शनिवार को एक स्पा सेंटर पर छापा मारा।"],
      ["sentence", "मौके से चार युवतियों को मुक्त कराया गया।"],
      ["also_read", "ये भी पढ़ें: आगरा में होटल पर छापा, दो दलाल गिरफ्तार"],
      ["paragraph", "संचालक फरार है। पुलिस उसकी तलाश कर रही है।"],
      ["sentence", "संचालक फरार है।"],
      ["sentence", "पुलिस उसकी तलाश कर रही है।"],
      ["boilerplate", "© 2024 उदाहरण समाचार"],
    ],
  ],
  // the glued related headline: the paragraph punctuates, its unpunctuated last sentence starts a new story
  [
    "बरेली। पुलिस ने एक मकान पर दबिश दी। वहां से दो नाबालिग लड़कियां बरामद हुईं। आरोपी महिला को गिरफ्तार कर लिया गया। मुंबई पुलिस ने होटल से सात युवतियों को छुड़ाया\nएसपी ने बताया कि मामले की जांच जारी है।",
    [
      ["dateline", "बरेली।"],
      ["paragraph", "पुलिस ने एक मकान पर दबिश दी। वहां से दो नाबालिग लड़कियां बरामद हुईं। आरोपी महिला को गिरफ्तार कर लिया गया।"],
      ["sentence", "पुलिस ने एक मकान पर दबिश दी।"],
      ["sentence", "वहां से दो नाबालिग लड़कियां बरामद हुईं।"],
      ["sentence", "आरोपी महिला को गिरफ्तार कर लिया गया।"],
      ["distractor", "मुंबई पुलिस ने होटल से सात युवतियों को छुड़ाया"],
      ["paragraph", "एसपी ने बताया कि मामले की जांच जारी है।"],
      ["sentence", "एसपी ने बताया कि मामले की जांच जारी है।"],
    ],
  ],
  // the same shape, but the last sentence continues the story ("उसने ..."): kept as a sentence
  [
    "पुलिस ने ढाबे पर छापा मारा। वहां से तीन बाल मजदूर मुक्त कराए गए। ढाबा मालिक को हिरासत में लिया गया। उसने बच्चों को बिहार से बुलाया था\nमामले में केस दर्ज कर लिया गया है।",
    [
      [
        "paragraph",
        "पुलिस ने ढाबे पर छापा मारा। वहां से तीन बाल मजदूर मुक्त कराए गए। ढाबा मालिक को हिरासत में लिया गया। उसने बच्चों को बिहार से बुलाया था",
      ],
      ["sentence", "पुलिस ने ढाबे पर छापा मारा।"],
      ["sentence", "वहां से तीन बाल मजदूर मुक्त कराए गए।"],
      ["sentence", "ढाबा मालिक को हिरासत में लिया गया।"],
      ["sentence", "उसने बच्चों को बिहार से बुलाया था"],
      ["paragraph", "मामले में केस दर्ज कर लिया गया है।"],
      ["sentence", "मामले में केस दर्ज कर लिया गया है।"],
    ],
  ],
  // at the end of the text a forgotten full stop is common: a body sentence ending in "है" stays a sentence...
  [
    "पुलिस ने गिरोह के दो सदस्यों को पकड़ा। दोनों से पूछताछ की गई। गिरोह के बाकी सदस्यों की तलाश की जा रही है",
    [
      ["paragraph", "पुलिस ने गिरोह के दो सदस्यों को पकड़ा। दोनों से पूछताछ की गई। गिरोह के बाकी सदस्यों की तलाश की जा रही है"],
      ["sentence", "पुलिस ने गिरोह के दो सदस्यों को पकड़ा।"],
      ["sentence", "दोनों से पूछताछ की गई।"],
      ["sentence", "गिरोह के बाकी सदस्यों की तलाश की जा रही है"],
    ],
  ],
  // ...but a headline-styled one (no auxiliary) glued at the very end is still a related headline
  [
    "पुलिस ने ईंट भट्ठे पर छापा मारा। बारह मजदूरों को बंधन से मुक्त कराया गया। भट्ठा संचालक के खिलाफ केस दर्ज हुआ। जयपुर में मानव तस्करी गिरोह का पर्दाफाश, पांच गिरफ्तार",
    [
      ["paragraph", "पुलिस ने ईंट भट्ठे पर छापा मारा। बारह मजदूरों को बंधन से मुक्त कराया गया। भट्ठा संचालक के खिलाफ केस दर्ज हुआ।"],
      ["sentence", "पुलिस ने ईंट भट्ठे पर छापा मारा।"],
      ["sentence", "बारह मजदूरों को बंधन से मुक्त कराया गया।"],
      ["sentence", "भट्ठा संचालक के खिलाफ केस दर्ज हुआ।"],
      ["distractor", "जयपुर में मानव तस्करी गिरोह का पर्दाफाश, पांच गिरफ्तार"],
    ],
  ],
  // a single unpunctuated sentence is the whole report: a paragraph, never a headline or distractor
  [
    "स्टेशन पर ट्रेन से छह बच्चों को मुक्त कराया गया और दो दलाल पकड़े गए",
    [
      ["paragraph", "स्टेशन पर ट्रेन से छह बच्चों को मुक्त कराया गया और दो दलाल पकड़े गए"],
      ["sentence", "स्टेशन पर ट्रेन से छह बच्चों को मुक्त कराया गया और दो दलाल पकड़े गए"],
    ],
  ],
  // site chrome of a Hindi portal: breadcrumb, byline with timestamp, share bar, caption, advertisement
  [
    "होम / राज्य / बिहार / अपराध\n\nपटना में देह व्यापार गिरोह का खुलासा\n\nरिपोर्ट: उदाहरण संवाददाता | प्रकाशित: 3 मार्च 2024, 10:15 IST\nशेयर करें: WhatsApp | Facebook | X\n\nपटना: पुलिस ने एक होटल पर छापा मारकर तीन युवतियों को मुक्त कराया। होटल मैनेजर गिरफ्तार हुआ।\n\n(फाइल फोटो)\n\nविज्ञापन\n\nहोटल को सील कर दिया गया है।",
    [
      ["boilerplate", "होम / राज्य / बिहार / अपराध"],
      ["headline", "पटना में देह व्यापार गिरोह का खुलासा"],
      ["sentence", "पटना में देह व्यापार गिरोह का खुलासा"],
      ["byline", "रिपोर्ट: उदाहरण संवाददाता | प्रकाशित: 3 मार्च 2024, 10:15 IST"],
      ["boilerplate", "शेयर करें: WhatsApp | Facebook | X"],
      ["dateline", "पटना:"],
      ["paragraph", "पुलिस ने एक होटल पर छापा मारकर तीन युवतियों को मुक्त कराया। होटल मैनेजर गिरफ्तार हुआ।"],
      ["sentence", "पुलिस ने एक होटल पर छापा मारकर तीन युवतियों को मुक्त कराया।"],
      ["sentence", "होटल मैनेजर गिरफ्तार हुआ।"],
      ["caption", "(फाइल फोटो)"],
      ["boilerplate", "विज्ञापन"],
      ["paragraph", "होटल को सील कर दिया गया है।"],
      ["sentence", "होटल को सील कर दिया गया है।"],
    ],
  ],
  // a bare "ये भी पढ़ें" heading: the headline lines under it, up to the blank line, are other stories
  [
    "गोंडा में बाल विवाह रुकवाया गया\n\nगोंडा: प्रशासन ने एक गांव में तेरह साल की बच्ची की शादी रुकवाई। परिवार को समझाया गया।\n\nये भी पढ़ें\nबहराइच में नेपाल सीमा पर दो किशोरियां बचाई गईं\nलखनऊ में स्पा सेंटर पर छापा, संचालक हिरासत में\n\nटैग्स: गोंडा, बाल विवाह",
    [
      ["headline", "गोंडा में बाल विवाह रुकवाया गया"],
      ["sentence", "गोंडा में बाल विवाह रुकवाया गया"],
      ["dateline", "गोंडा:"],
      ["paragraph", "प्रशासन ने एक गांव में तेरह साल की बच्ची की शादी रुकवाई। परिवार को समझाया गया।"],
      ["sentence", "प्रशासन ने एक गांव में तेरह साल की बच्ची की शादी रुकवाई।"],
      ["sentence", "परिवार को समझाया गया।"],
      ["also_read", "ये भी पढ़ें"],
      ["also_read", "बहराइच में नेपाल सीमा पर दो किशोरियां बचाई गईं"],
      ["also_read", "लखनऊ में स्पा सेंटर पर छापा, संचालक हिरासत में"],
      ["boilerplate", "टैग्स: गोंडा, बाल विवाह"],
    ],
  ],
  // a ticker line of other headlines, then a dated dateline "रामपुर, फरवरी 21 --"
  [
    "ताज़ा खबरें: मेरठ में दो तस्कर पकड़े गए ● आगरा में होटल सील\nरामपुर, फरवरी 21 -- पुलिस ने ईंट भट्ठे से नौ मजदूर छुड़ाए। भट्ठा मालिक पर केस दर्ज हुआ।",
    [
      ["also_read", "ताज़ा खबरें: मेरठ में दो तस्कर पकड़े गए ● आगरा में होटल सील"],
      ["dateline", "रामपुर, फरवरी 21 --"],
      ["paragraph", "पुलिस ने ईंट भट्ठे से नौ मजदूर छुड़ाए। भट्ठा मालिक पर केस दर्ज हुआ।"],
      ["sentence", "पुलिस ने ईंट भट्ठे से नौ मजदूर छुड़ाए।"],
      ["sentence", "भट्ठा मालिक पर केस दर्ज हुआ।"],
    ],
  ],
  // a desk dateline, and full stops that do not end sentences: "डॉ.", initials "एम. के.", "जे.पी.", "4.50"
  [
    "डिजिटल डेस्क, प्रयागराज। अदालत ने दोषियों पर 4.50 लाख रुपये का जुर्माना लगाया. मामले की पैरवी डॉ. सुनील ने की. एसपी एम. के. सिंह और जे.पी. यादव ने जांच की थी.",
    [
      ["dateline", "डिजिटल डेस्क, प्रयागराज।"],
      [
        "paragraph",
        "अदालत ने दोषियों पर 4.50 लाख रुपये का जुर्माना लगाया. मामले की पैरवी डॉ. सुनील ने की. एसपी एम. के. सिंह और जे.पी. यादव ने जांच की थी.",
      ],
      ["sentence", "अदालत ने दोषियों पर 4.50 लाख रुपये का जुर्माना लगाया."],
      ["sentence", "मामले की पैरवी डॉ. सुनील ने की."],
      ["sentence", "एसपी एम. के. सिंह और जे.पी. यादव ने जांच की थी."],
    ],
  ],
  // a line that is only place and date is the dateline; the headline repeated below the body is a headline again
  [
    "भोपाल, 21 मई 2019\nभीख मंगवाने वाला गिरोह पकड़ा गया\n\nपुलिस ने चौराहों से बीस बच्चों को छुड़ाया। गिरोह के छह लोग पकड़े गए।\n\nभीख मंगवाने वाला गिरोह पकड़ा गया",
    [
      ["dateline", "भोपाल, 21 मई 2019"],
      ["headline", "भीख मंगवाने वाला गिरोह पकड़ा गया"],
      ["sentence", "भीख मंगवाने वाला गिरोह पकड़ा गया"],
      ["paragraph", "पुलिस ने चौराहों से बीस बच्चों को छुड़ाया। गिरोह के छह लोग पकड़े गए।"],
      ["sentence", "पुलिस ने चौराहों से बीस बच्चों को छुड़ाया।"],
      ["sentence", "गिरोह के छह लोग पकड़े गए।"],
      ["headline", "भीख मंगवाने वाला गिरोह पकड़ा गया"],
      ["sentence", "भीख मंगवाने वाला गिरोह पकड़ा गया"],
    ],
  ],
  // "|" typed for the danda, and an inline "यह भी पढ़ें:" after a sentence
  [
    "पुलिस ने दो दलालों को पकड़ा | उनके पास से तीन मोबाइल मिले | यह भी पढ़ें: अलीगढ़ में स्पा पर छापा",
    [
      ["paragraph", "पुलिस ने दो दलालों को पकड़ा | उनके पास से तीन मोबाइल मिले |"],
      ["sentence", "पुलिस ने दो दलालों को पकड़ा |"],
      ["sentence", "उनके पास से तीन मोबाइल मिले |"],
      ["also_read", "यह भी पढ़ें: अलीगढ़ में स्पा पर छापा"],
    ],
  ],
  // code-mixed Hindi: a glossed dateline "कुल्लू (Kullu):" and "(English)" glosses in the sentences
  [
    "कुल्लू (Kullu): पुलिस ने एक होटल (Hotel) में रेड (Raid) की। वहां से छह युवतियों को रेस्क्यू (Rescue) किया गया।",
    [
      ["dateline", "कुल्लू (Kullu):"],
      ["paragraph", "पुलिस ने एक होटल (Hotel) में रेड (Raid) की। वहां से छह युवतियों को रेस्क्यू (Rescue) किया गया।"],
      ["sentence", "पुलिस ने एक होटल (Hotel) में रेड (Raid) की।"],
      ["sentence", "वहां से छह युवतियों को रेस्क्यू (Rescue) किया गया।"],
    ],
  ],
  // an English headline glued before the dateline of a Hindi report
  [
    "Spa racket busted in Hotel Sunrise, Dhanbad : धनबाद के एक होटल में पुलिस ने छापा मारा। पांच लोग पकड़े गए।",
    [
      ["headline", "Spa racket busted in Hotel Sunrise"],
      ["sentence", "Spa racket busted in Hotel Sunrise"],
      ["dateline", "Dhanbad :"],
      ["paragraph", "धनबाद के एक होटल में पुलिस ने छापा मारा। पांच लोग पकड़े गए।"],
      ["sentence", "धनबाद के एक होटल में पुलिस ने छापा मारा।"],
      ["sentence", "पांच लोग पकड़े गए।"],
    ],
  ],
  // Hinglish with punctuation and a dated English dateline
  [
    "Chandauli, April 30 -- RPF ne station par do trains se paanch bachchon ko mukt karaya. Dono taskar Bihar ke rehne wale hain.",
    [
      ["dateline", "Chandauli, April 30 --"],
      [
        "paragraph",
        "RPF ne station par do trains se paanch bachchon ko mukt karaya. Dono taskar Bihar ke rehne wale hain.",
      ],
      ["sentence", "RPF ne station par do trains se paanch bachchon ko mukt karaya."],
      ["sentence", "Dono taskar Bihar ke rehne wale hain."],
    ],
  ],
  // Hinglish with no punctuation at all: every line a paragraph, nothing dropped, no headline
  [
    "police ne hotel par chhapa maara\nteen ladkiyon ko mukt karaya gaya\nmanager ko giraftaar kar liya gaya",
    [
      ["paragraph", "police ne hotel par chhapa maara"],
      ["sentence", "police ne hotel par chhapa maara"],
      ["paragraph", "teen ladkiyon ko mukt karaya gaya"],
      ["sentence", "teen ladkiyon ko mukt karaya gaya"],
      ["paragraph", "manager ko giraftaar kar liya gaya"],
      ["sentence", "manager ko giraftaar kar liya gaya"],
    ],
  ],
  // Hinglish glued related headline mid-text
  [
    "Ranchi: Police ne ek makaan par chhapa maara. Wahan se do naabalig ladkiyan mili. Makaan malik faraar hai. Dhanbad mein teen dalal giraftaar\nSSP ne jaanch ke aadesh diye.",
    [
      ["dateline", "Ranchi:"],
      [
        "paragraph",
        "Police ne ek makaan par chhapa maara. Wahan se do naabalig ladkiyan mili. Makaan malik faraar hai.",
      ],
      ["sentence", "Police ne ek makaan par chhapa maara."],
      ["sentence", "Wahan se do naabalig ladkiyan mili."],
      ["sentence", "Makaan malik faraar hai."],
      ["distractor", "Dhanbad mein teen dalal giraftaar"],
      ["paragraph", "SSP ne jaanch ke aadesh diye."],
      ["sentence", "SSP ne jaanch ke aadesh diye."],
    ],
  ],
  // a caption line with a credit after the headline, then the body (Hindi report, English caption)
  [
    "सूरत में थाई स्पा पर छापा\n\nगिरफ्तार आरोपी पुलिस हिरासत में (Photo: Example Agency)\n\nसूरत: पुलिस ने स्पा से चार विदेशी युवतियों को मुक्त कराया। संचालक गिरफ्तार हुआ।\n\nउसके खिलाफ केस दर्ज किया गया है।\n\nजांच जारी है।",
    [
      ["headline", "सूरत में थाई स्पा पर छापा"],
      ["sentence", "सूरत में थाई स्पा पर छापा"],
      ["caption", "गिरफ्तार आरोपी पुलिस हिरासत में (Photo: Example Agency)"],
      ["dateline", "सूरत:"],
      ["paragraph", "पुलिस ने स्पा से चार विदेशी युवतियों को मुक्त कराया। संचालक गिरफ्तार हुआ।"],
      ["sentence", "पुलिस ने स्पा से चार विदेशी युवतियों को मुक्त कराया।"],
      ["sentence", "संचालक गिरफ्तार हुआ।"],
      ["paragraph", "उसके खिलाफ केस दर्ज किया गया है।"],
      ["sentence", "उसके खिलाफ केस दर्ज किया गया है।"],
      ["paragraph", "जांच जारी है।"],
      ["sentence", "जांच जारी है।"],
    ],
  ],
  // a rank before a colon opens a quote, not a dateline
  [
    "एसपी अजय सिंह: हमने दोनों आरोपियों को पकड़ लिया है। बच्चियों को उनके घर भेजा जाएगा।",
    [
      ["paragraph", "एसपी अजय सिंह: हमने दोनों आरोपियों को पकड़ लिया है। बच्चियों को उनके घर भेजा जाएगा।"],
      ["sentence", "एसपी अजय सिंह: हमने दोनों आरोपियों को पकड़ लिया है।"],
      ["sentence", "बच्चियों को उनके घर भेजा जाएगा।"],
    ],
  ],
];

/** Language of short texts: Hindi, code-mixed Hindi, Hinglish. */
export const HI_LANG_CORPUS: [text: string, lang: DetectedLang][] = [
  ["पुलिस ने होटल से चार युवतियों को मुक्त कराया।", "hi"],
  ["जिले के SP और DSP ने मौके पर पहुंचकर FIR दर्ज कराई।", "hi"],
  ["नौबस्ता इलाके (Naubasta Area) में सेक्स रैकेट (Sex Racket) चलने की खबर (News) मिली थी।", "mixed"],
  ["उत्तर प्रदेश (Uttar Pradesh) के कानपुर (Kanpur) में एक इंटर-स्टेट ऑनलाइन सेक्स रैकेट (Online Sex Racket) पकड़ा गया।", "mixed"],
  ["ladkiyon ko mukt karaya", "mixed"],
  ["police ne", "mixed"],
  ["PDDU Junction par Tuesday ko RPF aur Association for Voluntary Action sanstha ne abhiyan chalaya.", "mixed"],
  ["Dumka ki 16 adivasi ladkiyon ko Bengaluru le ja rahe the do dalal, station par hi sabko mukt karaya gaya", "mixed"],
  ["भोपाल", "hi"],
];
