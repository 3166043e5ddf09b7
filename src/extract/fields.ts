// Field extractors that read cues of one incident's sentences: exploitation, actions, venue, platforms, agencies,
// laws, seized items, how long the operation ran, indicators. Each returns values with their evidence.
import type { Evidence } from "../core/types.js";
import type { Action, Exploitation, Indicator, Item, Venue } from "../locales/types.js";
import { findDurations, findMoney } from "../numbers/index.js";
import type { LexMatch } from "../text/lexicon.js";
import type { Context, Sentence } from "./context.js";
import { within } from "./cues.js";

export interface Valued<T> {
  value: T;
  evidence: Evidence[];
}

function cuesIn<T>(list: readonly LexMatch<T>[], sentences: readonly Sentence[]): LexMatch<T>[] {
  return sentences.flatMap((s) => within(list, s.start, s.end));
}

// ---------- exploitation ----------
/** Ties go to the first purpose in this order: the commonest purposes are also the most explicit. */
/** Purposes whose words are rare outside them ("kidney", "भीख", "दुल्हन") count double against generic labour words. */
const SPECIFIC_PURPOSE = new Set<Exploitation>(["organ", "begging", "forced_marriage", "child_trafficking"]);
const EXPLOITATION_ORDER: Exploitation[] = [
  "sexual",
  "forced_marriage",
  "begging",
  "organ",
  "labour",
  "child_trafficking",
  "other",
];

export function exploitation(ctx: Context, sentences: readonly Sentence[]): Valued<Exploitation> | null {
  const names = cuesIn(ctx.cues.topicInNames, sentences);
  const cues = cuesIn(ctx.cues.exploitation, sentences).filter(
    (c) => !names.some((n) => n.start <= c.start && c.end <= n.end),
  );
  if (!cues.length) return null;
  const score = new Map<Exploitation, LexMatch<Exploitation>[]>();
  for (const c of cues) score.set(c.value, [...(score.get(c.value) ?? []), c]);
  const weight = (e: Exploitation, n: number) => n * (SPECIFIC_PURPOSE.has(e) ? 2 : 1);
  const best = [...score.entries()].sort(
    (a, b) =>
      weight(b[0], b[1].length) - weight(a[0], a[1].length) ||
      EXPLOITATION_ORDER.indexOf(a[0]) - EXPLOITATION_ORDER.indexOf(b[0]),
  )[0]!;
  return {
    value: best[0],
    evidence: best[1].slice(0, 3).map((c) => ctx.doc.evidence(c.start, c.end, `exploitation.${best[0]}`)),
  };
}

// ---------- actions ----------
const ACTION_ORDER: Action[] = [
  "raid",
  "rescue",
  "arrest",
  "fir",
  "chargesheet",
  "conviction",
  "interception",
  "complaint",
];
/** "बरामद" / "recovered" rescues people only when people are counted with it; with items it is a seizure. */
const RECOVER_ONLY = /^(बरामद|recovered)$/i;

export function actions(ctx: Context, sentences: readonly Sentence[], rescuedPeople: boolean): Valued<Action[]> {
  const found = new Map<Action, Evidence>();
  for (const c of cuesIn(ctx.cues.actions, sentences)) {
    if (found.has(c.value)) continue;
    if (c.value === "rescue" && RECOVER_ONLY.test(c.term) && !rescuedPeople) continue;
    // "रेड लाइट एरिया" is a place, not a raid
    if (c.value === "raid" && /^\s*ला/.test(ctx.text.slice(c.end, c.end + 4))) continue;
    found.set(c.value, ctx.doc.evidence(c.start, c.end, `action.${c.value}`));
  }
  const value = ACTION_ORDER.filter((a) => found.has(a));
  return { value, evidence: value.map((a) => found.get(a)!) };
}

// ---------- venue ----------
/** A venue this close to a raid or rescue verb is where it happened ("rescued from a bus", "होटल पर छापा"). */
const VENUE_ACTION_REACH = 40;

/**
 * Where the raid or rescue happened: the venue nearest a raid / rescue / interception verb of the same sentence,
 * else the first venue of the incident. ("taken to work in spinning mills, were rescued at Itarsi junction": the
 * junction.)
 */
export function venue(ctx: Context, sentences: readonly Sentence[]): Valued<Venue> | null {
  const police = cuesIn(ctx.cues.policeStationAfter, sentences);
  const names = [...cuesIn(ctx.cues.agencies, sentences), ...cuesIn(ctx.cues.topicInNames, sentences)];
  const ok = (c: LexMatch<Venue>) =>
    // words inside unit names ("Railway Protection Force", "Anti-Human Trafficking Unit") are not venues,
    // and "पुलिस स्टेशन" / "police station" is not where the victims were
    !names.some((n) => n.start <= c.start && c.end <= n.end) &&
    !(c.value === "railway_station" && police.some((p) => p.start <= c.start && c.end <= p.end)) &&
    !(c.value === "railway_station" && /police\s*$|पुलिस\s*$/i.test(ctx.text.slice(Math.max(0, c.start - 8), c.start)));
  const candidates = cuesIn(ctx.cues.venues, sentences).filter(ok);
  if (!candidates.length) return null;
  let best = null as { c: LexMatch<Venue>; d: number } | null;
  for (const s of sentences) {
    const verbs = within(ctx.cues.actions, s.start, s.end).filter((a) => VENUE_ACTIONS.has(a.value));
    for (const c of within(candidates, s.start, s.end))
      for (const v of verbs) {
        const d = c.start >= v.end ? c.start - v.end : v.start - c.end;
        if (d <= VENUE_ACTION_REACH && (!best || d < best.d)) best = { c, d };
      }
    if (best) break;
  }
  const c = best?.c ?? candidates[0]!;
  return { value: c.value, evidence: [ctx.doc.evidence(c.start, c.end, `venue.${c.value}`)] };
}
const VENUE_ACTIONS = new Set(["raid", "rescue", "interception"]);

// ---------- platforms ----------
export function platforms(ctx: Context, sentences: readonly Sentence[]): Valued<string>[] {
  const out = new Map<string, Valued<string>>();
  for (const c of cuesIn(ctx.cues.platforms, sentences))
    if (!out.has(c.value))
      out.set(c.value, { value: c.value, evidence: [ctx.doc.evidence(c.start, c.end, "platform")] });
  return [...out.values()];
}

// ---------- laws ----------
const SECTION_LIST =
  /(?:sections?|secs?\.?|धाराओं|धारा|dharaon|dhara|u\/s)\s*((?:\d{2,3}[A-Z]?(?:\s*\(\d+\))?(?:\s*(?:,|and|&|और|व|तथा|\/)\s*)?)+)/gi;
const BARE_IPC =
  /(?:\bIPC|(?<![\u0900-\u097F])आईपीसी)\s*(?:की\s*)?((?:\d{2,3}[A-Z]?(?:\s*(?:,|and|&|और|व|\/)\s*)?)+)/gi;
/** Sections that, stated without an act, are the IPC's trafficking / abduction / conspiracy sections. */
const TRAFFICKING_IPC = new Set([
  "370",
  "370A",
  "371",
  "372",
  "373",
  "366",
  "366A",
  "366B",
  "363",
  "363A",
  "120B",
  "344",
  "342",
]);

export function laws(ctx: Context, sentences: readonly Sentence[]): Valued<string>[] {
  const out = new Map<string, Valued<string>>();
  const add = (law: string, start: number, end: number, rule: string) => {
    if (!out.has(law)) out.set(law, { value: law, evidence: [ctx.doc.evidence(start, end, rule)] });
  };
  for (const c of cuesIn(ctx.cues.laws, sentences)) add(c.value, c.start, c.end, "law.act");
  for (const s of sentences) {
    const t = ctx.text.slice(s.start, s.end);
    for (const re of [SECTION_LIST, BARE_IPC]) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const act = nearestAct(t, m.index, m.index + m[0].length);
        for (const sec of m[1]!.match(/\d{1,3}[A-Z]?/g) ?? []) {
          if (act === "ITPA" || act === "POCSO")
            add(act, s.start + m.index, s.start + m.index + m[0].length, "law.act_section");
          else if (act)
            add(
              `${act} ${sec}`,
              s.start + m.index,
              s.start + m.index + m[0].length,
              `law.${act.toLowerCase().replace(/\s+/g, "_")}_section`,
            );
          else if (TRAFFICKING_IPC.has(sec))
            add(`IPC ${sec}`, s.start + m.index, s.start + m.index + m[0].length, "law.bare_section");
        }
      }
    }
  }
  // a sectioned form says more than the bare act ("JJ Act 79" over "JJ Act")
  for (const law of [...out.keys()])
    if ([...out.keys()].some((k) => k !== law && k.startsWith(`${law} `))) out.delete(law);
  return [...out.values()];
}

/** Acts whose sections are cited, as they are named beside a section number. */
// (acronyms are matched in capitals only: "pita" is also Hindi for father)
const ACTS: [string, RegExp][] = [
  ["BNS", /BNS|Bharatiya Nyaya Sanhita|बीएनएस|भारतीय न्याय संहिता/g],
  ["IPC", /IPC|I\.P\.C\.?|Indian Penal Code|आईपीसी|भादंवि|भादवि|भा\.द\.वि|भारतीय दंड संहिता/g],
  ["JJ Act", /JJ Act|Juvenile Justice|जेजे एक्ट|किशोर न्याय/g],
  ["POCSO", /POCSO|पॉक्सो|पोक्सो/g],
  ["ITPA", /ITPA|PITA|Immoral Traffic|अनैतिक देह व्यापार|पीटा एक्ट/g],
];
/** An act named this far from a section list may be the list's act. */
const ACT_REACH = 40;

/** The act nearest a section list ("Section 79 of the JJ Act", "आईपीसी की धारा 370", "IPC sections 370, 120B"). */
function nearestAct(t: string, start: number, end: number): string | null {
  let best: { act: string; d: number } | null = null;
  for (const [act, re] of ACTS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const after = m.index >= end;
      const gap = after ? t.slice(end, m.index) : t.slice(m.index + m[0].length, start);
      // "बीएनएस की धारा 143", "section 79 of the JJ Act": the act joined to the list is its act, whatever is nearer
      const joined = after
        ? /^[\s,]*(?:of the|of|under the|under)\s*$/i.test(gap)
        : /^\s*(?:की|के|का|ki|ke|ka)?\s*$/i.test(gap);
      const d = joined ? -1 : gap.length;
      if (d <= ACT_REACH && (!best || d < best.d)) best = { act, d };
    }
  }
  return best?.act ?? null;
}

// ---------- seized ----------
/** A count stands right before its item ("21 मोबाइल फोन", "two motorcycles") within this many characters. */
const ITEM_COUNT_WINDOW = 14;

const MONEY_AFTER = /^\s*(?:रुपये|रुपए|रु\.?|rupees|rs\.?|inr|₹)/i;
const CASH_NEAR = /^\s*(?:रुपये|रुपए)?\s*(?:नकद|नकदी|कैश|in cash|cash|naqad|nakad)/i;
/** "55 हजार का मुद्दामाल", "worth Rs 5 lakh": the amount values goods, it is not cash. */
const VALUE_OF =
  /^\s*(?:से\s+(?:ज्यादा|अधिक)\s+)?(?:का|की|के|worth|of|value)\b|^\s*(?:से\s+(?:ज्यादा|अधिक)\s+)?(?:का|की|के)(?=\s)/;

export interface SeizedValue {
  item: Item;
  count: number | null;
  amount_inr: number | null;
}

export function seized(ctx: Context, sentences: readonly Sentence[]): Valued<SeizedValue>[] {
  const out = new Map<Item, Valued<SeizedValue>>();
  for (const s of sentences) {
    if (!within(ctx.cues.seize, s.start, s.end).length) continue;
    const nums = within(ctx.numbers, s.start, s.end);
    const items = within(ctx.cues.items, s.start, s.end);
    for (const it of items) {
      if (out.has(it.value) || it.value === "cash") continue;
      const n = [...nums].reverse().find((x) => x.end <= it.start && it.start - x.end <= ITEM_COUNT_WINDOW);
      const between = n ? ctx.text.slice(n.end, it.start) : "";
      // "55 हजार का मुद्दामाल" values the goods; it does not count them
      const valued = n ? VALUE_OF.test(ctx.text.slice(n.end, n.end + 20)) : false;
      // and "12,400 रुपये नकद और आपत्तिजनक सामग्री" is cash, not a count of the material
      const money = n ? MONEY_AFTER.test(ctx.text.slice(n.end, n.end + 12)) : false;
      const count = n && !valued && !money && !/[,;।]/.test(between) && !n.rule.includes("money") ? n.value : null;
      out.set(it.value, {
        value: { item: it.value, count, amount_inr: null },
        evidence: [ctx.doc.evidence(n && count !== null ? n.start : it.start, it.end, `seized.${it.value}`)],
      });
    }
    const t = ctx.text.slice(s.start, s.end);
    // cash said as cash first ("35 हजार रुपये नकद", "Rs 64,000 in cash"), then any other amount of the sentence
    const moneys = findMoney(t).sort(
      (a, b) => Number(CASH_NEAR.test(t.slice(b.end, b.end + 14))) - Number(CASH_NEAR.test(t.slice(a.end, a.end + 14))),
    );
    for (const m of moneys) {
      // money that values another item ("55 हजार का मुद्दामाल") is not seized cash
      const after = t.slice(m.end, m.end + 16);
      const valuesItem =
        VALUE_OF.test(after) &&
        items.some(
          (it) => it.value !== "cash" && it.start - (s.start + m.end) >= 0 && it.start - (s.start + m.end) <= 16,
        );
      if (valuesItem || out.has("cash")) continue;
      out.set("cash", {
        value: { item: "cash", count: null, amount_inr: m.amountInr },
        evidence: [ctx.doc.evidence(s.start + m.start, s.start + m.end, "seized.cash")],
      });
    }
  }
  return [...out.values()];
}

// ---------- active_since ----------
export function activeSince(ctx: Context, sentences: readonly Sentence[]): Valued<string> | null {
  for (const s of sentences) {
    const running = within(ctx.cues.running, s.start, s.end);
    const t = ctx.text.slice(s.start, s.end);
    const sinceLike = /से|since|for|past|last|pichhle|पिछले|तक/i;
    if (!running.length && !/for (?:the )?(?:past|last)|पिछले .*से/i.test(t)) continue;
    for (const d of findDurations(t)) {
      const around = t.slice(Math.max(0, d.start - 16), Math.min(t.length, d.end + 8));
      if (!sinceLike.test(around)) continue;
      return {
        value: d.phrase,
        evidence: [ctx.doc.evidence(s.start + d.start, s.start + d.end, `active_since.${d.rule}`)],
      };
    }
  }
  return null;
}

// ---------- indicators ----------
export function indicatorCues(ctx: Context, sentences: readonly Sentence[]): Map<Indicator, Evidence> {
  const out = new Map<Indicator, Evidence>();
  const names = cuesIn(ctx.cues.agencies, sentences);
  for (const c of cuesIn(ctx.cues.indicators, sentences)) {
    if (out.has(c.value)) continue;
    // words inside unit names ("Border Security Force") are not indicators
    if (names.some((n) => n.start <= c.start && c.end <= n.end)) continue;
    out.set(c.value, ctx.doc.evidence(c.start, c.end, `indicator.${c.value}`));
  }
  return out;
}
