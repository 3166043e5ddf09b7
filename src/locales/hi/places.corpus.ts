// Hindi place-mention corpus: sentences written for this test (not taken from any report), each with the places
// findPlaces + resolvePlaces must give, in text order, and nothing else.
// Expected values are references "kind:Canonical Name[@State][#District]"; "demonym:Country" marks a demonym.
// The district after "#" is checked only where it is written (Mumbai and Delhi, where a locality decides it).

export const HI_PLACES_CORPUS: [string, string[]][] = [
  // postpositions, inflection, spelling variants
  ["कानपुर के नौबस्ता इलाके में पुलिस ने छापा मारा।", ["city:Kanpur@Uttar Pradesh", "locality:Naubasta@Uttar Pradesh"]],
  ["बचाई गई युवतियां असम और दिल्ली की रहने वाली हैं।", ["state:Assam", "state:Delhi"]],
  ["रांची में मानव तस्करी के आरोप में दो लोग गिरफ्तार", ["district:Ranchi@Jharkhand"]],
  ["राँची पुलिस ने तीन बच्चियों को मुक्त कराया", ["district:Ranchi@Jharkhand"]],
  ["फ़ैज़ाबाद की एक युवती को भी छुड़ाया गया", ["district:Ayodhya@Uttar Pradesh"]],
  ["बिहारशरीफ के कागजी मोहल्ले में छापेमारी हुई", ["city:Bihar Sharif@Bihar"]],
  ["बिहार शरीफ में दो दलाल पकड़े गए", ["city:Bihar Sharif@Bihar"]],
  ["नोएडा के सेक्टर 63 स्थित होटल से पांच लड़कियां बरामद", ["city:Noida@Uttar Pradesh"]],
  ["गुरुग्राम के एक होटल में चल रहा था देह व्यापार", ["district:Gurugram@Haryana"]],
  ["जयपुर में स्पा सेंटर पर पुलिस की रेड", ["district:Jaipur@Rajasthan"]],
  ["सिलीगुड़ी से नेपाल की सात लड़कियों को बचाया गया", ["city:Siliguri@West Bengal", "country:Nepal"]],
  ["सिलीगुढ़ी में पकड़े गए दलाल", ["city:Siliguri@West Bengal"]],
  ["वाराणसी के सिगरा थाना क्षेत्र में होटल पर छापा", ["district:Varanasi@Uttar Pradesh"]],
  ["बनारस में पुलिस ने सेक्स रैकेट का भंडाफोड़ किया", ["city:Varanasi@Uttar Pradesh"]],
  ["झारखण्ड की राजधानी रांची से आई खबर", ["state:Jharkhand", "district:Ranchi@Jharkhand"]],
  ["जम्मू-कश्मीर पुलिस ने तस्करी गिरोह पकड़ा", ["state:Jammu and Kashmir"]],
  ["उड़ीसा की दो युवतियां भी मिलीं", ["state:Odisha"]],
  ["ओडिशा के खुर्दा जिले से लापता बच्चियां", ["state:Odisha", "district:Khordha@Odisha"]],
  ["होशंगाबाद में नाबालिग का विवाह रुकवाया गया", ["district:Narmadapuram@Madhya Pradesh"]],
  ["उत्तरप्रदेश और मध्यप्रदेश की पुलिस ने संयुक्त कार्रवाई की", ["state:Uttar Pradesh", "state:Madhya Pradesh"]],
  // code-mixed: English glosses in parentheses are second mentions of the same place
  [
    "इलाहाबाद (प्रयागराज) के मीरगंज इलाके से नाबालिग मुक्त",
    ["district:Prayagraj@Uttar Pradesh", "district:Prayagraj@Uttar Pradesh"],
  ],
  ["कानपुर (Kanpur) में पुलिस ने जाल बिछाया", ["city:Kanpur@Uttar Pradesh", "city:Kanpur@Uttar Pradesh"]],
  ["उत्तर प्रदेश (Uttar Pradesh) पुलिस ने कार्रवाई की", ["state:Uttar Pradesh", "state:Uttar Pradesh"]],
  ["गया (Gaya) स्टेशन पर बच्चों को रोका गया", ["district:Gaya@Bihar", "district:Gaya@Bihar"]],
  // short forms
  ["यूपी के मेरठ में कबाड़ी बाजार से युवतियां मुक्त", ["state:Uttar Pradesh", "district:Meerut@Uttar Pradesh"]],
  ["एमपी के ग्वालियर में गेस्ट हाउस पर छापा", ["state:Madhya Pradesh", "district:Gwalior@Madhya Pradesh"]],
  // names shared by several places: the context decides
  ["बिहार के औरंगाबाद जिले की दो लड़कियां बरामद", ["state:Bihar", "district:Aurangabad@Bihar"]],
  ["महाराष्ट्र के औरंगाबाद में पुलिस ने छापा मारा", ["state:Maharashtra", "district:Chhatrapati Sambhajinagar@Maharashtra"]],
  [
    "रामपुर के बिलासपुर में ईंट भट्ठे से ग्यारह परिवार मुक्त कराए गए",
    ["district:Rampur@Uttar Pradesh", "city:Bilaspur@Uttar Pradesh#Rampur"],
  ],
  ["हिमाचल के बिलासपुर में पुलिस ने दो दलाल पकड़े", ["state:Himachal Pradesh", "district:Bilaspur@Himachal Pradesh"]],
  [
    "छत्तीसगढ़ के बिलासपुर से लापता किशोरी दिल्ली में मिली",
    ["state:Chhattisgarh", "district:Bilaspur@Chhattisgarh", "state:Delhi"],
  ],
  ["उत्तर प्रदेश के हमीरपुर जिले में बाल मजदूरी का मामला", ["state:Uttar Pradesh", "district:Hamirpur@Uttar Pradesh"]],
  ["राजस्थान के प्रतापगढ़ में नाबालिग का सौदा", ["state:Rajasthan", "district:Pratapgarh@Rajasthan"]],
  [
    "बलरामपुर (छत्तीसगढ़) की युवती को झारखंड से छुड़ाया गया",
    ["district:Balrampur@Chhattisgarh", "state:Chhattisgarh", "state:Jharkhand"],
  ],
  // words that are also place names
  ["वह बाजार गया और सब्जी लेकर लौटा।", []],
  ["गया जिले के शेरघाटी से तीन बच्चे बरामद", ["district:Gaya@Bihar"]],
  ["बिहार के गया में मानव तस्कर गिरफ्तार", ["state:Bihar", "district:Gaya@Bihar"]],
  ["दिल्ली से वह सीधे घर गया।", ["state:Delhi"]],
  ["बस्ती में रहने वाले लोगों ने पुलिस को सूचना दी।", []],
  ["बस्ती जिले की पुलिस ने दलाल को दबोचा", ["district:Basti@Uttar Pradesh"]],
  ["किसी भी सूरत में आरोपी को बख्शा नहीं जाएगा", []],
  ["गुजरात के सूरत में थाईलैंड की युवतियां पकड़ी गईं", ["state:Gujarat", "district:Surat@Gujarat", "country:Thailand"]],
  ["आनंद ने बताया कि वह घटना के समय घर पर था", []],
  [
    "सागर जिले में पुलिस ने छापा मारा और सागर के दो होटल सील किए",
    ["district:Sagar@Madhya Pradesh", "district:Sagar@Madhya Pradesh"],
  ],
  ["राजू उर्फ ईरान को भी पुलिस ने गिरफ्तार किया", []],
  ["चीनी की कीमतें बढ़ गई हैं", []],
  // foreign victims, demonyms
  [
    "नेपाली मूल की 18 युवतियों को दिल्ली के वसंत विहार से मुक्त कराया",
    ["demonym:Nepal", "state:Delhi", "locality:Vasant Vihar@Delhi"],
  ],
  [
    "बांग्लादेशी महिलाओं को कोलकाता के सोनागाछी से छुड़ाया गया",
    ["demonym:Bangladesh", "district:Kolkata@West Bengal", "locality:Sonagachi@West Bengal"],
  ],
  ["उज्बेकिस्तान की चार युवतियां हैदराबाद में पकड़ी गईं", ["country:Uzbekistan", "district:Hyderabad@Telangana"]],
  ["थाई युवतियों से स्पा में काम कराया जा रहा था", ["demonym:Thailand"]],
  ["दो चीनी नागरिकों को हिरासत में लिया गया", ["demonym:China"]],
  ["गुड़गांव के एक फ्लैट से नेपाली युवतियां मुक्त", ["district:Gurugram@Haryana", "demonym:Nepal"]],
  // cities, localities, datelines
  ["नई दिल्ली के पहाड़गंज में होटल पर छापा", ["district:New Delhi@Delhi", "locality:Paharganj@Delhi"]],
  ["मुंबई के गोरेगांव में स्पा पर छापा", ["city:Mumbai@Maharashtra#Mumbai Suburban", "locality:Goregaon@Maharashtra"]],
  ["मुंबई के अंधेरी (पूर्व) में स्पा पर छापा", ["city:Mumbai@Maharashtra#Mumbai Suburban", "locality:Andheri@Maharashtra"]],
  ["अंधेरी रात में पुलिस ने गश्त बढ़ाई", []],
  ["लखनऊ: विभूति खंड के होटल में छापा", ["district:Lucknow@Uttar Pradesh"]],
  [
    "हरिद्वार जिले के रुड़की में होटल पर छापा, दिल्ली और पंजाब की युवतियां मिलीं",
    ["district:Haridwar@Uttarakhand", "city:Roorkee@Uttarakhand", "state:Delhi", "state:Punjab"],
  ],
  ["नैनीताल के हल्द्वानी में स्पा सेंटर पर कार्रवाई", ["district:Nainital@Uttarakhand", "city:Haldwani@Uttarakhand"]],
  [
    "चंदौली के पीडीडीयू नगर जंक्शन पर बाल मजदूर मुक्त",
    ["district:Chandauli@Uttar Pradesh", "city:Pandit Deen Dayal Upadhyaya Nagar@Uttar Pradesh"],
  ],
  ["उत्तर 24 परगना जिले के बशीरहाट से दो किशोरियां लापता", ["district:North 24 Parganas@West Bengal"]],
];
