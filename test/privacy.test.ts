// Victim privacy by construction, end to end: reports that name victims (as reports sometimes do) go through the
// whole pipeline, and no victim name appears anywhere in the output — not in a field, not in an evidence quote,
// not in a distractor or relevance quote. The reports are written for this test.
import { describe, expect, it } from "vitest";
import { REDACTED } from "../src/core/document.js";
import { extract } from "../src/pipeline.js";

const CASES: { text: string; names: string[] }[] = [
  {
    text: "कानपुर: पुलिस ने एक होटल में छापा मारकर सेक्स रैकेट का भंडाफोड़ किया। पीड़िता अंजलि (बदला हुआ नाम) समेत पांच युवतियों को मुक्त कराया गया। होटल संचालक राकेश यादव को गिरफ्तार किया गया।",
    names: ["अंजलि", "Anjali"],
  },
  {
    text: "पटना: आरपीएफ ने ट्रेन से सात नाबालिग बच्चों को मुक्त कराया। नाबालिग पीड़िता प्रिया ने बताया कि दलाल सुरेश उसे दिल्ली ले जा रहा था। दलाल को गिरफ्तार कर लिया गया।",
    names: ["प्रिया", "Priya"],
  },
  {
    text: "जयपुर। देह व्यापार के अड्डे से पुलिस ने तीन युवतियों को छुड़ाया। पीड़ित युवती सीमा ने पुलिस को बताया कि उसे नौकरी का झांसा देकर लाया गया था।",
    names: ["सीमा", "Seema", "Sima"],
  },
  {
    text: "लखनऊ: मानव तस्करी के मामले में पुलिस ने एक दलाल को गिरफ्तार किया और किशोरी पूजा (परिवर्तित नाम) को बरामद कर परिजनों को सौंप दिया।",
    names: ["पूजा", "Pooja", "Puja"],
  },
  {
    text: "Pune: Police raided a brothel in Budhwar Peth and rescued six women. The victim, Rani (name changed), told police she had been sold by an agent. The agent, Sunil Pawar, was arrested.",
    names: ["Rani"],
  },
  {
    text: "Kolkata: A 15-year-old girl, Mousumi, was rescued from a flat in Tollygunge where she had been forced into prostitution. Police arrested the flat owner.",
    names: ["Mousumi"],
  },
  {
    text: "Hyderabad: The survivor, Lakshmi (name changed), said the kingpin Ravi Kumar forced her into sex work. Police rescued four women and arrested two brokers.",
    names: ["Lakshmi"],
  },
  {
    text: "Delhi: Police rescued a minor, Sunita, from a placement agency that had trafficked her from Jharkhand. The owner of the agency was arrested.",
    names: ["Sunita"],
  },
  {
    text: "Mumbai: The girl, Reshma, told police that the hotel manager had locked her in a room. Police rescued her and two other women and arrested the manager.",
    names: ["Reshma"],
  },
  {
    text: "Patna: A victim named Kajal was rescued from a red light area along with seven other women. Three traffickers were arrested.",
    names: ["Kajal"],
  },
  {
    text: "Agra: Police ne hotel par chhapa maar kar paanch ladkiyon ko mukt karaya. Peedita Komal (badla hua naam) ne bataya ki dalal ne use naukri ka jhansa diya tha. Dalal ko giraftaar kar liya gaya.",
    names: ["Komal"],
  },
  {
    text: "रांची (Ranchi): पुलिस ने स्पा सेंटर पर छापा मारकर चार युवतियों को मुक्त कराया। पीड़िता रिया (Riya) ने बताया कि उसे दिल्ली से लाया गया था।",
    names: ["रिया", "Riya"],
  },
  {
    text: "भोपाल: पुलिस ने 12 वर्षीय बच्ची मुस्कान को बेचने वाले दो मानव तस्करों को गिरफ्तार किया। बच्ची को बाल कल्याण समिति को सौंपा गया।",
    names: ["मुस्कान", "Muskan"],
  },
  {
    text: "Gurugram: Police rescued nine women from a spa. One of the victims, Neha, said the owner had taken her documents. The spa owner, Deepak Arora, was arrested.",
    names: ["Neha"],
  },
  {
    text: "वाराणसी: पुलिस ने दो युवतियों को देह व्यापार से मुक्त कराया। पीड़िताओं गीता और रीता ने बताया कि उन्हें बंधक बनाकर रखा गया था। संचालिका गिरफ्तार की गई।",
    names: ["गीता", "रीता", "Gita", "Geeta", "Rita", "Reeta"],
  },
  {
    text: "Siliguri: SSB intercepted three Nepali girls at the border. The girls, Sabina, Asha and Puja, were being taken to Delhi by a trafficker, who was arrested.",
    names: ["Sabina", "Asha", "Puja"],
  },
];

describe("no victim name anywhere in the output", () => {
  for (const [i, c] of CASES.entries())
    it(`#${i + 1}: ${c.names[0]}`, () => {
      const res = extract({ id: `privacy-${i}`, text: c.text, published: "2024-05-01" });
      const json = JSON.stringify(res);
      for (const n of c.names) expect(json.includes(n), `${n} leaked: ${json.slice(0, 200)}`).toBe(false);
      expect(res.relevant).toBe(true);
    });

  it("a quote over a withheld name says so", () => {
    const res = extract({ text: CASES[4]!.text, published: "2024-05-01" });
    const quotes = JSON.stringify(res).match(/"quote":"[^"]*"/g) ?? [];
    expect(quotes.some((q) => q.includes(REDACTED)) || !quotes.some((q) => q.includes("victim"))).toBe(true);
  });
});
