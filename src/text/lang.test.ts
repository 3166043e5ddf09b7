import { describe, expect, it } from "vitest";
import { Doc } from "../core/document.js";
import { EN_LANG_CORPUS } from "../locales/en/segment.corpus.js";
import { HI_LANG_CORPUS } from "../locales/hi/segment.corpus.js";
import { countLang, decideLang, detectLang, docLang } from "./lang.js";
import { normalize } from "./normalize.js";
import { segment } from "./segment.js";

describe("detectLang corpus (src/locales/*/segment.corpus.ts)", () => {
  it.each([...HI_LANG_CORPUS, ...EN_LANG_CORPUS])("%s -> %s", (text, lang) => {
    expect(detectLang(normalize(text).text)).toBe(lang);
  });
});

describe("detectLang", () => {
  it("scripts Mukti does not read are other", () => {
    expect(detectLang("காவல்துறையினர் நான்கு பேரை கைது செய்தனர்")).toBe("other"); // Tamil
    expect(detectLang("পুলিশ তিনজন নারীকে উদ্ধার করেছে")).toBe("other"); // Bengali
    expect(detectLang("أنقذت الشرطة ثلاث نساء")).toBe("other"); // Arabic
    expect(detectLang("Полиция спасла трёх женщин")).toBe("other"); // Cyrillic
    expect(detectLang("警察救出了三名妇女")).toBe("other"); // CJK
    expect(detectLang("경찰이 여성 세 명을 구조했다")).toBe("other"); // Hangul
  });

  it("a few English words in another script do not make it English", () => {
    expect(detectLang("போலீசார் SP தலைமையில் சோதனை நடத்தினர்")).toBe("other");
  });

  it("digits and punctuation only are none", () => {
    expect(detectLang("")).toBe("none");
    expect(detectLang("12, 14 -- 2020 (5) ... !!!")).toBe("none");
    expect(detectLang("१२ । ५०,०००")).toBe("none");
    expect(detectLang("😀 👍 ✉ ● ©")).toBe("none");
  });

  it("Hindi police acronyms in Latin letters keep Devanagari text Hindi", () => {
    expect(detectLang("SSP और DSP के नेतृत्व में AHTU की टीम ने FIR दर्ज की।")).toBe("hi");
  });

  it("counts add up: a text's counts are the sum of its parts' (split at a space)", () => {
    const t = "पुलिस (Police) ने police ne kiya; the officer said.";
    const cut = t.indexOf(" ne ");
    const whole = countLang(t);
    const parts = countLang(t, cut, t.length, countLang(t, 0, cut));
    expect(parts).toEqual(whole);
    expect(whole.glosses).toBe(1);
    expect(decideLang(whole)).toBe(detectLang(t));
  });
});

describe("docLang", () => {
  function doc(text: string, seg = true): Doc {
    const d = new Doc({ text });
    if (seg) segment(d);
    return d;
  }

  it("ignores an English photo caption and site chrome in a Hindi report", () => {
    const text =
      "MUMBAI, INDIA - JUNE 3: Police personnel outside a hotel after a raid in a file picture. (Photo: Example Agency via Example Images)\n\n" +
      "पुलिस ने होटल पर छापा मारकर चार युवतियों को मुक्त कराया। होटल मैनेजर को गिरफ्तार किया गया।\n\n" +
      "पूछताछ में पता चला कि युवतियों को नौकरी का लालच देकर लाया गया था।\n\n" +
      "मामले की जांच जारी है।\n\nFollow us on Google News | Share on WhatsApp | Facebook | X";
    expect(docLang(doc(text))).toBe("hi");
  });

  it("Hindi with many English glosses is mixed; Hinglish is mixed; English is en", () => {
    const glossed =
      "पुलिस ने होटल (Hotel) पर रेड (Raid) की। वहां से युवतियों (Girls) को रेस्क्यू (Rescue) किया गया और मैनेजर (Manager) पकड़ा गया।";
    expect(docLang(doc(glossed))).toBe("mixed");
    expect(docLang(doc("Police ne hotel par chhapa maara aur teen ladkiyon ko mukt karaya."))).toBe("mixed");
    expect(docLang(doc("Police raided a hotel and rescued three women."))).toBe("en");
  });

  it("counts the whole text when the document is not segmented", () => {
    expect(docLang(doc("पुलिस ने छापा मारा।", false))).toBe("hi");
  });

  it("a report in a script Mukti does not read gets the script it has most of", () => {
    expect(docLang(doc("காவல்துறையினர் நான்கு பேரை கைது செய்தனர்."))).toBe("en");
    expect(docLang(doc("காவல்துறையினர் நான்கு பேரை கைது செய்தனர். पुलिस"))).toBe("hi");
  });
});
