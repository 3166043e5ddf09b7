import { describe, expect, it } from "vitest";
import { Doc } from "../core/document.js";
import { countWithheldVictimNames, findPersons, type PersonMention } from "./index.js";

function persons(text: string): PersonMention[] {
  const doc = new Doc({ text });
  const seen = new Set<string>();
  return findPersons(doc).filter((m) => !seen.has(m.name) && seen.add(m.name));
}

function one(text: string, name: string): PersonMention {
  const p = persons(text).find((m) => m.name === name);
  if (!p) throw new Error(`${name} not found in: ${text}`);
  return p;
}

describe("findPersons", () => {
  it("gives spans in the normalised text and the native name from the original", () => {
    const text = "थाना प्रभारी ने बताया कि दलाल रज़िया ख़ातून को गिरफ्तार किया गया।";
    const doc = new Doc({ text });
    const [m] = findPersons(doc);
    expect(m).toBeDefined();
    expect(doc.text.slice(m!.start, m!.end)).toBe("रजिया खातून");
    expect(m!.nameNative).toBe("रज़िया ख़ातून");
    expect(m!.name).toBe("Raziya Khatun");
    expect(m!.kind).toBe("accused");
    expect(m!.role).toBe("broker");
    expect(m!.status).toBe("arrested");
  });

  it("lets the article's English gloss win", () => {
    const m = one("एसपी विनीत जायसवाल (Vineet Jaiswal) ने बताया कि जांच जारी है।", "Vineet Jaiswal");
    expect(m.nameNative).toBe("विनीत जायसवाल");
    expect(m.rank).toBe("SP");
    expect(m.rule).toBe("people.rank.before");
  });

  it("ignores a parenthesis that does not spell the name", () => {
    const m = one("दलाल पप्पू यादव (35) को पकड़ा गया।", "Pappu Yadav");
    expect(m.kind).toBe("accused");
  });

  it("reads aliases in both scripts", () => {
    expect(one("पुलिस ने राजू उर्फ ईरान को पकड़ा।", "Raju").aliases).toEqual(["Iran"]);
    expect(one("Police arrested Raju @ Iran on Monday.", "Raju").aliases).toEqual(["Iran"]);
    expect(one("The accused Salim alias Pappu was arrested.", "Salim").aliases).toEqual(["Pappu"]);
    expect(one("Aaropi Mukesh urf Kallu faraar hai.", "Mukesh").aliases).toEqual(["Kallu"]);
    expect(one("Police held the kingpin, Rakesh a.k.a. Rocky, in Pune.", "Rakesh").aliases).toEqual(["Rocky"]);
  });

  it("points its cues at the words that decided", () => {
    const text = "SHO Ravi Teja said the accused were arrested.";
    const doc = new Doc({ text });
    const [m] = findPersons(doc);
    expect(m!.kind).toBe("official");
    expect(m!.cues.map((c) => [c.rule, doc.text.slice(c.start, c.end)])).toContainEqual(["people.rank.before", "SHO"]);
  });

  it("shares a cue with every member of a list", () => {
    const ps = persons("दलाल रीना, मीना और टीना को गिरफ्तार किया गया।");
    expect(ps.map((p) => [p.name, p.kind, p.role, p.status])).toEqual([
      ["Rina", "accused", "broker", "arrested"],
      ["Mina", "accused", "broker", "arrested"],
      ["Tina", "accused", "broker", "arrested"],
    ]);
    const en = persons("Those arrested are Abdul Karim, Nitin Rawat and Sohan Lal.");
    expect(en.map((p) => p.status)).toEqual(["arrested", "arrested", "arrested"]);
  });

  it("takes the status word nearest in the sentence and knows when an arrest is only sought", () => {
    expect(one("Police arrested broker Ajit Rana, while owner Kamal Vij is absconding.", "Ajit Rana").status).toBe(
      "arrested",
    );
    expect(one("Police arrested broker Ajit Rana, while owner Kamal Vij is absconding.", "Kamal Vij").status).toBe(
      "absconding",
    );
    expect(one("Efforts are on to arrest the kingpin, Hari Om Sethi.", "Hari Om Sethi").status).toBeNull();
    expect(one("मुख्य आरोपी विकास तिवारी फरार है, उसकी गिरफ्तारी के लिए दबिश दी जा रही है।", "Vikas Tiwari").status).toBe(
      "absconding",
    );
  });

  it("a bare 'main accused' has no role", () => {
    expect(one("The main accused, Ravi Bhushan, was held in Patna.", "Ravi Bhushan").role).toBeNull();
  });

  it("does not take places, agencies, months or credits for accused or officials", () => {
    const text = [
      "Uttar Pradesh Police and the S R Nagar police raided Hotel Sagar on MG Road in January.",
      "Bachpan Bachao Andolan and the Delhi Commission for Women rescued 12 girls.",
      "उत्तर प्रदेश पुलिस ने गांधी नगर के होटल में छापा मारा और संचालक को गिरफ्तार किया।",
    ].join("\n");
    expect(persons(text)).toEqual([]);
  });

  it("counts withheld victims without returning them", () => {
    const doc = new Doc({ text: "पीड़िता सीमा ने बताया कि दलाल रवि ने उसे बेचा। Victim Sita told police the same." });
    expect(findPersons(doc).map((m) => m.name)).toEqual(["Ravi"]);
    expect(countWithheldVictimNames(doc)).toBe(2);
    expect(findPersons(doc).some((m) => (m.kind as string) === "victim")).toBe(false);
  });

  it("returns copies: changing the result does not change the next call", () => {
    const doc = new Doc({ text: "SSP Kuldeep Rana said broker Amit Kumar was arrested." });
    const first = findPersons(doc);
    first[0]!.aliases.push("X");
    first[0]!.cues.length = 0;
    const again = findPersons(doc);
    expect(again[0]!.aliases).toEqual([]);
    expect(again[0]!.cues.length).toBeGreaterThan(0);
  });

  it("returns nothing for an empty document", () => {
    expect(findPersons(new Doc({ text: "" }))).toEqual([]);
    expect(countWithheldVictimNames(new Doc({ text: "" }))).toBe(0);
  });
});
