// Victims of sexual offences and children must never be named (IPC 228A / BNS 72, POCSO s.23, JJ Act s.74).
// findPersons must recognise a victim's name only to withhold it: none of these names may appear anywhere in its
// output, and countWithheldVictimNames reports how many were seen. Sentences are written for this test.

import { describe, expect, it } from "vitest";
import { Doc } from "../core/document.js";
import { EN_PEOPLE_CORPUS } from "../locales/en/people.corpus.js";
import { HI_PEOPLE_CORPUS } from "../locales/hi/people.corpus.js";
import { outputText } from "./corpus.js";
import { countWithheldVictimNames, findPersons } from "./index.js";

interface VictimFixture {
  lang: "hi" | "en" | "mixed";
  text: string;
  /** the victims' names in every spelling that must not leak */
  withheld: string[];
  victims: number;
  /** persons that must still be found (not over-withheld) */
  keeps?: string[];
}

const FIXTURES: VictimFixture[] = [
  {
    lang: "hi",
    text: "पीड़िता अंजलि ने पुलिस को बताया कि उसे नौकरी का लालच दिया गया था।",
    withheld: ["अंजलि", "Anjali"],
    victims: 1,
  },
  {
    lang: "hi",
    text: "पीड़ित किशोरी मुस्कान (बदला हुआ नाम) को दलाल सुरेश यादव ने बेचा था।",
    withheld: ["मुस्कान", "Muskan"],
    victims: 1,
    keeps: ["Suresh Yadav"],
  },
  {
    lang: "hi",
    text: "नाबालिग प्रिया के बयान के आधार पर आरोपी को गिरफ्तार किया गया।",
    withheld: ["प्रिया", "Priya"],
    victims: 1,
  },
  {
    lang: "hi",
    text: "पुलिस ने सोनम और रूबी नाम की दो किशोरियों को होटल से मुक्त कराया।",
    withheld: ["सोनम", "रूबी", "Sonam", "Rubi"],
    victims: 2,
  },
  { lang: "hi", text: "लड़की आरती (परिवर्तित नाम) ने अदालत में बयान दर्ज कराया।", withheld: ["आरती", "Arti"], victims: 1 },
  {
    lang: "hi",
    text: "बच्ची खुशी को आरोपी सलीम के घर से बरामद किया गया। खुशी के परिजनों ने शिकायत दी थी।",
    withheld: ["खुशी", "Khushi"],
    victims: 1,
    keeps: ["Salim"],
  },
  { lang: "hi", text: "युवती नेहा ने बताया कि उसे दिल्ली में बंधक बनाकर रखा गया था।", withheld: ["नेहा", "Neha"], victims: 1 },
  {
    lang: "hi",
    text: "पीड़िता रेखा उर्फ रानी को नारी निकेतन भेज दिया गया।",
    withheld: ["रेखा", "रानी", "Rekha", "Rani"],
    victims: 1,
  },
  {
    lang: "en",
    text: "The victim, Shalini, told the court that she had been drugged.",
    withheld: ["Shalini"],
    victims: 1,
  },
  {
    lang: "en",
    text: "A 14-year-old survivor, Komal (name changed), identified the broker, Mukesh Sahu, in court.",
    withheld: ["Komal"],
    victims: 1,
    keeps: ["Mukesh Sahu"],
  },
  {
    lang: "en",
    text: "Police rescued Rupa and Mamta from a brothel in the old city.",
    withheld: ["Rupa", "Mamta"],
    victims: 2,
  },
  {
    lang: "en",
    text: "Victim Kiran told police she was sold twice before being rescued.",
    withheld: ["Kiran"],
    victims: 1,
  },
  {
    lang: "en",
    text: "The girl, Pinky, was later handed over to the Child Welfare Committee.",
    withheld: ["Pinky"],
    victims: 1,
  },
  {
    lang: "en",
    text: "The minor, identified as Seema, was rescued from a spa. Seema had been brought from Assam.",
    withheld: ["Seema"],
    victims: 1,
  },
  {
    lang: "mixed",
    text: "SSP विवेक त्रिपाठी (Vivek Tripathi) ने बताया कि पीड़िता पूनम (बदला हुआ नाम) को मुक्त करा लिया गया है।",
    withheld: ["पूनम", "Punam", "Poonam"],
    victims: 1,
    keeps: ["Vivek Tripathi"],
  },
  {
    lang: "mixed",
    text: "Peedita Sapna ne police ko bataya ki dalal Raju use Delhi le gaya tha.",
    withheld: ["Sapna"],
    victims: 1,
    keeps: ["Raju"],
  },
  {
    lang: "mixed",
    text: "नाबालिग पीड़िता मीना (Meena) के पिता ने थाने में शिकायत दर्ज कराई।",
    withheld: ["मीना", "Meena", "Mina"],
    victims: 1,
  },
  {
    lang: "hi",
    text: "पुलिस ने नाबालिग आरोपी सोनू को बाल सुधार गृह भेज दिया, जबकि दलाल मनोज शर्मा को जेल भेजा गया।",
    withheld: ["सोनू", "Sonu"],
    victims: 1,
    keeps: ["Manoj Sharma"],
  },
  {
    lang: "en",
    text: "The juvenile, Bittu, was sent to an observation home while the agent, Raju Das, was remanded.",
    withheld: ["Bittu"],
    victims: 1,
    keeps: ["Raju Das"],
  },
  {
    lang: "en",
    text: "Her daughter, Jyoti, 15, was trafficked to Haryana, said SHO Ramesh Chand.",
    withheld: ["Jyoti"],
    victims: 1,
    keeps: ["Ramesh Chand"],
  },
];

describe("victims' names are withheld", () => {
  it("has at least 15 fixtures in Hindi, English and mixed text", () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15);
    for (const lang of ["hi", "en", "mixed"] as const) expect(FIXTURES.some((f) => f.lang === lang)).toBe(true);
  });

  it.each(FIXTURES.map((f) => [f.text, f] as const))("%s", (_text, f) => {
    const doc = new Doc({ text: f.text });
    const mentions = findPersons(doc);
    const out = outputText(doc, mentions);
    for (const name of f.withheld) expect(out, `"${name}" leaked`).not.toContain(name);
    expect(mentions.some((m) => (m.kind as string) === "victim")).toBe(false);
    expect(countWithheldVictimNames(doc)).toBe(f.victims);
    for (const name of f.keeps ?? []) expect(mentions.map((m) => m.name)).toContain(name);
  });

  it("no corpus sentence leaks a withheld name", () => {
    for (const [text, want] of [...HI_PEOPLE_CORPUS, ...EN_PEOPLE_CORPUS]) {
      if (!want.withheld) continue;
      const doc = new Doc({ text });
      const out = outputText(doc, findPersons(doc));
      for (const name of want.withheld) expect(out, `"${name}" leaked from: ${text}`).not.toContain(name);
    }
  });
});
