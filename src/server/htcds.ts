// Our incident records in the shape of IOM's Human Trafficking Case Data Standard (HTCDS 2.0, ../shared/ext/htcds:
// htcds_field_standards_2.0.json, Field Definitions.md). HTCDS describes cases of persons (victims, perpetrators)
// with their trafficking events; a news report describes an incident with counts. The export is therefore one
// record per incident:
//   - `events`: the incident as a historic trafficking event (hte_*) of type Exploitation, at the incident's place;
//   - `victims`: the victims as one group (HTCDS victim-context fields shared by all of them), with their home
//     places (the victims' origins) as person mailing places (prs_Mailing*);
//   - `perpetrators`: the accused with their role in the process (per_RoleInProcess).
// Field names and picklist values are HTCDS's own (the test checks every one against the standard's JSON). What
// HTCDS has no field for (counts, arrests, our ids) carries the `mukti_` prefix. What we do not know is left out,
// never guessed: no victim is given an age, a trafficking-status decision maker or a method of recruitment, and the
// accused's names are not split into first and second names (HTCDS's person name fields) since reports do not say
// which part is which.
import type { Role } from "../core/record.js";
import type { Exploitation, Indicator } from "../locales/types.js";
import type { IncidentRow } from "../store/types.js";

/** The section containers of an HTCDS-shaped record (not HTCDS fields themselves). */
export const HTCDS_SECTIONS = ["events", "victims", "origins", "perpetrators"] as const;

/** Our exploitation → vic_TypeOfExploitation. Child labour is "labour" with minors (see below). */
export const EXPLOITATION: Readonly<Record<Exploitation, string>> = {
  sexual: "SexualExploitation",
  labour: "ForcedLabour",
  forced_marriage: "ForcedMarriage",
  begging: "ForcedBegging",
  organ: "OrganRemoval",
  // children sold with no further purpose stated: HTCDS has no such type (ForcedAdoption would be a guess)
  child_trafficking: "Other",
  other: "Other",
};

/** Our indicators → vic_MethodsOfControl (only those that name a method; "online", "minors" etc. are not one). */
export const METHODS_OF_CONTROL: Readonly<Partial<Record<Indicator, string>>> = {
  deception: "FalsePromises",
  debt_bondage: "DebtBondage",
  drugging: "PsychoactiveSubstance",
  // confinement: HTCDS 2.0's picklist has no "restricts movement" value (its definitions do): Other
  captivity: "Other",
};

/**
 * Accused roles → per_RoleInProcess. Operators and owners run the exploitation (Exploiter); brokers and recruiters
 * supply victims (RecruiterOrIntermediary). Customers, managers and staff have no HTCDS role of their own: Other.
 */
export const ROLE_IN_PROCESS: Readonly<Record<Role, string>> = {
  operator: "Exploiter",
  owner: "Exploiter",
  broker: "RecruiterOrIntermediary",
  recruiter: "RecruiterOrIntermediary",
  customer: "Other",
  manager: "Other",
  other: "Other",
};

/** vic_ExploitationWebsitesAndApps values by our platform names (folded); other platforms are "Other". */
export const PLATFORMS: ReadonlyMap<string, string> = new Map([
  ["facebook", "Facebook"],
  ["instagram", "Instagram"],
  ["whatsapp", "WhatsApp"],
  ["telegram", "Telegram"],
  ["facebook messenger", "FacebookMessenger"],
  ["messenger", "FacebookMessenger"],
  ["viber", "Viber"],
  ["snapchat", "SnapChat"],
  ["line", "Line"],
  ["wechat", "WeChat"],
  ["qq", "QQ"],
  ["qzone", "QZone"],
  ["tiktok", "TikTok"],
  ["twitter", "Twitter"],
  ["x", "Twitter"],
]);

/** prs_Gender of the victim group: only when all are of one gender. */
export const GENDER: Readonly<Record<string, string>> = { female: "Feminine", male: "Masculine" };

/** ISO 3166 alpha-2 codes (prs_MailingCountry asks for them) of the countries victims come from in our reports. */
export const COUNTRY_CODES: ReadonlyMap<string, string> = new Map([
  ["India", "IN"],
  ["Nepal", "NP"],
  ["Bangladesh", "BD"],
  ["Bhutan", "BT"],
  ["Myanmar", "MM"],
  ["Sri Lanka", "LK"],
  ["Pakistan", "PK"],
  ["Afghanistan", "AF"],
  ["China", "CN"],
  ["Thailand", "TH"],
  ["Uzbekistan", "UZ"],
  ["Kazakhstan", "KZ"],
  ["Kyrgyzstan", "KG"],
  ["Tajikistan", "TJ"],
  ["Turkmenistan", "TM"],
  ["Russia", "RU"],
  ["Ukraine", "UA"],
  ["United Arab Emirates", "AE"],
  ["Saudi Arabia", "SA"],
  ["Oman", "OM"],
  ["Qatar", "QA"],
  ["Kuwait", "KW"],
  ["Bahrain", "BH"],
  ["Malaysia", "MY"],
  ["Singapore", "SG"],
  ["Kenya", "KE"],
  ["Nigeria", "NG"],
  ["Uganda", "UG"],
  ["Rwanda", "RW"],
  ["Tanzania", "TZ"],
  ["Ethiopia", "ET"],
]);

type Fields = Record<string, unknown>;

/** Drops the keys whose value is null, undefined or an empty list (left out: not known). */
function known(o: Fields): Fields {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

/** One incident as an HTCDS-shaped record. */
export function toHtcds(row: IncidentRow): Fields {
  const r = row.record;
  const loc = r.location;
  const place = loc.place;
  const types: string[] = [];
  if (r.exploitation) types.push(EXPLOITATION[r.exploitation]);
  // child labour: labour exploitation of stated minors
  if (r.exploitation === "labour" && (r.victims.minors ?? 0) > 0) types.push("ChildLabour");
  const methods = unique(r.indicators.map((i) => METHODS_OF_CONTROL[i]).filter((m): m is string => !!m));
  const platforms = unique(r.platforms.map((p) => PLATFORMS.get(p.toLowerCase().trim()) ?? "Other"));
  const event = known({
    hte_Type: "Exploitation",
    hte_Date: r.event_date,
    hte_State: loc.state,
    hte_City: loc.city,
    hte_Country: place?.country ?? (loc.state ? "India" : null),
    hte_Latitude: place?.lat ?? null,
    hte_Longitude: place?.lon ?? null,
  });
  const origins = r.victims.origins.map((o) =>
    known({
      prs_MailingCity: o.kind === "city" ? (o.geo?.name ?? o.place) : null,
      prs_MailingState: o.kind === "state" ? (o.geo?.name ?? o.place) : (o.geo?.state ?? null),
      prs_MailingCountry: COUNTRY_CODES.get(o.geo?.country ?? (o.kind === "country" ? o.place : "India")) ?? null,
      prs_MailingLatitude: o.geo?.lat ?? null,
      prs_MailingLongitude: o.geo?.lon ?? null,
      mukti_count: o.count,
    }),
  );
  const hasVictims = (r.victims.rescued ?? 0) > 0 || r.victims.origins.length > 0;
  const victims = known({
    mukti_count: r.victims.rescued,
    mukti_minors: r.victims.minors,
    prs_Gender: r.victims.gender ? GENDER[r.victims.gender] : null,
    // rescued persons with indicators of trafficking, not formally identified: HTCDS's "possible victim"
    vic_TraffickingStatus: hasVictims ? "PossibleVictimOfTrafficking" : null,
    vic_TypeOfExploitation: types,
    vic_ExploitationWebsitesAndApps: platforms,
    vic_MethodsOfControl: methods,
    origins,
  });
  const perpetrators = r.accused.map((a) =>
    known({
      per_RoleInProcess: a.role ? [ROLE_IN_PROCESS[a.role]] : [],
      mukti_arrested: a.arrested,
      mukti_status: a.status,
    }),
  );
  return known({
    mukti_incident_id: row.id,
    mukti_documents: row.documents,
    mukti_arrests_total: r.arrests.total,
    events: [event],
    victims,
    perpetrators,
  });
}
