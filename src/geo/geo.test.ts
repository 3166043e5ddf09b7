import { describe, expect, it } from "vitest";
import { cpuMs } from "../../test/timing.js";
import { normalize } from "../text/normalize.js";
import { allPlaces, findPlaces, lookupPlace, type Place, placeNames, resolvePlaces, stateOf } from "./index.js";

const find = (s: string) => findPlaces(normalize(s).text);
const first = (name: string) => lookupPlace(name)[0];
const label = (p: Place | undefined) => (p ? `${p.kind}:${p.name}@${p.state ?? p.country}` : "none");

describe("lookupPlace", () => {
  it("finds old names, other scripts and spellings, case-insensitively", () => {
    expect(label(first("Allahabad"))).toBe("district:Prayagraj@Uttar Pradesh");
    expect(label(first("फ़ैज़ाबाद"))).toBe("district:Ayodhya@Uttar Pradesh");
    expect(label(first("gurgaon"))).toBe("district:Gurugram@Haryana");
    expect(label(first("Hoshangabad"))).toBe("district:Narmadapuram@Madhya Pradesh");
    expect(label(first("Khurda"))).toBe("district:Khordha@Odisha");
    expect(label(first("KHORDA"))).toBe("district:Khordha@Odisha");
    expect(label(first("Orissa"))).toBe("state:Odisha@Odisha");
    expect(label(first("Uttaranchal"))).toBe("state:Uttarakhand@Uttarakhand");
    expect(label(first("Pondicherry"))).toBe("state:Puducherry@Puducherry");
    expect(label(first("Calcutta"))).toBe("city:Kolkata@West Bengal");
    expect(label(first("Bombay"))).toBe("city:Mumbai@Maharashtra");
    expect(label(first("Bangalore"))).toBe("city:Bengaluru@Karnataka");
    expect(label(first("Gulbarga"))).toBe("district:Kalaburagi@Karnataka");
    expect(label(first("Baroda"))).toBe("city:Vadodara@Gujarat");
    expect(label(first("यूपी"))).toBe("state:Uttar Pradesh@Uttar Pradesh");
    expect(label(first("नेपाली"))).toBe("country:Nepal@Nepal");
    expect(label(first("राँची"))).toBe("district:Ranchi@Jharkhand");
  });

  it("maps big cities to the district the annotation uses", () => {
    expect(first("Kanpur")?.district).toBe("Kanpur Nagar");
    expect(first("Noida")?.district).toBe("Gautam Buddh Nagar");
    expect(first("Bengaluru")?.district).toBe("Bengaluru Urban");
    expect(first("Mumbai")?.district).toBe("Mumbai");
    expect(lookupPlace("Delhi").map(label)).toEqual(["state:Delhi@Delhi", "city:Delhi@Delhi"]);
  });

  it("narrows by a state qualifier and strips generic words", () => {
    expect(label(first("Aurangabad, Bihar"))).toBe("district:Aurangabad@Bihar");
    expect(label(first("Bilaspur (Himachal Pradesh)"))).toBe("district:Bilaspur@Himachal Pradesh");
    expect(label(first("Sagar district"))).toBe("district:Sagar@Madhya Pradesh");
    expect(label(first("जिला गया"))).toBe("district:Gaya@Bihar");
    expect(lookupPlace("Nowhere-on-Sea")).toEqual([]);
  });

  it("knows every state and union territory, with coordinates", () => {
    const states = allPlaces().filter((p) => p.kind === "state");
    expect(states).toHaveLength(36);
    for (const s of states) {
      expect(s.lat).not.toBeNull();
      expect(placeNames(s).some((n) => /[\u0900-\u097f]/.test(n))).toBe(true);
    }
  });

  it("gives ids that are unique", () => {
    const ids = allPlaces().map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("stateOf: a state's own name, a district's state, nothing abroad", () => {
    expect(stateOf(first("Bihar")!)).toBe("Bihar");
    expect(stateOf(first("Rohtas")!)).toBe("Bihar");
    expect(stateOf(first("Nepal")!)).toBeNull();
  });
});

describe("findPlaces", () => {
  it("returns offsets into the normalised text, in order, without overlaps", () => {
    const text = normalize("उत्तर प्रदेश के कानपुर में, Kanpur's police").text;
    const ms = findPlaces(text);
    expect(ms.map((m) => m.surface)).toEqual(["उत्तर प्रदेश", "कानपुर", "Kanpur"]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });

  it("takes the longest name (leftmost-longest)", () => {
    expect(find("North 24 Parganas police").map((m) => m.surface)).toEqual(["North 24 Parganas"]);
    expect(find("Greater Noida").map((m) => m.places[0]!.name)).toEqual(["Greater Noida"]);
    expect(find("पश्चिम बंगाल").map((m) => m.places[0]!.name)).toEqual(["West Bengal"]);
  });

  it("respects Devanagari word boundaries", () => {
    // "बिहारशरीफ" is one word: not the state "बिहार"
    expect(find("बिहारशरीफ में").map((m) => m.places[0]!.name)).toEqual(["Bihar Sharif"]);
    expect(find("बिहारी बाबू")).toEqual([]);
    expect(find("असमंजस में")).toEqual([]);
  });

  it("requires capitals in Latin script", () => {
    expect(find("the bihar police")).toEqual([]);
    expect(find("they went up the hill")).toEqual([]);
    expect(find("UP Police").map((m) => m.places[0]!.name)).toEqual(["Uttar Pradesh"]);
    expect(find("KANPUR: Police").map((m) => m.places[0]!.name)).toEqual(["Kanpur"]);
  });

  it("marks demonyms", () => {
    const [m] = find("Nepali girls");
    expect(m?.demonym).toBe(true);
    expect(m?.places[0]?.name).toBe("Nepal");
    expect(find("नेपाल")[0]?.demonym).toBe(false);
  });

  it("keeps the side of a locality", () => {
    expect(find("in Goregaon (W) police")[0]?.surface).toBe("Goregaon (W)");
  });

  it("does not take a name after उर्फ / alias, or before a surname", () => {
    expect(find("राजू उर्फ ईरान")).toEqual([]);
    expect(find("Raju alias Iran")).toEqual([]);
    expect(find("भुवनेश्वर कुमार ने गेंदबाजी की")).toEqual([]);
  });

  it("keeps a verb a verb in a report about Gaya", () => {
    const ms = find("गया जिले में छापा मारा गया। पुलिस पहुंच गया पुलिस के पास");
    expect(ms.map((m) => m.surface)).toEqual(["गया"]);
    expect(ms[0]!.start).toBe(0);
  });

  it("is fast: well under 50 ms for 10 KB", () => {
    const unit =
      "कानपुर के नौबस्ता इलाके में पुलिस ने छापा मारा, असम और दिल्ली की युवतियां मुक्त। " +
      "Police in Siliguri rescued Nepali girls from a hotel in Darjeeling district of West Bengal. ";
    const text = normalize(unit.repeat(Math.ceil(10240 / unit.length))).text.slice(0, 10240);
    findPlaces(text); // warm up
    const runs = 20;
    const ms =
      cpuMs(() => {
        for (let i = 0; i < runs; i++) findPlaces(text);
      }).ms / runs;
    console.log(`findPlaces: ${ms.toFixed(2)} ms per 10 KB`);
    expect(ms).toBeLessThan(50);
  });
});

describe("resolvePlaces", () => {
  const resolve = (s: string) => resolvePlaces(find(s)).map(label);

  it("picks the candidate the rest of the document agrees with", () => {
    expect(resolve("Aurangabad police arrested him. The district is in Bihar.")[0]).toBe("district:Aurangabad@Bihar");
    expect(resolve("Aurangabad police arrested him.")[0]).toBe("district:Chhatrapati Sambhajinagar@Maharashtra");
    expect(resolve("Hamirpur police said. Another team from Kangra joined.")[0]).toBe(
      "district:Hamirpur@Himachal Pradesh",
    );
    expect(resolve("Hamirpur police said. Another team from Banda joined.")[0]).toBe("district:Hamirpur@Uttar Pradesh");
  });

  it("refines Mumbai's district from a locality of the document", () => {
    const places = resolvePlaces(find("Mumbai police raided a spa in Andheri."));
    expect(places[0]?.district).toBe("Mumbai Suburban");
    expect(resolvePlaces(find("Mumbai police raided a spa."))[0]?.district).toBe("Mumbai");
  });

  it("returns one place per match", () => {
    expect(resolvePlaces([])).toEqual([]);
    const ms = find("Bilaspur, Rampur, Bihar");
    expect(resolvePlaces(ms)).toHaveLength(ms.length);
  });
});
