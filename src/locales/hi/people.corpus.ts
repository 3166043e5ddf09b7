// Hindi (and Hindi with English glosses) sentences with the persons they name: the test of the Hindi people
// rules (src/people/people.corpus.test.ts). Sentences are written for this corpus; names are invented.
// `persons` lists every person findPersons must return (one entry per person), `victims` how many victims' names
// must be withheld, and `withheld` the names (and spellings) that must appear nowhere in the output.

import type { PeopleCorpusEntry } from "../../people/corpus.js";

export const HI_PEOPLE_CORPUS: PeopleCorpusEntry[] = [
  [
    "एसएसपी राकेश कुमार सिंह ने बताया कि गिरोह का सरगना मनोज यादव पकड़ा गया है।",
    {
      persons: [
        { name: "Rakesh Kumar Singh", native: "राकेश कुमार सिंह", kind: "official", rank: "SSP" },
        { name: "Manoj Yadav", kind: "accused", role: "operator", status: "arrested" },
      ],
    },
  ],
  [
    "थाना प्रभारी सुनील शर्मा (Sunil Sharma) के नेतृत्व में टीम ने छापा मारा।",
    { persons: [{ name: "Sunil Sharma", native: "सुनील शर्मा", kind: "official", rank: "SHO" }] },
  ],
  [
    "कोतवाली प्रभारी निरीक्षक अरविंद मिश्रा ने दलाल रेखा देवी को गिरफ्तार कर जेल भेज दिया।",
    {
      persons: [
        { name: "Arvind Mishra", kind: "official", rank: "SHO" },
        { name: "Rekha Devi", kind: "accused", role: "broker", status: "arrested" },
      ],
    },
  ],
  [
    "पुलिस ने होटल संचालक विकास गुप्ता उर्फ विक्की को गिरफ्तार कर लिया, जबकि मैनेजर राहुल वर्मा फरार है।",
    {
      persons: [
        { name: "Vikas Gupta", kind: "accused", role: "operator", status: "arrested", aliases: ["Vicky"] },
        { name: "Rahul Verma", kind: "accused", role: "manager", status: "absconding" },
      ],
    },
  ],
  [
    "सीओ सिटी अनुराग सिंह ने बताया कि आरोपियों के खिलाफ मुकदमा दर्ज कर लिया गया है।",
    { persons: [{ name: "Anurag Singh", kind: "official", rank: "CO" }] },
  ],
  [
    "पकड़े गए आरोपियों की पहचान शाहिद खान और इमरान अंसारी निवासी मुरादाबाद के रूप में हुई है।",
    {
      persons: [
        { name: "Shahid Khan", kind: "accused", status: "arrested" },
        { name: "Imran Ansari", kind: "accused", status: "arrested" },
      ],
    },
  ],
  [
    "मानव तस्कर रमेश उर्फ रम्मू और उसकी पत्नी सुनीता को पुलिस ने दबोच लिया।",
    {
      persons: [
        { name: "Ramesh", kind: "accused", role: "broker", status: "arrested", aliases: ["Rammu"] },
        { name: "Sunita", kind: "accused", status: "arrested" },
      ],
    },
  ],
  [
    "अतिरिक्त सत्र न्यायाधीश कमलेश पांडेय की अदालत ने आरोपी सलीम को दस साल की सजा सुनाई।",
    {
      persons: [
        { name: "Kamlesh Pandey", kind: "official", rank: "Judge" },
        { name: "Salim", kind: "accused", role: null, status: null },
      ],
    },
  ],
  [
    "डीएम अंजलि वर्मा और एसपी डॉ. विपिन ताडा ने मौके का निरीक्षण किया।",
    {
      persons: [
        { name: "Anjali Verma", kind: "official", rank: "DM" },
        { name: "Vipin Tada", kind: "official", rank: "SP" },
      ],
    },
  ],
  ["रामपुर नगर में मोहन मार्ग पर स्थित होटल में छापा मारा गया।", { persons: [] }],
  ["दिल्ली महिला आयोग की टीम ने 12 लड़कियों को मुक्त कराया।", { persons: [] }],
  ["उधम सिंह नगर जिले के किच्छा में पुलिस ने छापेमारी की और तीन लोगों को पकड़ा।", { persons: [] }],
  ["होटल संचालक को गिरफ्तार कर लिया गया है जबकि दो दलाल मौके से भाग निकले।", { persons: [] }],
  ["पुलिस ने दलाल और ग्राहक सहित कुल नौ लोगों को गिरफ्तार किया है।", { persons: [] }],
  [
    "महिला थाना प्रभारी रीना यादव ने बताया कि पीड़िता को नारी निकेतन भेजा गया है।",
    { persons: [{ name: "Rina Yadav", kind: "official", rank: "SHO" }] },
  ],
  [
    "नाबालिग पीड़िता राधा (परिवर्तित नाम) के बयान पर मुकदमा दर्ज हुआ।",
    { persons: [], victims: 1, withheld: ["राधा", "Radha"] },
  ],
  [
    "पीड़ित युवती कविता ने बताया कि आरोपी दीपक उसे नौकरी का झांसा देकर लाया था।",
    { persons: [{ name: "Dipak", kind: "accused" }], victims: 1, withheld: ["कविता", "Kavita"] },
  ],
  [
    "SSP अजय कुमार (Ajay Kumar) के निर्देश पर SHO विनोद सिंह ने कार्रवाई की।",
    {
      persons: [
        { name: "Ajay Kumar", kind: "official", rank: "SSP" },
        { name: "Vinod Singh", kind: "official", rank: "SHO" },
      ],
    },
  ],
  [
    "डीएसपी आर.के. पांडे की टीम ने दलाल सोनू (Sonu) को पकड़ा।",
    {
      persons: [
        { name: "R.K. Pandey", kind: "official", rank: "DSP" },
        { name: "Sonu", kind: "accused", role: "broker", status: "arrested" },
      ],
    },
  ],
  [
    "पुलिस ने सोनी, रीता और पूजा नाम की तीन युवतियों को मुक्त कराया।",
    { persons: [], victims: 3, withheld: ["सोनी", "रीता", "पूजा", "Soni", "Rita", "Puja"] },
  ],
  [
    "स्पा की संचालिका नेहा शर्मा और उसका साथी अमित फरार हो गए।",
    {
      persons: [
        { name: "Neha Sharma", kind: "accused", role: "operator", status: "absconding" },
        { name: "Amit", kind: "accused", role: "other", status: "absconding" },
      ],
    },
  ],
  [
    "पुलिस ने गोरखपुर निवासी शबनम और उसके साथी नरेश को गिरफ्तार किया।",
    {
      persons: [
        { name: "Shabnam", kind: "accused", status: "arrested" },
        { name: "Naresh", kind: "accused", role: "other", status: "arrested" },
      ],
    },
  ],
  [
    "पुलिस उपाधीक्षक (डीएसपी) संजीव त्यागी ने बताया कि फरार आरोपी मुकेश पर 25 हजार का इनाम घोषित है।",
    {
      persons: [
        { name: "Sanjiv Tyagi", kind: "official", rank: "DSP" },
        { name: "Mukesh", kind: "accused", status: "absconding" },
      ],
    },
  ],
  [
    "मुख्य आरोपी सुरेश पाल पुत्र रामलाल निवासी बरेली को गिरफ्तार किया गया।",
    {
      persons: [
        { name: "Suresh Pal", kind: "accused", role: null, status: "arrested" },
        { name: "Ramlal", kind: "other" },
      ],
    },
  ],
  [
    "बरामद की गई किशोरी गीता (बदला हुआ नाम) ने बताया कि दलाल पिंटू उसे मुंबई ले जाना चाहता था।",
    { persons: [{ name: "Pintu", kind: "accused", role: "broker" }], victims: 1, withheld: ["गीता", "Gita"] },
  ],
  ["किशोरी सपना को आरोपी के घर से बरामद किया गया।", { persons: [], victims: 1, withheld: ["सपना", "Sapna"] }],
  [
    "उपनिरीक्षक प्रदीप चौहान और हेड कांस्टेबल रामवीर सिंह की टीम ने ग्राहक बने सिपाही की मदद से छापा मारा।",
    {
      persons: [
        { name: "Pradip Chauhan", kind: "official", rank: "SI" },
        { name: "Ramvir Singh", kind: "official", rank: "Head Constable" },
      ],
    },
  ],
  [
    "कोर्ट ने दोषी रज़िया बेगम को सात साल की सजा सुनाई, वकील अशोक शुक्ला ने बताया।",
    {
      persons: [
        { name: "Raziya Begum", kind: "accused" },
        { name: "Ashok Shukla", kind: "other" },
      ],
    },
  ],
  [
    "आरोपियों की पहचान राकेश, सुनील और मनोज के रूप में हुई है।",
    {
      persons: [
        { name: "Rakesh", kind: "accused", role: null, status: null },
        { name: "Sunil", kind: "accused", role: null, status: null },
        { name: "Manoj", kind: "accused", role: null, status: null },
      ],
    },
  ],
  [
    "गिरफ्तार आरोपियों में अनिल कुमार पुत्र रामेश्वर निवासी पटना और उसकी पत्नी सीमा देवी शामिल हैं।",
    {
      persons: [
        { name: "Anil Kumar", kind: "accused", role: null, status: "arrested" },
        { name: "Rameshwar", kind: "other" },
        { name: "Sima Devi", kind: "accused", role: null, status: "arrested" },
      ],
    },
  ],
  [
    "पुलिस ने राजेश (32), सुनील (28) और मनोज (25) को गिरफ्तार किया है।",
    {
      persons: [
        { name: "Rajesh", kind: "accused", role: null, status: "arrested" },
        { name: "Sunil", kind: "accused", role: null, status: "arrested" },
        { name: "Manoj", kind: "accused", role: null, status: "arrested" },
      ],
    },
  ],
  ["पीड़िता की पहचान रीना के रूप में हुई है।", { persons: [], victims: 1 }],
  [
    "थानाध्यक्ष दिनेश कुमार सिंह ने बताया कि फरार आरोपी पिंटू की तलाश की जा रही है।",
    {
      persons: [
        { name: "Dinesh Kumar Singh", kind: "official", rank: "SHO" },
        { name: "Pintu", kind: "accused", role: null, status: "absconding" },
      ],
    },
  ],
  [
    "महिला थाने की प्रभारी निरीक्षक सुमन लता ने बताया कि आरोपी महिला शबनम उर्फ शब्बो देह व्यापार कराती थी।",
    {
      persons: [
        { name: "Suman Lata", kind: "official", rank: "SHO" },
        { name: "Shabnam", kind: "accused", role: null, status: null, aliases: ["Shabbo"] },
      ],
    },
  ],
  [
    "जीआरपी थाना प्रभारी अजय कुमार ने बताया कि ट्रेन से 15 बच्चों को मुक्त कराया गया और दो तस्करों को गिरफ्तार किया गया।",
    { persons: [{ name: "Ajay Kumar", kind: "official", rank: "SHO" }] },
  ],
  [
    "दबोचे गए आरोपियों के नाम रमेश साहू और दिनेश महतो हैं।",
    {
      persons: [
        { name: "Ramesh Sahu", kind: "accused", role: null, status: "arrested" },
        { name: "Dinesh Mahto", kind: "accused", role: null, status: "arrested" },
      ],
    },
  ],
  [
    "इस मामले में होटल मालिक विजय अग्रवाल और मैनेजर संजय को नामजद किया गया है।",
    {
      persons: [
        { name: "Vijay Agarwal", kind: "accused", role: "owner", status: null },
        { name: "Sanjay", kind: "accused", role: "manager", status: null },
      ],
    },
  ],
  [
    "एएचटीयू प्रभारी इंस्पेक्टर रामेंद्र प्रताप सिंह के नेतृत्व में टीम ने छापेमारी की।",
    { persons: [{ name: "Ramendra Pratap Singh", kind: "official", rank: "Inspector" }] },
  ],
  [
    "जानकारी के अनुसार कोठा संचालिका गुड्डी बाई लड़कियों को बंधक बनाकर रखती थी।",
    { persons: [{ name: "Guddi Bai", kind: "accused", role: "operator", status: null }] },
  ],
  [
    "मौके से स्पा संचालक अमन वर्मा उर्फ अम्मू और ग्राहक आकाश को हिरासत में लिया गया।",
    {
      persons: [
        { name: "Aman Verma", kind: "accused", role: "operator", status: "arrested", aliases: ["Ammu"] },
        { name: "Akash", kind: "accused", role: "customer", status: "arrested" },
      ],
    },
  ],
  [
    "मुजफ्फरपुर के एसएसपी जयंत कांत ने प्रेस कॉन्फ्रेंस में पूरे मामले का खुलासा किया।",
    { persons: [{ name: "Jayant Kant", kind: "official", rank: "SSP" }] },
  ],
  [
    "कोर्ट ने आरोपी विनोद पासवान को दोषी करार देते हुए दस साल की सजा सुनाई।",
    { persons: [{ name: "Vinod Paswan", kind: "accused", role: null, status: null }] },
  ],
  [
    "मानव तस्करी के मामले में नामजद आरोपी बबलू उर्फ बबलू खान अब भी फरार है।",
    { persons: [{ name: "Bablu", kind: "accused", role: null, status: "absconding", aliases: ["Bablu Khan"] }] },
  ],
  [
    "रेलवे स्टेशन पर आरपीएफ के उपनिरीक्षक अमित कुमार यादव ने दो नाबालिगों को बचाया।",
    { persons: [{ name: "Amit Kumar Yadav", kind: "official", rank: "SI" }] },
  ],
  ["बिहार के मधुबनी जिले की रहने वाली युवती को दिल्ली में बेचा गया था।", { persons: [] }],
  ["पुलिस अधीक्षक ने बताया कि गिरोह का सरगना फरार है।", { persons: [] }],
  // a place or circle word between a rank and the name belongs to the rank
  [
    "सीओ कैंट सुनीता राठौर ने बताया कि होटल मालिक फरार है।",
    { persons: [{ name: "Sunita Rathaur", native: "सुनीता राठौर", kind: "official", rank: "CO" }] },
  ],
  // a surname that is also a title ends the name
  [
    "थाना प्रभारी रेखा कुमारी ने बताया कि दलाल को जेल भेजा गया।",
    { persons: [{ name: "Rekha Kumari", kind: "official", rank: "SHO" }] },
  ],
  // posts beyond the police ranks
  [
    "सहायक श्रम आयुक्त अमनदीप कौर और जिला कार्यक्रम अधिकारी विनोद सिन्हा मौके पर पहुंचे।",
    {
      persons: [
        { name: "Amandip Kaur", kind: "official", rank: "Assistant Labour Commissioner" },
        { name: "Vinod Sinha", kind: "official", rank: "District Programme Officer" },
      ],
    },
  ],
  // an abbreviated given name; a relative and a role word before list members arrested together
  [
    "पुलिस ने मो. सलीम और पिता रघु नायक तथा नर्स ममता प्रधान को गिरफ्तार कर लिया।",
    {
      persons: [
        { name: "Mohammad Salim", native: "मो. सलीम", kind: "accused", status: "arrested" },
        { name: "Raghu Nayak", kind: "accused", role: "other", status: "arrested" },
        { name: "Mamta Pradhan", kind: "accused", role: "other", status: "arrested" },
      ],
    },
  ],
  // apps and vehicles are no persons
  ["आरोपी व्हाट्सऐप पर ग्राहकों से सौदा तय करते थे।", { persons: [] }],
];
