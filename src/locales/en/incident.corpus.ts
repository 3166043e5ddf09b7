// English incident corpus: short reports written for Mukti, each with the record fields it must yield.
import type { IncidentCase } from "../corpus-types.js";

export const enIncidentCorpus: IncidentCase[] = [
  {
    text: "Pune: The Pune police on Saturday raided a spa in Viman Nagar and rescued four women who were forced into prostitution. The owner of the spa was arrested.",
    published: "2023-05-08",
    expect: {
      relevant: true,
      incidents: [
        {
          exploitation: "sexual",
          "location.state": "Maharashtra",
          "location.district": "Pune",
          "location.venue": "spa",
          "victims.rescued": 4,
          "victims.gender": "female",
          event_date: "2023-05-06",
        },
      ],
    },
  },
  {
    text: "Eight women were rescued and three men arrested after the police raided a lodge near the bus stand in Mysuru on Tuesday, officials said on Wednesday.",
    published: "2022-11-10",
    expect: {
      relevant: true,
      incidents: [{ "victims.rescued": 8, "arrests.total": 3, "location.venue": "lodge", event_date: "2022-11-08" }],
    },
  },
  {
    text: "Kolkata: Police rescued 14 Bangladeshi girls from a house in the city and arrested two traffickers. The girls had been brought to India with the promise of jobs.",
    published: "2020-02-02",
    expect: {
      relevant: true,
      incidents: [{ "victims.rescued": 14, "victims.foreign": ["Bangladesh"], "arrests.total": 2 }],
    },
  },
  {
    text: "The Punjab Police seized 20 kg of heroin and arrested three drug traffickers in Amritsar on Friday. A case was registered under the NDPS Act.",
    published: "2023-09-09",
    expect: { relevant: false },
  },
  {
    text: "Hyderabad: Cyberabad police busted a prostitution racket run through WhatsApp and rescued five women. Police said the racket had been running for two years. Cash of Rs 45,000 and six mobile phones were seized.",
    published: "2021-06-01",
    expect: {
      relevant: true,
      incidents: [
        {
          platforms: ["WhatsApp"],
          "victims.rescued": 5,
          "seized.cash": 45000,
          "seized.mobile_phone": 6,
          active_since: "two years",
        },
      ],
    },
  },
  {
    text: "Ahmedabad: Police rescued 14 people from a building that collapsed after heavy rain on Sunday. Two of them were children.",
    published: "2023-07-02",
    expect: { relevant: false },
  },
  {
    text: "Telangana police busted 95 prostitution rackets so far this year and rescued 210 women, according to data released by the Women Safety Wing on Monday.",
    published: "2023-07-03",
    expect: { relevant: false },
  },
  {
    text: "The forest department arrested two men for trafficking star tortoises at Howrah station and recovered 120 tortoises from their bags.",
    published: "2023-07-04",
    expect: { relevant: false },
  },
  {
    text: "A new film on human trafficking, shot in Sonagachi, releases on Friday. The director said the story follows a girl rescued by an NGO.",
    published: "2023-07-05",
    expect: { relevant: false },
  },
  {
    text: "A workshop on preventing human trafficking was held in Ranchi on Monday. Speakers said awareness among parents was the key.",
    published: "2023-09-09",
    expect: { relevant: false },
  },
];
