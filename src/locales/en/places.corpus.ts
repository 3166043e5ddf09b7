// English and romanised Hindi ("Hinglish") place-mention corpora: sentences written for this test (not taken from
// any report), each with the places findPlaces + resolvePlaces must give, in text order, and nothing else.
// Expected values are references "kind:Canonical Name[@State][#District]"; "demonym:Country" marks a demonym.

export const EN_PLACES_CORPUS: [string, string[]][] = [
  ["Police raided a house in a Kanpur locality and rescued nine girls.", ["city:Kanpur@Uttar Pradesh"]],
  ["The girls included one each from Assam and Delhi.", ["state:Assam", "state:Delhi"]],
  ["Kanpur's Naubasta police registered a case.", ["city:Kanpur@Uttar Pradesh", "locality:Naubasta@Uttar Pradesh"]],
  [
    "A spa in Goregaon (W) was raided by the Mumbai police.",
    ["locality:Goregaon@Maharashtra", "city:Mumbai@Maharashtra#Mumbai Suburban"],
  ],
  [
    "Bombay police raided a brothel in Kamathipura.",
    ["city:Mumbai@Maharashtra#Mumbai City", "locality:Kamathipura@Maharashtra"],
  ],
  [
    "Sitamarhi police rescued a Nepali girl from a village near the border.",
    ["district:Sitamarhi@Bihar", "demonym:Nepal"],
  ],
  [
    "Four Uzbek women were rescued from a hotel in S R Nagar, Hyderabad.",
    ["demonym:Uzbekistan", "district:Hyderabad@Telangana"],
  ],
  ["The women were from Russia, Burundi and Nigeria.", ["country:Russia", "country:Burundi", "country:Nigeria"]],
  [
    "Victims from Uttar Pradesh (UP), Bihar and Jharkhand were lured with jobs.",
    ["state:Uttar Pradesh", "state:Uttar Pradesh", "state:Bihar", "state:Jharkhand"],
  ],
  ["Massage parlours on VIP Road in Zirakpur were raided.", ["city:Zirakpur@Punjab"]],
  [
    "Two girls from Balod and Rajnandgaon districts of Chhattisgarh were rescued in Allahabad.",
    [
      "district:Balod@Chhattisgarh",
      "district:Rajnandgaon@Chhattisgarh",
      "state:Chhattisgarh",
      "district:Prayagraj@Uttar Pradesh",
    ],
  ],
  ["A girl from Cachar district was sold in Rajasthan.", ["district:Cachar@Assam", "state:Rajasthan"]],
  ["Another minor from Sribhumi district of Assam was also rescued.", ["district:Sribhumi@Assam", "state:Assam"]],
  ["A minor from Karimganj was found in Jaipur.", ["district:Sribhumi@Assam", "district:Jaipur@Rajasthan"]],
  [
    "Forty Nepalese women were intercepted at Moreh in Manipur's Tengnoupal district.",
    ["demonym:Nepal", "city:Moreh@Manipur", "state:Manipur", "district:Tengnoupal@Manipur"],
  ],
  [
    "The Jharkhand Bhawan in Delhi took up the matter with Sahibganj police.",
    ["state:Jharkhand", "state:Delhi", "district:Sahibganj@Jharkhand"],
  ],
  ["The rescue was made at Fatehpur Beri in south Delhi.", ["locality:Fatehpur Beri@Delhi", "state:Delhi"]],
  ["Police in Gurgaon busted a sex racket.", ["district:Gurugram@Haryana"]],
  ["She was trafficked from Orissa to Madras.", ["state:Odisha", "city:Chennai@Tamil Nadu"]],
  [
    "Girls from Bangalore and Mysore were rescued in Belgaum.",
    ["city:Bengaluru@Karnataka", "district:Mysuru@Karnataka", "district:Belagavi@Karnataka"],
  ],
  ["He travelled from Vizag to Cochin by train.", ["city:Visakhapatnam@Andhra Pradesh", "city:Kochi@Kerala"]],
  ["Baroda police arrested the spa owner.", ["city:Vadodara@Gujarat"]],
  ["GUWAHATI- Assam Police rescued two minor girls.", ["city:Guwahati@Assam", "state:Assam"]],
  ["J&K police arrested a trafficker in Jammu.", ["state:Jammu and Kashmir", "district:Jammu@Jammu and Kashmir"]],
  [
    "Six children from Rohtas were rescued at Dehri-on-Sone station.",
    ["district:Rohtas@Bihar", "city:Dehri-on-Sone@Bihar"],
  ],
  ["A lodge near Thampanoor in Trivandrum was raided.", ["district:Thiruvananthapuram@Kerala"]],
  [
    "Siliguri is a transit point for trafficking from Nepal and Bangladesh.",
    ["city:Siliguri@West Bengal", "country:Nepal", "country:Bangladesh"],
  ],
  ["The Thai nationals were working at a spa in Surat.", ["demonym:Thailand", "district:Surat@Gujarat"]],
  ["Police in Noida's Sector 63 raided a hotel.", ["city:Noida@Uttar Pradesh"]],
  ["Indian and Thai girls were found at the spa.", ["demonym:India", "demonym:Thailand"]],
  ["The Indian Penal Code and the ITPA were invoked.", []],
  // ambiguous names: the context decides
  ["The Aurangabad police in Bihar arrested three traffickers.", ["district:Aurangabad@Bihar", "state:Bihar"]],
  [
    "Aurangabad city police in Maharashtra rescued two women.",
    ["district:Chhatrapati Sambhajinagar@Maharashtra", "state:Maharashtra"],
  ],
  [
    "Bilaspur in Himachal Pradesh saw a similar case.",
    ["district:Bilaspur@Himachal Pradesh", "state:Himachal Pradesh"],
  ],
  ["A girl from Hamirpur, Uttar Pradesh, was rescued.", ["district:Hamirpur@Uttar Pradesh", "state:Uttar Pradesh"]],
  ["Pratapgarh police in Rajasthan registered an FIR.", ["district:Pratapgarh@Rajasthan", "state:Rajasthan"]],
  // names that are also words or people's names
  ["The accused, Sagar Kumar, was arrested on Monday.", []],
  ["Police said Aman had lured the girls.", []],
  ["Bid documents were seized from the office.", []],
  ["In Sagar district, police rescued six bonded labourers.", ["district:Sagar@Madhya Pradesh"]],
  ["Mandi police in Himachal Pradesh arrested two men.", ["district:Mandi@Himachal Pradesh", "state:Himachal Pradesh"]],
  ["Vegetable prices at the mandi rose after the rain.", []],
  ["Sanjay Puri, the hotel owner, was arrested.", []],
  ["Puri police rescued a girl from a lodge.", ["district:Puri@Odisha"]],
  ["An MP from Kerala raised the issue in Parliament.", ["state:Kerala"]],
  ["Police in MP's Indore rescued four girls.", ["state:Madhya Pradesh", "district:Indore@Madhya Pradesh"]],
  ["Mr Kalyan was not at home.", []],
];

export const HINGLISH_PLACES_CORPUS: [string, string[]][] = [
  [
    "Chandauli, April 30 -- PDDU Nagar par RPF ne bachchon ko baramad kiya.",
    ["district:Chandauli@Uttar Pradesh", "city:Pandit Deen Dayal Upadhyaya Nagar@Uttar Pradesh"],
  ],
  [
    "Aaropi Jharkhand ke Jamtara aur Bihar ke Araria zile ke rehne wale hain.",
    ["state:Jharkhand", "district:Jamtara@Jharkhand", "state:Bihar", "district:Araria@Bihar"],
  ],
  ["Taskar bachchon ko Gujarat aur Gurgaon le ja rahe the.", ["state:Gujarat", "district:Gurugram@Haryana"]],
  ["Bengaluru railway station par Dumka ke 16 bachche mile.", ["city:Bengaluru@Karnataka", "district:Dumka@Jharkhand"]],
  [
    "Haridwar ke Sanjay Nagar mein Prayagraj ki do ladkiyan mili.",
    ["district:Haridwar@Uttarakhand", "district:Prayagraj@Uttar Pradesh"],
  ],
  [
    "Delhi ke GB Road se Andhra Pradesh ki ladki ko mukt karaya gaya.",
    ["state:Delhi", "locality:GB Road@Delhi", "state:Andhra Pradesh"],
  ],
  [
    "Kullu ke Bhuntar mein hotel par raid, Nepali ladkiyan bachayi gayi.",
    ["district:Kullu@Himachal Pradesh", "city:Bhuntar@Himachal Pradesh", "demonym:Nepal"],
  ],
  [
    "Meerut ke TP Nagar thana kshetra mein Assam aur Bihar ki yuvatiyan mili.",
    ["district:Meerut@Uttar Pradesh", "state:Assam", "state:Bihar"],
  ],
  ["Ranchi ke Argora thana kshetra ke hotel mein chhapa pada.", ["district:Ranchi@Jharkhand"]],
  ["Moradabad mein Rampur ki ek ladki mili.", ["district:Moradabad@Uttar Pradesh", "district:Rampur@Uttar Pradesh"]],
  ["Nepal border par Raxaul mein SSB ne teen ladkiyon ko roka.", ["country:Nepal", "city:Raxaul@Bihar"]],
  ["Varanasi ke Maldahiya mein hotel par chhapa maara gaya.", ["district:Varanasi@Uttar Pradesh"]],
];
