// An accused person's role from what the report says they did: "X ran the racket", "X ने नौकरी का झांसा देकर ...",
// "नीलम देवी नाबालिग को बहला-फुसलाकर लाई थी और उससे देह व्यापार करवाती थी", "They were sent by one Rajiv Sharma".
// The words are locale data (src/locales/<lang>/role-predicates.ts); this module compiles them once and reads the
// clause a name is the subject of: from the name to the end of its sentence, through the names of a joint subject
// ("दिलीप नायक और उसकी पत्नी संगीता देवी ने ... लालच दिया"), but not past another person who is not joined to it.
import type { Role } from "../core/record.js";
import type { Evidence } from "../core/types.js";
import { localeParts } from "../locales/registry.js";
import type { PersonMention } from "../people/index.js";
import { normalize } from "../text/normalize.js";
import { type Context, sentenceAt } from "./context.js";

/** One locale's role predicates: regular-expression sources (over normalised text), by role, most specific first. */
export interface RolePredicates {
  /** phrases after the name, in its clause: "ran the racket", "झांसा दिया" */
  after: [Role, string][];
  /** phrases right before the name: "sent by (one)", "run by" */
  before: [Role, string][];
  /** what may join two names into one subject: "और", "and", "उसकी पत्नी", "his wife" */
  joiners: string[];
  /** what makes the names before it companions, not the subject: "(नाम के) साथियों के साथ", "along with" */
  companions: string[];
}

const compile = (src: string) => new RegExp(normalize(src).text, "i");
const PACKS = localeParts("rolePredicates");
const AFTER: [Role, RegExp][] = PACKS.flatMap((p) => p.after.map(([r, s]): [Role, RegExp] => [r, compile(s)]));
const BEFORE: [Role, RegExp][] = PACKS.flatMap((p) =>
  p.before.map(([r, s]): [Role, RegExp] => [r, new RegExp(`(?:${normalize(s).text})\\s*$`, "i")]),
);
const alternation = (list: (p: RolePredicates) => string[]) =>
  PACKS.flatMap(list)
    .map((j) => normalize(j).text)
    .join("|");
const JOINED = new RegExp(`^[\\s,]*(?:(?:${alternation((p) => p.joiners)}|\\(\\d+\\)|\\d{1,2})[\\s,]*)*$`, "i");
const COMPANIONS = new RegExp(`^[\\s,]*(?:${alternation((p) => p.companions)})`, "i");

/** the clause a name governs reaches at most this far */
const CLAUSE_REACH = 160;
/** a phrase before the name may start this far back */
const BEFORE_REACH = 40;

export function rolePredicate(
  ctx: Context,
  p: PersonMention,
  persons: readonly PersonMention[],
): { role: Role; evidence: Evidence } | null {
  const s = sentenceAt(ctx, p.start);
  const start = Math.max(s ? s.start : 0, p.start - BEFORE_REACH);
  const head = ctx.text.slice(start, p.start);
  for (const [role, re] of BEFORE) {
    const m = re.exec(head);
    if (m) return { role, evidence: ctx.doc.evidence(start + m.index, p.start, `accused.role.predicate.${role}`) };
  }
  // the clause: to the end of the sentence, through the names joined to this one; it ends at another person,
  // unless that person and those joined to them are companions ("निक्की और दीपक के साथ गिरोह चला रहा था")
  const sentenceEnd = Math.min(s ? s.end : ctx.text.length, p.end + CLAUSE_REACH);
  const after = persons.filter((q) => q.start >= p.end && q.start < sentenceEnd).sort((a, b) => a.start - b.start);
  let k = 0;
  let from = p.end;
  while (k < after.length && JOINED.test(ctx.text.slice(from, after[k]!.start))) from = after[k++]!.end;
  if (COMPANIONS.test(ctx.text.slice(from, sentenceEnd))) return null; // a companion, not the subject
  let end = sentenceEnd;
  while (k < after.length) {
    const groupStart = after[k]!.start;
    let groupEnd = after[k]!.end;
    k++;
    while (k < after.length && JOINED.test(ctx.text.slice(groupEnd, after[k]!.start))) groupEnd = after[k++]!.end;
    if (COMPANIONS.test(ctx.text.slice(groupEnd, sentenceEnd))) continue;
    end = groupStart;
    break;
  }
  const clause = ctx.text.slice(p.end, end);
  for (const [role, re] of AFTER) {
    const m = re.exec(clause);
    if (m)
      return {
        role,
        evidence: ctx.doc.evidence(p.end + m.index, p.end + m.index + m[0].length, `accused.role.predicate.${role}`),
      };
  }
  return null;
}
