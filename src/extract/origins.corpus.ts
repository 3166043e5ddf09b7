// Victim origins and the incident's place: short reports written for Mukti, each with what it must yield.
// The corpus is the test (src/extract/origins.corpus.test.ts): origins and foreign compare as sets of place names;
// state / district are checked where given (null means "must be empty").

export interface OriginCase {
  /** the phenomenon the case pins down */
  rule: string;
  text: string;
  origins: string[];
  foreign?: string[];
  state?: string | null;
  district?: string | null;
}

export const originsCorpus: OriginCase[] = [
  {
    rule: "the place of a promised job is where the lure leads, not the incident's place",
    text: "महराजगंज: सोनौली बॉर्डर पर एसएसबी ने तीन युवतियों को मानव तस्करों के चंगुल से मुक्त कराया। उन्हें मुंबई में होटल में नौकरी दिलाने के नाम पर ले जाया जा रहा था। एक दलाल को गिरफ्तार किया गया।",
    origins: [],
    state: "Uttar Pradesh",
    district: "Maharajganj",
  },
  {
    rule: "English: 'promised hotel jobs in Mumbai' is the lure's destination",
    text: "Maharajganj: The SSB rescued six women at the Sonauli border on Friday. They had been promised hotel jobs in Mumbai by an agent, who was arrested.",
    origins: [],
    state: "Uttar Pradesh",
    district: "Maharajganj",
  },
  // ---- lists across containers, counted parts, rescues "from" a place ----
  {
    rule: "a list of 'state के district' items shares the origin; the dateline stays the place",
    text: "उज्जैन: महाकाल थाना क्षेत्र में पुलिस ने एक होटल पर छापा मारकर 12 बच्चों को मुक्त कराया, जिन्हें राजस्थान के भीलवाड़ा और मध्य प्रदेश के राजगढ़ जिले से लाया गया था। होटल मालिक को गिरफ्तार किया गया।",
    origins: ["Bhilwara", "Rajgarh"],
    state: "Madhya Pradesh",
  },
  {
    rule: "counted parts of the victims: ', three from Nepal and two from West Bengal'",
    text: "Siliguri: Police rescued five women, three from Nepal and two from West Bengal, from a hotel on Monday and arrested the manager.",
    origins: ["Nepal", "West Bengal"],
    foreign: ["Nepal"],
  },
  {
    rule: "'X से चार युवतियों को मुक्त कराकर' is where they were rescued; 'खूंटी और गुमला जिले की' both are homes",
    text: "रांची: पुलिस ने दिल्ली से चार युवतियों को मुक्त कराकर रांची लाया। युवतियां खूंटी और गुमला जिले की रहने वाली हैं। एक दलाल को गिरफ्तार किया गया।",
    origins: ["Khunti", "Gumla"],
  },
  // ---- places abroad below the country: the place is the origin, its country the nationality ----
  {
    rule: "a Nepali district as the victims' home: origin Jhapa, foreign Nepal",
    text: "सिलीगुड़ी: एसएसबी ने सीमा पर दो नाबालिग लड़कियों को मानव तस्करों के चंगुल से मुक्त कराया। दोनों लड़कियां नेपाल के झापा जिले की रहने वाली हैं। एक दलाल को गिरफ्तार किया गया।",
    origins: ["Jhapa"],
    foreign: ["Nepal"],
  },
  {
    rule: "'hailing from Jessore in Bangladesh': the town abroad is the origin (its container is not one of its own)",
    text: "Kolkata: Police rescued three women from a flat in Baguiati and arrested two agents on Tuesday. The women, hailing from Jessore in Bangladesh, had been brought across the border with promises of jobs.",
    origins: ["Jessore"],
    foreign: ["Bangladesh"],
  },
  // ---- Hindi: lists, residence statements, reported speech ----
  {
    rule: "a list ending in 'और दूसरी जगहों की' shares the origin",
    text: "मेरठ: पुलिस ने एक होटल पर छापा मारकर देह व्यापार का भंडाफोड़ किया। पकड़ी गई युवतियां हरियाणा, पंजाब और दूसरी जगहों की बताई गई हैं।",
    origins: ["Haryana", "Punjab"],
    state: "Uttar Pradesh",
  },
  {
    rule: "'X समेत दूसरे राज्यों की रहने वाली हैं' is a residence statement about the victims",
    text: "गया: पुलिस ने छापेमारी कर 25 लड़कियों को मुक्त कराया। एसपी ने बताया कि लड़कियां ओडिशा समेत दूसरे राज्यों की रहने वाली हैं।",
    origins: ["Odisha"],
  },
  {
    rule: "English glosses inside a list of origins",
    text: "आगरा: पुलिस ने स्पा सेंटर पर छापा मारकर देह व्यापार का भंडाफोड़ किया और छह लोगों को पकड़ा। इनमें मणिपुर (Manipur) और मिजोरम (Mizoram) की चार युवतियां भी शामिल हैं।",
    origins: ["Manipur", "Mizoram"],
  },
  {
    rule: "an accused's home with a village between place and residence word is no origin",
    text: "जयपुर: पुलिस ने देह व्यापार के आरोप में एक दलाल को गिरफ्तार किया और तीन युवतियों को मुक्त कराया। पकड़ा गया आरोपी सीकर के एक गांव का रहने वाला है।",
    origins: [],
  },
  {
    rule: "reported speech: the clause after 'कि' has the victims as subject",
    text: "पटना: आरपीएफ ने स्टेशन पर 18 बच्चों को मुक्त कराया और दो तस्करों को पकड़ा। पूछताछ में तस्करों ने बताया कि सभी बच्चे कटिहार जिले के रहने वाले हैं।",
    origins: ["Katihar"],
  },
  {
    rule: "a residence statement ending on 'बताई गई है'; a state before its town is its container",
    text: "इंदौर: पुलिस ने छापा मारकर देह व्यापार के अड्डे से चार युवतियों को मुक्त कराया। एक युवती महाराष्ट्र के नागपुर की रहने वाली बताई गई है।",
    origins: ["Nagpur"],
  },
  {
    rule: "'X से छुड़ाई गई युवतियां' were rescued at X",
    text: "लखनऊ: पुलिस ने बताया कि कानपुर से छुड़ाई गई युवतियों को नौकरी का लालच देकर बुलाया गया था। दो दलाल गिरफ्तार किए गए।",
    origins: [],
  },
  {
    rule: "the rescued children's home is the rescue town: a residence statement wins over the location",
    text: "टाटानगर: आरपीएफ ने स्टेशन पर 12 बच्चों को मुक्त कराया। अधिकारी के अनुसार सभी पीड़ित टाटानगर के आसपास के गांवों के रहने वाले हैं।",
    origins: ["Jamshedpur"],
  },
  // ---- English: from, natives of, names and officers ----
  {
    rule: "a state and its district in one phrase name one origin: the district",
    text: "Sasaram: Police rescued nine children from Bihar's Kaimur district at the railway station on Monday and arrested two agents who were taking them to Surat.",
    origins: ["Kaimur"],
    state: "Bihar",
  },
  {
    rule: "a capitalised name before 'from' is a person, not a victim",
    text: "Lucknow: In a human trafficking case, the minor girl was sold to Ramesh from Kanpur, police said. The accused has been arrested and the minor rescued.",
    origins: [],
  },
  {
    rule: "officers from a place are no victims",
    text: "Raipur: Eleven girls were rescued from a placement agency after officers from Delhi and Jharkhand raided it on Friday.",
    origins: [],
  },
  {
    rule: "'Name, a native of X' describes the accused",
    text: "Panaji: Goa Police arrested Salim Khan, a native of Belagavi, for running a prostitution racket and rescued three women from Telangana.",
    origins: ["Telangana"],
    state: "Goa",
  },
  {
    rule: "victims already named by nationality: 'from X' is where they were found",
    text: "Siliguri: Police rescued 12 Nepali girls from Darjeeling on Tuesday and arrested a trafficker.",
    origins: ["Nepal"],
    foreign: ["Nepal"],
  },
  {
    rule: "'from different parts of X' is where the search went",
    text: "Imphal: The girls were rescued from different parts of Moreh during search operations, police said. A trafficker was arrested.",
    origins: [],
    state: "Manipur",
  },
  {
    rule: "'from X near Y': the landmark is no origin",
    text: "Mumbai: Police rescued four women in a raid on a flat. One of them is from Vasai near Thane.",
    origins: ["Vasai"],
  },
  {
    rule: "'from X to Y': Y ends the route",
    text: "Thiruvananthapuram: The city police arrested two men who had been bringing women from Assam to Kochi for sex work. Three women were rescued.",
    origins: ["Assam"],
    state: "Kerala",
  },
  {
    rule: "'belong to' states the victims' home",
    text: "Itarsi: Twelve minors were rescued from a train and three agents arrested. The children belong to Godda and Dumka districts.",
    origins: ["Godda", "Dumka"],
  },
  {
    rule: "'other states such as X' lists the victims' homes",
    text: "Mohali: Police rescued 15 women from spa centres. The accused targeted women in other states such as Bihar and Odisha.",
    origins: ["Bihar", "Odisha"],
  },
  {
    rule: "'coming back from X' is where they were held",
    text: "Raipur: Twenty girls rescued from a sex trafficking racket were brought home. This is the second batch of girls coming back to the state from UP's Meerut.",
    origins: [],
  },
  {
    rule: "a police unit named after a state is no origin of the girls it rescues",
    text: "Assam Police Rescue Minor Girls Trafficked to Rajasthan\n\nGuwahati: Assam Police have rescued two minor girls who had been sold in Jaipur. One man was arrested.",
    origins: [],
  },
  // ---- romanized Hindi ----
  {
    rule: "'apne ghar (X) se' is the victims' home",
    text: "Haridwar police ne do naabalig behnon ko bachaya. Pata chala ki dono apne ghar (Bareilly) se bhaag kar Delhi aayi thin. Do dalal giraftaar kiye gaye.",
    origins: ["Bareilly"],
  },
  {
    rule: "an accused's home in romanized Hindi",
    text: "PDDU Nagar: RPF ne 20 bachchon ko mukt karaya aur do taskaron ko giraftaar kiya. Aaropi Bihar ke Araria zile ke rehne wale hain.",
    origins: [],
  },
  // ---- the incident's place ----
  {
    rule: "a raid in another city by a visiting police force: the raid's place wins",
    text: "वाराणसी: वाराणसी पुलिस ने सोमवार को दिल्ली के लाजपत नगर इलाके में एक मकान पर छापा मारकर 12 नेपाली युवतियों को मुक्त कराया। छापे में वाराणसी पुलिस के साथ दिल्ली पुलिस भी थी।",
    origins: ["Nepal"],
    foreign: ["Nepal"],
    state: "Delhi",
    district: null,
  },
  {
    rule: "a Delhi district is given only where the text names it",
    text: "New Delhi: Police raided a brothel on GB Road in central Delhi and rescued nine women, officials said.",
    origins: [],
    state: "Delhi",
    district: "Central Delhi",
  },
  {
    rule: "when a state wins, its own district is the place",
    text: "RAIPUR: Chhattisgarh police have rescued 20 girls from the clutches of traffickers in UP near Allahabad. With UP police reluctant at first, the team camping in UP built up pressure. UP police then arrested two men.",
    origins: [],
    state: "Uttar Pradesh",
    district: "Prayagraj",
  },
];
