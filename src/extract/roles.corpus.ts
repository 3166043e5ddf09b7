// Accused roles from what the report says they did (src/extract/role-predicates.ts): short reports written for
// Mukti, each with the role every named accused must get (null: no role).

export interface RoleCase {
  rule: string;
  text: string;
  roles: Record<string, string | null>;
}

export const rolesCorpus: RoleCase[] = [
  {
    rule: "a joint subject lured with a job: both recruiters",
    text: "रांची: पुलिस ने मानव तस्करी के आरोप में दिनेश महतो और उसकी पत्नी सुनीता देवी को गिरफ्तार किया। दिनेश महतो और उसकी पत्नी सुनीता देवी ने गांव की दो लड़कियों को दिल्ली में नौकरी दिलाने का झांसा दिया और उन्हें बेच दिया।",
    roles: { "Dinesh Mahto": "recruiter", "Sunita Devi": "recruiter" },
  },
  {
    rule: "the one who ran the gang with companions is the operator; the companions get no role from it",
    text: "लखनऊ: होटल में चल रहे देह व्यापार का भंडाफोड़ कर पुलिस ने चार लोगों को गिरफ्तार किया। मुख्य आरोपी सलीम है, जो पप्पू और गुड्डू नाम के साथियों के साथ लंबे समय से गिरोह चला रहा था।",
    roles: { Salim: "operator", Pappu: null, Guddu: null },
  },
  {
    rule: "lured, then made her do sex work: operator",
    text: "पटना: अदालत ने रेखा देवी को दोषी करार देते हुए दस साल कैद की सजा सुनाई। रेखा देवी नाबालिग को बहला-फुसलाकर लाई थी और उससे जबरन देह व्यापार करवाती थी।",
    roles: { "Rekha Devi": "operator" },
  },
  {
    rule: "English: 'for running a racket' after the arrested name",
    text: "Panaji: Police arrested Imran Qureshi on Saturday for running a prostitution racket from a rented villa and rescued three women.",
    roles: { "Imran Qureshi": "operator" },
  },
  {
    rule: "English: 'were sent by one X' before the name",
    text: "Siliguri: Eleven girls were rescued at the bus stand on Monday. They were sent by one Bikash Thapa, who had promised them work in hotels, police said.",
    roles: { "Bikash Thapa": "recruiter" },
  },
  {
    rule: "English: the name lured the victims",
    text: "Ahmedabad: Police rescued four teenage girls and arrested Kamlesh Parmar, who lured the girls from a village with promises of factory jobs and sold them to brothels, officials said.",
    roles: { "Kamlesh Parmar": "recruiter" },
  },
  {
    rule: "Hinglish: naukri ka jhaansa",
    text: "Police ne chhapa maara aur do ladkiyon ko chhudaya. Aaropi Ramesh ne naukri lagwane ka jhaansa diya tha aur unhe kamre par le aaya tha.",
    roles: { Ramesh: "recruiter" },
  },
  {
    rule: "an arrest alone gives no role",
    text: "Kanpur: Police raided a guest house and arrested Vinod Kumar and rescued two women on Friday.",
    roles: { "Vinod Kumar": null },
  },
];
