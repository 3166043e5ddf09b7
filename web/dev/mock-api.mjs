// A development-only stand-in for `mukti serve` (docs/api.md), backed by web/dev/fixtures.json, so the web app can
// be built and tried before the real server exists. Used by `vite` (web/vite.config.ts) when MUKTI_API is unset, or
// on its own: `node web/dev/mock-api.mjs [port]` (API only). Never part of a build.

import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const fixtures = JSON.parse(readFileSync(new URL("./fixtures.json", import.meta.url), "utf8"));

/** @param {string} marked @returns {{ text: string, marks: { path: string, start: number, end: number, quote: string }[] }} */
function unmark(marked) {
  const marks = [];
  let text = "";
  let at = 0;
  for (const m of marked.matchAll(/\[\[([^|\]]+)\|([^\]]+)\]\]/g)) {
    text += marked.slice(at, m.index);
    marks.push({ path: m[1], start: text.length, end: text.length + m[2].length, quote: m[2] });
    text += m[2];
    at = m.index + m[0].length;
  }
  return { text: text + marked.slice(at), marks };
}

function emptyRecord() {
  return {
    exploitation: null,
    actions: [],
    event_date: null,
    location: {
      state: null,
      district: null,
      city: null,
      locality: null,
      police_station: null,
      venue: null,
      place: null,
    },
    victims: { rescued: null, minors: null, gender: null, origins: [], foreign: [], names_withheld: 0 },
    arrests: { total: null, by_role: { operator: null, broker: null, customer: null, other: null } },
    accused: [],
    officials: [],
    agencies: [],
    platforms: [],
    seized: [],
    laws: [],
    active_since: null,
    indicators: [],
    evidence: {},
  };
}

const geo = (key, mention) => {
  const p = fixtures.places[key];
  return { ...p, mention: mention ?? p.name, country: "India", lgd_state: null, lgd_district: null };
};

/** A source's record: the fixture's partial record over an empty one, with evidence from the text's marks. */
function sourceRecord(partial, doc, placeKey) {
  const r = emptyRecord();
  for (const [k, v] of Object.entries(partial)) {
    if (v && typeof v === "object" && !Array.isArray(v)) r[k] = { ...r[k], ...v };
    else r[k] = v;
  }
  r.location.place = placeKey ? geo(placeKey) : null;
  r.victims.origins = r.victims.origins.map((o) => ({ ...o, geo: o.geo ? geo(o.geo, o.place) : null, evidence: [] }));
  r.accused = r.accused.map((a) => ({ name_native: null, status: null, ...a, evidence: [] }));
  r.officials = r.officials.map((o) => ({ ...o, evidence: [] }));
  for (const m of doc.marks) {
    const ev = { start: m.start, end: m.end, quote: m.quote, rule: "fixture", basis: "stated" };
    const item = /^(.+)\[(\d+)\]$/.exec(m.path);
    if (item) {
      const list = item[1] === "victims.origins" ? r.victims.origins : r[item[1]];
      list?.[Number(item[2])]?.evidence.push(ev);
    } else {
      r.evidence[m.path] ??= [];
      r.evidence[m.path].push(ev);
    }
  }
  return r;
}

const SCALARS = [
  "exploitation",
  "event_date",
  "location.state",
  "location.district",
  "location.city",
  "location.locality",
  "location.venue",
  "victims.rescued",
  "victims.minors",
  "victims.gender",
  "arrests.total",
];
const getPath = (o, path) => path.split(".").reduce((v, k) => (v == null ? v : v[k]), o);
const setPath = (o, path, value) => {
  const keys = path.split(".");
  const last = keys.pop();
  keys.reduce((v, k) => v[k], o)[last] = value;
};

/** The merge, simplified: first report's scalars, with every disagreement listed; lists united. */
function merge(sources) {
  const first = sources[0].record;
  const m = structuredClone(first);
  m.conflicts = {};
  m.evidence = {};
  for (const s of sources)
    for (const [k, evs] of Object.entries(s.record.evidence)) {
      m.evidence[k] ??= [];
      m.evidence[k].push(...evs.map((e) => ({ ...e, docId: s.document.id })));
    }
  for (const path of SCALARS) {
    const groups = new Map();
    for (const s of sources) {
      const v = getPath(s.record, path);
      if (v == null) continue;
      const k = JSON.stringify(v);
      if (!groups.has(k)) groups.set(k, { value: v, documents: [] });
      groups.get(k).documents.push(s.document.id);
      if (getPath(m, path) == null) setPath(m, path, v);
    }
    if (groups.size > 1) m.conflicts[path] = [...groups.values()];
  }
  for (const s of sources.slice(1)) {
    for (const k of ["platforms", "laws", "indicators", "actions", "agencies"])
      m[k] = [...new Set([...m[k], ...s.record[k]])];
  }
  m.documents = sources.map((s) => s.document.id).sort();
  m.reviewed = {};
  return m;
}

// --- the data set -----------------------------------------------------------------------------------------------

const documents = new Map();
for (const d of fixtures.documents) {
  const { text, marks } = unmark(d.text);
  documents.set(d.id, { ...d, keys: [d.url], relevant: true, text, marks });
}

/** @type {Map<string, { id: string, sources: any[], incident: any }>} */
const incidents = new Map();
for (const f of fixtures.incidents) {
  const sources = f.sources.map((s, i) => {
    const doc = documents.get(s.doc);
    return { document: publicDoc(doc), index: i, record: sourceRecord(s.record, doc, f.place) };
  });
  incidents.set(f.id, { id: f.id, sources, reviews: [] });
}

// Seeded pseudo-random numbers (mulberry32): the same synthetic incidents on every start.
let seed = 20250310;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const syn = fixtures.synthetic;
for (let i = 0; i < syn.count; i++) {
  const placeKey = pick(syn.places);
  const place = fixtures.places[placeKey];
  const originKey = pick(syn.origins);
  const origin = fixtures.places[originKey];
  const rescued = 1 + Math.floor(rand() * 20);
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 900) * 86400000).toISOString().slice(0, 10);
  const platform = rand() < 0.4 ? pick(syn.platforms) : null;
  const exploitation = pick(syn.exploitation);
  const venue = pick(syn.venues);
  const id = `syn-${String(i + 1).padStart(3, "0")}`;
  const marked =
    `[[location.city|${place.name}]]: police [[actions|rescued]] [[victims.rescued|${rescued}]] people from a [[location.venue|${venue.replace("_", " ")}]]` +
    ` on [[event_date|${day}]]. They had been brought from [[victims.origins[0]|${origin.name}]].` +
    (platform ? ` The group found them on [[platforms|${platform}]].` : "");
  const { text, marks } = unmark(marked);
  const doc = {
    id: `doc-${id}`,
    url: `https://example.org/${id}`,
    outlet: "Synthetic Daily",
    title: `Rescue in ${place.name}`,
    published: day,
    lang: "en",
    keys: [],
    relevant: true,
    text,
    marks,
  };
  documents.set(doc.id, doc);
  const partial = {
    exploitation,
    actions: ["rescue"],
    event_date: day,
    location: { state: place.state, district: place.district, city: place.name, venue },
    victims: { rescued, origins: [{ place: origin.name, kind: origin.kind, count: null, geo: originKey }] },
    platforms: platform ? [platform] : [],
  };
  incidents.set(id, {
    id,
    sources: [{ document: publicDoc(doc), index: 0, record: sourceRecord(partial, doc, placeKey) }],
    reviews: [],
  });
}
for (const inc of incidents.values()) inc.record = merge(inc.sources);

function publicDoc(d) {
  const { marks: _marks, ...rest } = d;
  return rest;
}
const item = (inc) => ({ id: inc.id, documents: inc.record.documents, record: inc.record });

// --- filters and routes -------------------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(status, code, message, field) {
    super(message);
    Object.assign(this, { status, code, field });
  }
}

function filtered(q) {
  const text = (q.get("text") ?? "").toLowerCase();
  const out = [...incidents.values()].filter((inc) => {
    const r = inc.record;
    if (q.get("state") && r.location.state !== q.get("state")) return false;
    if (q.get("district") && r.location.district !== q.get("district")) return false;
    if (q.get("from") && !(r.event_date && r.event_date >= q.get("from"))) return false;
    if (q.get("to") && !(r.event_date && r.event_date <= q.get("to"))) return false;
    if (q.get("exploitation") && r.exploitation !== q.get("exploitation")) return false;
    if (q.get("platform") && !r.platforms.includes(q.get("platform"))) return false;
    if (
      text &&
      !inc.sources.some(
        (s) => s.document.text.toLowerCase().includes(text) || s.document.title.toLowerCase().includes(text),
      )
    )
      return false;
    return true;
  });
  const sort = q.get("sort") ?? "-date";
  const key = sort.replace(/^-/, "");
  if (!["date", "rescued"].includes(key))
    throw new HttpError(400, "bad_request", "sort is date, -date, rescued or -rescued", "sort");
  const val = (inc) => (key === "date" ? (inc.record.event_date ?? "") : (inc.record.victims.rescued ?? -1));
  out.sort((a, b) => (val(a) < val(b) ? -1 : val(a) > val(b) ? 1 : 0) * (sort.startsWith("-") ? -1 : 1));
  return out;
}

function intParam(q, name, dflt, min, max) {
  const raw = q.get(name);
  if (raw === null || raw === "") return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new HttpError(400, "bad_request", `${name} must be an integer from ${min} to ${max}`, name);
  return n;
}

function stats(list) {
  const count = (f) => {
    const m = new Map();
    for (const inc of list) for (const k of f(inc)) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const months = new Map();
  const states = new Map();
  for (const inc of list) {
    const r = inc.record;
    if (r.event_date) {
      const m = months.get(r.event_date.slice(0, 7)) ?? { month: r.event_date.slice(0, 7), incidents: 0, rescued: 0 };
      m.incidents++;
      m.rescued += r.victims.rescued ?? 0;
      months.set(m.month, m);
    }
    if (r.location.state) {
      const s = states.get(r.location.state) ?? { state: r.location.state, incidents: 0, rescued: 0 };
      s.incidents++;
      s.rescued += r.victims.rescued ?? 0;
      states.set(s.state, s);
    }
  }
  return {
    by_month: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    by_state: [...states.values()],
    by_exploitation: [...count((i) => (i.record.exploitation ? [i.record.exploitation] : []))].map(
      ([exploitation, incidents]) => ({ exploitation, incidents }),
    ),
    by_platform: [...count((i) => i.record.platforms)].map(([platform, incidents]) => ({ platform, incidents })),
    totals: {
      incidents: list.length,
      documents: new Set(list.flatMap((i) => i.record.documents)).size,
      rescued: list.reduce((n, i) => n + (i.record.victims.rescued ?? 0), 0),
      arrested: list.reduce((n, i) => n + (i.record.arrests.total ?? 0), 0),
    },
  };
}

function flows(list) {
  const m = new Map();
  for (const inc of list) {
    const to = inc.record.location.place;
    if (!to || to.lat == null) continue;
    for (const o of inc.record.victims.origins) {
      if (!o.geo || o.geo.lat == null || o.geo.id === to.id) continue;
      const k = `${o.geo.id}>${to.id}`;
      const lite = (p) => ({ id: p.id, name: p.name, kind: p.kind, lat: p.lat, lon: p.lon });
      const f = m.get(k) ?? { from: lite(o.geo), to: lite(to), incidents: 0, victims: 0 };
      f.incidents++;
      f.victims += o.count ?? inc.record.victims.rescued ?? 0;
      m.set(k, f);
    }
  }
  return { items: [...m.values()] };
}

function persons() {
  const m = new Map();
  for (const inc of incidents.values())
    for (const s of inc.sources)
      for (const a of s.record.accused) {
        if (!a.person) continue;
        const p = m.get(a.person) ?? {
          id: a.person,
          name: a.name,
          kind: "accused",
          aliases: new Set(),
          incidents: new Map(),
        };
        for (const al of a.aliases) p.aliases.add(al);
        const r = inc.record;
        p.incidents.set(inc.id, {
          id: inc.id,
          role: a.role,
          rank: null,
          name: a.name,
          date: r.event_date,
          district: r.location.district,
          state: r.location.state,
        });
        m.set(a.person, p);
      }
  return m;
}

function review(inc, body) {
  if (!body || typeof body.field !== "string" || !SCALARS.includes(body.field))
    throw new HttpError(400, "bad_request", `field must be one of ${SCALARS.join(", ")}`, "field");
  if (typeof body.who !== "string" || body.who.trim() === "")
    throw new HttpError(400, "bad_request", "who is required", "who");
  let value = body.value;
  if (["victims.rescued", "victims.minors", "arrests.total"].includes(body.field) && value !== null) {
    value = Number(value);
    if (!Number.isInteger(value) || value < 0)
      throw new HttpError(400, "bad_request", "value must be a whole number", "value");
  }
  const r = {
    id: `rev-${inc.reviews.length + 1}`,
    incident_id: inc.id,
    field: body.field,
    old_value: getPath(inc.record, body.field) ?? null,
    new_value: value,
    who: body.who,
    at: new Date().toISOString(),
    note: body.note ?? null,
  };
  inc.reviews.push(r);
  setPath(inc.record, body.field, value);
  inc.record.reviewed[body.field] = r;
  return { review: r, incident: item(inc) };
}

function csv(list) {
  const esc = (v) => (v == null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  const head =
    "id,date,state,district,city,locality,lat,lon,precision,exploitation,rescued,minors,arrested,platforms,documents";
  const rows = list.map((i) => {
    const r = i.record;
    const p = r.location.place;
    return [
      i.id,
      r.event_date,
      r.location.state,
      r.location.district,
      r.location.city,
      r.location.locality,
      p?.lat,
      p?.lon,
      p?.precision,
      r.exploitation,
      r.victims.rescued,
      r.victims.minors,
      r.arrests.total,
      r.platforms.join(";"),
      r.documents.join(";"),
    ]
      .map(esc)
      .join(",");
  });
  return [head, ...rows].join("\n") + "\n";
}

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "bad_request", "body is not JSON");
  }
}

async function route(req) {
  const url = new URL(req.url ?? "/", "http://mock");
  const q = url.searchParams;
  const p = url.pathname;
  if (p === "/api/incidents") {
    const limit = intParam(q, "limit", 50, 1, 500);
    const offset = intParam(q, "offset", 0, 0, 1e9);
    const list = filtered(q);
    return { total: list.length, limit, offset, items: list.slice(offset, offset + limit).map(item) };
  }
  const incidentRoute = /^\/api\/incidents\/([^/]+)(\/reviews?)?$/.exec(p);
  if (incidentRoute) {
    const m = incidentRoute;
    const inc = incidents.get(decodeURIComponent(m[1]));
    if (!inc) throw new HttpError(404, "not_found", `no incident ${m[1]}`);
    if (m[2] === "/reviews") return inc.reviews;
    if (m[2] === "/review") {
      if (req.method !== "POST") throw new HttpError(400, "bad_request", "POST a review");
      return review(inc, await readBody(req));
    }
    return { incident: item(inc), sources: inc.sources };
  }
  const documentRoute = /^\/api\/documents\/([^/]+)$/.exec(p);
  if (documentRoute) {
    const m = documentRoute;
    const d = documents.get(decodeURIComponent(m[1]));
    if (!d) throw new HttpError(404, "not_found", `no document ${m[1]}`);
    return publicDoc(d);
  }
  if (p === "/api/persons") {
    const text = (q.get("text") ?? "").toLowerCase();
    const items = [...persons().values()]
      .filter((x) => !text || x.name.toLowerCase().includes(text))
      .map((x) => ({ id: x.id, name: x.name, kind: x.kind, aliases: [...x.aliases], incidents: x.incidents.size }));
    return { total: items.length, items };
  }
  const personRoute = /^\/api\/persons\/([^/]+)$/.exec(p);
  if (personRoute) {
    const m = personRoute;
    const all = persons();
    const x = all.get(decodeURIComponent(m[1]));
    if (!x) throw new HttpError(404, "not_found", `no person ${m[1]}`);
    const links = [...all.values()]
      .filter((o) => o.id !== x.id)
      .map((o) => ({
        person: o.id,
        name: o.name,
        shared: [...o.incidents.keys()].filter((k) => x.incidents.has(k)).length,
      }))
      .filter((l) => l.shared > 0);
    return {
      id: x.id,
      name: x.name,
      kind: x.kind,
      aliases: [...x.aliases],
      incidents: [...x.incidents.values()],
      links,
    };
  }
  if (p === "/api/stats") return stats(filtered(q));
  if (p === "/api/flows") return flows(filtered(q));
  if (p === "/api/export.json") return filtered(q).map(item);
  if (p === "/api/export.csv") return { raw: csv(filtered(q)), type: "text/csv; charset=utf-8" };
  if (p === "/api/export.geojson")
    return {
      type: "FeatureCollection",
      features: filtered(q)
        .filter((i) => i.record.location.place?.lat != null)
        .map((i) => ({
          type: "Feature",
          geometry: { type: "Point", coordinates: [i.record.location.place.lon, i.record.location.place.lat] },
          properties: {
            id: i.id,
            date: i.record.event_date,
            state: i.record.location.state,
            rescued: i.record.victims.rescued,
          },
        })),
    };
  if (p === "/api/export.htcds.json")
    return filtered(q).map((i) => ({
      caseId: i.id,
      dateOfIdentification: i.record.event_date,
      note: "mock: the real mapping is src/server/htcds.ts",
    }));
  throw new HttpError(404, "not_found", `no route ${p}`);
}

/** A connect-style handler for /api/* (others pass to `next`). */
export function createMockApi() {
  return (req, res, next) => {
    if (!req.url?.startsWith("/api/")) return next?.();
    route(req).then(
      (body) => {
        // A little latency, so loading states are seen during development.
        setTimeout(() => {
          if (body && typeof body.raw === "string") {
            res.setHeader("content-type", body.type);
            res.end(body.raw);
            return;
          }
          res.setHeader("content-type", "application/json; charset=utf-8");
          res.end(JSON.stringify(body));
        }, 120);
      },
      (err) => {
        const status = err instanceof HttpError ? err.status : 500;
        res.statusCode = status;
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(JSON.stringify({ error: { code: err.code ?? "internal", message: err.message, field: err.field } }));
      },
    );
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8081);
  const handler = createMockApi();
  createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  ).listen(port, "127.0.0.1", () => console.log(`mock Mukti API on http://127.0.0.1:${port}/api`));
}
