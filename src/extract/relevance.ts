// Relevance: is this a report of a CONCRETE trafficking / commercial sexual exploitation / forced labour / child
// trafficking incident in India? Precision first: a false incident pollutes every count downstream.
//
// The judgement needs (1) topic words that survive three filters — unit names ("Anti-Human Trafficking Unit"
// traced two missing girls), other crimes that share words ("drug trafficking", "गांजा तस्कर"), and texts about many
// incidents at once (statistics, drives, awareness workshops, speeches) — and (2) an enforcement action (raid,
// rescue, arrest, interception, conviction) in the topic's vicinity.
import type { Evidence } from "../core/types.js";
import { LEX } from "../locales/index.js";
import type { LexMatch } from "../text/lexicon.js";
import type { Context, Sentence } from "./context.js";
import { within } from "./cues.js";
import { laws } from "./fields.js";

/** Topic words so generic that another crime in the same sentence wins ("drug trafficking network"). */
const GENERIC_TOPIC = /^(trafficking|trafficked|trafficker\*|तस्कर.*|ट्रैफिकिंग|trafficking racket|trafficking gang)$/i;
/** Off-topic cues outnumbering topic cues by this factor make the document about another crime. */
const OFF_TOPIC_DOMINANCE = 2;
/** Aggregate cues (statistics, drives, awareness) in the headline, or this many in the body, make a non-incident. */
const AGGREGATE_BODY_LIMIT = 3;
/** Sentences after a topic sentence in which its action may appear (the racket named, then the raid described). */
const ACTION_REACH = 3;

/** Laws that exist for trafficking, forced labour and child exploitation (not POCSO alone: it covers all abuse). */
const TRAFFICKING_LAWS = new Set([
  "ITPA",
  "IPC 370",
  "IPC 370A",
  "IPC 372",
  "IPC 373",
  "BNS 143",
  "BNS 144",
  "Bonded Labour Act",
  "Child Labour Act",
]);
/** Women rescued from these places were rescued from the sex trade (a fire or a collapse is a disaster: excluded). */
const SEX_TRADE_VENUES = new Set([
  "spa",
  "massage_parlour",
  "hotel",
  "lodge",
  "guest_house",
  "brothel",
  "red_light_area",
]);
const VULNERABLE = new Set(["female", "minor_female", "minor", "minor_male"]);
/** Rescue verbs alone, and the acts that are trafficking laws: cheap tests that spare most unrelated news the
 *  matching of every action and every law (see Lexicon.subset). */
const RESCUE_TERMS = LEX.actions.subset((e) => e.value === "rescue");
const TRAFFICKING_ACTS = LEX.laws.subset((e) => TRAFFICKING_LAWS.has(e.value));
/** Rescues from disasters and accidents are not trafficking rescues. */
const DISASTER =
  /\b(?:flood|floods|fire|blaze|collapse|collapsed|drown\w*|landslide|cyclone|earthquake|accident|stranded)\b|बाढ|आग|हादस|डूब|भूस्खलन|मलबे/i;

/** Missing-person stories: traced, not rescued from exploitation. */
const MISSING = /\bmissing\b|लापता|गुमशुदा|गुमशुदगी|\bgumshud|\blaapata\b|\blapata\b/i;

const ACTIONS = new Set(["raid", "rescue", "arrest", "conviction", "interception", "chargesheet"]);

/** "was held on Monday", "held a meeting": English "held" is an arrest only with people ("five held", "two were held"). */
function eventHeld(text: string, a: LexMatch<string>): boolean {
  if (!/^held$/i.test(text.slice(a.start, a.end))) return false;
  return /^\s+(?:on|at|in|a|an|the|its|their|talks|meetings?|up|back|responsible|for\s+the\s+first)\b/i.test(
    text.slice(a.end, a.end + 24),
  );
}

/**
 * Can laws() find a trafficking law in this sentence? Only through an act it names (the laws cues), a section
 * number of one (370, 370A, 372, 373, 143, 144) or the act ITPA is the nearest act of: a cheap test that spares
 * the section expressions most sentences of unrelated news.
 */
const TRAFFICKING_SECTION_OR_ITPA = /37[023]|14[34]|ITPA|PITA|Immoral Traffic|अनैतिक देह व्यापार|पीटा एक्ट/;
function mayNameTraffickingLaw(ctx: Context, s: Sentence): boolean {
  return (
    within(ctx.cues.laws, s.start, s.end).length > 0 || TRAFFICKING_SECTION_OR_ITPA.test(ctx.text.slice(s.start, s.end))
  );
}

export interface RelevanceJudgement {
  relevant: boolean;
  score: number;
  reasons: string[];
  topicSentences: Set<number>;
  evidence: Evidence[];
}

function topicCues(ctx: Context, s: Sentence): LexMatch<true>[] {
  const topic = within(ctx.cues.topic, s.start, s.end);
  // (the other families are matched only for documents that have topic words at all)
  if (!topic.length) return topic;
  const names = within(ctx.cues.topicInNames, s.start, s.end);
  const off = within(ctx.cues.offTopic, s.start, s.end);
  return topic.filter((t) => {
    if (names.some((n) => n.start <= t.start && t.end <= n.end)) return false;
    if (off.length && GENERIC_TOPIC.test(t.term)) return false;
    return true;
  });
}

export function judgeRelevance(ctx: Context): RelevanceJudgement {
  const reasons: string[] = [];
  const evidence: Evidence[] = [];
  const topicSentences = new Set<number>();
  let topic = 0;
  let off = 0;
  let aggregateHeadline = 0;
  let aggregateBody = 0;
  const actionSentences: number[] = [];
  let onlyGeneric = true;
  // a case registered under a trafficking law makes every action of the report part of it
  let docWideTopic = false;
  for (const s of ctx.sentences) {
    const t = topicCues(ctx, s);
    if (t.some((c) => !GENERIC_TOPIC.test(c.term))) onlyGeneric = false;
    if (t.length) {
      topicSentences.add(s.index);
      topic += t.length;
      if (evidence.length < 5) evidence.push(ctx.doc.evidence(t[0]!.start, t[0]!.end, "relevance.topic"));
    }
  }
  // An anti-trafficking unit rescuing people is a trafficking rescue even when no other topic word is used —
  // unless the people were missing persons traced home (a different story).
  if (!topic) {
    const unitRescue = ctx.sentences.find(
      (s) =>
        within(ctx.cues.topicInNames, s.start, s.end).length > 0 &&
        within(ctx.cues.actions, s.start, s.end).some(
          (a) => a.value === "rescue" && !/^(बरामद|recovered)$/i.test(a.term),
        ),
    );
    if (unitRescue && !MISSING.test(ctx.text)) {
      topic = 1;
      topicSentences.add(unitRescue.index);
      evidence.push(ctx.doc.evidence(unitRescue.start, unitRescue.end, "relevance.unit_rescue"));
    }
  }
  // Women or children rescued is a trafficking rescue even when the report never names the crime, when something
  // else marks it as such: a raid ("eight women were rescued after the police raided a lodge"), a job lure, a spa or
  // hotel, or a broker / trafficker among the arrested. Disasters rescue people too, without any of these.
  // (a missing girl found in a brothel or sold by a broker was trafficked: the markers decide, not "missing")
  if (!topic && !DISASTER.test(ctx.text) && RESCUE_TERMS.test(ctx.text)) {
    // (the rescue is looked for first: it is rarer than the markers, and without it they need not be matched)
    const rescue = ctx.sentences.find(
      (s) =>
        within(ctx.cues.actions, s.start, s.end).some(
          (a) => a.value === "rescue" && !/^(बरामद|recovered)$/i.test(a.term),
        ) && within(ctx.cues.personNouns, s.start, s.end).some((n) => VULNERABLE.has(n.value)),
    );
    const marked =
      rescue !== undefined &&
      ctx.sentences.some(
        (s) =>
          within(ctx.cues.actions, s.start, s.end).some((a) => a.value === "raid" || a.value === "interception") ||
          within(ctx.cues.lure, s.start, s.end).length > 0 ||
          within(ctx.cues.venues, s.start, s.end).some((v) => SEX_TRADE_VENUES.has(v.value)) ||
          within(ctx.cues.personNouns, s.start, s.end).some((n) => n.value === "broker"),
      );
    if (rescue && marked) {
      topic = 1;
      topicSentences.add(rescue.index);
      evidence.push(ctx.doc.evidence(rescue.start, rescue.end, "relevance.marked_rescue"));
    }
  }
  // a trafficking law named for the case ("BNS ki dhara 143", "Section 370 of the IPC", "ITPA") is a topic word
  if (!topic && (TRAFFICKING_SECTION_OR_ITPA.test(ctx.text) || TRAFFICKING_ACTS.test(ctx.text))) {
    for (const s of ctx.sentences) {
      if (!mayNameTraffickingLaw(ctx, s)) continue;
      const law = laws(ctx, [s]).find((l) => TRAFFICKING_LAWS.has(l.value));
      if (!law) continue;
      topic = 1;
      docWideTopic = true;
      evidence.push(...law.evidence);
      topicSentences.add(s.index);
      break;
    }
  }
  // Without topic words nothing else can make a report relevant: the other cues are not read at all (most
  // documents of a news archive end here).
  if (!topic)
    return {
      relevant: false,
      score: 0,
      reasons: ["no trafficking / exploitation topic words outside unit names"],
      topicSentences,
      evidence,
    };
  for (const s of ctx.sentences) {
    off += within(ctx.cues.offTopic, s.start, s.end).length;
    const agg = within(ctx.cues.aggregate, s.start, s.end).length;
    // the first content sentence stands for the headline when the text has none
    if (s.block === "headline" || s.index === 0) aggregateHeadline += agg;
    else aggregateBody += agg;
    if (within(ctx.cues.actions, s.start, s.end).some((a) => ACTIONS.has(a.value) && !eventHeld(ctx.text, a)))
      actionSentences.push(s.index);
  }
  if (off > topic * OFF_TOPIC_DOMINANCE && off > 2) reasons.push(`other crimes dominate (${off} cues vs ${topic})`);
  // "trafficking the reptiles", "drug trafficking network": generic words only, and another crime named
  else if (off > 0 && topic > 0 && onlyGeneric)
    reasons.push("only generic trafficking words, and another crime is named");
  if (aggregateHeadline > 0) reasons.push("headline is about statistics, a drive, awareness or policy");
  if (aggregateBody >= AGGREGATE_BODY_LIMIT) reasons.push(`${aggregateBody} statistics/awareness cues`);
  // an action near a topic sentence (or anywhere when the headline states the topic)
  const headlineTopic = ctx.sentences.some((s) => s.block === "headline" && topicSentences.has(s.index));
  const concrete = actionSentences.some(
    (a) => headlineTopic || docWideTopic || [...topicSentences].some((t) => Math.abs(a - t) <= ACTION_REACH),
  );
  if (!concrete) reasons.push("no raid, rescue, arrest, interception or conviction near the topic");
  const relevant = reasons.length === 0;
  if (relevant) reasons.push(`topic cues ${topic}, action sentences ${actionSentences.length}`);
  return { relevant, score: relevant ? topic + actionSentences.length : 0, reasons, topicSentences, evidence };
}
