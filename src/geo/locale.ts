// The shape of a language's place knowledge (src/locales/<lang>/places.ts). The gazetteer is language-neutral:
// adding a language means adding one such object and registering it in src/geo/gazetteer.ts.

/**
 * A reference to a gazetteer place, by kind and canonical English name, with the state after "@" where the name is
 * not unique: "state:Bihar", "district:Aurangabad@Bihar", "city:Kanpur", "locality:GB Road", "country:Nepal".
 * References that resolve to nothing make the gazetteer throw at load (a test loads it), so typos cannot hide.
 */
export type PlaceRef = string;

export interface PlaceLocale {
  lang: string;
  /** names written in this language, by place; they add to the source data's names */
  names: Record<PlaceRef, string[]>;
  /** names the source data gives a place that are wrong (machine translations such as "सोमवार" for Mon) */
  sourceErrors: Record<PlaceRef, string[]>;
  /** demonyms and adjectives ("Nepali", "नेपाली"): a match that says where a person is from */
  demonyms: Record<PlaceRef, string[]>;
  /**
   * Names that are also common words or person names ("गया" went, "बस्ती" settlement, "Sagar", "Anand"): taken as a
   * place only with a cue (a cue word, a place named just before, a dateline, a gloss, or a confirmed mention of the
   * same name elsewhere in the text).
   */
  weak: string[];
  /**
   * Weak names so common as words that only a strong cue confirms them: a district word after ("गया जिले"), a
   * place of the same state before ("बिहार के गया"), a dateline or a gloss. The verb "गया" is followed by
   * anything, "पुलिस" included ("पहुंच गया पुलिस के पास").
   */
  strict: string[];
  /** names never taken as places: common words that the town source lists as villages ("Bad", "Salon") */
  stop: string[];
  /** words right after a place that confirm it ("जिले", "district", "police"); a phrase is space-separated */
  cuesAfter: string[];
  /** the cue words after a place that confirm even a strict name: words for a district or a city */
  strongCuesAfter: string[];
  /** words joining the items of a list of places ("असम और दिल्ली", "Khunti and Gumla districts") */
  listJoiners: string[];
  /** words after a name that make it part of a longer neighbourhood or street name ("गोमती नगर", "Laxmi Nagar",
   *  "Civil Lines Road"): the name alone is then not the place (geocode.ts) */
  nameContinuations: string[];
  /** words for a district ("जिले", "district"): after a name shared by a district and another place, the district
   *  is meant ("Pondicherry district"); before them a misspelt district name is looked for (fuzzy.ts) */
  districtWords: string[];
  /** words right after a name that make it a person's name ("भुवनेश्वर कुमार", "Maan Devi", "Khanna Singh") */
  blockAfter: string[];
  /** words right before a place that confirm it ("जिला", "जनपद", "district of") */
  cuesBefore: string[];
  /** words that make the next word a person's name, not a place ("उर्फ", "alias", "Mr") */
  blockBefore: string[];
  /** postpositions / connectors that may stand between a place and a cue or between two places ("के", "'s", "of") */
  connectors: string[];
  /** prepositions and other small words that may precede a capitalised place ("in Kanpur", "from Siliguri") */
  prepositions: string[];
  /** nouns for people: a weak demonym is confirmed when one follows ("चीनी नागरिक", "Indian women") */
  personNouns: string[];
  /** lowercase words allowed inside a capitalised name ("Dehri-on-Sone", "Jammu and Kashmir") */
  nameConnectors: string[];
  /** words after a containing place and before the place it contains ("बिहार के औरंगाबाद", "Bihar's", "Bihar ke"):
   *  genitives and locatives, not "from" / "to" (a route joins places that do not contain each other) */
  qualifiersBefore: string[];
  /** words after a place and before the place containing it ("Bilaspur in Himachal Pradesh", "Pratapgarh district
   *  of Rajasthan") */
  qualifiersAfter: string[];
  /** words right before a locality that say it is one ("मोहल्ला", "गांव", "village"): a post-office place of a
   *  district the document names is taken only with such a cue or right after its district (localities.ts) */
  localityCuesBefore: string[];
  /** words right after a locality that say it is one ("इलाके", "थाना क्षेत्र", "area", "police station") */
  localityCuesAfter: string[];
}
