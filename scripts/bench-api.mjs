#!/usr/bin/env node
// API benchmark (issue "Web dashboard and HTTP API": with 10,000 incidents each list call answers in < 50 ms at
// p95). Anyone can rerun it after `npm run build`:
//   node scripts/bench-api.mjs [--incidents 10000] [--requests 200] [--db FILE]
// (--db FILE keeps the filled store in FILE, and a later run with the same FILE measures it without filling again)
// 1. Fill: a temporary SQLite store gets N synthetic reports through the store's own addDocument (documents,
//    blocking keys, incident resolution, merge, persons, places: the real write path). Extracting 10,000 texts
//    would measure the extractor, not the API, so each report comes with a synthetic extraction instead: a record
//    like the extractor's (real gazetteer districts with their LGD codes and positions, victims and their origins,
//    accused with aliases, platforms, laws, evidence spans with quotes into the report's text).
// 2. Measure: each list route is asked `requests` times through fastify's inject (the whole request path: routing,
//    validation, the store's queries, serialisation; no socket), with varied filters and pages; p50, p95 and max.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM, CHROMIUM_LAUNCH } from "./chromium.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(repo, "dist");
if (!existsSync(join(dist, "server/app.js"))) {
  console.error("bench-api: dist/ not found — run `npm run build` first");
  process.exit(2);
}
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { SqliteStore } = await load("store/sqlite.js");
const { buildApp } = await load("server/app.js");
const { allPlaces, geoPlace } = await load("geo/index.js");
const { contentHash } = await load("ingest/hash.js");

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg("--incidents", 10_000);
const REQUESTS = arg("--requests", 200);
const LIMIT_MS = 50;

// a seeded generator (mulberry32): the same store every run
let seed = 42;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const districts = allPlaces().filter((p) => p.kind === "district" && p.lat !== null && p.state);
const states = allPlaces().filter((p) => p.kind === "state" && p.lat !== null);
const nepal = allPlaces().find((p) => p.id === "country:nepal");
const EXPLOITATION = [
  "sexual",
  "sexual",
  "sexual",
  "labour",
  "labour",
  "child_trafficking",
  "forced_marriage",
  "begging",
];
const VENUES = ["hotel", "spa", "house", "brick kiln", "factory", "red light area"];
const PLATFORMS = ["WhatsApp", "Instagram", "Facebook", "Telegram"];
const WORDS = ["raid", "rescue", "racket", "trafficking", "bonded", "minor", "brothel", "kiln", "agent", "spa"];
// made-up syllables for names and filler words: reports of different incidents share few words, as real ones do
// (templated texts would look like copies of one story to the deduplication and merge into a few incidents)
const SYL = ["ra", "ma", "ki", "shu", "de", "pa", "la", "vi", "no", "ha", "bi", "su", "ta", "go", "ne", "ja", "ru"];
// a name part per number, one consonant per decimal digit (name keys fold vowels: the consonants make it unique)
const DIGIT = ["ka", "ti", "po", "mu", "ne", "ro", "li", "sa", "ho", "ya"];
const numberName = (i) => cap([...String(i)].map((c) => DIGIT[Number(c)]).join(""));
const word = (n) => Array.from({ length: n }, () => pick(SYL)).join("");
const cap = (w) => w[0].toUpperCase() + w.slice(1);
const filler = (n) => Array.from({ length: n }, () => word(2 + Math.floor(rand() * 2))).join(" ");

function report(i) {
  const d = pick(districts);
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 1200) * 86_400_000).toISOString().slice(0, 10);
  const exploitation = pick(EXPLOITATION);
  const rescued = 1 + Math.floor(rand() * 20);
  const minors = rand() < 0.3 ? Math.floor(rand() * rescued) : null;
  const accused = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) => ({
    // a few names recur across incidents (repeat offenders: the persons graph has links to draw)
    name: i % 50 === k ? "Ramesh Yadav" : `${cap(word(2))} ${numberName(i * 3 + k)}`,
  }));
  const origin = rand() < 0.5 ? pick(states) : rand() < 0.2 ? nepal : null;
  const venue = pick(VENUES);
  const text =
    `${d.name}: Police raided a ${venue} in ${d.name} district of ${d.state} on ${day} and rescued ${rescued} persons` +
    `${minors ? `, including ${minors} minors` : ""}${origin ? ` from ${origin.name}` : ""}. ` +
    `${accused.map((a) => a.name).join(" and ")} were arrested in case ${i} (${pick(WORDS)} ${pick(WORDS)}). ` +
    `The ${exploitation} racket used ${pick(PLATFORMS)} to reach customers, police said. ${filler(150)}.`;
  const ev = (quote, rule) => {
    const start = Math.max(0, text.indexOf(quote));
    return [{ start, end: start + quote.length, quote, rule, basis: "stated" }];
  };
  const platforms = rand() < 0.4 ? [pick(PLATFORMS)] : [];
  const record = {
    exploitation,
    actions: ["raid", "rescue", "arrest"],
    event_date: day,
    location: {
      state: d.state,
      district: d.name,
      city: null,
      locality: null,
      police_station: null,
      venue: venue === "hotel" || venue === "spa" || venue === "house" ? venue : "other",
      place: geoPlace(d, d.name),
    },
    victims: {
      rescued,
      minors,
      gender: pick(["female", "male", "mixed", null]),
      origins: origin
        ? [
            {
              place: origin.name,
              kind: origin.kind,
              count: null,
              geo: geoPlace(origin, origin.name),
              evidence: ev(origin.name, "origin.geo.en.name"),
            },
          ]
        : [],
      foreign: origin === nepal ? ["Nepal"] : [],
      names_withheld: 0,
    },
    arrests: { total: accused.length, by_role: { operator: 1, broker: null, customer: null, other: null } },
    accused: accused.map((a, k) => ({
      name: a.name,
      name_native: null,
      aliases: k === 0 && rand() < 0.3 ? [pick(["Pappu", "Guddu", "Bablu", "Munna"])] : [],
      role: k === 0 ? "operator" : pick(["broker", "customer", null]),
      arrested: true,
      status: "arrested",
      evidence: ev(a.name, "person.en.accused"),
    })),
    officials: [],
    agencies: ["Police"],
    platforms,
    seized: [],
    laws: ["ITPA"],
    active_since: null,
    indicators: origin ? ["inter_state"] : [],
    evidence: {
      exploitation: ev(exploitation, "crime.en.exploitation"),
      event_date: ev(day, "date.en.iso"),
      "location.state": ev(d.state, "geo.en.name"),
      "location.district": ev(d.name, "geo.en.name"),
      "location.place": ev(d.name, "geo.en.name"),
      "victims.rescued": ev(`rescued ${rescued}`, "count.en.rescued"),
      "arrests.total": ev("arrested", "count.en.arrested"),
      laws: ev("police said", "law.en"),
    },
  };
  const key = `bench-${i}`;
  return {
    doc: { key, text, origin: key, published: day, outlet: pick(["Daily A", "Dainik B", "The C Times"]) },
    result: {
      id: key,
      relevant: true,
      lang: "en",
      published: day,
      incidents: [record],
      relevance: { score: 5, reasons: ["synthetic"], evidence: [] },
      distractors: [],
      warnings: [],
    },
  };
}

const dbIndex = process.argv.indexOf("--db");
const keep = dbIndex > 0 ? resolve(process.argv[dbIndex + 1]) : null;
const dir = keep ? null : mkdtempSync(join(tmpdir(), "mukti-bench-api-"));
const reuse = keep !== null && existsSync(keep);
const store = new SqliteStore(keep ?? join(dir, "bench.db"));
if (!reuse) {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const { doc, result } = report(i);
    await store.addDocument(doc, contentHash(doc.text), result);
  }
  const fillS = (performance.now() - t0) / 1000;
  console.log(
    `fill: ${N} synthetic reports through store.addDocument in ${fillS.toFixed(1)} s (${Math.round(N / fillS)}/s)`,
  );
}
const counts = await store.counts();
console.log(`store: ${counts.documents} documents, ${counts.incidents} incidents${reuse ? ` (reused ${keep})` : ""}`);

const app = await buildApp({ store });
const someState = () => encodeURIComponent(pick(districts).state);
const person = (await store.persons({ limit: 50 })).items.map((p) => p.id);
const ROUTES = [
  ["incidents (default page of 50)", () => `/api/incidents?offset=${Math.floor(rand() * 500)}`],
  ["incidents ?state", () => `/api/incidents?state=${someState()}`],
  ["incidents ?from&to&exploitation", () => "/api/incidents?from=2022-01-01&to=2022-12-31&exploitation=labour"],
  ["incidents ?platform&sort=-rescued", () => `/api/incidents?platform=${pick(PLATFORMS)}&sort=-rescued`],
  ["incidents ?text", () => `/api/incidents?text=${pick(WORDS)}%20${pick(WORDS)}`],
  ["incidents ?sort=date&offset=9000", () => "/api/incidents?sort=date&offset=9000"],
  ["incidents ?limit=500", () => "/api/incidents?limit=500"],
  ["documents", () => `/api/documents?offset=${Math.floor(rand() * 5000)}`],
  ["documents ?text", () => `/api/documents?text=${pick(WORDS)}`],
  ["persons", () => `/api/persons?offset=${Math.floor(rand() * 200)}`],
  ["persons ?text", () => `/api/persons?text=${pick(SYL)}${pick(SYL)}`],
  ["persons/:id", () => `/api/persons/${encodeURIComponent(pick(person))}`],
  ["places", () => "/api/places?limit=500"],
  ["incidents/places (the map)", () => "/api/incidents/places"],
  ["incidents/places ?state", () => `/api/incidents/places?state=${someState()}`],
  ["stats", () => "/api/stats"],
  ["stats ?state", () => `/api/stats?state=${someState()}`],
  ["flows", () => "/api/flows"],
];

const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const results = [];
for (const [name, url] of ROUTES) {
  for (let i = 0; i < 5; i++) await app.inject({ url: url() }); // warm: statements prepared, JIT
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const u = url();
    const s = performance.now();
    const r = await app.inject({ url: u });
    times.push(performance.now() - s);
    if (r.statusCode !== 200) throw new Error(`${u}: ${r.statusCode} ${r.body}`);
  }
  times.sort((a, b) => a - b);
  results.push({ name, p50: pct(times, 50), p95: pct(times, 95), max: times[times.length - 1] });
}
const limitNote = (r) => (r.name.includes("limit=500") ? " (500 full records, beyond the default page)" : "");
console.log(`\n${REQUESTS} requests per route, inject (no socket); ms`);
console.log(`${"route".padEnd(38)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}`);
for (const r of results)
  console.log(
    `${r.name.padEnd(38)} ${r.p50.toFixed(1).padStart(7)} ${r.p95.toFixed(1).padStart(7)} ${r.max.toFixed(1).padStart(7)}` +
      `${r.p95 >= LIMIT_MS ? `  over ${LIMIT_MS} ms${limitNote(r)}` : ""}`,
  );

// 3. The dashboard's first load in a real browser (Debian's chromium, when installed): from navigation to the
//    incident table's first rows, the map and the timeline drawn; served from a real port with the web app built.
if (existsSync(CHROMIUM) && existsSync(join(dist, "web/index.html"))) {
  const { chromium } = await import("playwright-core");
  await app.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${app.server.address().port}`;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  const loads = [];
  for (let i = 0; i < 6; i++) {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const t0 = performance.now();
    await page.goto(`${base}/`);
    await page.locator("[data-testid=incident-row]").first().waitFor({ timeout: 30_000 });
    await page.locator("[data-testid=map-marker]").first().waitFor({ timeout: 30_000 });
    const ms = performance.now() - t0;
    if (i > 0) loads.push(ms); // the first load also fills the server's caches
    await page.close();
  }
  await browser.close();
  loads.sort((a, b) => a - b);
  const median = loads[loads.length >> 1];
  console.log(
    `\ndashboard first load (navigation → table rows and map markers), ${loads.length} loads: median ${median.toFixed(0)} ms, max ${loads[loads.length - 1].toFixed(0)} ms  [bar 1000 ms: ${loads[loads.length - 1] < 1000 ? "ok" : "OVER"}]`,
  );
} else
  console.log(`\ndashboard first load: skipped (needs ${CHROMIUM} and dist/web: apt install chromium; npm run build)`);

await app.close();
await store.close();
if (dir) rmSync(dir, { recursive: true, force: true });
