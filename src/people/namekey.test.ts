import { describe, expect, it } from "vitest";
import { nameKey } from "./namekey.js";

describe("nameKey", () => {
  it.each([
    ["आशीष कुमार", "Ashish Kumar"],
    ["Ashish Kumar", "ASHEESH KUMAAR"],
    ["कल्पना गुप्ता", "Kalapana Gupta"],
    ["Rahman", "Rahaman"],
    ["Mohammad Irfan", "Mohammed Irfan"],
    ["Md. Irfan", "Mohammad Irfan"],
    ["Deepak", "Dipak"],
    ["Pawan", "Pavan"],
    ["Karthikeyan", "Kartikeyan"],
    ["Chowdhury", "Chaudhuri"],
    ["Baruah", "Barua"],
    ["Yuvraj", "Yuvaraj"],
    ["Arun Kumar", "Arunkumar"],
    ["Dr. S Ibomcha", "Ibomcha S"],
    ["P.K. Mishra", "PK Mishra"],
    ["पीके मिश्रा", "P K Mishra"],
    ["Umesh Kr. Singh", "Umesh Kumar Singh"],
    // the pairs
    ["हलधर", "Halder"],
    ["मिस्त्री", "Mistry"],
    ["प्रीतिंदर सिंह", "Pritinder Singh"],
    ["प्रीतिंदर सिंह", "Preetinder Singh"],
    // Bengali anusvara before a sibilant written "ng"; Mosammat is a title
    ["सुधांशु", "Sudhangshu"],
    ["मोसाः शिखा खातून", "Mst. Sikha Khatun"],
    ["मोहः नूर इस्लाम", "Md. Nur Islam"],
    // regional spellings of one name
    ["संजय मंडल", "Sanjay Mandal"],
    ["स्वपन विश्वास", "Swapan Biswas"],
  ])("%s = %s", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["Rajesh", "Rakesh"],
    ["Ashish Kumar", "Kalpana Gupta"],
    ["Sunita", "Sanjay"],
    ["Mohan", "Sohan"],
    ["Biswas", "Bose"],
    ["Sudhanshu", "Sudhakar"],
    ["Mst. Sikha Khatun", "Sikha Das"],
  ])("%s ≠ %s", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("keeps a name of initials only", () => {
    expect(nameKey("S. K.")).toBe("ks");
    expect(nameKey("")).toBe("");
  });
});
