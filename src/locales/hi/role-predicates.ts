// What a Hindi report says an accused did, and the role it gives (src/extract/role-predicates.ts). Regular-expression
// sources over normalised text (nukta dropped, chandrabindu as anusvara). Operator before recruiter: who
// lured a girl and then made her do sex work ran the trade; who lured and sold her is the recruiter.
import type { RolePredicates } from "../../extract/role-predicates.js";

export const HI_ROLE_PREDICATES: RolePredicates = {
  after: [
    ["operator", "(?:गिरोह|रैकेट|धंधा|धंधे|कोठा|अड्डा)\\s+(?:को\\s+)?(?:चला|चलवा|संचालित)"],
    ["operator", "(?:देह व्यापार|देह-व्यापार|वेश्यावृत्ति|जिस्मफरोशी|धंधा)\\s+(?:करवा|करा)(?:ता|ती|ते|या|ई|ए)"],
    ["recruiter", "(?:नौकरी|रोजगार|काम|शादी)[^।]{0,40}?(?:झांसा|झांसे|लालच|प्रलोभन)"],
    ["recruiter", "बहला[- ]?फुसला"],
  ],
  before: [["operator", "(?:रैकेट|धंधा|गिरोह)\\s+चलाने\\s+वाल[ाेी]"]],
  joiners: ["और", "व", "तथा", "एवं", "उसकी पत्नी", "उसके पति", "उसके बेटे", "उसकी बेटी", "अपनी पत्नी", "अपने पति"],
  companions: ["(?:नाम के\\s+)?(?:साथियों|साथी|सहयोगियों|सहयोगी)?\\s*के साथ", "के साथ मिलकर"],
};
