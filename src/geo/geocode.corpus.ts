// geocode() in context, the way an analyst tries it by hand: short phrases and sentences written for Mukti, each with
// the place every listed mention must resolve to. It adds to context.corpus.ts (which checks findPlaces +
// resolvePlaces) what only geocode() does: post-office localities inside the districts a text names, Devanagari
// localities through transliteration, misspelt districts, and localities deciding which of several places is meant.

export interface GeocodeCase {
  text: string;
  /** mention as written → expected place: "kind:Name@District" (district omitted for states and countries) */
  expect: Record<string, string>;
  why: string;
}

export const GEOCODE_CORPUS: GeocodeCase[] = [
  // ---- one locality name, several districts: the district named decides ----
  {
    text: "कानपुर के नौबस्ता थाना क्षेत्र में एक मकान पर छापा पड़ा।",
    expect: { नौबस्ता: "locality:Naubasta@Kanpur Nagar" },
    why: "Naubasta of Kanpur, the well-known one",
  },
  {
    text: "लखनऊ के नौबस्ता इलाके में पुलिस ने दबिश दी।",
    expect: { नौबस्ता: "locality:Naubasta@Lucknow" },
    why: "Lucknow has its own Naubasta: the report names Lucknow",
  },
  {
    text: "गोंडा जिले के नौबस्ता गांव की दो किशोरियां लापता हैं।",
    expect: { नौबस्ता: "locality:Naubasta@Gonda" },
    why: "a village Naubasta in Gonda district",
  },
  {
    text: "Police said the girls were from Naubasta village in Pratapgarh district.",
    expect: { Naubasta: "locality:Naubasta@Pratapgarh", Pratapgarh: "district:Pratapgarh@Pratapgarh" },
    why: "the Naubasta of Pratapgarh (UP); it also says which Pratapgarh is meant",
  },
  {
    text: "A spa in Rajendra Nagar area of Patna was raided on Friday.",
    expect: { "Rajendra Nagar": "locality:Rajendra Nagar@Patna" },
    why: "Rajendra Nagar exists in Patna, Indore and Lucknow; Patna is named",
  },
  {
    text: "Indore police raided a hotel in Rajendra Nagar and rescued two women.",
    expect: { "Rajendra Nagar": "locality:Rajendra Nagar@Indore" },
    why: "the same name, the other city",
  },
  // ---- Devanagari localities through transliteration ----
  {
    text: "रांची के अरगोड़ा इलाके में स्थित एक होटल से तीन युवतियां मुक्त कराई गईं।",
    expect: { रांची: "district:Ranchi@Ranchi", अरगोड़ा: "locality:Argora@Ranchi" },
    why: "अरगोड़ा → Argora, found in Ranchi's post-office places",
  },
  {
    text: "भुवनेश्वर: खोरधा जिले के दलेईपुट में एक घर पर छापा मारा गया।",
    expect: { दलेईपुट: "locality:Daleiput@Khordha" },
    why: "दलेईपुट → Daleiput in Khordha",
  },
  {
    text: "Bhubaneswar: Commissionerate police rescued three women from a house at Daleiput in Khordha district.",
    expect: { Daleiput: "locality:Daleiput@Khordha", Khordha: "district:Khordha@Khordha" },
    why: "a locality right before its district",
  },
  {
    text: "Police raided a spa in Kanpur's Kidwai Nagar and arrested the manager.",
    expect: { "Kidwai Nagar": "locality:Kidwai Nagar@Kanpur Nagar" },
    why: "a two-word locality after the city's genitive",
  },
  // ---- inflections, glosses, misspellings ----
  {
    text: "असम और दिल्ली से लाई गई युवतियां कानपुर की एक कोठी में मिलीं।",
    expect: { असम: "state:Assam", दिल्ली: "state:Delhi", कानपुर: "city:Kanpur@Kanpur Nagar" },
    why: "postpositions after names: से, की",
  },
  {
    text: "सीतामणी जिले की दो लड़कियों को दिल्ली से बरामद किया गया।",
    expect: { सीतामणी: "district:Sitamarhi@Sitamarhi" },
    why: "a misspelt district before जिले (सीतामणी for सीतामढ़ी)",
  },
  {
    text: "सिलीगुढ़ी से लाई गई नाबालिग को पुलिस ने मुक्त कराया।",
    expect: { सिलीगुढ़ी: "city:Siliguri@Darjeeling" },
    why: "ढ़ for ड़ in Siliguri",
  },
  {
    text: "Girls from Muzzafarpur district were found in the house.",
    expect: { Muzzafarpur: "district:Muzaffarpur@Muzaffarpur" },
    why: "an English misspelling before 'district'",
  },
  {
    text: "बिलासपुर (Bilaspur) के तोरवा इलाके में छापा, छत्तीसगढ़ पुलिस की कार्रवाई।",
    expect: { बिलासपुर: "district:Bilaspur@Bilaspur", Bilaspur: "district:Bilaspur@Bilaspur" },
    why: "a Hindi name and its English gloss resolve together, in Chhattisgarh",
  },
  {
    text: "Pondicherry district police rescued two minors.",
    expect: { Pondicherry: "district:Puducherry@Puducherry" },
    why: "'district' after a name shared by a UT and its district picks the district",
  },
  // ---- places abroad ----
  {
    text: "नेपाल के झापा जिले की दो लड़कियां सीमा पर मुक्त कराई गईं।",
    expect: { नेपाल: "country:Nepal", झापा: "city:Jhapa" },
    why: "a district of Nepal",
  },
];
