// Incident splitting: another concrete incident in the body is a second record; a passing mention is not; an
// "Also read" line or a glued related headline never is.
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline.js";

describe("incident splitting", () => {
  it("a Hindi body paragraph about an earlier raid is a second incident", () => {
    const r = extract({
      text:
        "गाजियाबाद: पुलिस ने शनिवार को एक फ्लैट में छापा मारकर सेक्स रैकेट का भंडाफोड़ किया और चार युवतियों को मुक्त कराया। फ्लैट का संचालक गिरफ्तार कर लिया गया।\n\n" +
        "चार दिन पहले भी पुलिस ने इंदिरापुरम के एक स्पा सेंटर से तीन युवतियों को छुड़ाया था और दो दलालों को गिरफ्तार किया था।",
      published: "2023-03-13",
    });
    expect(r.relevant).toBe(true);
    expect(r.incidents).toHaveLength(2);
    expect(r.incidents[0]!.victims.rescued).toBe(4);
    expect(r.incidents[1]!.victims.rescued).toBe(3);
    expect(r.incidents[1]!.arrests.total).toBe(2);
  });

  it("an English 'In another case' paragraph is a second incident with its own counts", () => {
    const r = extract({
      text:
        "Lucknow: Police rescued five women from a hotel in Hazratganj on Friday and arrested the manager.\n\n" +
        "In another case, the Anti-Human Trafficking Unit rescued two minor girls from a bus at Charbagh and arrested a trafficker.",
      published: "2022-07-16",
    });
    expect(r.incidents).toHaveLength(2);
    expect(r.incidents.map((i) => i.victims.rescued)).toEqual([5, 2]);
  });

  it("a bare passing mention without details of its own is not an incident", () => {
    const r = extract({
      text:
        "Raipur: Police raided a spa on VIP Road and rescued six women on Sunday. Two managers were arrested.\n\n" +
        "Earlier, police had raided spas in Durg and Ambikapur.",
      published: "2021-05-10",
    });
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]!.victims.rescued).toBe(6);
  });

  it("a round-up's first and second raids are two incidents, and its intro's totals are not a third", () => {
    const r = extract({
      text:
        "Indore: Police busted two sex rackets on Saturday and rescued nine women.\n\n" +
        "The first raid was carried out at a spa in Vijay Nagar, where five women were rescued and three men arrested.\n\n" +
        "In the second raid, at a hotel in Palasia, police rescued four women and arrested the manager.",
      published: "2022-05-16",
    });
    expect(r.incidents.map((i) => i.victims.rescued)).toEqual([5, 4]);
    expect(r.incidents.every((i) => i.event_date === "2022-05-14")).toBe(true);
  });

  it("an 'Also read' line about another rescue adds nothing", () => {
    const r = extract({
      text:
        "Police rescued eight girls from a brothel in Pune and arrested three brokers on Monday.\n\n" +
        "Also read: 12 children rescued from a factory in Surat, owner held\n\n" +
        "The girls were sent to a shelter home, police said.",
      published: "2020-01-14",
    });
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]!.victims.rescued).toBe(8);
    expect(r.distractors.length).toBeGreaterThan(0);
  });
});
