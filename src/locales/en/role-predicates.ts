// What an English report says an accused did, and the role it gives (src/extract/role-predicates.ts).
import type { RolePredicates } from "../../extract/role-predicates.js";

export const EN_ROLE_PREDICATES: RolePredicates = {
  after: [
    ["recruiter", "\\b(?:lured|lures|luring|enticed|recruited|recruits)\\b"],
    ["recruiter", "\\bpromis(?:ed|ing)\\b[^.]{0,30}?\\b(?:jobs?|work|employment|marriage)\\b"],
    ["operator", "\\b(?:the|a)\\s+(?:mastermind|kingpin|ringleader)\\b"],
    ["operator", "\\bfor\\s+(?:allegedly\\s+)?running\\b[^.]{0,40}?\\b(?:racket|brothel|business|trade|gang)\\b"],
  ],
  before: [
    ["recruiter", "\\b(?:were|was|had been|been)\\s+sent\\s+by\\s+(?:one\\s+)?"],
    ["recruiter", "\\b(?:lured|recruited)\\s+by\\s+(?:one\\s+)?"],
  ],
  joiners: ["and", "his wife", "her husband", "his son", "her son", "his brother", "along with", "with"],
  companions: ["along with", "together with", "with the help of"],
};
