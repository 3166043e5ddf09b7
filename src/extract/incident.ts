// One incident's record from its sentences: each field family asks its extractor, and every value keeps evidence.
import { type Accused, emptyIncident, type IncidentRecord, type Role } from "../core/record.js";
import type { Evidence } from "../core/types.js";
import { type DateMatch, findDates, isStatementDate } from "../dates/index.js";
import type { Indicator } from "../locales/types.js";
import type { PersonMention } from "../people/index.js";
import { agencies, impliedPolice } from "./agencies.js";
import type { Context, Sentence } from "./context.js";
import { type CountFact, countFacts, factTotal, type PersonGroup, personGroups, sumBySentence } from "./counts.js";
import { within } from "./cues.js";
import { actions, activeSince, exploitation, indicatorCues, laws, platforms, seized, venue } from "./fields.js";
import { type DocPlaces, locality, location, origins, pinpoint, policeStation } from "./location.js";
import { rolePredicate } from "./role-predicates.js";

/** A fine accused role and the arrest class it counts in (the SCHEMA's by_role convention). */
const ROLE_CLASS: Record<Role, "operator" | "broker" | "customer" | "other"> = {
  operator: "operator",
  owner: "operator",
  broker: "broker",
  recruiter: "broker",
  customer: "customer",
  manager: "other",
  other: "other",
};
const FEMALE = new Set(["female", "minor_female"]);
const BOYS = /^(?:boys?|लडके|लडकों|बालक|बालकों|ladke|ladkon)$/i;
/** A single child victim: an age under 18 before a girl/boy word, or "नाबालिग लड़की" / "a minor girl". */
const ONE_MINOR =
  /(?:(?:^|\s)(?:एक\s+)?(\d{1,2})\s*(?:साल|वर्ष|वर्षीय|-year-old|year-old|years? old)\s+(?:की\s+|के\s+)?(?:\S+\s+)?(?:बच्ची|लडकी|किशोरी|बालिका|नाबालिग|girl|boy|minor|daughter|बेटी)|\b(?:a|the|one)\s+minor\s+girl\b|(?:^|\s)(?:एक\s+)?नाबालिग\s+(?:लडकी|किशोरी|बच्ची))/i;
const MALE = new Set(["male", "minor_male"]);
const ROLE_OF_NOUN: Record<string, "operator" | "broker" | "customer" | "other" | undefined> = {
  operator: "operator",
  broker: "broker",
  customer: "customer",
  staff: "other",
  female: "other",
};
/** Singular role nouns that count one person when they are the object of an arrest without a number. */
const SINGULAR_ROLE =
  /^(संचालक|संचालिका|सरगना|मुखिया|मालिक|मालकिन|दलाल|एजेंट|मैनेजर|kingpin|mastermind|owner|manager|operator|organiser|organizer|sanchalak|sargana|dalal)$/i;

export interface DocFacts {
  places: DocPlaces;
  persons: PersonMention[];
  withheld: number;
}

/**
 * One count out of several statements of it. A count after "कुल" / "in all" wins. A headline count wins when the
 * body states it too, or states parts that add up to it ("Eight women rescued" over "rescued three women" and
 * "rescued five more women"). Otherwise the most frequent body value, ties to the first stated.
 */
function pickCount(ctx: Context, facts: CountFact[]): { value: number; fact: CountFact } | null {
  if (!facts.length) return null;
  const isHeadline = (f: CountFact) => ctx.sentences[f.sentence]?.block === "headline";
  const body = facts.filter((f) => !isHeadline(f));
  const pool = body.length ? body : facts;
  const withTotal = pool.find((f) => f.groups.some((g) => g.total));
  if (withTotal) return { value: factTotal(ctx, withTotal), fact: withTotal };
  const headline = facts.find(isHeadline);
  if (headline && body.length) {
    const h = factTotal(ctx, headline);
    const values = body.map((f) => factTotal(ctx, f));
    const distinct = [...new Set(values)];
    if (values.includes(h)) return { value: h, fact: body[values.indexOf(h)]! };
    if (distinct.length > 1 && distinct.reduce((a, b) => a + b, 0) === h) return { value: h, fact: headline };
  }
  const freq = new Map<number, { n: number; fact: CountFact }>();
  for (const f of facts) {
    const v = factTotal(ctx, f);
    const cur = freq.get(v);
    if (cur) cur.n++;
    else freq.set(v, { n: 1, fact: f });
  }
  const firstBody = pool[0]!;
  const firstValue = factTotal(ctx, firstBody);
  let best = { value: firstValue, n: freq.get(firstValue)!.n, fact: firstBody };
  for (const [v, { n, fact }] of freq) if (n > best.n) best = { value: v, n, fact };
  return { value: best.value, fact: best.fact };
}

function factEvidence(ctx: Context, f: CountFact, rule: string): Evidence[] {
  const g0 = f.groups[0]!;
  const start = Math.min(g0.start, f.verbStart);
  const end = Math.max(f.groups[f.groups.length - 1]!.end, f.verbEnd);
  return [ctx.doc.evidence(start, end, rule)];
}

export function buildIncident(ctx: Context, sentences: Sentence[], facts: DocFacts): IncidentRecord {
  const r = emptyIncident();
  const ev = r.evidence;
  const range = (s: Sentence) => [s.start, s.end] as const;
  const inGroup = (pos: number) => sentences.some((s) => s.start <= pos && pos < s.end);

  // ---- counts ----
  const cf = countFacts(ctx, sentences);
  addNamedToArrests(ctx, cf, facts.persons);
  const rescue = sumBySentence(
    ctx,
    cf.filter((f) => f.verb === "rescue"),
  );
  const arrest = sumBySentence(
    ctx,
    cf.filter((f) => f.verb === "arrest" || f.verb === "caught"),
  );
  const rescued = pickCount(ctx, rescue);
  if (rescued) {
    r.victims.rescued = rescued.value;
    ev["victims.rescued"] = factEvidence(ctx, rescued.fact, "victims.rescued");
    const minorGroups = rescued.fact.groups.filter(
      (g) => g.minor || g.noun === "minor" || g.noun === "minor_female" || g.noun === "minor_male",
    );
    if (minorGroups.length) {
      const allMinor = rescued.fact.groups.filter((g) => !g.subset).every((g) => minorGroups.includes(g));
      r.victims.minors = allMinor
        ? rescued.value
        : minorGroups.filter((g) => g.subset || !allMinor).reduce((a, g) => a + g.value, 0);
      ev["victims.minors"] = factEvidence(ctx, rescued.fact, "victims.minors");
    }
  }
  if (!rescued) {
    const one = singularRescue(ctx, sentences);
    if (one) {
      r.victims.rescued = 1;
      ev["victims.rescued"] = [one];
    }
  }
  // gender: from the people rescued, else from women caught in the raid
  const genderFacts = rescue.length ? rescue : arrest.filter((f) => f.groups.some((g) => g.noun && FEMALE.has(g.noun)));
  const nouns = genderFacts
    .flatMap((f) => f.groups.map((g) => g.noun))
    .filter((n): n is NonNullable<typeof n> => n !== null);
  if (nouns.length) {
    const f = nouns.some((n) => FEMALE.has(n));
    const m = nouns.some((n) => MALE.has(n));
    const neutral = nouns.some(
      (n) => !FEMALE.has(n) && !MALE.has(n) && n !== "customer" && n !== "broker" && n !== "operator",
    );
    const g = f && m ? "mixed" : f && !neutral ? "female" : m && !neutral ? "male" : null;
    if (g && (rescue.length || g === "female")) {
      r.victims.gender = g;
      ev["victims.gender"] = factEvidence(ctx, genderFacts[0]!, "victims.gender");
    }
  }
  // minors stated in another rescue sentence ("Of the 32 rescued, 18 are minors")
  if (r.victims.rescued !== null && r.victims.minors === null) {
    for (const f of rescue) {
      const g = f.groups.find((x) => x.subset && (x.minor || x.noun?.startsWith("minor")));
      if (g && g.value <= r.victims.rescued) {
        r.victims.minors = g.value;
        ev["victims.minors"] = [ctx.doc.evidence(g.start, g.end, "victims.minors.subset")];
        break;
      }
    }
  }
  // minors described in a clause of their own: "जिनमें पांच नाबालिग हैं", "इनमें नौ बच्चे भी शामिल", "Six of those
  // rescued are minors", "jinme 3 naabalig hain" — a count of children with no arrest verb, within the rescued
  if (r.victims.rescued !== null && r.victims.minors === null) {
    const body = sentences.filter((s) => s.block !== "headline");
    for (const s of [...body, ...sentences.filter((x) => x.block === "headline")]) {
      if (arrestSentenceOf(ctx, s)) continue;
      const g = personGroups(ctx, s).find(
        (x) => (x.minor || x.noun?.startsWith("minor")) && x.value < r.victims.rescued! && !x.total,
      );
      if (g) {
        r.victims.minors = g.value;
        ev["victims.minors"] = [ctx.doc.evidence(g.start, g.end, "victims.minors.clause")];
        break;
      }
    }
  }
  // gender from the victims' nouns anywhere in the incident when no count said it ("the women rescued on Saturday")
  // (in a sex-trade report the women named are its victims even when the report only says they were caught)
  const ex = exploitation(ctx, sentences);
  const sexTrade = ex?.value === "sexual";
  if (r.victims.gender === null && (rescue.length || r.victims.rescued !== null || !arrest.length || sexTrade)) {
    const agencyNames = sentences.flatMap((s) => within(ctx.cues.agencies, s.start, s.end));
    const female = sentences
      .flatMap((s) => within(ctx.cues.personNouns, s.start, s.end))
      .find((n) => FEMALE.has(n.value) && !agencyNames.some((a) => a.start <= n.start && n.end <= a.end));
    if (female) {
      r.victims.gender = "female";
      ev["victims.gender"] = [ctx.doc.evidence(female.start, female.end, "victims.gender.noun", "implied")];
    }
  }
  // girls and boys named together among the victims ("seven girls and five boys", "नौ लड़के और पांच लड़कियां"):
  // mixed. (Young men, "युवक" / "men", are usually customers in a raid, so only boys count here.)
  if (r.victims.gender === "female" || r.victims.gender === null) {
    for (const s of sentences) {
      // "9 लड़के-लड़कियां गिरफ्तार": the arrested are not the victims
      if (arrestSentenceOf(ctx, s)) continue;
      const ns = within(ctx.cues.personNouns, s.start, s.end);
      const boy = ns.find((n) => BOYS.test(ctx.text.slice(n.start, n.end)));
      const girl = ns.find((n) => FEMALE.has(n.value) && !BOYS.test(ctx.text.slice(n.start, n.end)));
      if (boy && girl && Math.abs(boy.start - girl.start) <= 40) {
        r.victims.gender = "mixed";
        ev["victims.gender"] = [
          ctx.doc.evidence(
            Math.min(boy.start, girl.start),
            Math.max(boy.end, girl.end),
            "victims.gender.boys_and_girls",
          ),
        ];
        break;
      }
    }
  }
  // only boys among the victims ("सभी बच्चे लड़के हैं", "rescued 13 boys"): male
  if (r.victims.gender === null && (rescue.length || r.victims.rescued !== null)) {
    const ns = sentences
      .filter((s) => !arrestSentenceOf(ctx, s))
      .flatMap((s) => within(ctx.cues.personNouns, s.start, s.end));
    const boy = ns.find((n) => BOYS.test(ctx.text.slice(n.start, n.end)));
    if (boy && !ns.some((n) => FEMALE.has(n.value))) {
      r.victims.gender = "male";
      ev["victims.gender"] = [ctx.doc.evidence(boy.start, boy.end, "victims.gender.boys", "implied")];
    }
  }
  // one victim described as a child ("a 15-year-old girl", "12 वर्षीय बच्ची", "नाबालिग लड़की") when no count says how many
  if (r.victims.minors === null && (r.victims.rescued === 1 || r.victims.rescued === null)) {
    for (const s of sentences) {
      const m = ONE_MINOR.exec(ctx.text.slice(s.start, s.end));
      if (m && (m[1] === undefined || Number(m[1]) < 18)) {
        r.victims.minors = 1;
        ev["victims.minors"] = [
          ctx.doc.evidence(s.start + m.index, s.start + m.index + m[0].length, "victims.minors.one"),
        ];
        break;
      }
    }
  }
  const arrested = pickCount(
    ctx,
    arrest.filter((f) => f.verb === "arrest" || f.groups.some((g) => g.noun && FEMALE.has(g.noun))),
  );
  if (arrested) {
    r.arrests.total = arrested.value;
    ev["arrests.total"] = factEvidence(ctx, arrested.fact, "arrests.total");
  }
  // roles: the groups of one statement add up per role ("मैनेजर और दो कर्मचारी" → other 3); the statement the total
  // came from is read first, the others fill roles it does not name
  const roleFacts = arrested ? [arrested.fact, ...arrest.filter((f) => f !== arrested.fact)] : arrest;
  for (const f of roleFacts) {
    const sums = new Map<"operator" | "broker" | "customer" | "other", PersonGroup[]>();
    for (const g of f.groups) {
      const role = g.noun ? ROLE_OF_NOUN[g.noun] : undefined;
      if (!role || g.total) continue;
      if (role === "other" && g.noun === "female" && f.verb !== "caught" && f.verb !== "arrest") continue;
      sums.set(role, [...(sums.get(role) ?? []), g]);
    }
    for (const [role, gs] of sums)
      if (r.arrests.by_role[role] === null) {
        r.arrests.by_role[role] = gs.reduce((a, g) => a + g.value, 0);
        ev[`arrests.by_role.${role}`] = gs.map((g) => ctx.doc.evidence(g.start, g.end, `arrests.by_role.${role}`));
      }
  }
  // singular role nouns as objects of an arrest ("संचालक को गिरफ्तार", "arrested the owner")
  for (const s of sentences) {
    const verbs = within(ctx.cues.actions, ...range(s)).filter((a) => a.value === "arrest");
    if (!verbs.length) continue;
    for (const n of within(ctx.cues.personNouns, ...range(s))) {
      const role = ROLE_OF_NOUN[n.value];
      if (!role || role === "other" || r.arrests.by_role[role] !== null) continue;
      if (!SINGULAR_ROLE.test(ctx.text.slice(n.start, n.end))) continue;
      const before = ctx.text.slice(Math.max(0, n.start - 12), n.start);
      const after = ctx.text.slice(n.end, n.end + 24);
      if (
        /\d|एक से|कई|several|two|three/i.test(before) ||
        /^\s*(?:और|व|तथा|,)?\s*(?:ग्राहक|दलाल)?\s*(?:सहित|समेत|including)/.test(after)
      )
        continue;
      const verbAfter = verbs.some((v) => v.start > n.end && v.start - n.end <= 40 && /^\s*(?:को|,|और|ko)/.test(after));
      const verbBefore = verbs.some((v) => v.end <= n.start && n.start - v.end <= 20 && /\bthe\s*$/i.test(before));
      if (!verbAfter && !verbBefore) continue;
      r.arrests.by_role[role] = 1;
      ev[`arrests.by_role.${role}`] = [ctx.doc.evidence(n.start, n.end, `arrests.by_role.${role}.singular`)];
    }
  }

  // ---- people ----
  const persons = facts.persons.filter((p) => inGroup(p.start));
  for (const p of persons) {
    const evidence = [
      ctx.doc.evidence(p.start, p.end, p.rule),
      ...p.cues.slice(0, 2).map((c) => ctx.doc.evidence(c.start, c.end, c.rule)),
    ];
    if (p.kind === "official") {
      if (!r.officials.some((o) => o.name === p.name))
        r.officials.push({ name: p.name, name_native: p.nameNative, rank: p.rank, evidence });
    } else if (p.kind === "accused") {
      if (r.accused.some((a) => a.name === p.name)) continue;
      r.accused.push({
        name: p.name,
        name_native: p.nameNative,
        aliases: p.aliases,
        role: p.role as Role | null,
        arrested: p.status === "arrested" ? true : p.status === "absconding" || p.status === "wanted" ? false : null,
        status: p.status,
        evidence,
      });
    }
  }
  for (const p of persons) {
    const a = r.accused.find((x) => x.name === p.name);
    if (!a || a.role) continue;
    const role = roleNextTo(ctx, p) ?? roleOfList(ctx, p, persons) ?? rolePredicate(ctx, p, persons);
    if (role) {
      a.role = role.role;
      a.evidence.push(role.evidence);
    }
  }
  // arrested people named with a role fill the roles no count stated ("kingpin X was arrested" → operator 1)
  const namedByRole = new Map<keyof IncidentRecord["arrests"]["by_role"], Accused[]>();
  for (const a of r.accused) {
    const cls = a.arrested && a.role ? ROLE_CLASS[a.role] : undefined;
    if (cls) namedByRole.set(cls, [...(namedByRole.get(cls) ?? []), a]);
  }
  for (const [cls, people] of namedByRole)
    if (r.arrests.by_role[cls] === null) {
      r.arrests.by_role[cls] = people.length;
      ev[`arrests.by_role.${cls}`] = people
        .flatMap((a) => a.evidence.slice(0, 1))
        .map((e) => ({ ...e, basis: "implied" as const }));
    }
  if (r.arrests.total === null) {
    const named = r.accused.filter((a) => a.arrested);
    if (named.length) {
      r.arrests.total = named.length;
      ev["arrests.total"] = named.flatMap((a) => a.evidence.slice(0, 1));
    }
  }
  r.victims.names_withheld = facts.withheld;

  // ---- what, where, when ----
  if (ex) {
    r.exploitation = ex.value;
    ev.exploitation = ex.evidence;
  }
  const act = actions(ctx, sentences, rescue.length > 0);
  r.actions = act.value;
  ev.actions = act.evidence;
  const loc = location(ctx, sentences, facts.places);
  if (loc) {
    r.location.state = loc.state;
    r.location.district = loc.district;
    r.location.city = loc.city;
    r.location.place = loc.place;
    Object.assign(ev, loc.evidence);
  }
  const ps = policeStation(ctx, sentences, facts.places);
  if (ps) {
    r.location.police_station = ps.value;
    ev["location.police_station"] = ps.evidence;
  }
  const lo = locality(ctx, sentences, facts.places, loc);
  if (lo) {
    r.location.locality = lo.value;
    ev["location.locality"] = lo.evidence;
  }
  const pin = loc ? pinpoint(loc, lo, ps) : null;
  if (pin) {
    r.location.place = pin.place;
    ev["location.place"] = pin.evidence;
  }
  const ve = venue(ctx, sentences);
  if (ve) {
    r.location.venue = ve.value;
    ev["location.venue"] = ve.evidence;
  }
  const or = origins(ctx, sentences, facts.places, loc);
  r.victims.origins = or.origins;
  r.victims.foreign = or.foreign.map((f) => f.name);
  if (or.foreign.length) ev["victims.foreign"] = or.foreign.flatMap((f) => f.evidence);

  const date = eventDate(ctx, sentences);
  if (date) {
    r.event_date = date.value;
    ev.event_date = date.evidence;
  }

  // ---- lists ----
  const list = (field: "platforms" | "laws" | "agencies", values: { value: string; evidence: Evidence[] }[]) => {
    for (const v of values) {
      r[field].push(v.value);
      ev[field] = [...(ev[field] ?? []), ...v.evidence];
    }
  };
  list("platforms", platforms(ctx, sentences));
  list("laws", laws(ctx, sentences));
  const named = agencies(ctx, sentences, facts.places);
  const implied = impliedPolice(ctx, sentences, named, r.location.city ?? r.location.district);
  list("agencies", implied ? [...named, implied] : named);
  for (const s of seized(ctx, sentences)) {
    const item =
      s.value.item === "cash"
        ? { item: s.value.item, amount_inr: s.value.amount_inr }
        : { item: s.value.item, count: s.value.count };
    r.seized.push({ ...item, evidence: s.evidence });
  }
  const as = activeSince(ctx, sentences);
  if (as) {
    r.active_since = as.value;
    ev.active_since = as.evidence;
  }

  // ---- indicators ----
  const ind = indicatorCues(ctx, sentences);
  const add = (i: Indicator, e: Evidence | undefined) => {
    if (!ind.has(i) && e) ind.set(i, { ...e, basis: "implied" });
  };
  if (r.victims.foreign.length) add("cross_border", ev["victims.foreign"]?.[0]);
  if (r.platforms.length) add("online", ev.platforms?.[0]);
  if (r.victims.minors) add("minors", ev["victims.minors"]?.[0]);
  const locState = r.location.state;
  const otherState = r.victims.origins.find(
    (o) =>
      o.kind !== "country" && locState && stateOfOrigin(facts, o.place) && stateOfOrigin(facts, o.place) !== locState,
  );
  if (otherState) add("inter_state", otherState.evidence[0]);
  const minorNouns = rescue.some((f) => f.groups.some((g) => g.minor || g.noun?.startsWith("minor")));
  if (minorNouns) add("minors", ev["victims.rescued"]?.[0]);
  // a minor victim named anywhere in the incident ("नाबालिग लड़की", "a minor girl"); a juvenile accused is not one
  for (const s of sentences) {
    const n = within(ctx.cues.personNouns, s.start, s.end).find(
      (x) => x.value.startsWith("minor") && !JUVENILE_ACCUSED.test(ctx.text.slice(x.end, x.end + 16)),
    );
    if (n) {
      add("minors", ctx.doc.evidence(n.start, n.end, "indicator.minors.noun"));
      break;
    }
  }
  // victims moved to another state: "ले जाया जा रहा था" / "being taken to Gujarat" with a place in another state
  if (locState && !ind.has("inter_state")) {
    for (const [i, m] of facts.places.matches.entries()) {
      const p = facts.places.resolved[i];
      if (p?.country !== "India" || !sentences.some((s) => s.start <= m.start && m.start < s.end)) continue;
      const pState = p.kind === "state" ? p.name : p.state;
      if (!pState || pState === locState) continue;
      const around = ctx.text.slice(Math.max(0, m.start - 40), Math.min(ctx.text.length, m.end + 40));
      if (!MOVED.test(around)) continue;
      add("inter_state", ctx.doc.evidence(m.start, m.end, "indicator.inter_state.moved"));
      break;
    }
  }
  const order: Indicator[] = [
    "inter_state",
    "cross_border",
    "online",
    "coercion",
    "deception",
    "minors",
    "debt_bondage",
    "drugging",
    "captivity",
  ];
  r.indicators = order.filter((i) => ind.has(i));
  if (r.indicators.length) ev.indicators = r.indicators.map((i) => ind.get(i)!);
  return r;
}

/** "rescued the 22-year-old woman", "एक युवती को मुक्त कराया": one person rescued, without a number. */
const EN_ONE = /\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,2}?(?:woman|girl|minor|child|boy|teenager|victim)\b/i;
const HI_ONE = /(?:^|\s)(?:एक\s+)?(?:\S+\s+)?(?:युवती|लडकी|नाबालिग|महिला|किशोरी|बच्ची|बालिका|पीडिता)\s+को\s/;

function singularRescue(ctx: Context, sentences: readonly Sentence[]): Evidence | null {
  for (const s of sentences) {
    if (s.block === "headline") continue;
    for (const v of within(ctx.cues.actions, s.start, s.end)) {
      if (v.value !== "rescue" || /^(बरामद|recovered)$/i.test(v.term)) continue;
      const after = ctx.text.slice(v.end, Math.min(s.end, v.end + 50));
      const before = ctx.text.slice(Math.max(s.start, v.start - 40), v.start);
      const m = s.verbFinal ? HI_ONE.exec(before) : EN_ONE.exec(after);
      if (!m) continue;
      const start = s.verbFinal ? v.start - before.length + m.index : v.end + m.index;
      return ctx.doc.evidence(
        s.verbFinal ? start : v.start,
        s.verbFinal ? v.end : start + m[0].length,
        "victims.rescued.singular",
      );
    }
  }
  return null;
}

const JUVENILE_ACCUSED = /^\s*(?:आरोपी|अभियुक्त|accused|offender|in conflict)/i;
/** Verbs of moving people between places: with a place in another state, the trafficking crossed a state line. */
const MOVED =
  /ले\s*जा(?:या|ए|ई|ते|ने|\s)|ले जाया|लाया|लाई|लाए|लाकर|भेज|बेच|taken to|being taken|brought (?:to|from)|trafficked (?:to|from)|transport|ferried|le ja|la rahe|bhej/i;

/**
 * An accused person's role from a role word standing right next to the name: "resort owner Senthil Kumar",
 * "Vishal Chauhan, owner of Dream Spa", "the owner, Rajnish Shah", "his local agent Satyendra Kumar",
 * "दलाल कल्पना गुप्ता", "संचालक राजू". Only punctuation, articles and a few modifiers may stand between.
 */
const ROLE_GAP_BEFORE =
  /^(?:\s*(?:,|the|his|her|their|a|an|main|local|alleged|prime|key|co-?accused|spa|resort|hotel|lodge|racket|gang|गिरोह का|गिरोह की|के|की|का)\s*)*$/i;
const ROLE_GAP_AFTER =
  /^\s*(?:\(\d+\)\s*)?(?:,\s*)?(?:\d+\s*,\s*)?(?:the\s+|a\s+|an\s+|who\s+(?:is|was)\s+(?:the\s+)?|(?:was|is|were)\s+(?:the\s+)?(?:main\s+)?)?$/i;
const ROLE_OF_TERM: [RegExp, Role][] = [
  [/^(?:owner|मालिक|मालकिन)/i, "owner"],
  [/^(?:manager|मैनेजर|प्रबंधक)/i, "manager"],
  [/^(?:recruiter)/i, "recruiter"],
  [
    /^(?:operator|organi[sz]er|kingpin|mastermind|ringleader|brothel keeper|संचालक|संचालिका|सरगना|मास्टरमाइंड|मुखिया|sanchalak|sargana)/i,
    "operator",
  ],
  [/^(?:broker|agent|middlem|tout|pimp|trafficker|दलाल|एजेंट|बिचौलि|तस्कर|मानव तस्कर|dalal|taskar)/i, "broker"],
  [/^(?:customer|client|ग्राहक|grahak)/i, "customer"],
  [/^(?:driver|cashier|staff|receptionist|ड्राइवर|चालक|कर्मचारी)/i, "other"],
];
/** Role words within this many characters of a name may describe it. */
const ROLE_REACH = 28;

/**
 * "X ran the racket", "for running a prostitution racket", "X was the mastermind": X operates it. (English only: in
 * Hindi the verb ends the clause after a list of companions, "राजा ... निक्की, कल्लू के साथ गिरोह चला रहा था".)
 */
const RUNS_AFTER =
  /^[^.।;]{0,40}?\b(?:ran|runs|running|was running|operated|was operating|masterminded|was the mastermind|were the main operators?|was the main operator)\b[^.।;]{0,30}?\b(?:racket|brothel|business|trade|gang|operation|spa|hotel)\b/i;

function roleNextTo(ctx: Context, p: PersonMention): { role: Role; evidence: Evidence } | null {
  const runs = RUNS_AFTER.exec(ctx.text.slice(p.end, p.end + 120));
  if (runs) return { role: "operator", evidence: ctx.doc.evidence(p.end, p.end + runs[0].length, "accused.role.runs") };
  const nouns = within(ctx.cues.personNouns, Math.max(0, p.start - ROLE_REACH - 12), p.end + ROLE_REACH);
  for (const n of nouns) {
    const term = ctx.text.slice(n.start, n.end);
    const role = ROLE_OF_TERM.find(([re]) => re.test(term))?.[1];
    if (!role) continue;
    const before = n.end <= p.start && ROLE_GAP_BEFORE.test(ctx.text.slice(n.end, p.start));
    const after =
      n.start >= p.end && n.start - p.end <= ROLE_REACH && ROLE_GAP_AFTER.test(ctx.text.slice(p.end, n.start));
    if (before || after) return { role, evidence: ctx.doc.evidence(n.start, n.end, `accused.role.${role}`) };
  }
  return null;
}

/** How far back a list's role word may stand: "दो दलालों — अररिया निवासी मो. सलीम उर्फ पप्पू और पूर्णिया के राजेश मंडल". */
const LIST_ROLE_REACH = 110;
const LIST_GAP =
  /^[\s,—–:-]*(?:(?:और|व|तथा|एवं|and|aur|(?:उर्फ|alias|urf|@)(?:\s+[^\s,—–-]+){1,2}|\(\d+\)|\d{1,2}|उसकी|उसके|his|her|wife|पत्नी|पति|husband)[\s,—–:-]*)*$/i;
/** "run by X", "चलाने वाले दंपती — X और Y": who ran the racket */
const RUN_BY_BEFORE =
  /(?:\b(?:run|operated|managed) by|(?:रैकेट|धंधा|धंधे|गिरोह|कोठा|अड्डा)\s+चलाने\s+वाल[ाेी](?:\s+\S+)?(?:\s+\([^)]*\))?\s*[—–-]?)\s*$/i;

/**
 * A role word before a list of names gives each of them the role: "Two brothel keepers, Rekha Kamble alias Mausi, 52,
 * and Shabana Sheikh", "दो दलालों — X और Y —", "kotha sanchalikaon — X aur Y"; and "run by X" / "रैकेट चलाने वाले ..."
 * makes X the operator. Other names, aliases, ages and joiners may stand between.
 */
function roleOfList(
  ctx: Context,
  p: PersonMention,
  persons: readonly PersonMention[],
): { role: Role; evidence: Evidence } | null {
  const from = Math.max(0, p.start - LIST_ROLE_REACH);
  const runBy = RUN_BY_BEFORE.exec(gapWithout(ctx, from, p.start, persons));
  if (runBy) return { role: "operator", evidence: ctx.doc.evidence(p.start, p.end, "accused.role.run_by") };
  const nouns = within(ctx.cues.personNouns, from, p.start);
  for (const n of [...nouns].reverse()) {
    const role = ROLE_OF_TERM.find(([re]) => re.test(ctx.text.slice(n.start, n.end)))?.[1];
    if (!role) continue;
    if (LIST_GAP.test(gapWithout(ctx, n.end, p.start, persons)))
      return { role, evidence: ctx.doc.evidence(n.start, n.end, `accused.role.list_${role}`) };
    return null;
  }
  return null;
}

/** The text of a range with the names of persons in it removed (to see what joins a list). */
function gapWithout(ctx: Context, start: number, end: number, persons: readonly PersonMention[]): string {
  let out = "";
  let at = start;
  for (const q of persons) {
    if (q.end <= at || q.start >= end) continue;
    out += ctx.text.slice(at, Math.max(at, q.start));
    at = Math.min(end, q.end);
  }
  return out + ctx.text.slice(at, end);
}

/** Named people within this many characters of an arrest verb, on its object side, are among the arrested. */
const NAMED_OBJECT_REACH = 120;
// what may stand between the names of one list: joiners, an alias of up to three words, an age, a kinship word
const LIST_JOINER =
  /^[\s,]*(?:(?:और|व|तथा|एवं|and|aur|(?:उर्फ|alias|urf|@)(?:\s+[^\s,]+){1,3}|\(\d+\)|\d{1,2}|उसके|उसकी|उनके|his|her|their|बेटे|बेटा|बेटी|पत्नी|पति|भाई|बहन|साथी|son|wife|husband|brother|sister|associate|अपने|अपनी|along with|with)[\s,]*)*$/i;

/**
 * "मौके से होटल संचालक संदीप गुप्ता, मैनेजर अरविंद यादव और दो ग्राहकों को गिरफ्तार किया": the arrested are the two
 * named people plus the two customers. Names are added to a counted arrest only when they stand in the same list as
 * its groups (a name right before a group, or joined by "और" / ","), never when the count is a total or has a subset.
 */
function passive(ctx: Context, f: CountFact): boolean {
  return /\b(?:were|was|have been|has been|had been)\s+$/i.test(
    ctx.text.slice(Math.max(0, f.verbStart - 14), f.verbStart),
  );
}

function addNamedToArrests(ctx: Context, facts: CountFact[], persons: readonly PersonMention[]): void {
  for (const f of facts) {
    if (f.verb !== "arrest" || f.groups.some((g) => g.total || g.subset)) continue;
    const s = ctx.sentences[f.sentence];
    if (!s) continue;
    const first = f.groups[0]!;
    const names = persons
      .filter((p) => p.kind === "accused" && p.start >= s.start && p.end <= s.end)
      .filter((p) => !f.groups.some((g) => g.start <= p.start && p.end <= g.end))
      // the arrested come before the verb in Hindi and in an English passive ("X, Y and two customers were arrested")
      .filter(
        (p) => (s.verbFinal || passive(ctx, f)) && p.end <= first.start && first.start - p.end <= NAMED_OBJECT_REACH,
      );
    // walk back from the first group through a list of names
    // "X समेत तीन लोगों", "three people including X": the names are already counted in the group
    if (within(ctx.cues.including, Math.max(s.start, first.start - NAMED_OBJECT_REACH), first.start).length) continue;
    let n = 0;
    let cursor = first.start;
    for (const p of [...names].sort((a, b) => b.start - a.start)) {
      // role and venue words may precede the next item ("मैनेजर अरविंद यादव", "होटल संचालक X")
      let stripped = ctx.text.slice(p.end, cursor);
      for (const w of [...within(ctx.cues.personNouns, p.end, cursor), ...within(ctx.cues.venues, p.end, cursor)])
        stripped = stripped.replace(ctx.text.slice(w.start, w.end), "");
      if (!LIST_JOINER.test(stripped)) break;
      n++;
      cursor = p.start;
    }
    if (n) f.named = n;
  }
}

function arrestSentenceOf(ctx: Context, s: Sentence): boolean {
  return within(ctx.cues.actions, s.start, s.end).some((a) => a.value === "arrest");
}

function stateOfOrigin(facts: DocFacts, name: string): string | null {
  const i = facts.places.resolved.findIndex((p) => p?.name === name);
  const p = i >= 0 ? facts.places.resolved[i] : undefined;
  if (!p) return null;
  return p.kind === "state" ? p.name : p.state;
}

const ROMAN_WEEKDAY = /^(?:ravivar|itvar|somvar|mangalvar|budhwar|budhvar|guruvar|brihaspativar|shukravar|shanivar)/i;
/** English: "said on Sunday" dates the statement; "intercepted ... on Tuesday night, officials said" dates the event. */
const EN_SPEECH_BEFORE =
  /\b(?:said|says|told|stated|informed|added|announced|claimed|posted|disclosed)\b(?:\s+(?:reporters|journalists|mediapersons|PTI|IANS|ANI|the media|media))?\s*(?:on\s+)?$/i;

function statementDate(s: Sentence, t: string, d: DateMatch): boolean {
  if (s.verbFinal) return isStatementDate(t, d);
  return EN_SPEECH_BEFORE.test(t.slice(Math.max(0, d.start - 40), d.start));
}

/** A relative date further back than this ("six months ago") is background, not the reported raid. */
const RELATIVE_EVENT_MAX_DAYS = 7;

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

const ACTION_VERBS = new Set(["raid", "rescue", "arrest", "interception"]);

/** The date of the raid / rescue / arrest: not a date someone spoke on, not a verdict date, not the dateline's. */
export function eventDate(
  ctx: Context,
  sentences: readonly Sentence[],
): { value: string; evidence: Evidence[] } | null {
  const published = ctx.doc.published;
  let fallback: { value: string; evidence: Evidence[] } | null = null;
  for (const s of sentences) {
    if (s.block === "dateline" || s.block === "headline") continue;
    const t = ctx.text.slice(s.start, s.end);
    const acts = within(ctx.cues.actions, s.start, s.end);
    const hasAction = acts.some((a) => ACTION_VERBS.has(a.value));
    // a verdict date is not an event date; an absolute date in a verdict sentence may still date the raid
    const verdict = acts.some((a) => a.value === "conviction") && !hasAction;
    // "छह महीने पहले" / "two years ago" points at the background, not at this raid
    const dates = findDates(t, published).filter(
      (d) => !(d.kind === "relative" && published && d.iso && daysBetween(d.iso, published) > RELATIVE_EVENT_MAX_DAYS),
    );
    for (const d of dates) {
      if (!d.iso || (verdict && d.kind !== "absolute")) continue;
      if (statementDate(s, t, d)) continue;
      // "Raxaul (Bihar), Jan 14 (PTI)": an agency dateline dates the story, not the raid
      if (/^\s*(?:\((?:PTI|IANS|ANI|UNI|Reuters|AP)\)|--|-)/.test(t.slice(d.end, d.end + 10))) continue;
      // "Budhwar Peth" is a place in an English sentence; romanized weekdays count only in romanized Hindi
      if (!s.romanHindi && ROMAN_WEEKDAY.test(t.slice(d.start, d.end))) continue;
      if (published && d.iso > published) continue;
      const found = {
        value: d.iso,
        evidence: [
          ctx.doc.evidence(
            s.start + d.start,
            s.start + d.end,
            `event_date.${d.rule}`,
            d.kind === "absolute" ? "stated" : "implied",
          ),
        ],
      };
      if (hasAction && !verdict) return found;
      fallback ??= found;
    }
  }
  return fallback;
}
