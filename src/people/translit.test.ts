import { describe, expect, it } from "vitest";
import { transliterate, transliterateWord } from "./translit.js";

describe("transliterate", () => {
  it.each([
    // schwa deletion: word-final and medial (V C _ C V), kept after clusters that Hindi pronounces with it
    ["कल्पना गुप्ता", "Kalpana Gupta"],
    ["राजेश", "Rajesh"],
    ["रणजीत", "Ranjit"],
    ["ममता", "Mamta"],
    ["सुरेंद्र", "Surendra"],
    ["कृष्ण", "Krishna"],
    ["आदित्य", "Aditya"],
    ["शुक्ला", "Shukla"],
    ["आनंद", "Anand"],
    ["सिद्धार्थ", "Siddharth"],
    ["ओमप्रकाश", "Omprakash"],
    ["शांतनु", "Shantanu"],
    // nasals: n, or m before a labial
    ["अंबिका", "Ambika"],
    ["चंपा", "Champa"],
    ["गोविंद", "Govind"],
    // vowels and letters
    ["कैलाश", "Kailash"],
    ["कौशल", "Kaushal"],
    ["ऋषि", "Rishi"],
    ["आशीष", "Ashish"],
    ["पूनम", "Punam"],
    ["द्विवेदी", "Dwivedi"],
    ["विवेक", "Vivek"],
    ["ज्ञानेंद्र", "Gyanendra"],
    ["कच्छप", "Kachhap"],
    // conventions
    ["सिंह", "Singh"],
    ["मोहम्मद", "Mohammad"],
    ["कुमार", "Kumar"],
    ["श्रीवास्तव", "Srivastava"],
    ["प्रीतिंदर", "Pritinder"],
  ])("%s → %s", (deva, latin) => {
    expect(transliterate(deva)).toBe(latin);
  });

  it("reads the nukta, so it must be given the original text", () => {
    expect(transliterate("फ़ैज़ान")).toBe("Faizan");
    expect(transliterate("\u095B\u093E\u0915\u093F\u0930")).toBe("Zakir"); // precomposed ज़
    expect(transliterate("\u091C\u093C\u093E\u0915\u093F\u0930")).toBe("Zakir"); // ज + combining nukta
    expect(transliterate("सड़क")).toBe("Sarak");
    expect(transliterate("सडक")).toBe("Sadak");
  });

  it("spells initials as letters", () => {
    expect(transliterate("एम. हर्षवर्धन")).toBe("M. Harshavardhan");
    expect(transliterate("आर.के. शर्मा")).toBe("R.K. Sharma");
    expect(transliterate("पीके मिश्रा")).toBe("PK Mishra");
    expect(transliterate("के। रामन")).toBe("K. Raman");
    // a letter name that is also a word stays a word without its full stop
    expect(transliterate("के")).toBe("Ke");
  });

  it("passes Latin through and keeps separators", () => {
    expect(transliterate("SSP राकेश")).toBe("SSP Rakesh");
    expect(transliterate("राजू-श्याम")).toBe("Raju-Shyam");
  });

  it("spells one word", () => {
    expect(transliterateWord("नाजिम")).toBe("najim");
    expect(transliterateWord("")).toBe("");
  });
});
