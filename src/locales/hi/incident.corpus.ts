// Hindi incident corpus: short reports written for Mukti, each with the record fields it must yield.
// The corpus is the test (src/extract/incident.corpus.test.ts). Partial expectations: only the listed fields are checked.
import type { IncidentCase } from "../corpus-types.js";

export const hiIncidentCorpus: IncidentCase[] = [
  {
    text: "जम्मू: आरएस पुरा इलाके के एक ईंट भट्ठे से पुलिस ने बंधुआ मजदूरी कर रहे 14 मजदूरों को मुक्त कराया। भट्ठा मालिक को गिरफ्तार किया गया।",
    published: "2024-03-05",
    expect: {
      relevant: true,
      incidents: [{ exploitation: "labour", "location.locality": "RS Pura", "victims.rescued": 14 }],
    },
  },
  {
    text: "आगरा: ताजगंज थाना क्षेत्र के एक होटल में पुलिस ने छापा मारकर देह व्यापार का भंडाफोड़ किया। मौके से सात युवतियों को मुक्त कराया गया और होटल मैनेजर समेत तीन लोगों को गिरफ्तार किया गया।",
    published: "2024-02-10",
    expect: {
      relevant: true,
      incidents: [
        {
          exploitation: "sexual",
          "location.state": "Uttar Pradesh",
          "location.district": "Agra",
          "location.venue": "hotel",
          "victims.rescued": 7,
          "victims.gender": "female",
          "arrests.total": 3,
        },
      ],
    },
  },
  {
    text: "पटना: आरपीएफ ने पटना जंक्शन पर एक ट्रेन से 12 नाबालिग बच्चों को मुक्त कराया, जिन्हें बाल मजदूरी के लिए पंजाब ले जाया जा रहा था। दो मानव तस्करों को गिरफ्तार किया गया।",
    published: "2023-07-04",
    expect: {
      relevant: true,
      incidents: [
        {
          exploitation: "labour",
          "location.state": "Bihar",
          "location.district": "Patna",
          "victims.rescued": 12,
          "victims.minors": 12,
          "arrests.total": 2,
        },
      ],
    },
  },
  {
    text: "जयपुर में स्पा सेंटर की आड़ में चल रहे सेक्स रैकेट का खुलासा, संचालक और चार ग्राहक गिरफ्तार\n\nजयपुर: पुलिस ने शुक्रवार को मालवीय नगर के एक स्पा सेंटर पर दबिश दी। यहां से तीन युवतियों को मुक्त कराया गया। पुलिस ने स्पा संचालक और चार ग्राहकों को गिरफ्तार किया है।",
    published: "2022-09-17",
    expect: {
      relevant: true,
      incidents: [
        {
          "location.state": "Rajasthan",
          "location.district": "Jaipur",
          "location.venue": "spa",
          "victims.rescued": 3,
          "arrests.by_role.customer": 4,
          "arrests.by_role.operator": 1,
          event_date: "2022-09-16",
        },
      ],
    },
  },
  {
    text: "लखनऊ: पुलिस ने दो गांजा तस्करों को गिरफ्तार कर उनके पास से चार किलो गांजा बरामद किया। दोनों के खिलाफ मुकदमा दर्ज किया गया है।",
    published: "2024-01-01",
    expect: { relevant: false },
  },
  {
    text: "भोपाल: मानव तस्करी रोकने के लिए आयोजित कार्यशाला में मंत्री ने कहा कि सभी विभागों को मिलकर काम करना होगा। जागरूकता ही सबसे बड़ा हथियार है।",
    published: "2024-01-01",
    expect: { relevant: false },
  },
  {
    text: "कानपुर: घर से नाराज होकर निकला 13 साल का लापता किशोर सेंट्रल स्टेशन पर मिला। जीआरपी ने उसे सकुशल बरामद कर परिजनों को सौंप दिया।",
    published: "2024-03-01",
    expect: { relevant: false },
  },
  {
    text: "आगरा: एक्सप्रेसवे पर बस और ट्रक की भिड़ंत में तीन लोगों की मौत हो गई। पुलिस ने घायलों को अस्पताल पहुंचाया और ट्रक चालक को गिरफ्तार किया।",
    published: "2024-03-02",
    expect: { relevant: false },
  },
  {
    text: "देह व्यापार पर बनी फिल्म का ट्रेलर रिलीज, अभिनेत्री ने कहा कि कहानी मानव तस्करी की शिकार लड़कियों की है।",
    published: "2024-03-03",
    expect: { relevant: false },
  },
  {
    text: "गोरखपुर: पुलिस ने एक मकान में चल रहे सेक्स रैकेट का पर्दाफाश कर पांच युवतियों को छुड़ाया। युवतियां नेपाल और बिहार की रहने वाली हैं। 25 हजार रुपये नकद और छह मोबाइल फोन जब्त किए गए।",
    published: "2021-03-03",
    expect: {
      relevant: true,
      incidents: [
        {
          "location.district": "Gorakhpur",
          "location.venue": "house",
          "victims.rescued": 5,
          "victims.foreign": ["Nepal"],
          "seized.mobile_phone": 6,
          "seized.cash": 25000,
        },
      ],
    },
  },
  {
    text: "वाराणसी: देह व्यापार के आरोप में पुलिस ने होटल से 10 युवतियों समेत 20 लोगों को गिरफ्तार किया। सभी के खिलाफ अनैतिक देह व्यापार निवारण अधिनियम के तहत मुकदमा दर्ज किया गया।",
    published: "2024-08-04",
    expect: { relevant: true, incidents: [{ "arrests.total": 20, laws: ["ITPA"], actions: ["arrest", "fir"] }] },
  },
];
