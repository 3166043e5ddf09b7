// English (and romanised Hindi) sentences with the persons they name: the test of the English people rules
// (src/people/people.corpus.test.ts). Sentences are written for this corpus; names are invented.

import type { PeopleCorpusEntry } from "../../people/corpus.js";

export const EN_PEOPLE_CORPUS: PeopleCorpusEntry[] = [
  [
    "Police arrested Ramesh Yadav, 35, a resident of Gaya, and his associate Sunil Paswan on Monday.",
    {
      persons: [
        { name: "Ramesh Yadav", kind: "accused", status: "arrested" },
        { name: "Sunil Paswan", kind: "accused", role: "other", status: "arrested" },
      ],
    },
  ],
  [
    "SHO Vikram Singh said the accused, identified as Mohammad Arif and Salim Khan, were produced in court.",
    {
      persons: [
        { name: "Vikram Singh", kind: "official", rank: "SHO" },
        { name: "Mohammad Arif", kind: "accused" },
        { name: "Salim Khan", kind: "accused" },
      ],
    },
  ],
  [
    "Senior Superintendent of Police Anita Sharma told reporters that the kingpin, Rajesh alias Raju, was arrested from Patna.",
    {
      persons: [
        { name: "Anita Sharma", kind: "official", rank: "SSP" },
        { name: "Rajesh", kind: "accused", role: "operator", status: "arrested", aliases: ["Raju"] },
      ],
    },
  ],
  [
    "The girl, Rani, told police that she had been sold for Rs 50,000.",
    { persons: [], victims: 1, withheld: ["Rani"] },
  ],
  [
    "A 15-year-old survivor, Meena (name changed), said the agent Raju Kumar had promised her a job in Delhi.",
    { persons: [{ name: "Raju Kumar", kind: "accused", role: "broker" }], victims: 1, withheld: ["Meena"] },
  ],
  [
    "Deputy Commissioner of Police (South) Priya Menon said three customers were also detained.",
    { persons: [{ name: "Priya Menon", kind: "official", rank: "DCP" }] },
  ],
  [
    "The brothel owner, Shabnam Begum, and a broker, Ajay Das, are absconding.",
    {
      persons: [
        { name: "Shabnam Begum", kind: "accused", role: "owner", status: "absconding" },
        { name: "Ajay Das", kind: "accused", role: "broker", status: "absconding" },
      ],
    },
  ],
  ["The raid took place at Hotel Surya on Gandhi Road in Rajendra Nagar.", { persons: [] }],
  [
    "Officials of the Delhi Commission for Women and Bachpan Bachao Andolan joined the rescue at Kamla Market.",
    { persons: [] },
  ],
  [
    "Additional Sessions Judge R K Gupta convicted Mahesh Prasad under the Immoral Traffic (Prevention) Act.",
    {
      persons: [
        { name: "R K Gupta", kind: "official", rank: "Judge" },
        { name: "Mahesh Prasad", kind: "accused" },
      ],
    },
  ],
  [
    "According to Inspector Sanjay Verma, the main accused Vinod alias Pappu is a native of Nepal.",
    {
      persons: [
        { name: "Sanjay Verma", kind: "official", rank: "Inspector" },
        { name: "Vinod", kind: "accused", role: null, aliases: ["Pappu"] },
      ],
    },
  ],
  [
    "SHO Ravi Shankar ne bataya ki aaropi Salman ko giraftaar kar liya gaya hai.",
    {
      persons: [
        { name: "Ravi Shankar", kind: "official", rank: "SHO" },
        { name: "Salman", kind: "accused", status: "arrested" },
      ],
    },
  ],
  [
    "Police ke mutabik dalal Pinky urf Priya abhi faraar hai.",
    { persons: [{ name: "Pinky", kind: "accused", role: "broker", status: "absconding", aliases: ["Priya"] }] },
  ],
  [
    "Victim Sunita told the magistrate that she was kept captive for a month.",
    { persons: [], victims: 1, withheld: ["Sunita"] },
  ],
  [
    "The minor, identified as Pooja, was rescued from a lodge near the station.",
    { persons: [], victims: 1, withheld: ["Pooja"] },
  ],
  [
    "Police rescued Lata and Geeta from the house of the accused in Sector 12.",
    { persons: [], victims: 2, withheld: ["Lata", "Geeta"] },
  ],
  [
    "Circle Officer Neeraj Jadaun said the hotel manager, Deepak Kumar, and the owner, Sonu Chauhan, were held.",
    {
      persons: [
        { name: "Neeraj Jadaun", kind: "official", rank: "CO" },
        { name: "Deepak Kumar", kind: "accused", role: "manager", status: "arrested" },
        { name: "Sonu Chauhan", kind: "accused", role: "owner", status: "arrested" },
      ],
    },
  ],
  [
    "Meanwhile, Uttar Pradesh Police and the Anti Human Trafficking Unit of Gorakhpur rescued 14 children.",
    { persons: [] },
  ],
  [
    "Those arrested are Raju Thapa, Bikram Gurung and Sita Tamang, police said.",
    {
      persons: [
        { name: "Raju Thapa", kind: "accused", status: "arrested" },
        { name: "Bikram Gurung", kind: "accused", status: "arrested" },
        { name: "Sita Tamang", kind: "accused", status: "arrested" },
      ],
    },
  ],
  [
    "Police have arrested placement agent Sunil Oraon, while recruiter Manju Devi is on the run.",
    {
      persons: [
        { name: "Sunil Oraon", kind: "accused", role: "recruiter", status: "arrested" },
        { name: "Manju Devi", kind: "accused", role: "recruiter", status: "absconding" },
      ],
    },
  ],
  [
    "Police said efforts are on to arrest the mastermind, Anil Mehta, who fled to Nepal.",
    { persons: [{ name: "Anil Mehta", kind: "accused", role: "operator", status: "absconding" }] },
  ],
  [
    "The rescued girl, Anjali (name changed), identified the pimp, Ravi Lal, in court.",
    { persons: [{ name: "Ravi Lal", kind: "accused", role: "broker" }], victims: 1, withheld: ["Anjali"] },
  ],
  [
    "Her daughter, Kajal, 14, was sold in Haryana, the complainant told SP Ashok Meena.",
    { persons: [{ name: "Ashok Meena", kind: "official", rank: "SP" }], victims: 1, withheld: ["Kajal"] },
  ],
  [
    "Mission director Dr Kavita Rao of the NGO said the children were sent home.",
    { persons: [{ name: "Kavita Rao", kind: "other" }] },
  ],
  [
    "In another case, a spa operator identified as Vicky Arora was nabbed in Gurugram.",
    { persons: [{ name: "Vicky Arora", kind: "accused", role: "operator", status: "arrested" }] },
  ],
  [
    "SSP चंदन मिश्रा ने बताया कि पीड़िता सलमा (बदला हुआ नाम) को मुक्त करा लिया गया है।",
    { persons: [{ name: "Chandan Mishra", kind: "official", rank: "SSP" }], victims: 1, withheld: ["सलमा", "Salma"] },
  ],
  [
    "Station House Officer Rakesh Kumar and Sub-Inspector Meena Kumari led the raid.",
    {
      persons: [
        { name: "Rakesh Kumar", kind: "official", rank: "SHO" },
        { name: "Meena Kumari", kind: "official", rank: "SI" },
      ],
    },
  ],
  [
    "The team was led by inspector-in-charge (IIC) Sarat Sahu of Jatni police station.",
    { persons: [{ name: "Sarat Sahu", kind: "official", rank: "IIC" }] },
  ],
  [
    "ACP (Crime) Rahul Srivastava said two touts had been detained.",
    { persons: [{ name: "Rahul Srivastava", kind: "official", rank: "ACP" }] },
  ],
  [
    '"We have arrested four people," said DCP (South-East) Isha Pandey.',
    { persons: [{ name: "Isha Pandey", kind: "official", rank: "DCP" }] },
  ],
  [
    "Rinku Sharma, 32, a native of Bihar, was arrested from a hotel in Paharganj.",
    { persons: [{ name: "Rinku Sharma", kind: "accused", role: null, status: "arrested" }] },
  ],
  [
    "Monu (28) and Sonu (30), both residents of Lucknow, were arrested on Tuesday.",
    {
      persons: [
        { name: "Monu", kind: "accused", role: null, status: "arrested" },
        { name: "Sonu", kind: "accused", role: null, status: "arrested" },
      ],
    },
  ],
  [
    "The accused have been identified as Javed Akhtar, Imran Qureshi and Faizal Khan.",
    {
      persons: [
        { name: "Javed Akhtar", kind: "accused", role: null, status: null },
        { name: "Imran Qureshi", kind: "accused", role: null, status: null },
        { name: "Faizal Khan", kind: "accused", role: null, status: null },
      ],
    },
  ],
  [
    "Police said the racket was run by a woman, Sarita Devi, who is absconding.",
    { persons: [{ name: "Sarita Devi", kind: "accused", role: null, status: "absconding" }] },
  ],
  [
    "Deputy SP Vinay Gautam told reporters that a case had been registered against hotel owner Naveen Jindal.",
    {
      persons: [
        { name: "Vinay Gautam", kind: "official", rank: "DSP" },
        { name: "Naveen Jindal", kind: "accused", role: "owner", status: null },
      ],
    },
  ],
  [
    "Police ne aaropi Rahul Yadav aur uske saathi Amit ko giraftaar kiya.",
    {
      persons: [
        { name: "Rahul Yadav", kind: "accused", role: null, status: "arrested" },
        // "uske saathi" (his associate) keeps the list going: Amit is arrested too, in his own role
        { name: "Amit", kind: "accused", role: "other", status: "arrested" },
      ],
    },
  ],
  [
    "A case has been registered against the owner of the spa, Rohit Malhotra, and his manager Vikas.",
    {
      persons: [
        { name: "Rohit Malhotra", kind: "accused", role: "owner", status: null },
        { name: "Vikas", kind: "accused", role: "manager", status: null },
      ],
    },
  ],
  [
    "Additional SP Priya Singh said the main accused, Babloo Khan, had been running the racket for three years.",
    {
      persons: [
        { name: "Priya Singh", kind: "official", rank: "ASP" },
        { name: "Babloo Khan", kind: "accused", role: null, status: null },
      ],
    },
  ],
  [
    "The girls were brought from Nepal by an agent named Sanju Tamang, police said.",
    { persons: [{ name: "Sanju Tamang", kind: "accused", role: "broker", status: null }] },
  ],
  [
    "Kolkata Police arrested a woman identified as Rekha Bibi, 45, for allegedly selling her niece.",
    { persons: [{ name: "Rekha Bibi", kind: "accused", role: null, status: "arrested" }] },
  ],
  [
    "According to SP Rajeev Mishra, the brothel keeper, Shanti Bai, and her son Ramu were arrested.",
    {
      persons: [
        { name: "Rajeev Mishra", kind: "official", rank: "SP" },
        { name: "Shanti Bai", kind: "accused", role: "operator", status: "arrested" },
        { name: "Ramu", kind: "accused", role: null, status: "arrested" },
      ],
    },
  ],
  [
    "Among those held were hotel manager Sunil Rao and receptionist Deepa.",
    {
      persons: [
        { name: "Sunil Rao", kind: "accused", role: "manager", status: "arrested" },
        { name: "Deepa", kind: "accused", role: "other", status: "arrested" },
      ],
    },
  ],
  [
    "Police have launched a manhunt for the prime accused, Mukhtar Ansari.",
    { persons: [{ name: "Mukhtar Ansari", kind: "accused", role: null, status: "absconding" }] },
  ],
  [
    "District Magistrate Abhishek Singh ordered an inquiry into the matter.",
    { persons: [{ name: "Abhishek Singh", kind: "official", rank: "DM" }] },
  ],
  [
    "SHO of Sector 20 police station, Rajesh Kumar, said the accused were produced in court.",
    { persons: [{ name: "Rajesh Kumar", kind: "official", rank: "SHO" }] },
  ],
  [
    '"The girls were brought from Jharkhand," said investigating officer Sub-Inspector Kamla Devi.',
    { persons: [{ name: "Kamla Devi", kind: "official", rank: "SI" }] },
  ],
  [
    "Thana prabhari Ashok Yadav ne bataya ki dalal Sunil ko giraftaar kar liya gaya hai.",
    {
      persons: [
        { name: "Ashok Yadav", kind: "official", rank: "SHO" },
        { name: "Sunil", kind: "accused", role: "broker", status: "arrested" },
      ],
    },
  ],
  [
    "कोतवाली नगर प्रभारी निरीक्षक विजय प्रताप सिंह ने बताया कि आरोपी होटल मैनेजर रवि को जेल भेज दिया गया।",
    {
      persons: [
        { name: "Vijay Pratap Singh", kind: "official", rank: "SHO" },
        { name: "Ravi", kind: "accused", role: "manager", status: "arrested" },
      ],
    },
  ],
  [
    "चौकी प्रभारी दरोगा मनीष राय ने टीम के साथ दबिश दी।",
    { persons: [{ name: "Manish Rai", kind: "official", rank: "SI" }] },
  ],
  [
    "थाना प्रभारी निरीक्षक (एसएचओ) राम बहादुर पाल ने आरोपी सुनीता उर्फ सोनी को पकड़ा।",
    {
      persons: [
        { name: "Ram Bahadur Pal", kind: "official", rank: "SHO" },
        { name: "Sunita", kind: "accused", role: null, status: "arrested", aliases: ["Soni"] },
      ],
    },
  ],
  [
    "पुलिस ने बताया कि गिरोह की सरगना शीला देवी (45) पत्नी स्वर्गीय रामलाल निवासी गया को गिरफ्तार किया गया है।",
    { persons: [{ name: "Shila Devi", kind: "accused", role: "operator", status: "arrested" }] },
  ],
  ["Photo: Manoj Kumar/HT", { persons: [{ name: "Manoj Kumar", kind: "other" }] }],
  ["By Ravi Shankar Prasad, Patna", { persons: [{ name: "Ravi Shankar Prasad", kind: "other" }] }],
  [
    "The court of Additional District and Sessions Judge Shailendra Kumar Singh sentenced the two.",
    { persons: [{ name: "Shailendra Kumar Singh", kind: "official", rank: "Judge" }] },
  ],
  [
    "A woman named Kamla and her son Raju were arrested for selling a minor girl.",
    {
      persons: [
        { name: "Kamla", kind: "accused", role: null, status: "arrested" },
        { name: "Raju", kind: "accused", role: null, status: "arrested" },
      ],
    },
  ],
  // lists after naming words with a noun phrase inside, and relations before a list member
  [
    "The SHO identified the arrested touts as Manoj Lakra, Ravi Toppo and Sunil Ekka.",
    {
      persons: [
        { name: "Manoj Lakra", kind: "accused", role: "broker", status: "arrested" },
        { name: "Ravi Toppo", kind: "accused", role: "broker", status: "arrested" },
        { name: "Sunil Ekka", kind: "accused", role: "broker", status: "arrested" },
      ],
    },
  ],
  [
    "The accused, Gudla Venkatesh (38) and his wife Gudla Padma (33), ran the racket from a rented flat.",
    {
      persons: [
        { name: "Gudla Venkatesh", kind: "accused" },
        { name: "Gudla Padma", kind: "accused" },
      ],
    },
  ],
  // posts beyond the police ranks, and initials before the name
  [
    "The rescue was led by Revenue Divisional Officer P. Kavitha and Assistant Labour Commissioner Harpreet Gill.",
    {
      persons: [
        { name: "P. Kavitha", kind: "official", rank: "RDO" },
        { name: "Harpreet Gill", kind: "official", rank: "Assistant Labour Commissioner" },
      ],
    },
  ],
  // a place between the rank and the name belongs to the rank; a place before the rank is no person
  [
    "Sahibabad ACP Rakesh Tyagi said the manager was arrested. ACP Vaishalipuram Sunil Bhardwaj joined the raid.",
    {
      persons: [
        { name: "Rakesh Tyagi", kind: "official", rank: "ACP" },
        { name: "Sunil Bhardwaj", kind: "official", rank: "ACP" },
      ],
    },
  ],
  // an official's name before a comma is no list with the name after it
  [
    "According to Additional DCP Meera Rao, Suresh Babu had run the lodge for a year. Suresh Babu was arrested.",
    {
      persons: [
        { name: "Meera Rao", kind: "official", rank: "ADCP" },
        { name: "Suresh Babu", kind: "accused", status: "arrested" },
      ],
    },
  ],
  // capitalised function words and known towns are no persons
  ["Neither of them has been arrested so far, police in Nakodar said.", { persons: [] }],
  // romanised Hindi identification frame
  [
    "Dalalon ki pehchaan Rinku urf Bablu aur Sonu Meena ke roop mein hui hai.",
    {
      persons: [
        { name: "Rinku", kind: "accused", role: "broker", aliases: ["Bablu"] },
        { name: "Sonu Meena", kind: "accused", role: "broker" },
      ],
    },
  ],
];
