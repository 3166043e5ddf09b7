// Place names that only the context can resolve: sentences written for this test (not taken from any report), in
// the register of Indian crime reports (raids, rescues, arrests), Hindi, English and code-mixed. Each case names one
// mention and the place findPlaces + resolvePlaces must choose for it; the same name is resolved to each of its
// places by different contexts, so a resolver that always picks the gazetteer's first candidate fails half of them.
//
// Delhi, the union territory and the city: "Delhi" is the UT (state:Delhi) in every context, "दिल्ली के रोहिणी में"
// as much as "Delhi Police" (the UT's force) and "from Delhi" (a victim's home, which the schema records as a state).
// The NCT is a city-state: the city is implied by any place in it (the extractor reports the city "Delhi" for every
// Delhi place), and a district finer than the UT comes from the locality itself (Rohini → North West Delhi), so the
// city reading would add nothing and would split one place into two keys downstream.

import type { PlaceKind } from "./types.js";

export interface ContextCase {
  text: string;
  /** the mention as written in the text (raw: the test normalises it with the text) */
  mention: string;
  /** which occurrence of `mention` in the text, 1-based (default 1) */
  occurrence?: number;
  /** the place the resolver must choose; null: the word is not a place here and must not be found */
  expected: { name: string; kind: PlaceKind; state: string | null; district?: string } | null;
  /** what in the context decides */
  why: string;
  /** the gazetteer lacks what the case needs: reported separately, not failed */
  needs?: "data";
}

const AURANGABAD_BR = { name: "Aurangabad", kind: "district", state: "Bihar" } as const;
const AURANGABAD_MH = { name: "Chhatrapati Sambhajinagar", kind: "district", state: "Maharashtra" } as const;
const BILASPUR_CG = { name: "Bilaspur", kind: "district", state: "Chhattisgarh" } as const;
const BILASPUR_HP = { name: "Bilaspur", kind: "district", state: "Himachal Pradesh" } as const;
const HAMIRPUR_UP = { name: "Hamirpur", kind: "district", state: "Uttar Pradesh" } as const;
const HAMIRPUR_HP = { name: "Hamirpur", kind: "district", state: "Himachal Pradesh" } as const;
const BALRAMPUR_UP = { name: "Balrampur", kind: "district", state: "Uttar Pradesh" } as const;
const BALRAMPUR_CG = { name: "Balrampur", kind: "district", state: "Chhattisgarh" } as const;
const PRATAPGARH_UP = { name: "Pratapgarh", kind: "district", state: "Uttar Pradesh" } as const;
const PRATAPGARH_RJ = { name: "Pratapgarh", kind: "district", state: "Rajasthan" } as const;
const RAIGARH_CG = { name: "Raigarh", kind: "district", state: "Chhattisgarh" } as const;
const RAIGAD_MH = { name: "Raigad", kind: "district", state: "Maharashtra" } as const;
const BIJAPUR_CG = { name: "Bijapur", kind: "district", state: "Chhattisgarh" } as const;
const VIJAYAPURA_KA = { name: "Vijayapura", kind: "district", state: "Karnataka" } as const;
const DELHI_UT = { name: "Delhi", kind: "state", state: "Delhi" } as const;

export const CONTEXT_CORPUS: ContextCase[] = [
  // ---------------------------------------------------------------- Aurangabad: Bihar / Maharashtra
  {
    text: "बिहार के औरंगाबाद जिले में ऑर्केस्ट्रा से तीन नाबालिग लड़कियां मुक्त, संचालक महाराष्ट्र भाग निकला था।",
    mention: "औरंगाबाद",
    expected: AURANGABAD_BR,
    why: "state before the name with के; a later Maharashtra must not win",
  },
  {
    text: "Police rescued 12 boys from a bangle unit in Aurangabad, Maharashtra. The boys had been brought from Gaya and Nawada in Bihar by an agent.",
    mention: "Aurangabad",
    expected: AURANGABAD_MH,
    why: "state after a comma outweighs three Bihar places of the victims' homes",
  },
  {
    text: "Aurangabad, March 3: Rafiganj police rescued two girls who were to be married off to men in Rajasthan.",
    mention: "Aurangabad",
    expected: AURANGABAD_BR,
    why: "dateline decided by a town of the Bihar district in the body",
  },
  {
    text: "औरंगाबाद पुलिस ने पुणे और नासिक के दो दलालों को गिरफ्तार किया। बचाई गई युवतियां बिहार की रहने वाली हैं।",
    mention: "औरंगाबाद",
    expected: AURANGABAD_MH,
    why: "two Maharashtra districts in the same sentence against the victims' home state",
  },
  {
    text: "औरंगाबाद के देव थाना क्षेत्र में छापा, रोहतास और जहानाबाद के दो दलाल गिरफ्तार",
    mention: "औरंगाबाद",
    expected: AURANGABAD_BR,
    why: "neighbouring Bihar districts",
  },
  {
    text: "Bihar ke Aurangabad mein police ne ek orchestra group se chaar ladkiyon ko mukt karaya, jo Mumbai le jayi ja rahi thin.",
    mention: "Aurangabad",
    expected: AURANGABAD_BR,
    why: "romanized genitive 'Bihar ke'",
  },
  // ---------------------------------------------------------------- Bilaspur: Chhattisgarh / Himachal / towns
  {
    text: "छत्तीसगढ़ के बिलासपुर में मानव तस्करी के आरोप में दो गिरफ्तार, बचाई गई लड़कियां झारखंड की थीं।",
    mention: "बिलासपुर",
    expected: BILASPUR_CG,
    why: "state before the name",
  },
  {
    text: "हिमाचल प्रदेश के बिलासपुर जिले में पुलिस ने पंजाब ले जाई जा रही एक नाबालिग को बचाया।",
    mention: "बिलासपुर",
    expected: BILASPUR_HP,
    why: "state before the name, district word after",
  },
  {
    text: "Bilaspur, Jan 12: GRP personnel at the railway station stopped four girls being taken to Delhi; the agent hails from Korba.",
    mention: "Bilaspur",
    expected: BILASPUR_CG,
    why: "dateline decided by a neighbouring Chhattisgarh district",
  },
  {
    text: "Bilaspur: A man from Ghumarwin was arrested for selling a minor girl to a family in Haryana.",
    mention: "Bilaspur",
    expected: BILASPUR_HP,
    why: "a town of the Himachal district outweighs a state that has a village called Bilaspur",
  },
  {
    text: "बिलासपुर (Bilaspur) पुलिस ने मंडी और हमीरपुर से लापता दो किशोरियों को चंडीगढ़ से बरामद किया।",
    mention: "Bilaspur",
    expected: BILASPUR_HP,
    why: "English gloss resolved with its Hindi name by a neighbouring Himachal district",
  },
  {
    text: "रामपुर जिले के बिलासपुर कस्बे में पुलिस ने एक मकान पर छापा मारकर दो युवतियों को मुक्त कराया।",
    mention: "बिलासपुर",
    expected: { name: "Bilaspur", kind: "city", state: "Uttar Pradesh", district: "Rampur" },
    why: "district with जिले के before a town",
  },
  {
    text: "Yamunanagar police raided a house in Bilaspur town and rescued a woman held captive by her employer.",
    mention: "Bilaspur",
    expected: { name: "Bilaspur", kind: "city", state: "Haryana", district: "Yamunanagar" },
    why: "the district police that acted",
  },
  {
    text: "शिमला: पुलिस ने बिलासपुर में एक होटल पर छापा मारकर दो युवतियों को छुड़ाया।",
    mention: "बिलासपुर",
    expected: BILASPUR_HP,
    why: "Hindi dateline of the state capital",
  },
  {
    text: "Raipur, March 3: The railway police rescued nine children at Bilaspur station who were being taken to Surat.",
    mention: "Bilaspur",
    expected: BILASPUR_CG,
    why: "English dateline",
  },
  // ---------------------------------------------------------------- Hamirpur: Uttar Pradesh / Himachal
  {
    text: "हमीरपुर (Hamirpur) में पुलिस ने बांदा के एक युवक को नाबालिग को बहला-फुसलाकर ले जाने के आरोप में गिरफ्तार किया।",
    mention: "हमीरपुर",
    expected: HAMIRPUR_UP,
    why: "neighbouring UP district; the gloss is the same place",
  },
  {
    text: "हमीरपुर (Hamirpur) में पुलिस ने बांदा के एक युवक को नाबालिग को बहला-फुसलाकर ले जाने के आरोप में गिरफ्तार किया।",
    mention: "Hamirpur",
    expected: HAMIRPUR_UP,
    why: "the English gloss follows its Hindi name",
  },
  {
    text: "Hamirpur, Himachal Pradesh: A woman from Nadaun who was sold in Kanpur and Lucknow has been rescued, police said.",
    mention: "Hamirpur",
    expected: HAMIRPUR_HP,
    why: "state after a comma against two UP cities",
  },
  {
    text: "उत्तर प्रदेश के हमीरपुर जिले में बंधुआ मजदूरी से 14 लोग मुक्त, सभी हिमाचल और पंजाब ले जाए जाने वाले थे।",
    mention: "हमीरपुर",
    expected: HAMIRPUR_UP,
    why: "state before the name against Himachal later in the sentence",
  },
  {
    text: "Police in Hamirpur said the girl, a native of Maudaha, had been sold to a man in Rajasthan.",
    mention: "Hamirpur",
    expected: HAMIRPUR_UP,
    why: "a town of the UP district",
  },
  {
    text: "हमीरपुर जिले में छापेमारी के बाद कांगड़ा के रहने वाले एक दलाल को पकड़ा गया।",
    mention: "हमीरपुर",
    expected: HAMIRPUR_HP,
    why: "neighbouring Himachal district",
  },
  // ---------------------------------------------------------------- Balrampur: Uttar Pradesh / Chhattisgarh
  {
    text: "Balrampur, Jan 5: Tulsipur police and the SSB rescued three Nepali women near the border.",
    mention: "Balrampur",
    expected: BALRAMPUR_UP,
    why: "a town of the UP district",
  },
  {
    text: "छत्तीसगढ़ के बलरामपुर जिले के 11 मजदूरों को उत्तर प्रदेश के एक ईंट भट्ठे से मुक्त कराया गया।",
    mention: "बलरामपुर",
    expected: BALRAMPUR_CG,
    why: "state before the name; the UP of the brick kiln is another place",
  },
  {
    text: "Girls from Surguja and Balrampur districts were sold in Uttar Pradesh, the police said.",
    mention: "Balrampur",
    expected: BALRAMPUR_CG,
    why: "its neighbour in the list, not the destination, says which",
  },
  {
    text: "बलरामपुर में पुलिस ने गोंडा और श्रावस्ती के दो दलालों को गिरफ्तार किया।",
    mention: "बलरामपुर",
    expected: BALRAMPUR_UP,
    why: "neighbouring UP districts",
  },
  // ---------------------------------------------------------------- Pratapgarh: Uttar Pradesh / Rajasthan
  {
    text: "प्रतापगढ़ (राजस्थान) में पुलिस ने चित्तौड़गढ़ के एक दलाल को गिरफ्तार किया, जो लड़कियों को उत्तर प्रदेश भेजता था।",
    mention: "प्रतापगढ़",
    expected: PRATAPGARH_RJ,
    why: "state in parentheses",
  },
  {
    text: "Pratapgarh, Feb 2: Kunda police arrested two men for trafficking girls to Mumbai.",
    mention: "Pratapgarh",
    expected: PRATAPGARH_UP,
    why: "a town of the UP district",
  },
  {
    text: "Police in Pratapgarh district of Rajasthan rescued 14 child labourers bound for Uttar Pradesh and Gujarat.",
    mention: "Pratapgarh",
    expected: PRATAPGARH_RJ,
    why: "'district of <state>'",
  },
  {
    text: "Lalganj, Pratapgarh: Police rescued a minor from a wedding party and arrested her buyer.",
    mention: "Lalganj",
    expected: { name: "Lalganj", kind: "city", state: "Uttar Pradesh", district: "Pratapgarh" },
    why: "town qualified by its district after a comma",
  },
  {
    text: "Lalganj, Pratapgarh: Police rescued a minor from a wedding party and arrested her buyer.",
    mention: "Pratapgarh",
    expected: PRATAPGARH_UP,
    why: "the district that has a Lalganj",
  },
  // ---------------------------------------------------------------- Raigarh / Raigad
  {
    text: "रायगढ़ पुलिस ने कोरबा के दो युवकों को नाबालिग की तस्करी के आरोप में पकड़ा।",
    mention: "रायगढ़",
    expected: RAIGARH_CG,
    why: "neighbouring Chhattisgarh district",
  },
  {
    text: "Raigarh police raided a dance bar at Khopoli and rescued eleven women.",
    mention: "Raigarh",
    expected: RAIGAD_MH,
    why: "a town of the Maharashtra district, spelt Raigarh",
  },
  {
    text: "रायगढ़ (महाराष्ट्र) के एक डांस बार से 11 युवतियां मुक्त कराई गईं।",
    mention: "रायगढ़",
    expected: RAIGAD_MH,
    why: "state in parentheses",
  },
  // ---------------------------------------------------------------- Bijapur: Chhattisgarh / Vijayapura (Karnataka)
  {
    text: "Bijapur (Chhattisgarh): Police rescued six tribal girls at Bhopalpatnam who were being taken to Hyderabad.",
    mention: "Bijapur",
    expected: BIJAPUR_CG,
    why: "state in parentheses",
  },
  {
    text: "Bijapur, Karnataka: Officials rescued 23 bonded labourers from sugarcane fields in Indi taluk.",
    mention: "Bijapur",
    expected: VIJAYAPURA_KA,
    why: "state after a comma; Bijapur is the old name of Vijayapura",
  },
  {
    text: "कर्नाटक के बीजापुर में गन्ने के खेतों से 23 बंधुआ मजदूर मुक्त कराए गए।",
    mention: "बीजापुर",
    expected: VIJAYAPURA_KA,
    why: "state before the name",
    needs: "data",
  },
  // ---------------------------------------------------------------- Hyderabad, Fatehpur, Kishanganj
  {
    text: "Hyderabad: Police raided a flat in Secunderabad and rescued two women brought from West Bengal.",
    mention: "Hyderabad",
    expected: { name: "Hyderabad", kind: "district", state: "Telangana" },
    why: "the Telangana capital; a state of victims' homes does not move it",
  },
  {
    text: "The girls were trafficked across the border to Hyderabad in Pakistan's Sindh province.",
    mention: "Hyderabad",
    expected: { name: "Hyderabad", kind: "city", state: null },
    why: "a province of Pakistan",
    needs: "data",
  },
  {
    text: "फतेहपुर जिले में पुलिस ने कौशांबी के एक दलाल को दो नाबालिगों के साथ पकड़ा।",
    mention: "फतेहपुर",
    expected: { name: "Fatehpur", kind: "district", state: "Uttar Pradesh" },
    why: "district word and a neighbouring UP district",
  },
  {
    text: "सीकर जिले के फतेहपुर कस्बे में एक मकान से दो बालिकाएं मुक्त कराई गईं।",
    mention: "फतेहपुर",
    expected: { name: "Fatehpur", kind: "city", state: "Rajasthan", district: "Sikar" },
    why: "district with जिले के before a town",
  },
  {
    text: "बाराबंकी के फतेहपुर में पुलिस ने बाल विवाह रुकवाया।",
    mention: "फतेहपुर",
    expected: { name: "Fatehpur", kind: "city", state: "Uttar Pradesh", district: "Barabanki" },
    why: "district with के before a town of the same name as another district",
  },
  {
    text: "किशनगंज (बिहार) में नेपाल सीमा के पास एसएसबी ने तीन लड़कियों को दलाल के चंगुल से छुड़ाया।",
    mention: "किशनगंज",
    expected: { name: "Kishanganj", kind: "district", state: "Bihar" },
    why: "state in parentheses",
  },
  {
    text: "Kishanganj in Rajasthan's Baran district: police rescued five Sahariya bonded labourers.",
    mention: "Kishanganj",
    expected: { name: "Kishanganj", kind: "city", state: "Rajasthan", district: "Baran" },
    why: "the Rajasthan town, named with its district",
    needs: "data",
  },
  // ---------------------------------------------------------------- Delhi: the UT and the city
  {
    text: "दिल्ली के रोहिणी में एक स्पा सेंटर पर छापा मारकर पुलिस ने चार युवतियों को मुक्त कराया।",
    mention: "दिल्ली",
    expected: DELHI_UT,
    why: "a locality named as part of it: still the UT; the locality carries the district",
  },
  {
    text: "दिल्ली के रोहिणी में एक स्पा सेंटर पर छापा मारकर पुलिस ने चार युवतियों को मुक्त कराया।",
    mention: "रोहिणी",
    expected: { name: "Rohini", kind: "locality", state: "Delhi", district: "North West Delhi" },
    why: "the locality of the Delhi before it",
  },
  {
    text: "Police raided a hotel in Paharganj, Delhi and rescued three minors.",
    mention: "Paharganj",
    expected: { name: "Paharganj", kind: "locality", state: "Delhi", district: "Central Delhi" },
    why: "'<locality>, Delhi'",
  },
  {
    text: "Police raided a hotel in Paharganj, Delhi and rescued three minors.",
    mention: "Delhi",
    expected: DELHI_UT,
    why: "'<locality>, Delhi': the UT",
  },
  {
    text: "Delhi Police rescued five girls from a placement agency and arrested its owner.",
    mention: "Delhi",
    expected: DELHI_UT,
    why: "the police of the union territory",
  },
  {
    text: "The girls were brought from Delhi to Mumbai and sold to a brothel keeper.",
    mention: "Delhi",
    expected: DELHI_UT,
    why: "a bare place of origin is the UT",
  },
  {
    text: "बचाई गई युवतियां असम और दिल्ली से लाई गई थीं।",
    mention: "दिल्ली",
    expected: DELHI_UT,
    why: "listed with a state",
  },
  {
    text: "दिल्ली की एक नाबालिग को आगरा के होटल से बरामद किया गया।",
    mention: "दिल्ली",
    expected: DELHI_UT,
    why: "a victim's home",
  },
  // ---------------------------------------------------------------- localities and towns in several districts
  {
    text: "कानपुर के नौबस्ता इलाके में एक मकान से दो किशोरियां बरामद।",
    mention: "नौबस्ता",
    expected: { name: "Naubasta", kind: "locality", state: "Uttar Pradesh", district: "Kanpur Nagar" },
    why: "the city before the locality",
  },
  {
    text: "Naubasta, Rewa: Police stopped the marriage of a 14-year-old and booked the groom's family.",
    mention: "Naubasta",
    expected: { name: "Naubasta", kind: "city", state: "Madhya Pradesh", district: "Rewa" },
    why: "district after a comma: the village, not Kanpur's locality",
  },
  {
    text: "Police raided a spa in Goregaon (W) and arrested the Mumbai-based manager.",
    mention: "Goregaon (W)",
    expected: { name: "Goregaon", kind: "locality", state: "Maharashtra", district: "Mumbai Suburban" },
    why: "the side marks Mumbai's locality",
  },
  {
    text: "A labour contractor was arrested in Goregaon, a town in Raigad district, for holding 18 workers captive.",
    mention: "Goregaon",
    expected: { name: "Goregaon", kind: "city", state: "Maharashtra", district: "Raigad" },
    why: "the district named in the apposition",
  },
  {
    text: "The Anti Human Trafficking Unit rescued two women from a flat in Dwarka, Delhi.",
    mention: "Dwarka",
    expected: { name: "Dwarka", kind: "locality", state: "Delhi", district: "South West Delhi" },
    why: "city after a comma",
  },
  {
    text: "Dwarka (Gujarat): Police rescued a minor at the temple town's bus stand and arrested a man from Jamnagar.",
    mention: "Dwarka",
    expected: { name: "Dwarka", kind: "city", state: "Gujarat", district: "Devbhoomi Dwarka" },
    why: "state in parentheses",
  },
  {
    text: "Police in Bareilly's Nawabganj rescued a girl who had been sold for Rs 50,000.",
    mention: "Nawabganj",
    expected: { name: "Nawabganj", kind: "city", state: "Uttar Pradesh", district: "Bareilly" },
    why: "English genitive of the district",
  },
  {
    text: "Nawabganj in Gonda district: a woman was rescued from her in-laws who had tried to sell her.",
    mention: "Nawabganj",
    expected: { name: "Nawabganj", kind: "city", state: "Uttar Pradesh", district: "Gonda" },
    why: "'in <district> district'",
  },
  {
    text: "Islampur police in Uttar Dinajpur intercepted a car carrying four girls towards Siliguri.",
    mention: "Islampur",
    expected: { name: "Islampur", kind: "city", state: "West Bengal", district: "Uttar Dinajpur" },
    why: "district named in the same clause",
  },
  {
    text: "Nalanda's Islampur police arrested a man for trafficking a minor to Delhi.",
    mention: "Islampur",
    expected: { name: "Islampur", kind: "city", state: "Bihar", district: "Nalanda" },
    why: "English genitive of the district",
  },
  // ---------------------------------------------------------------- a qualifier against the rest of the document
  {
    text: "हिमाचल प्रदेश के बिलासपुर में पकड़े गए दलाल ने बताया कि वह छत्तीसगढ़ के रायपुर और कोरबा से लड़कियां लाता था।",
    mention: "बिलासपुर",
    expected: BILASPUR_HP,
    why: "state before the name against a state and two districts of the other Bilaspur",
  },
  {
    text: "Chhattisgarh's Bilaspur police rescued three girls from Himachal Pradesh's Mandi and Kangra.",
    mention: "Bilaspur",
    expected: BILASPUR_CG,
    why: "English genitive of the state against the victims' Himachal districts",
  },
  {
    text: "Bilaspur district of Himachal Pradesh: a girl from Raipur and Durg was rescued from a house.",
    mention: "Bilaspur",
    expected: BILASPUR_HP,
    why: "'district of <state>' against two Chhattisgarh districts",
  },
  {
    text: "Hamirpur, Himachal Pradesh: A woman who was sold in Kanpur and Lucknow has been rescued, police said.",
    mention: "Hamirpur",
    expected: HAMIRPUR_HP,
    why: "state after a comma against two UP cities",
  },
  {
    text: "हमीरपुर, उत्तर प्रदेश: हिमाचल के कांगड़ा और मंडी में बेची गई लड़कियां बरामद।",
    mention: "हमीरपुर",
    expected: HAMIRPUR_UP,
    why: "Hindi dateline with its state against three Himachal places",
  },
  {
    text: "हमीरपुर (Hamirpur), हिमाचल प्रदेश: उत्तर प्रदेश के बांदा और कानपुर की दो युवतियां बरामद।",
    mention: "हमीरपुर",
    expected: HAMIRPUR_HP,
    why: "the state qualifies the gloss, and the gloss its Hindi name",
  },
  {
    text: "Uttar Pradesh ke Hamirpur se laayi gayi ladkiyan Himachal ke Kangra aur Mandi mein bechi gayi thin.",
    mention: "Hamirpur",
    expected: HAMIRPUR_UP,
    why: "romanized genitive against the Himachal destination",
  },
  {
    text: "बिहार के औरंगाबाद से लापता दो लड़कियां महाराष्ट्र के पुणे और नासिक से बरामद की गईं।",
    mention: "औरंगाबाद",
    expected: AURANGABAD_BR,
    why: "state before the name against three Maharashtra places",
  },
  {
    text: "Aurangabad district, Bihar: police rescued girls from Pune and Nashik.",
    mention: "Aurangabad",
    expected: AURANGABAD_BR,
    why: "district word, comma, state",
  },
  {
    text: "Pratapgarh (Rajasthan): Two men from Lucknow and Kanpur were arrested with a minor girl they had bought.",
    mention: "Pratapgarh",
    expected: PRATAPGARH_RJ,
    why: "state in parentheses against two UP cities",
  },
  {
    text: "रायगढ़ (छत्तीसगढ़) की चार युवतियों को मुंबई और पुणे के डांस बार से मुक्त कराया गया।",
    mention: "रायगढ़",
    expected: RAIGARH_CG,
    why: "state in parentheses against the Maharashtra cities of the dance bars",
  },
  {
    text: "Balrampur in Chhattisgarh: Seven girls trafficked to Lucknow and Kanpur in Uttar Pradesh were brought back.",
    mention: "Balrampur",
    expected: BALRAMPUR_CG,
    why: "'in <state>' against three UP places",
  },
  {
    text: "A flat in Dwarka, Delhi was raided; the two women rescued are from Ahmedabad and Surat in Gujarat.",
    mention: "Dwarka",
    expected: { name: "Dwarka", kind: "locality", state: "Delhi", district: "South West Delhi" },
    why: "city after a comma against three Gujarat places",
  },
  {
    text: "Lalganj (Vaishali): Police rescued two minors being taken to Azamgarh and Pratapgarh in Uttar Pradesh.",
    mention: "Lalganj",
    expected: { name: "Lalganj", kind: "city", state: "Bihar", district: "Vaishali" },
    why: "district in parentheses against the two UP districts that also have a Lalganj",
  },
  {
    text: "Fatehpur, Sikar: A girl bought from Fatehpur district of Uttar Pradesh was rescued.",
    mention: "Fatehpur",
    occurrence: 2,
    expected: { name: "Fatehpur", kind: "district", state: "Uttar Pradesh" },
    why: "the same name twice, each with its own qualifier",
  },
  {
    text: "Fatehpur, Sikar: A girl bought from Fatehpur district of Uttar Pradesh was rescued.",
    mention: "Fatehpur",
    expected: { name: "Fatehpur", kind: "city", state: "Rajasthan", district: "Sikar" },
    why: "the same name twice, each with its own qualifier",
  },
  {
    text: "Delhi's Rohini police rescued a girl who had been brought from Assam.",
    mention: "Rohini",
    expected: { name: "Rohini", kind: "locality", state: "Delhi", district: "North West Delhi" },
    why: "'Delhi's Rohini' is the locality, not the town of the same name in North Delhi",
  },
  // ---------------------------------------------------------------- one place per name in a document
  {
    text:
      "Hamirpur, Himachal Pradesh: A woman from the district who had gone missing in 2022 has been rescued, police " +
      "said on Sunday. According to the police, she was lured with the promise of a job in a hotel and taken by bus " +
      "to Chandigarh, from where a man took her by train to another state. She was kept in a rented room for months, " +
      "made to work in several houses and was not paid. Her family had approached the police after she stopped " +
      "answering calls. A team traced her phone to a village where she had been sold to a family. Police teams from " +
      "Kanpur, Lucknow, Unnao and Banda joined the search before she was found in Kanpur. The Hamirpur police have " +
      "registered a case.",
    mention: "Hamirpur",
    occurrence: 2,
    expected: HAMIRPUR_HP,
    why: "the dateline's qualified name, far away, against four UP places right before the repetition",
  },
  {
    text: "Sambhajinagar (Aurangabad): Police rescued two girls brought from Gaya and Nawada in Bihar by an agent from Aurangabad.",
    mention: "Aurangabad",
    occurrence: 2,
    expected: AURANGABAD_MH,
    why: "the city's new name, glossed with the old, against three Bihar places next to the repetition",
  },
  // ---------------------------------------------------------------- names that are not places here
  {
    text: "Sagar Kumar was arrested by police in Bhopal for selling a minor.",
    mention: "Sagar",
    expected: null,
    why: "a person's name before a surname",
  },
  {
    text: "पुलिस ने सागर को गिरफ्तार कर लिया, वह रीवा का रहने वाला है।",
    mention: "सागर",
    expected: null,
    why: "a person arrested; no cue makes it the district",
  },
  {
    text: "वह दिल्ली गया और वहां से लड़की को लेकर पटना आया।",
    mention: "गया",
    expected: null,
    why: "the verb",
  },
  {
    text: "गया जिले की 15 लड़कियों को कोलकाता ले जाया गया।",
    mention: "गया",
    occurrence: 2,
    expected: null,
    why: "the verb at the end of a sentence about Gaya",
  },
  {
    text: "गया जिले की 15 लड़कियों को कोलकाता ले जाया गया।",
    mention: "गया",
    expected: { name: "Gaya", kind: "district", state: "Bihar" },
    why: "the district word",
  },
  {
    text: "Police arrested Sagar, a resident of Sagar district, at the bus stand.",
    mention: "Sagar",
    occurrence: 2,
    expected: { name: "Sagar", kind: "district", state: "Madhya Pradesh" },
    why: "the district word",
  },
  {
    text: "Police arrested Sagar, a resident of Sagar district, at the bus stand.",
    mention: "Sagar",
    expected: null,
    why: "the person arrested, though the district is named later",
  },
];
