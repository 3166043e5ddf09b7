// Hindi knowledge about people in reports: how names are spelled in Latin, which words are surnames, and the
// cue words around a name that say who the person is (rank, role, status, victim). Data only; the matching lives
// in src/people/.

import type { PeopleLocale } from "../../people/locale.js";
import {
  EASTERN_BEGINNINGS,
  EASTERN_ENDINGS,
  NAME_SPELLINGS,
  type NameStyle,
  SOUTH_BEGINNINGS,
  SOUTH_ENDINGS,
  STYLE_MARKERS,
} from "./names.js";

/** how one spelling habit differs from Hindi newspaper style (see names.ts for why there are several) */
export interface TranslitStyle {
  /** letters and vowel signs spelled differently (Devanagari → Latin) */
  letters: Record<string, string>;
  /** letters spelled differently again when they end the word with no vowel (रमेश → Ramesh beside Sivakumar) */
  lettersAtEnd: Record<string, string>;
  /**
   * a word-final inherent vowel after any consonant cluster, or after a nasal and a consonant, is pronounced
   * (पार्थ → Partha, सुशांत → Susanta)
   */
  finalVowelAfterCluster: boolean;
  /** medial inherent vowels are written (नटराजन → Natarajan, सरवनन → Saravanan) */
  keepMedialVowels: boolean;
  /** final touches on a spelled word, before the common ones */
  rewrites: [RegExp, string][];
  /** a word with an Urdu letter (ज़, क़) is Perso-Arabic and its व is "w"; not in Tamil names, where ज़ is ழ */
  urduWords: boolean;
  /** spellings fixed by convention, the first table that has the word wins */
  spellings: Record<string, string>[];
}

// ---------------------------------------------------------------------------------------------------------------
// Transliteration tables (Devanagari → newspaper Latin)
// ---------------------------------------------------------------------------------------------------------------

/** a list of single words written as text: one word per space */
const w = (words: string): string[] => words.trim().split(/\s+/);

/** relations before a list member (see listKin) */
const LIST_KIN = [
  "उसकी पत्नी",
  "उसके पति",
  "उसका पति",
  "उसके पिता",
  "उसका भाई",
  "उसके भाई",
  "उसका बेटा",
  "उसके बेटे",
  "उसकी मां",
  "उसकी बहन",
  "उसका साथी",
  "उसके साथी",
  "उसकी साथी",
  "उसका भतीजा",
  "उसका साला",
  "उसका बहनोई",
  "उसका दामाद",
];

export const HI_TRANSLIT = {
  consonants: {
    क: "k",
    ख: "kh",
    ग: "g",
    घ: "gh",
    ङ: "n",
    च: "ch",
    छ: "chh",
    ज: "j",
    झ: "jh",
    // ञ is marked so that ज्ञ can be told from ज+न (रजनीश → Rajnish, ज्ञानेंद्र → Gyanendra); see wordRewrites
    ञ: "\u00f1",
    ट: "t",
    ठ: "th",
    ड: "d",
    ढ: "dh",
    ण: "n",
    त: "t",
    थ: "th",
    द: "d",
    ध: "dh",
    न: "n",
    प: "p",
    फ: "f",
    ब: "b",
    भ: "bh",
    म: "m",
    य: "y",
    र: "r",
    ल: "l",
    ळ: "l",
    व: "v",
    श: "sh",
    ष: "sh",
    स: "s",
    ह: "h",
    // nukta letters (precomposed code points): Urdu and Persian sounds, and the flapped ड़ ढ़
    "\u0958": "q",
    "\u0959": "kh",
    "\u095A": "gh",
    "\u095B": "z",
    "\u095C": "r",
    "\u095D": "rh",
    "\u095E": "f",
    "\u095F": "y",
    "\u0929": "n",
    "\u0931": "r",
    // ऴ is Tamil ழ (Thamizh, Ezhumalai)
    "\u0934": "zh",
  } as Record<string, string>,
  /** the nukta letters of Urdu and Persian sounds (not the flapped ड़ ढ़ of Hindi words) */
  urduLetters: "\u0958\u0959\u095A\u095B\u095E",
  /** plain letter → its nukta form, for text that writes the nukta as a combining sign */
  nuktaOf: {
    क: "\u0958",
    ख: "\u0959",
    ग: "\u095A",
    ज: "\u095B",
    ड: "\u095C",
    ढ: "\u095D",
    फ: "\u095E",
    य: "\u095F",
    न: "\u0929",
    र: "\u0931",
    ळ: "\u0934",
  } as Record<string, string>,
  vowels: {
    अ: "a",
    आ: "a",
    इ: "i",
    ई: "i",
    उ: "u",
    ऊ: "u",
    ऋ: "ri",
    ए: "e",
    ऐ: "ai",
    ओ: "o",
    औ: "au",
    ऑ: "o",
    ऍ: "e",
    ऎ: "e",
    ऒ: "o",
  } as Record<string, string>,
  vowelSigns: {
    "\u093E": "a", // ा
    "\u093F": "i", // ि
    "\u0940": "i", // ी
    "\u0941": "u", // ु
    "\u0942": "u", // ू
    "\u0943": "ri", // ृ
    "\u0947": "e", // े
    "\u0948": "ai", // ै
    "\u094B": "o", // ो
    "\u094C": "au", // ौ
    "\u0949": "o", // ॉ
    "\u0945": "e", // ॅ
    "\u0946": "e", // ॆ
    "\u094A": "o", // ॊ
  } as Record<string, string>,
  /** English letter names as written in Devanagari: "एस." is the initial S */
  letterNames: {
    ए: "A",
    बी: "B",
    सी: "C",
    डी: "D",
    ई: "E",
    // the short vowel is typed for E as well ("इ. रमेश"); alone it is never a word
    इ: "E",
    एफ: "F",
    जी: "G",
    एच: "H",
    आई: "I",
    जे: "J",
    के: "K",
    एल: "L",
    एम: "M",
    एन: "N",
    ओ: "O",
    पी: "P",
    पि: "P",
    क्यू: "Q",
    आर: "R",
    एस: "S",
    टी: "T",
    यू: "U",
    वी: "V",
    वि: "V",
    डब्ल्यू: "W",
    एक्स: "X",
    वाई: "Y",
    // ऐ is how the letter I sounds (ए is A)
    ऐ: "I",
    // southern lists write S as "yes"
    यस: "S",
    जेड: "Z",
  } as Record<string, string>,
  /** abbreviated given names written with a full stop ("मो. इरफान" = Mohammad Irfan): a name word, spelled out */
  nameAbbreviations: ["मो", "मोः", "मोह", "मोहः", "मोहा", "मोहाः", "मह", "महः", "मोसा", "मोसाः"],
  /** letter names that are also ordinary words, so only an explicit full stop makes them initials */
  ambiguousLetterNames: new Set(["जी", "के", "ई"]),
  /** spellings fixed by convention that the rules cannot derive */
  spellings: {
    सिंह: "singh",
    कुमार: "kumar",
    मोहम्मद: "mohammad",
    मोहमद: "mohammad",
    मुहम्मद: "mohammad",
    अहमद: "ahmed",
    आहमद: "ahmed",
    हुसैन: "hussain",
    हुसेन: "hussain",
    होसेन: "hossain",
    सैयद: "syed",
    शेख: "sheikh",
    इस्लाम: "islam",
    श्रीवास्तव: "srivastava",
    वर्मा: "verma",
    तिवारी: "tiwari",
    अग्रवाल: "agarwal",
    जायसवाल: "jaiswal",
    पासवान: "paswan",
    रावत: "rawat",
    पांडे: "pandey",
    पांडेय: "pandey",
    पाण्डेय: "pandey",
    दुबे: "dubey",
    चौबे: "chaubey",
    चौधरी: "chaudhary",
    चौधुरी: "choudhury",
    राय: "rai",
    रॉय: "roy",
    // রায় typed with a nasal
    राँय: "roy",
    रांय: "roy",
    राव: "rao",
    // Bengali surnames that are one akshara (not initials)
    दे: "dey",
    डे: "dey",
    चटर्जी: "chatterjee",
    बनर्जी: "banerjee",
    मुखर्जी: "mukherjee",
    चक्रवर्ती: "chakraborty",
    बिश्वास: "biswas",
    दत्त: "dutta",
    दत्ता: "dutta",
    जोसफ: "joseph",
    जोसेफ: "joseph",
    जॉर्ज: "george",
    पॉल: "paul",
    श्री: "shri",
    श्रीमती: "smt",
    // titles written before names
    डॉ: "dr",
    डा: "dr",
    डॉक्टर: "dr",
    प्रोफ: "prof",
    अडव: "adv",
    अडवा: "adv",
    अड्व: "adv",
    एडव: "adv",
    // "मो." and "मोः" abbreviate Mohammad; English reports spell the name out
    मो: "mohammad",
    मोः: "mohammad",
    मोह: "mohammad",
    मोहः: "mohammad",
    मोहा: "mohammad",
    मोहाः: "mohammad",
    मह: "mohammad",
    महः: "mohammad",
    // "मोसा." abbreviates Mosammat, the title of Muslim women in Bengal and Assam lists ("MST")
    मोसा: "mst",
    मोसाः: "mst",
    // more ways lists write Advocate, Doctor and Professor
    अडवोकेट: "advocate",
    अड्वोकेट: "advocate",
    अड्वकेट: "advocate",
    एडवोकेट: "advocate",
    एडवो: "adv",
    आडव: "adv",
    अड़व: "adv",
    अड़वा: "adv",
    ऐड्व: "adv",
    डोक्टर: "doctor",
    दोक्टार: "doctor",
    डाः: "dr",
    प्रो: "prof",
    खां: "khan",
    खाँ: "khan",
    // सिं is Singh cut short in lists (one akshara, yet not an initial)
    सिं: "singh",
    बेगम: "begum",
    बीबी: "bibi",
  } as Record<string, string>,
  /**
   * Does a word-final cluster C1+C2 keep its inherent vowel? Yes when C2 is a semivowel or liquid (चंद्र → Chandra,
   * सत्य → Satya, शुक्ल → Shukla, विश्व → Vishwa) or a nasal after a non-nasal (कृष्ण → Krishna, रत्न → Ratna);
   * no for a nasal + stop (आनन्द → Anand, गुरुङ्ग → Gurung) and other stop clusters (भट्ट → Bhatt).
   */
  finalClusterKeepsVowel(c1: string, c2: string): boolean {
    if ("रयवल".includes(c2)) return true;
    return "णनम".includes(c2) && !"ङञणनम".includes(c1);
  },
  /**
   * consonants that close a Tamil word part after i, u or e (सेंथिलकुमार → Senthilkumar, वेलमुरुगन →
   * Velmurugan), the one place where names in southern style drop a medial inherent vowel
   */
  codaLiquids: "लळ",
  /** consonants that can follow a stop at the start of a syllable (प्र, श्य, द्व) */
  onsetSecond: "रयव",
  /** words that mark a name as eastern or southern, and word endings that mark a southern name (names.ts) */
  styleMarkers: STYLE_MARKERS,
  southEndings: SOUTH_ENDINGS,
  southBeginnings: SOUTH_BEGINNINGS,
  easternBeginnings: EASTERN_BEGINNINGS,
  easternEndings: EASTERN_ENDINGS,
  /** Bengali spelling carried into Devanagari: य़ for য়, a doubled consonant after reph (र्त्त), ञ in ञ्ज/ञ्च, ब्य */
  easternSpelling: /\u095F|\u092F\u093C|\u0930\u094D(.)\u094D\1|\u091E\u094D|^\u092C\u094D\u092F/,
  styles: {
    hindi: {
      letters: {},
      lettersAtEnd: {},
      finalVowelAfterCluster: false,
      keepMedialVowels: false,
      rewrites: [],
      urduWords: true,
      spellings: [NAME_SPELLINGS.urdu, NAME_SPELLINGS.common],
    },
    // Bengali, Assamese, Odia: व is "b" (Biplab), श "s" but "sh" at the end (Debasish), औ "ou" (Goutam), -अय "oy"
    // (Sanjoy), -पद "pada" (Kalipada), and the inherent vowel after a final cluster is spoken (Partha, Susanta)
    eastern: {
      letters: { व: "b", श: "s", "\u094C": "ou", औ: "ou" },
      lettersAtEnd: { श: "sh" },
      finalVowelAfterCluster: true,
      keepMedialVowels: false,
      rewrites: [
        [/([^aeiou])ay$/, "$1oy"],
        [/pad$/, "pada"],
        [/brat$/, "brata"],
      ],
      urduWords: true,
      spellings: [NAME_SPELLINGS.eastern, NAME_SPELLINGS.common],
    },
    // Tamil, Malayalam: त is "th" (Sathish), श "s" but "sh" at the end (Sivakumar, Ramesh), ज़ and झ are ழ "zh"
    // (Thamizh, Kanimozhi: the languages have no aspirated jh for झ to stand for), ड़ is the retroflex ட "d"
    // (Poonkodi: there is no flap for it to stand for), ख "k" (Sekar, Sekaran: Tamil writes no aspirates), ज्ञ "gn" (Gnanavel), -सामी "-samy", -मूर्ति "-moorthy", and medial inherent vowels are written
    // (Saravanan) except after i, u or e before ल (Senthilkumar)
    south: {
      letters: { त: "th", श: "s", ख: "k", "\u095B": "zh", झ: "zh", "\u095C": "d", "\u095D": "dh" },
      lettersAtEnd: { श: "sh" },
      finalVowelAfterCluster: false,
      keepMedialVowels: true,
      rewrites: [
        [/j\u00f1/g, "gn"],
        // ழ is also typed ज़ह (पज़हानिवेल → Pazhanivel)
        [/zhah/g, "zh"],
        // a doubled त is one sound (मुत्तु → Muthu)
        [/thth/g, "th"],
        [/(s|sw)ami$/, "$1amy"],
        [/murth?i$/, "moorthy"],
      ],
      urduWords: false,
      spellings: [NAME_SPELLINGS.south, NAME_SPELLINGS.urdu, NAME_SPELLINGS.common],
    },
  } as Record<NameStyle, TranslitStyle>,
  /** final touches on a whole spelled word, applied in order */
  wordRewrites: [
    // Punjabi names: -इंदर is written -inder (प्रीतिंदर → Preetinder, सुरिंदर → Surinder)
    [/indar$/, "inder"],
    // च्छ is one sound, written "chh" (कच्छप → Kachhap)
    [/chchh/g, "chh"],
    // ज्ञ is written "gy" (ज्ञानेंद्र → Gyanendra)
    [/j\u00f1/g, "gy"],
    [/\u00f1/g, "n"],
  ] as [RegExp, string][],
};

// ---------------------------------------------------------------------------------------------------------------
// Cues around names in Hindi reports (romanised Hindi cues live in the English locale, which reads Latin text)
// ---------------------------------------------------------------------------------------------------------------

export const HI_PEOPLE: PeopleLocale = {
  ranks: {
    एसएसपी: "SSP",
    "वरिष्ठ पुलिस अधीक्षक": "SSP",
    "सीनियर एसपी": "SSP",
    एसपी: "SP",
    "पुलिस अधीक्षक": "SP",
    "जिला पुलिस अधीक्षक": "SP",
    "रेल एसपी": "SP",
    "अपर पुलिस अधीक्षक": "ASP",
    "अतिरिक्त पुलिस अधीक्षक": "ASP",
    "एडिशनल एसपी": "ASP",
    "एडीशनल एसपी": "ASP",
    एएसपी: "ASP",
    "सहायक पुलिस अधीक्षक": "ASP",
    डीएसपी: "DSP",
    "पुलिस उपाधीक्षक": "DSP",
    "उप पुलिस अधीक्षक": "DSP",
    सीओ: "CO",
    क्षेत्राधिकारी: "CO",
    "सर्किल ऑफिसर": "CO",
    "थाना प्रभारी": "SHO",
    "थाना अध्यक्ष": "SHO",
    थानाध्यक्ष: "SHO",
    थानेदार: "SHO",
    "थाना इंचार्ज": "SHO",
    "थाना प्रभारी निरीक्षक": "SHO",
    "कोतवाली प्रभारी": "SHO",
    "कोतवाली प्रभारी निरीक्षक": "SHO",
    कोतवाल: "SHO",
    "प्रभारी निरीक्षक": "SHO",
    "थाना प्रभारी इंस्पेक्टर": "SHO",
    "स्टेशन हाउस ऑफिसर": "SHO",
    एसएचओ: "SHO",
    "चौकी प्रभारी": "SI",
    "चौकी इंचार्ज": "SI",
    इंस्पेक्टर: "Inspector",
    इन्स्पेक्टर: "Inspector",
    निरीक्षक: "Inspector",
    "पुलिस निरीक्षक": "Inspector",
    "सब इंस्पेक्टर": "SI",
    "सब-इंस्पेक्टर": "SI",
    उपनिरीक्षक: "SI",
    "उप निरीक्षक": "SI",
    दरोगा: "SI",
    दारोगा: "SI",
    एसआई: "SI",
    "सहायक उपनिरीक्षक": "ASI",
    "सहायक उप निरीक्षक": "ASI",
    एएसआई: "ASI",
    "हेड कांस्टेबल": "Head Constable",
    "हेड कॉन्स्टेबल": "Head Constable",
    "हेड कॉन्सटेबल": "Head Constable",
    "मुख्य आरक्षी": "Head Constable",
    हवलदार: "Head Constable",
    कांस्टेबल: "Constable",
    कॉन्स्टेबल: "Constable",
    आरक्षी: "Constable",
    सिपाही: "Constable",
    डीसीपी: "DCP",
    "पुलिस उपायुक्त": "DCP",
    "जिला पुलिस उपायुक्त": "DCP",
    "उपायुक्त पुलिस": "DCP",
    "एडिशनल डीसीपी": "ADCP",
    "अपर पुलिस उपायुक्त": "ADCP",
    एसीपी: "ACP",
    "सहायक पुलिस आयुक्त": "ACP",
    "अपर पुलिस आयुक्त": "Additional CP",
    "अतिरिक्त पुलिस आयुक्त": "Additional CP",
    "एडिशनल सीपी": "Additional CP",
    "संयुक्त पुलिस आयुक्त": "Joint CP",
    "ज्वाइंट सीपी": "Joint CP",
    "पुलिस आयुक्त": "CP",
    "पुलिस कमिश्नर": "CP",
    "पुलिस कमिशनर": "CP",
    आईजी: "IG",
    "पुलिस महानिरीक्षक": "IG",
    डीआईजी: "DIG",
    "पुलिस उपमहानिरीक्षक": "DIG",
    "उप महानिरीक्षक": "DIG",
    एडीजी: "ADG",
    "अपर पुलिस महानिदेशक": "ADG",
    डीजीपी: "DGP",
    "पुलिस महानिदेशक": "DGP",
    डीएम: "DM",
    जिलाधिकारी: "DM",
    जिलाधीश: "DM",
    "जिला मजिस्ट्रेट": "DM",
    एसडीएम: "SDM",
    उपजिलाधिकारी: "SDM",
    "उप जिलाधिकारी": "SDM",
    कलेक्टर: "Collector",
    "जिला कलेक्टर": "Collector",
    मजिस्ट्रेट: "Magistrate",
    "न्यायिक मजिस्ट्रेट": "Magistrate",
    "मुख्य न्यायिक मजिस्ट्रेट": "Magistrate",
    सीजेएम: "Magistrate",
    न्यायाधीश: "Judge",
    जज: "Judge",
    "सत्र न्यायाधीश": "Judge",
    "अतिरिक्त सत्र न्यायाधीश": "Judge",
    "अपर सत्र न्यायाधीश": "Judge",
    "अपर जिला एवं सत्र न्यायाधीश": "Judge",
    "अपर जिला न्यायाधीश": "Judge",
    "जिला एवं सत्र न्यायाधीश": "Judge",
    "विशेष न्यायाधीश": "Judge",
    एडीजे: "Judge",
    एएसजे: "Judge",
    न्यायमूर्ति: "Judge",
    "लोक अभियोजक": "Public Prosecutor",
    "विशेष लोक अभियोजक": "Public Prosecutor",
    "अपर लोक अभियोजक": "Public Prosecutor",
    "सहायक लोक अभियोजक": "Public Prosecutor",
    "प्रभारी लोक अभियोजक": "Public Prosecutor",
    "अभियोजन अधिकारी": "Public Prosecutor",
    संभागायुक्त: "Divisional Commissioner",
    मंडलायुक्त: "Divisional Commissioner",
    "डिप्टी एसपी": "DSP",
    "डिप्टी कलेक्टर": "SDM",
    आईआईसी: "IIC",
    "गृह सचिव": "Home Secretary",
    एडीसीपी: "ADCP",
    आरडीओ: "RDO",
    "राजस्व मंडल अधिकारी": "RDO",
    एसडीपीओ: "SDPO",
    "अनुमंडल पुलिस पदाधिकारी": "SDPO",
    तहसीलदार: "Tehsildar",
    बीडीओ: "BDO",
    "प्रखंड विकास पदाधिकारी": "BDO",
    "श्रम आयुक्त": "Labour Commissioner",
    "सहायक श्रम आयुक्त": "Assistant Labour Commissioner",
    "उप श्रम आयुक्त": "Deputy Labour Commissioner",
    "श्रम अधीक्षक": "Labour Superintendent",
    "श्रम प्रवर्तन अधिकारी": "Labour Enforcement Officer",
    "जिला कार्यक्रम अधिकारी": "District Programme Officer",
    "जिला बाल संरक्षण अधिकारी": "District Child Protection Officer",
    "बाल संरक्षण अधिकारी": "Child Protection Officer",
    "जिला समाज कल्याण अधिकारी": "District Social Welfare Officer",
    "बाल विकास परियोजना अधिकारी": "CDPO",
    सीडीपीओ: "CDPO",
  },
  rankAcronyms: {},
  rankQualifiers: [
    ...w(`
      सिटी नगर ग्रामीण देहात क्राइम ट्रैफिक यातायात पूर्वी पश्चिमी उत्तरी दक्षिणी पूर्व पश्चिम उत्तर दक्षिण मध्य
      अपराध रेल रेलवे जीआरपी आरपीएफ सदर कैंट छावनी
    `),
  ],
  roles: {
    आरोपी: null,
    आरोपियों: null,
    "मुख्य आरोपी": null,
    "मुख्य आरोपियों": null,
    अभियुक्त: null,
    "सह आरोपी": null,
    "नामजद आरोपी": null,
    "सह-आरोपी": null,
    दोषी: null,
    दोषियों: null,
    संचालक: "operator",
    संचालकों: "operator",
    संचालिका: "operator",
    संचालिकाओं: "operator",
    "होटल संचालक": "operator",
    "स्पा संचालक": "operator",
    "स्पा संचालिका": "operator",
    "कोठा संचालिका": "operator",
    "कोठा संचालक": "operator",
    "गिरोह संचालक": "operator",
    सरगना: "operator",
    मुखिया: "operator",
    "गिरोह का मुखिया": "operator",
    "गिरोह के मुखिया": "operator",
    "गिरोह का सरगना": "operator",
    "गैंग का सरगना": "operator",
    मास्टरमाइंड: "operator",
    "कोठा मालकिन": "operator",
    मालिक: "owner",
    मालकिन: "owner",
    "होटल मालिक": "owner",
    "स्पा मालिक": "owner",
    "मकान मालिक": "owner",
    "भवन मालिक": "owner",
    "इमारत के मालिक": "owner",
    "होटल के मालिक": "owner",
    "स्पा के मालिक": "owner",
    "उस घर की मालकिन": "owner",
    मैनेजर: "manager",
    "होटल मैनेजर": "manager",
    "स्पा मैनेजर": "manager",
    प्रबंधक: "manager",
    "होटल प्रबंधक": "manager",
    दलाल: "broker",
    दलालों: "broker",
    एजेंट: "broker",
    एजेंटों: "broker",
    बिचौलिया: "broker",
    बिचौलिए: "broker",
    तस्कर: "broker",
    तस्करों: "broker",
    "मानव तस्कर": "broker",
    "मानव तस्करों": "broker",
    "प्लेसमेंट एजेंट": "recruiter",
    ठेकेदार: "recruiter",
    "श्रम ठेकेदार": "recruiter",
    "प्लेसमेंट एजेंसी संचालक": "recruiter",
    ग्राहक: "customer",
    ग्राहकों: "customer",
    चालक: "other",
    ड्राइवर: "other",
    साथी: "other",
    सहयोगी: "other",
    मुंशी: "manager",
    खरीदार: "customer",
    नर्स: "other",
    कर्मचारी: "other",
  },
  rolesAsWritten: {},
  accusedAfter: [
    "को गिरफ्तार",
    "को पकड़ा",
    "को पकड़ लिया",
    "को दबोचा",
    "को दबोच लिया",
    "को हिरासत में",
    "को धर दबोचा",
    "गिरफ्तार",
    "पकड़ा गया",
    "पकड़े गए",
    "पकड़ी गई",
    "फरार",
    "फरार है",
    "फरार हैं",
    "फरार हो गया",
    "फरार हो गई",
    "भाग निकला",
    "भाग निकली",
    "भाग निकले",
    "के खिलाफ मामला",
    "के खिलाफ मुकदमा",
    "के खिलाफ केस",
    "के खिलाफ एफआईआर",
    "के खिलाफ रिपोर्ट",
    "के खिलाफ शिकायत",
    "के खिलाफ कार्रवाई",
    "के खिलाफ आरोप",
    "के खिलाफ नामजद",
    "के खिलाफ आरोपपत्र",
    "के खिलाफ आरोप पत्र",
    "के खिलाफ चार्जशीट",
    "के खिलाफ वारंट",
    "के विरुद्ध मामला",
    "के विरुद्ध मुकदमा",
    "के विरुद्ध केस",
    "के विरुद्ध एफआईआर",
    "के विरुद्ध रिपोर्ट",
    "के रूप में हुई",
    "के रूप में की गई",
    "के तौर पर हुई",
    "के तौर पर की गई",
    "पर मुकदमा",
    "पर केस",
    "पर आरोप",
    "को जेल",
    "को सजा",
    "को दोषी",
    "वांछित",
    "की तलाश",
    "की गिरफ्तारी",
    "नाम के साथियों",
    "नाम के साथी",
    "नाम के आरोपी",
    "नाम के आरोपियों",
    "नाम के दलाल",
    "नाम के दलालों",
  ],
  accusedBefore: ["पहचान", "गिरफ्तार आरोपियों में", "पकड़े गए आरोपियों में", "आरोपियों में"],
  status: {
    arrested: [
      "गिरफ्तार",
      "गिरफ्तारी",
      "पकड़ा",
      "पकड़े",
      "पकड़ी",
      "पकड़ लिया",
      "पकड़ लिए",
      "दबोचा",
      "दबोचे",
      "दबोच",
      "हिरासत",
      "गिरफ्त",
      "जेल भेज",
      "आत्मसमर्पण",
      "सरेंडर",
    ],
    absconding: ["फरार", "भाग निकला", "भाग निकली", "भाग निकले", "भाग गया", "भाग गई", "भाग गए", "फरारी", "की तलाश"],
    wanted: ["वांछित", "इनामी", "इनाम घोषित", "लुकआउट"],
    notArrested: [
      "गिरफ्तारी के लिए",
      "गिरफ्तारी का प्रयास",
      "गिरफ्तार करने",
      "पकड़ने",
      "पकड़ने के लिए",
      "पकड़ने का प्रयास",
      "गिरफ्तार नहीं",
      "पकड़ा नहीं",
      "पकड़ में नहीं",
      "की तलाश में",
      "दबिश दे रही",
      "छापे मार रही",
    ],
  },
  victimBefore: [
    "पीड़िता",
    "पीड़ित",
    "पीड़ितों",
    "पीड़िताओं",
    "पीड़ित युवती",
    "पीड़ित लड़की",
    "पीड़ित किशोरी",
    "पीड़ित महिला",
    "पीड़ित बच्ची",
    "नाबालिग",
    "नाबालिग लड़की",
    "नाबालिग पीड़िता",
    "किशोरी",
    "किशोरियों",
    "बच्ची",
    "बच्चियों",
    "बालिका",
    "बालिकाओं",
    "लड़की",
    "लड़कियों",
    "युवती",
    "युवतियों",
    "छात्रा",
    "नाबालिगों",
    "मासूम",
    // "X पुत्री Y" names Y's child X in FIR style, so a bare पुत्री/बेटी is no victim cue; a possessive one is
    "उसकी बेटी",
    "उसकी पुत्री",
    "अपनी बेटी",
    "अपनी पुत्री",
    "की बेटी",
    "की पुत्री",
    // children in conflict with law may not be named either (JJ Act s.74): withheld like victims
    "नाबालिग आरोपी",
    "किशोर आरोपी",
    "बाल अपचारी",
    "विधि विवादित किशोर",
    "मुक्त कराई गई",
    "छुड़ाई गई",
    "बचाई गई",
    "पीडिता",
  ],
  victimAfter: [
    "(बदला हुआ नाम)",
    "(बदला नाम)",
    "(परिवर्तित नाम)",
    "(काल्पनिक नाम)",
    "(नाम परिवर्तित)",
    "(नाम बदला हुआ)",
    "(नाम बदला गया है)",
    "(बदला हुआ नाम है)",
    "बदला हुआ नाम",
    "परिवर्तित नाम",
    "काल्पनिक नाम",
    "नाम बदला हुआ",
    "नामक पीड़िता",
    "नामक किशोरी",
    "नामक युवती",
    "नामक लड़की",
    "नामक नाबालिग",
    "नामक बच्ची",
    "को मुक्त",
    "को छुड़ाया",
    "को बचाया",
    "को बरामद",
    "को रेस्क्यू",
    "ने पुलिस को बताया",
    "ने बताया कि उसे",
  ],
  otherBefore: [
    "उसके पिता",
    "उसकी मां",
    "ससुर",
    "सास",
    "वकील",
    "अधिवक्ता",
    "एडवोकेट",
    "पत्रकार",
    "संवाददाता",
    "रिपोर्टर",
    "सामाजिक कार्यकर्ता",
    "कार्यकर्ता",
    "समन्वयक",
    "निदेशक",
    "अध्यक्ष",
    "सचिव",
    "मंत्री",
    "विधायक",
    "सांसद",
    "सरपंच",
    "ग्राम प्रधान",
    "पिता",
    "माता",
    "मां",
    "भाई",
    "बहन",
    "मुखबिर",
    "बचाव टीम के",
  ],
  otherAfter: ["के वकील", "के अधिवक्ता"],
  credits: ["रिपोर्ट", "रिपोर्टर", "संवाददाता", "लेखक", "फोटो", "तस्वीर", "इनपुट"],
  personBefore: [
    ...LIST_KIN,
    "निवासी",
    "पुत्र",
    "पुत्री",
    "पत्नी",
    "पति",
    "नामक",
    "नाम का",
    "नाम की",
    "रहने वाला",
    "रहने वाली",
    "रहने वाले",
    "श्रीमती",
    "श्री",
  ],
  personAfter: [
    "नामक",
    "नाम के",
    "नाम का",
    "नाम की",
    "के नाम शामिल",
    "पुत्र",
    "पुत्री",
    "पत्नी",
    "पति",
    "निवासी",
    "उम्र",
    "उर्फ",
  ],
  aliasMarkers: ["उर्फ", "उर्फ़", "@"],
  honorifics: ["श्री", "श्रीमती", "सुश्री", "डॉ", "डॉ.", "डा.", "डॉक्टर", "स्व.", "स्वर्गीय", "सरदार", "जनाब", "कुमारी", "सुश्री"],
  conjunctions: ["और", "व", "तथा", "एवं", ","],
  stopwords: [
    // nouns and adjectives of victims (also misspelt plurals) that would otherwise stand where a name stands
    ...w(`
      बच्चो लडकियो लड़कियो महिलाओ युवतियो किशोरियो आदिवासी दलित श्रमिक श्रमिकों मजदूरों बाल बंधुआ अनाथ गरीब
    `),
    // postpositions, pronouns, auxiliaries, conjunctions
    ...w(`
      ने को के की का से में पर तक द्वारा लिए साथ बाद पहले बीच अलावा सहित समेत समेत तरफ ओर जरिए जरिये मुताबिक
      अनुसार खिलाफ विरुद्ध बारे दौरान और व तथा एवं या अथवा लेकिन परंतु किंतु जबकि कि तो भी ही न नहीं है हैं था थी
      थे हो होता होती होते हुआ हुई हुए गया गई गए गयी गये रहा रही रहे कर करके करने किया किए किये की करता करती करते
      दिया दी दिए लिया ली लिए जा जाता जाती जाते सकता सकती सकते चुका चुकी चुके वह वे यह ये उस उसे उसके उसकी उसका उन
      उन्हें उनके उनकी उनका उन्होंने इस इसे इसके इसकी इसका इन इन्हें इनके इनकी इनका इन्होंने जो जिस जिसे जिसके
      जिसकी जिन जिन्हें जिनके जिनकी जहां जहाँ वहां यहां कहां कब क्या क्यों कैसे कौन किस किसी कोई कुछ सभी सब सारे
      सारी अपने अपनी अपना खुद स्वयं हम हमने हमें मैं मैंने मुझे आप तुम एक दो तीन चार पांच पाँच छह छः सात आठ नौ दस
      ग्यारह बारह बीस सौ हजार लाख करोड़ दोनों तीनों चारों पांचों अन्य बाकी कई सबसे बहुत ज्यादा अधिक कम करीब लगभग
      केवल सिर्फ अब तब जब फिर यदि अगर वहीं यहीं साल वर्ष वर्षीय महीने दिन रात सुबह शाम दोपहर आज कल सोमवार मंगलवार
      बुधवार गुरुवार शुक्रवार शनिवार रविवार जनवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर
      दिसंबर बताया कहा बताते बताई बताए बतायी कहना बोले मिली मिला मिले पता चला चली जानकारी सूचना खबर मामला मामले
      मामलों केस मुकदमा एफआईआर रिपोर्ट शिकायत जांच पूछताछ कार्रवाई छापा छापे छापेमारी दबिश रेड भंडाफोड़ पर्दाफाश
      खुलासा
    `),
    // people nouns (never a name) and crime-report vocabulary
    ...w(`
      पुलिस पुलिसकर्मी टीम अधिकारी अधिकारियों अफसर जवान लोग लोगों व्यक्ति व्यक्तियों शख्स युवक युवकों युवती
      युवतियों युवतियां युवतियाँ महिला महिलाओं महिलाएं लड़की लड़कियों लड़कियां लड़का लड़के लड़कों बच्चे बच्चों
      बच्ची बच्चियों किशोरी किशोरियों किशोर नाबालिग नाबालिगों पुरुष पुरुषों आदमी औरत औरतें परिवार परिजन परिजनों
      घरवालों पीड़िता पीड़ित पीड़ितों आरोपी आरोपियों अभियुक्त दलाल दलालों ग्राहक ग्राहकों संचालक संचालिका संचालकों
      मालिक मालकिन मैनेजर सदस्य सदस्यों गिरोह गैंग रैकेट धंधा धंधे देह व्यापार जिस्मफरोशी वेश्यावृत्ति सेक्स
      तस्करी तस्कर मानव होटल स्पा सेंटर मकान घर कमरे कमरा कोठा कोठे इलाके इलाका क्षेत्र थाना थाने कोतवाली चौकी शहर
      जिले जिला गांव गाँव मोहल्ले मोहल्ला कॉलोनी राज्य राज्यों देश प्रदेश नगर मौके मौका गिरफ्तार गिरफ्तारी फरार
      बरामद जब्त मुक्त रेस्क्यू कोर्ट अदालत जेल सजा धारा धाराओं कानून अधिनियम नाम नामक उर्फ उम्र निवासी पुत्र
      पुत्री पत्नी पति बेटा बेटी पिता मां भाई बहन रहने वाला वाली वाले मूल मूलरूप हाल स्थित पास पीछे आगे ऊपर नीचे
      अंदर बाहर मुख्य प्रमुख बड़ा बड़ी बड़े छोटा नया नई पुराना फोटो तस्वीर वीडियो मोबाइल फोन नंबर रुपये रुपए रुपया
      लालच नौकरी काम मजदूरी शादी विवाह प्रभारी इंचार्ज निरीक्षक इंस्पेक्टर दरोगा सिपाही आयोग विभाग यूनिट सेल
      ब्रांच ब्यूरो संस्था एनजीओ सरकार सरकारी प्रशासन डीएम एसपी एसएसपी डीएसपी सीओ आईजी डीआईजी एसएचओ ऑनलाइन
      कारखाना कारखाने कारखानों फैक्ट्री फैक्टरी ढाबा ढाबे भट्ठा भट्ठे भट्टा भट्टे दुकान दुकानों दंपती दंपति जोड़ा
      व्हाट्सएप सोशल मीडिया इंटरनेट विदेशी नेपाली बांग्लादेशी अंतरराज्यीय ये भी पढ़ें पढ़िए देखें विज्ञापन शेयर
      करें टैग्स अपडेटेड प्रकाशित
    `),
    // apps and platforms, and vehicles ("फिरोज खान कार से"): words that follow or stand for no person
    ...w(`
      व्हाट्सऐप व्हाट्सएप व्हाट्सअप वॉट्सऐप वाट्सएप फेसबुक इंस्टाग्राम इंस्टा टेलीग्राम यूट्यूब ट्विटर स्नैपचैट गूगल
      ऐप एप वेबसाइट कार बाइक मोटरसाइकिल स्कूटी स्कूटर ऑटो ट्रेन बस ट्रक गाड़ी गाड़ियों वाहन जीप टैक्सी सौदा सौदे
    `),
    // words that follow role nouns but are not names
    // titles, professions and kinship words that stand before names in running text ("कप्तान X", "बेटे X")
    ...w(`
      कप्तान गायक गायिका अभिनेता अभिनेत्री निर्देशक निर्माता फिल्मकार फिल्ममेकर खिलाड़ी नेता लेखक लेखिका कवि शायर
      प्रोफेसर प्रोफ़ेसर मुख्यमंत्री प्रधानमंत्री राष्ट्रपति उपराष्ट्रपति राज्यपाल पार्षद उद्योगपति कारोबारी
      व्यापारी व्यवसायी किसान मजदूर छात्र शिक्षक शिक्षिका संपादक महासचिव प्रवक्ता समर्थक चेयरमैन संस्थापक गुरु
      बाबा स्वामी संत साध्वी मौलाना मौलवी पंडित पुजारी इमाम कोच बल्लेबाज गेंदबाज विशेषज्ञ वैज्ञानिक इंजीनियर
      दूल्हा दुल्हन बुजुर्ग पड़ोसी दोस्त मित्र प्रेमी प्रेमिका ग्रामीण अफसर कर्मचारी कर्मी बेटे बेटों बेटियों दादा
      दादी नाना नानी चाचा चाची मामा मामी ताऊ बुआ बहू बहु दामाद ससुर सास देवर भाभी भतीजा भतीजी भांजा भांजी परदादा
      पोता पोती माता-पिता भाइयों बहनों पिताजी मेरे मेरी मेरा तेरे तेरी हमारे हमारी हमारा आपके आपकी आपका उनसे इनसे
      उससे इससे बार शायद हालांकि हालाँकि जिसमें जिनमें दरअसल यानी बल्कि इसलिए क्योंकि मगर वरना इसके उसके बीबीसी
      सीबीआई एफबीआई सीआईए आईपीएल बीजेपी भाजपा कांग्रेस सपा बसपा राजद जदयू एनडीटीवी पीटीआई आईएएनएस एएनआई यूएन
      आईएसआई एनआईए ईडी आरबीआई सीआरपीएफ बीएसएफ एसएसबी आरपीएफ जीआरपी एसटीएफ एटीएस ईटीवी एनडीटीवी जीटीवी वरिष्ठ
      कनिष्ठ भारतीय अमरीकी अमेरिकी ब्रितानी पाकिस्तानी चीनी रूसी नेपाली बांग्लादेशी विदेशी स्थानीय पूर्व तत्कालीन
      मौजूदा नवनियुक्त एसआईटी एनसीआरबी एनएचआरसी सीडब्ल्यूसी एएचटीयू आईपीसी पॉक्सो बीएनएस एफडीआई शामिल उसी इसी वही
      यही वहीं उन्हीं आधार तरह रूप तौर संपर्क मदद बात हालत स्थिति कोशिश प्रयास तलाश धमकी लालच बहाने झांसा जाल पता
      उत्तर दक्षिण पूर्व पश्चिम मध्य राजधानी कस्बे कस्बा जिलों शहरों गांवों इलाकों दूसरे दूसरी पहली पहला तीसरे
      अपराधी अपराधियों साथियों सदस्यों कर्मचारियों युवा
    `),
  ],
  surnames: [
    ...w(`
      सिंह कुमार शर्मा वर्मा गुप्ता यादव मिश्रा मिश्र सिन्हा खान खां अंसारी देवी श्रीवास्तव शुक्ला शुक्ल तिवारी
      पांडे पांडेय पाण्डेय दुबे चौबे त्रिपाठी द्विवेदी त्रिवेदी चतुर्वेदी उपाध्याय अवस्थी बाजपेयी वाजपेयी दीक्षित
      सक्सेना निगम अग्रवाल जैन गोयल बंसल मित्तल गर्ग सिंघल खंडेलवाल माहेश्वरी चौहान राठौर राठौड़ तोमर ठाकुर पटेल
      शाह मेहता जोशी पंत नेगी बिष्ट रावत भंडारी चौधरी पासवान मंडल मण्डल झा कुशवाहा मौर्य राजपूत पाठक कश्यप निषाद
      प्रजापति विश्वकर्मा साहू सोनकर सैनी राजभर गौतम भारती चौरसिया प्रसाद राम लाल दास नाथ घोष बोस सेन बनर्जी
      मुखर्जी चटर्जी दत्ता सरकार विश्वास बिस्वास राय भट्टाचार्य चक्रवर्ती मजूमदार मित्रा पाल साहा कुंडू हालदार शेख
      सिद्दीकी कुरैशी हुसैन अहमद अली रजा रिजवी नकवी अब्बास मिर्जा बेग सैयद उस्मानी फारूकी हक इस्लाम रहमान बेगम
      बानो खातून बीबी कुमारी नायक राव रेड्डी नायर पाटिल पवार जाधव अरोड़ा कपूर खन्ना मल्होत्रा सेठी भाटिया चोपड़ा
      गिल बराड़ संधू ढिल्लों सिद्धू ग्रेवाल गुरुंग तमांग थापा राणा लामा मुंडा उरांव टोप्पो तिर्की लकड़ा एक्का
      किस्कू मरांडी हेम्ब्रम सोरेन तिग्गा कच्छप मिंज कुजूर महतो प्रधान बेहरा मोहंती पांडा साहू नोमानी खंडेलवाल
      चंद्र चन्द्र शेखर किशोर मोहन प्रकाश बघेल जाटव वाल्मीकि कोरी धोबी लोधी राजपूत बिंद मल्लाह केवट पोद्दार
      केसरवानी अग्रहरि ओझा भगत मांझी पासी सोनी वर्णवाल जायसवाल गोस्वामी भार्गव कौशिक वशिष्ठ शास्त्री आर्य
      कौर ओरांव ओरांग गोगोई बोरा सैकिया कलिता डेका हजारिका बरुआ छेत्री मरांडी बास्के टुडू मुर्मू हांसदा गुर्जर मीणा
      मीना बैरवा जाट बिश्नोई राजपूत त्यागी तेवतिया चौटाला बाई
    `),
  ],
  weakSurnames: [
    ...w(`
      राय लाल राम दास नाथ प्रसाद चंद्र चन्द्र पाल सेन शाह अली सरकार प्रधान किशोर मोहन प्रकाश शेखर भारती गौतम पांडा
      सोनी आर्य हक इस्लाम कुमारी बीबी मंडल मण्डल नायक भगत विश्वास खान मीना बाई
    `),
  ],
  nonPersonHeads: [
    ...w(`
      नगर पुर पुरा गंज बाजार बाज़ार मार्ग रोड चौक चौराहा कॉलोनी कालोनी विहार मोहल्ला मोहल्ले गांव गाँव थाना थाने
      कोतवाली चौकी जिला जिले होटल स्पा लॉज रिसॉर्ट अस्पताल स्कूल कॉलेज विश्वविद्यालय भवन सदन निवास स्टेशन जंक्शन
      एक्सप्रेस मंदिर मस्जिद पार्क गार्डन सेंटर कॉम्प्लेक्स मॉल प्लाजा टावर अपार्टमेंट सोसाइटी सेक्टर ब्लॉक फेज
      पुलिस आयोग विभाग यूनिट सेल ब्रांच टीम संस्था फाउंडेशन ट्रस्ट समिति अधिनियम एक्ट कानून पार्टी सेना बल दल
    `),
  ],
  nonPersonBefore: ["ऑपरेशन", "होटल", "स्पा", "गांव", "ग्राम", "मोहल्ला", "जिला", "कस्बा", "शहर"],
  nameParticles: ["उल", "उर", "उद", "बिन"],
  places: [
    ...w(`
      भारत नेपाल बांग्लादेश पाकिस्तान म्यांमार भूटान चीन थाईलैंड दिल्ली मुंबई कोलकाता चेन्नई बेंगलुरु बंगलौर
      हैदराबाद अहमदाबाद पुणे सूरत जयपुर लखनऊ कानपुर नागपुर इंदौर भोपाल पटना रांची रायपुर भुवनेश्वर गुवाहाटी
      चंडीगढ़ देहरादून शिमला श्रीनगर जम्मू नोएडा गुरुग्राम गुड़गांव गाजियाबाद फरीदाबाद मेरठ आगरा वाराणसी प्रयागराज
      इलाहाबाद गोरखपुर फैजाबाद अयोध्या गोवा सिलीगुड़ी हावड़ा असम आसाम बिहार झारखंड ओडिशा उड़ीसा बंगाल पंजाब
      हरियाणा राजस्थान गुजरात महाराष्ट्र कर्नाटक केरल तेलंगाना आंध्र उत्तराखंड हिमाचल छत्तीसगढ़ मणिपुर मेघालय
      मिजोरम नगालैंड त्रिपुरा सिक्किम अरुणाचल कश्मीर लद्दाख उत्तरप्रदेश मध्यप्रदेश यूपी एमपी
    `),
  ],
  verbs: [
    ...w(`
      कहते कहती कहा कहना बोले बोली मानते मानती माना हुए हुये करार ठहराया ठहराए दिए बनने बनाने मिलेगी मिलेगा करते
      करती जाते जाती बताते बताती पहुंचा पहुंची पहुंचे बने बना बनी बनकर बनाकर आए आया आई आये लाई लाया लाए लाये लाकर
      लाते लाती ले लेकर दे देकर देते देती मिले मिलकर भेजा भेजी भेजे भेजते चलाता चलाती चलाते चलाने चला रखा रखी रखे
      बुलाया बुलाते बेचा बेची बेचे बेचते है हैं था थी थे गया गई गए किया किए दिया लिया रहा रही रहे कराने कराया
      कराई कराए कराते कराती कराकर करवाने करवाया करवाई करवाते मिलने देखकर लगाकर
    `),
  ],
  naming: ["नामक", "नाम की", "नाम के", "नाम का"],
  identification: [{ opener: "पहचान", closers: ["के रूप में", "के तौर पर", "के नाम से", "के रूप मे"] }],
  kinship: ["पुत्र", "पुत्री", "पत्नी", "पति"],
  listKin: LIST_KIN,
  relatives: ["पिता", "माता", "मां", "भाई", "बहन", "उसके पिता", "उसकी मां", "ससुर", "सास"],
  speech: [
    "ने बताया",
    "ने कहा",
    "ने पूछा",
    "ने जानकारी",
    "ने दावा",
    "ने आरोप",
    "ने स्वीकार",
    "ने बोला",
    "का कहना",
    "के मुताबिक",
    "के अनुसार",
  ],
  clauseBreaks: ["जबकि", "लेकिन", "वहीं"],
  reporting: ["कि"],
  personNouns: ["महिला", "युवक", "युवती", "व्यक्ति", "शख्स", "किशोर", "लड़का"],
  notInitials: [],
  notNameEndings: [],
  nameFollowers: [
    ...w(`
      ने को से का के की में पर तक द्वारा है हैं था थी थे भी ही तो समेत सहित नाम नामक उर्फ निवासी पुत्र पुत्री
      पत्नी पति उम्र व और एवं तथा या जो जिसने जिन्होंने वगैरह आदि साहब जी उसे उसने उसको उसकी उसके उसका उन्हें
      उन्होंने उनको उनकी उनके उनका इसे इन्हें अपने अपनी अपना खुद सहित समेत वाला वाली वाले ( ,
      मौके पुलिस घटनास्थल
    `),
  ],
};
