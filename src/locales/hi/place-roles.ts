// Hindi (Devanagari) words that tell what a place mention is to the incident: where victims came from ("असम की
// युवतियां", "बिहार से लाई गई"), an accused person's home ("कानपुर निवासी आशीष"), or where victims were taken.
// Words are written as reports write them; src/extract/origins.ts normalises them (nukta, chandrabindu) at load.
import type { PlaceRoleCues } from "../../extract/origins.js";

export const HI_PLACE_ROLES: PlaceRoleCues = {
  // stems: "लड़की", "लड़कियां", "युवतियों", "बच्चे"
  victimNounStems: ["लड़क", "युवत", "महिला", "बच्च", "नाबालिग", "मजदूर", "श्रमिक", "किशोर", "बालक", "बालिका", "पीड़ित"],
  postpositions: ["की", "के", "से"],
  residencePostpositions: ["का"],
  ablative: ["से"],
  // "X की बताई गई हैं", "X से लाई गई", "X से बुलाया गया था"
  originVerbs: [
    "रहने",
    "निवासी",
    "बताई",
    "बताए",
    "है",
    "हैं",
    "लाया",
    "लाई",
    "लाए",
    "लाकर",
    "बुलाया",
    "बुलाई",
    "बुलाकर",
    "आई",
    "आए",
    "आया",
  ],
  residence: ["रहने वाले", "रहने वाली", "रहने वाला", "निवासी", "निवासियों", "मूल निवासी"],
  // the statement ends on a copula or a reporting verb: "... की रहने वाली हैं", "... की रहने वाली बताई गई है"
  predicateEnd: ["हैं", "है", "थे", "थीं", "थी", "बताई", "बताए", "बताया", "बताया गया", "हो"],
  adminWords: ["जिले", "जिला", "जिलों", "शहर", "गांव", "कस्बे", "कस्बा", "प्रखंड", "ब्लॉक", "राज्य", "प्रदेश"],
  listJoins: ["और", "व", "तथा", "एवं", "समेत", "सहित", "के अलावा"],
  otherWords: ["दूसरे", "दूसरी", "अन्य", "कई"],
  // "X से छुड़ाई गई युवतियां": rescued FROM the place, which is where the raid was
  rescueVerbStems: ["छुड़ा", "छुडा", "मुक्त", "बरामद", "बचा", "रेस्क्यू", "वापस"],
  // "अपने घर (प्रयागराज) से भागकर": the victims' home
  homeBefore: ["अपने घर", "अपने गांव", "अपने गाँव", "पैतृक गांव"],
  compass: {
    मध्य: "Central",
    उत्तर: "North",
    उत्तरी: "North",
    दक्षिण: "South",
    दक्षिणी: "South",
    पूर्व: "East",
    पूर्वी: "East",
    पश्चिम: "West",
    पश्चिमी: "West",
    "उत्तर पूर्व": "North East",
    "उत्तर पूर्वी": "North East",
    "उत्तर पश्चिम": "North West",
    "उत्तर पश्चिमी": "North West",
    "दक्षिण पूर्व": "South East",
    "दक्षिण पूर्वी": "South East",
    "दक्षिण पश्चिम": "South West",
    "दक्षिण पश्चिमी": "South West",
  },
  containerOf: ["के", "की", "का"],
  near: ["के पास", "के नजदीक", "के निकट"],
  capitalNames: ["दिल्ली", "देहली"],
  lureAfter: [
    "नौकरी दिला",
    "नौकरी दिलवा",
    "नौकरी लगवा",
    "नौकरी का झांसा",
    "नौकरी के नाम पर",
    "नौकरी का लालच",
    "काम दिला",
    "काम का झांसा",
    "रोजगार दिला",
  ],
  destinationAfter: ["ले जा", "ले जाय", "ले जाई", "ले जाए", "भेज", "भेजा", "जा रहे", "जा रही"],
};
