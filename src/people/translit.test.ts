import { describe, expect, it } from "vitest";
import { nameStyle, transliterate, transliterateWord } from "./translit.js";

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
    // but n before म (चिंमय = चिन्मय)
    ["चिंमय", "Chinmay"],
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

  it.each([
    // a surname or name part of the east: Bengali and Assamese habits for the whole name
    ["पार्थ घोष", "Partha Ghosh"],
    ["सुशांत मंडल", "Susanta Mondal"],
    ["स्वपन बिश्वास", "Swapan Biswas"],
    ["गौतम सरकार", "Goutam Sarkar"],
    ["संजय चक्रवर्ती", "Sanjoy Chakraborty"],
    ["कालीपद हालदार", "Kalipada Halder"],
    ["अनुब्रत मंडल", "Anubrata Mondal"],
    ["देबाशीष मुखर्जी", "Debasish Mukherjee"],
    ["रञ्जित दास", "Ranjit Das"],
    // the same given names without one stay in Hindi style, and so does a Hindi name with a Bengali-looking word
    ["संजय कुमार", "Sanjay Kumar"],
    ["गौतम", "Gautam"],
    ["कुमार विश्वास", "Kumar Vishwas"],
    // southern: a Tamil name part or ending, or initials with a given name and no northern surname
    ["एस. रमेश", "S. Ramesh"],
    ["आर. सरवनन", "R. Saravanan"],
    ["नटराजन", "Natarajan"],
    ["सेंथिलकुमार", "Senthilkumar"],
    ["मुथुसामी", "Muthusamy"],
    ["के. कार्तिक", "K. Karthik"],
    ["ज्ञानवेल", "Gnanavel"],
    ["पज़हानिवेल", "Pazhanivel"],
    ["के रमेश", "K Ramesh"],
    // Tamil letters typed with Hindi ones: ड़ is ட, झ is ழ, ख is k, and ई or इ alone is the initial E
    ["एस. पूनकोड़ी", "S. Punakodi"],
    ["एस. कनिमोझी", "S. Kanimozhi"],
    ["के. राजशेखर", "K. Rajasekar"],
    ["इ. रमेश", "E. Ramesh"],
    ["एम. गीता", "M. Geetha"],
    ["आर. षणमुगम", "R. Shanmugam"],
    ["आर.के. शर्मा", "R.K. Sharma"],
    // Hindi names with an -an ending stay Hindi
    ["मोहन", "Mohan"],
    ["निरंजन", "Niranjan"],
    ["आर्यन", "Aryan"],
    ["शुभम गिल", "Shubham Gill"],
    ["सुब्रत संतरा", "Subrata Santra"],
  ])("%s → %s (regional style)", (deva, latin) => {
    expect(transliterate(deva)).toBe(latin);
  });

  it("tells the style from the words", () => {
    expect(nameStyle(["सुब्रत", "घोष"])).toBe("eastern");
    expect(nameStyle(["ब्य़ानार्जी"])).toBe("eastern"); // य़ carried over from Bengali script
    expect(nameStyle(["सरवनन"])).toBe("south");
    expect(nameStyle(["रमेश"], true)).toBe("south");
    expect(nameStyle(["रमेश", "शर्मा"], true)).toBe("hindi");
    expect(nameStyle(["रमेश"])).toBe("hindi");
  });

  it("spells common name parts from the lexicon, with or without the nukta", () => {
    expect(transliterate("अफजल अंसारी")).toBe("Afzal Ansari");
    expect(transliterate("फ़ैयाज़")).toBe("Faiyaz");
    expect(transliterate("शाहीन")).toBe("Shaheen");
    // Raza is रज़ा; राजा stays Raja
    expect(transliterate("रज़ा")).toBe("Raza");
    expect(transliterate("राजा")).toBe("Raja");
    // Urdu letters mark a Perso-Arabic word, whose व is w
    expect(transliterate("फ़वाद")).toBe("Fawad");
    expect(transliterate("वक़ार")).toBe("Waqar");
    // व after र or ल stays v
    expect(transliterate("पार्वती")).toBe("Parvati");
  });

  it("reads list titles and abbreviations", () => {
    expect(transliterate("मोसाः शिखा खातून")).toBe("Mst Sikha Khatun");
    expect(transliterate("मोहः इरफान")).toBe("Mohammad Irfan");
    expect(transliterate("अडवोकेट रमेश")).toBe("Advocate Ramesh");
    expect(transliterate("श्रीमती रेखा घोष")).toBe("Smt Rekha Ghosh");
    // short forms that are one akshara but not initials
    expect(transliterate("अजित सिं")).toBe("Ajit Singh");
    expect(transliterate("गौतम राँय")).toBe("Gautam Roy");
    expect(transliterate("अकबर खाँ")).toBe("Akbar Khan");
    // a zero-width joiner does not split a word
    expect(transliterate("सुनिल\u200Dकुमार")).toBe("Sunilkumar");
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
    expect(transliterateWord("राजेश")).toBe("rajesh");
    // Urdu names typed without the nukta are spelled as newspapers write them
    expect(transliterateWord("नाजिम")).toBe("nazim");
    expect(transliterateWord("")).toBe("");
  });
});
