// The HTTP API (docs/api.md) through fastify's inject (no port): every route, bad input with the message that says
// what to fix, paging limits, exports that load back, the review audit trail, corrections that survive a new report
// of the same incident, and victims' names kept out of every answer. The reports are written for this test: one raid
// in Varanasi told in English and in Hindi (the English one names a victim), a labour rescue in Jaipur and a report
// with no place the gazetteer knows.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fetcher } from "../ingest/types.js";
import { SqliteStore } from "../store/sqlite.js";
import { buildApp } from "./app.js";
import { CSV_COLUMNS, csvField } from "./exports.js";

const VICTIM = "Geeta";

const EN_VARANASI = {
  published: "2024-08-12",
  outlet: "Kashi Times",
  title: "Sex racket busted in Varanasi hotel",
  text: `Varanasi: Police raided a hotel in the Lanka area on Sunday night and rescued five women, including two minors from Nepal. The hotel owner, Manoj Tiwari, and a broker, Ajay Singh alias Pappu, were arrested under the Immoral Traffic (Prevention) Act. The victim, ${VICTIM} (name changed), told police she had been promised a job in a beauty parlour. The racket was run through WhatsApp.`,
};
const HI_VARANASI = {
  published: "2024-08-12",
  outlet: "काशी समाचार",
  text: "वाराणसी: लंका थाना क्षेत्र के एक होटल में पुलिस ने रविवार रात छापा मारकर पांच युवतियों को मुक्त कराया, जिनमें दो नाबालिग नेपाल की हैं। होटल मालिक मनोज तिवारी और दलाल अजय सिंह उर्फ पप्पू को गिरफ्तार किया गया। ग्राहकों से व्हाट्सएप पर संपर्क किया जाता था।",
};
const EN_JAIPUR = {
  id: "jaipur-1",
  published: "2024-06-20",
  text: "Jaipur: The anti-human trafficking unit rescued four minor boys from a bangle factory in Bhatta Basti on Wednesday and arrested the factory owner, Salim Khan. The boys had been brought from Bihar.",
};
const EN_NOWHERE =
  "Police rescued three girls from a brothel on Monday and arrested two traffickers, Ramesh and Suresh, who had lured them with promises of work.";

let app: FastifyInstance;
let store: SqliteStore;
let varanasi: string;
let varanasiEn: string;

const PAGE = `<!doctype html><html><head><title>Rescue at brick kiln | Morning Post</title>
<meta property="og:title" content="Twelve labourers rescued from brick kiln in Bareilly">
<meta property="article:published_time" content="2024-05-02T09:00:00+05:30"></head>
<body><article><h1>Twelve labourers rescued from brick kiln in Bareilly</h1>
<p>Bareilly: Officials of the labour department and police rescued twelve bonded labourers, including five children, from a brick kiln in Faridpur on Thursday. The kiln owner, Harish Gupta, was booked under the Bonded Labour System (Abolition) Act.</p>
<p>The labourers, from Chhattisgarh, said they had been paid nothing for months.</p></article></body></html>`;

const fetcher: Fetcher = async (url) =>
  url === "https://news.example/kiln"
    ? { status: 200, contentType: "text/html; charset=utf-8", body: Buffer.from(PAGE) }
    : { status: 404, contentType: "text/plain", body: Buffer.from("not found") };

const get = (url: string) => app.inject({ method: "GET", url });
const post = (url: string, payload: unknown) => app.inject({ method: "POST", url, payload: payload as object });

/** A multipart/form-data body with one file. */
function upload(filename: string, content: string | Buffer, type = "application/octet-stream") {
  const boundary = "----mukti-test-boundary";
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(content) ? content : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: "POST",
    url: "/api/ingest",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

/** Every answer of the test, to check that no victim name was ever served. */
const served: string[] = [];

beforeAll(async () => {
  store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "mukti-api-")), "api.db"));
  app = await buildApp({ store, webRoot: null, fetch: fetcher });
  app.addHook("onSend", async (_req, _reply, payload) => {
    if (typeof payload === "string") served.push(payload);
    return payload;
  });
  const r = await post("/api/ingest", EN_VARANASI);
  expect(r.statusCode, r.body).toBe(200);
  const body = r.json();
  expect(body.stats).toMatchObject({ read: 1, added: 1, relevant: 1 });
  varanasiEn = body.documents[0].id;
  varanasi = body.documents[0].incidents[0];
});

afterAll(async () => {
  await app.close();
  await store.close();
});

describe("reviews", () => {
  it("keeps every correction with who, when and the old value, and shows the latest with reviewed[field]", async () => {
    let r = await post(`/api/incidents/${varanasi}/review`, {
      field: "victims.rescued",
      value: 6,
      who: "asha",
      note: "the FIR lists six women",
    });
    expect(r.statusCode, r.body).toBe(200);
    const first = r.json();
    expect(first.review).toMatchObject({ field: "victims.rescued", old_value: 5, new_value: 6, who: "asha" });
    expect(first.incident.record.victims.rescued).toBe(6);
    expect(first.incident.record.reviewed["victims.rescued"].new_value).toBe(6);
    r = await post(`/api/incidents/${varanasi}/review`, { field: "victims.rescued", value: 7, who: "ravi" });
    expect(r.json().review).toMatchObject({ old_value: 6, new_value: 7, who: "ravi", note: null });
    const trail = (await get(`/api/incidents/${varanasi}/reviews`)).json();
    expect(trail.map((x: { new_value: number }) => x.new_value)).toEqual([6, 7]);
    expect(trail[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("never lets a new report of the same incident overwrite a correction", async () => {
    await post(`/api/incidents/${varanasi}/review`, { field: "exploitation", value: "labour", who: "asha" });
    const r = await post("/api/ingest", HI_VARANASI);
    expect(r.statusCode, r.body).toBe(200);
    // the Hindi report joins the incident: a re-merge with both reports
    expect(r.json().documents[0].incidents).toEqual([varanasi]);
    const inc = (await get(`/api/incidents/${varanasi}`)).json().incident;
    expect(inc.documents).toHaveLength(2);
    expect(inc.record.victims.rescued).toBe(7);
    expect(inc.record.exploitation).toBe("labour");
    expect(Object.keys(inc.record.reviewed).sort()).toEqual(["exploitation", "victims.rescued"]);
    // the corrected values are what lists filter and count on
    expect((await get("/api/incidents?exploitation=labour")).json().items.map((i: { id: string }) => i.id)).toContain(
      varanasi,
    );
    // the same report again changes nothing
    const again = (await post("/api/ingest", HI_VARANASI)).json();
    expect(again.documents[0]).toMatchObject({ status: "known", incidents: [varanasi] });
    await post(`/api/incidents/${varanasi}/review`, { field: "exploitation", value: "sexual", who: "asha" });
  });

  it("moves the incident's place with a corrected district", async () => {
    const r = await post(`/api/incidents/${varanasi}/review`, {
      field: "location.district",
      value: "Chandauli",
      who: "asha",
    });
    const rec = r.json().incident.record;
    expect(rec.location.district).toBe("Chandauli");
    expect(rec.location.place).toMatchObject({ district: "Chandauli", state: "Uttar Pradesh" });
    expect((await get("/api/incidents?district=chandauli")).json().total).toBe(1);
    await post(`/api/incidents/${varanasi}/review`, { field: "location.district", value: "Varanasi", who: "asha" });
    const back = (await get(`/api/incidents/${varanasi}`)).json().incident.record;
    expect(back.location.place.district).toBe("Varanasi");
  });

  it("refuses bad corrections with what to send instead", async () => {
    const bad = async (body: unknown, status: number, field: string | undefined, words: RegExp) => {
      const r = await post(`/api/incidents/${varanasi}/review`, body);
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json().error.field).toBe(field);
      expect(r.json().error.message).toMatch(words);
    };
    await bad({ field: "victims.names", value: 1, who: "x" }, 400, "field", /must be one of .*victims\.rescued/);
    await bad({ field: "victims.rescued", value: "many", who: "x" }, 400, "value", /whole number/);
    await bad({ field: "victims.rescued", value: -2, who: "x" }, 400, "value", /whole number/);
    await bad({ field: "event_date", value: "2024-02-30", who: "x" }, 400, "value", /YYYY-MM-DD/);
    await bad({ field: "exploitation", value: "theft", who: "x" }, 400, "value", /one of sexual/);
    await bad({ field: "victims.rescued", value: 3 }, 400, "who", /"who" is required/);
    await bad({ field: "victims.rescued", value: 3, who: "   " }, 400, "who", /reviewer/);
    const r = await post("/api/incidents/inc-nope/review", { field: "victims.rescued", value: 1, who: "x" });
    expect(r.statusCode).toBe(404);
    expect((await get("/api/incidents/inc-nope/reviews")).statusCode).toBe(404);
    // a null correction says "the report does not say"
    const n = await post(`/api/incidents/${varanasi}/review`, { field: "victims.minors", value: null, who: "x" });
    expect(n.json().incident.record.victims.minors).toBeNull();
    await post(`/api/incidents/${varanasi}/review`, { field: "victims.minors", value: 2, who: "x" });
  });
});

describe("ingest", () => {
  it("takes JSONL and text uploads, a URL, and says what became of each document", async () => {
    let r = await upload("reports.jsonl", `${JSON.stringify(EN_JAIPUR)}\n{broken\n`);
    expect(r.statusCode, r.body).toBe(200);
    let body = r.json();
    expect(body.stats).toMatchObject({ read: 1, added: 1, errors: 1 });
    expect(body.documents[0]).toMatchObject({ id: "jaipur-1", status: "added" });
    expect(body.documents[1]).toMatchObject({ id: null, status: "error", origin: "reports.jsonl:2" });
    r = await upload("nowhere.txt", EN_NOWHERE, "text/plain");
    expect(r.json().documents[0]).toMatchObject({ id: "upload:nowhere.txt", status: "added" });
    r = await post("/api/ingest", { url: "https://news.example/kiln" });
    body = r.json();
    expect(body.documents[0]).toMatchObject({ id: "https://news.example/kiln", status: "added" });
    const doc = (await get(`/api/documents/${encodeURIComponent("https://news.example/kiln")}`)).json();
    expect(doc).toMatchObject({
      title: "Twelve labourers rescued from brick kiln in Bareilly",
      published: "2024-05-02",
    });
    r = await post("/api/ingest", { url: "https://news.example/gone" });
    expect(r.json().documents[0]).toMatchObject({ status: "error", error: expect.stringMatching(/404/) });
  });

  it("refuses wrong types, oversize bodies, bad JSON and empty requests clearly", async () => {
    let r = await upload("scan.pdf", "%PDF-1.4");
    expect(r.statusCode).toBe(415);
    expect(r.json().error).toMatchObject({ code: "unsupported", field: "file" });
    expect(r.json().error.message).toMatch(/\.txt, \.html or \.jsonl/);
    r = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "text/plain" },
      payload: "a report",
    });
    expect(r.statusCode).toBe(415);
    expect(r.json().error.message).toMatch(/application\/json/);
    r = await post("/api/ingest", { text: "x".repeat(5 * 1024 * 1024 + 10) });
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatchObject({ code: "too_large" });
    expect(r.json().error.message).toMatch(/5 MB/);
    r = await upload("big.txt", Buffer.alloc(10 * 1024 * 1024 + 1, 0x61));
    expect(r.statusCode).toBe(413);
    expect(r.json().error.message).toMatch(/10 MB/);
    r = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "application/json" },
      payload: '{"text": "unterminated',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/not valid JSON/);
    r = await post("/api/ingest", {});
    expect(r.statusCode).toBe(400);
    expect(r.json().error.message).toMatch(/send text .* or url/);
    r = await post("/api/ingest", { url: "ftp://x" });
    expect(r.json().error).toMatchObject({ field: "url", message: expect.stringMatching(/http\(s\) URL/) });
    r = await post("/api/ingest", { text: "Police rescued two girls.", published: "12/08/2024" });
    expect(r.json().error).toMatchObject({ field: "published", message: expect.stringMatching(/YYYY-MM-DD/) });
  });
});

describe("lists", () => {
  it("filters, sorts and pages incidents, with the total of the filter", async () => {
    const all = (await get("/api/incidents")).json();
    expect(all).toMatchObject({ limit: 50, offset: 0 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(3);
    const p1 = (await get("/api/incidents?limit=1")).json();
    const p2 = (await get("/api/incidents?limit=1&offset=1")).json();
    expect(p1.total).toBe(all.total);
    expect([p1.items[0].id, p2.items[0].id]).toEqual([all.items[0].id, all.items[1].id]);
    const dates = (q: string) =>
      get(`/api/incidents?${q}`).then((r) =>
        r.json().items.map((i: { record: { event_date: string | null } }) => i.record.event_date),
      );
    const asc = (await dates("sort=date")).filter(Boolean);
    expect(asc).toEqual([...asc].sort());
    const rescued = (await get("/api/incidents?sort=-rescued")).json().items;
    expect(rescued[0].record.victims.rescued).toBe(12);
    expect((await get("/api/incidents?state=uttar%20pradesh")).json().total).toBe(2);
    expect((await get("/api/incidents?platform=whatsapp")).json().items.map((i: { id: string }) => i.id)).toEqual([
      varanasi,
    ]);
    // full text, Hindi words
    expect((await get(`/api/incidents?text=${encodeURIComponent("छापा होटल")}`)).json().items[0].id).toBe(varanasi);
    expect((await get("/api/incidents?from=2024-08-01&to=2024-08-31")).json().total).toBe(1);
    expect((await get("/api/incidents?exploitation=sexual&state=Rajasthan")).json()).toMatchObject({
      total: 0,
      items: [],
    });
  });

  it("sorts by every column of the web app's table, unknown values last either way", async () => {
    type Item = { id: string; documents: string[]; record: { arrests: { total: number | null } } };
    const items = async (sort: string): Promise<Item[]> => (await get(`/api/incidents?sort=${sort}`)).json().items;
    const total = (await get("/api/incidents")).json().total;
    for (const sort of ["arrested", "-arrested", "exploitation", "-exploitation", "place", "-place", "sources"]) {
      const page = await items(sort);
      expect(page).toHaveLength(total);
    }
    const known = (list: Item[]) => list.map((i) => i.record.arrests.total).filter((n) => n !== null) as number[];
    const down = await items("-arrested");
    expect(known(down)).toEqual(known(down).sort((a, b) => b - a));
    const up = await items("arrested");
    expect(known(up)).toEqual(known(up).sort((a, b) => a - b));
    expect(up.at(-1)!.record.arrests.total === null || known(up).length === total).toBe(true);
    // varanasi has two reports (English and Hindi): most sources first
    expect((await items("-sources"))[0]!.id).toBe(varanasi);
    expect((await items("sources")).at(-1)!.id).toBe(varanasi);
    const states = (await get("/api/incidents?sort=place"))
      .json()
      .items.map((i: { record: { location: { state: string | null } } }) => i.record.location.state);
    const named = states.filter(Boolean);
    expect(named).toEqual([...named].sort());
    expect(states.slice(named.length).every((s: string | null) => s === null)).toBe(true);
  });

  it("counts the matching incidents per located place, and lists a place's incidents", async () => {
    const all = (await get("/api/incidents")).json().total;
    const map = (await get("/api/incidents/places")).json();
    const placed = map.items.reduce((n: number, p: { incidents: number }) => n + p.incidents, 0);
    expect(placed + map.unplaced).toBe(all);
    expect(map.unplaced).toBeGreaterThanOrEqual(1); // the report with no place the gazetteer knows
    for (const p of map.items) {
      expect(typeof p.lat).toBe("number");
      expect(typeof p.lon).toBe("number");
    }
    const lanka = map.items.find((p: { name: string }) => p.name === "Lanka");
    expect(lanka).toMatchObject({ state: "Uttar Pradesh", incidents: 1, precision: "locality" });
    const there = (await get(`/api/incidents?place=${encodeURIComponent(lanka.id)}`)).json();
    expect(there.items.map((i: { id: string }) => i.id)).toEqual([varanasi]);
    // the same filters as the other routes
    const rajasthan = (await get("/api/incidents/places?state=Rajasthan")).json();
    expect(rajasthan.items.every((p: { state: string }) => p.state === "Rajasthan")).toBe(true);
    expect((await get("/api/incidents/places?state=Nowhere")).json()).toEqual({ items: [], unplaced: 0 });
    // a static route beside /api/incidents/:id: an incident id still reaches its detail
    expect((await get(`/api/incidents/${varanasi}`)).statusCode).toBe(200);
  });

  it("answers bad parameters with 400 and what to fix", async () => {
    const cases: [string, string, RegExp][] = [
      ["/api/incidents?limit=501", "limit", /at most 500 \(got 501\)/],
      ["/api/incidents?limit=0", "limit", /at least 1/],
      ["/api/incidents?limit=ten", "limit", /whole number/],
      ["/api/incidents?offset=-1", "offset", /at least 0/],
      ["/api/incidents?from=2024-02-30", "from", /date YYYY-MM-DD \(got "2024-02-30"\)/],
      ["/api/incidents?to=yesterday", "to", /date YYYY-MM-DD/],
      ["/api/incidents?from=2024-09-01&to=2024-08-01", "from", /after to/],
      ["/api/incidents?sort=size", "sort", /one of date, -date, rescued, -rescued/],
      ["/api/incidents?exploitation=theft", "exploitation", /one of sexual/],
      ["/api/stats?from=2024-1-1", "from", /YYYY-MM-DD/],
      ["/api/flows?to=2024-13-01", "to", /YYYY-MM-DD/],
      ["/api/export.csv?from=x", "from", /YYYY-MM-DD/],
      ["/api/documents?limit=1000", "limit", /at most 500/],
      ["/api/persons?offset=x", "offset", /whole number/],
      ["/api/places?kind=planet", "kind", /one of country/],
      ["/api/places?limit=501", "limit", /at most 500/],
    ];
    for (const [url, field, words] of cases) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error, url).toMatchObject({ code: "bad_request", field });
      expect(r.json().error.message, url).toMatch(words);
    }
    for (const url of ["/api/incidents/inc-none", "/api/documents/none", "/api/persons/person:none", "/api/nothing"]) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.json().error.code).toBe("not_found");
      expect(r.json().error.message).toMatch(/GET \/api\//);
    }
  });

  it("serves one incident with its sources, evidence offsets into the served (redacted) texts", async () => {
    const d = (await get(`/api/incidents/${varanasi}`)).json();
    expect(d.sources).toHaveLength(2);
    const en = d.sources.find((s: { document: { id: string } }) => s.document.id === varanasiEn);
    expect(en.document.text).toContain("The victim, [name withheld] (name changed)");
    expect(en.document).not.toHaveProperty("html");
    const texts = new Map<string, string>(
      d.sources.map((s: { document: { id: string; text: string } }) => [s.document.id, s.document.text]),
    );
    const spans: { start: number; end: number; quote: string; docId?: string }[] = [];
    const collect = (x: unknown, docId?: string) => {
      if (Array.isArray(x)) for (const v of x) collect(v, docId);
      else if (x && typeof x === "object") {
        const o = x as Record<string, unknown>;
        if (typeof o.start === "number" && typeof o.quote === "string")
          spans.push({ ...(o as { start: number; end: number; quote: string }), docId: (o.docId as string) ?? docId });
        else for (const v of Object.values(o)) collect(v, docId);
      }
    };
    for (const s of d.sources) collect(s.record.evidence, s.document.id);
    collect(d.incident.record.evidence);
    expect(spans.length).toBeGreaterThan(10);
    for (const e of spans) expect(texts.get(e.docId!)!.slice(e.start, e.end)).toBe(e.quote);
  });

  it("lists documents without text and serves one with it (html on request)", async () => {
    const list = (await get("/api/documents?limit=2")).json();
    expect(list.total).toBe(5);
    expect(list.items).toHaveLength(2);
    expect(list.items[0]).not.toHaveProperty("text");
    expect(list.items[0]).toMatchObject({ keys: expect.any(Array), relevant: expect.any(Boolean) });
    expect((await get("/api/documents?text=bangle")).json().items.map((x: { id: string }) => x.id)).toEqual([
      "jaipur-1",
    ]);
    const page = (await get(`/api/documents/${encodeURIComponent("https://news.example/kiln")}?html=1`)).json();
    expect(page.html).toContain("<article>");
    const doc = (await get(`/api/documents/${encodeURIComponent(varanasiEn)}`)).json();
    expect(doc.text).toContain("[name withheld]");
  });

  it("lists persons with their incidents, and one person with the persons sharing them", async () => {
    const list = (await get("/api/persons")).json();
    expect(list.total).toBe(list.items.length);
    const ajay = list.items.find((p: { name: string }) => p.name === "Ajay Singh");
    expect(ajay).toMatchObject({ kind: "accused", aliases: ["Pappu"], incidents: 1 });
    expect((await get("/api/persons?text=pappu")).json().items.map((p: { id: string }) => p.id)).toEqual([ajay.id]);
    const one = (await get(`/api/persons/${encodeURIComponent(ajay.id)}`)).json();
    expect(one.incidents).toEqual([
      expect.objectContaining({ id: varanasi, district: "Varanasi", state: "Uttar Pradesh", date: "2024-08-11" }),
    ]);
    expect(one.links).toEqual([expect.objectContaining({ name: "Manoj Tiwari", shared: 1 })]);
  });

  it("counts places, statistics and flows under the same filters", async () => {
    const places = (await get("/api/places")).json().items;
    expect(places.find((p: { id: string }) => p.id === "country:nepal")).toMatchObject({ as_origin: 1, incidents: 0 });
    const districts = (await get("/api/places?kind=district&limit=1")).json().items;
    expect(districts.length).toBeLessThanOrEqual(1);
    for (const p of districts) expect(p.kind).toBe("district");
    const stats = (await get("/api/stats")).json();
    expect(stats.totals).toMatchObject({ incidents: (await get("/api/incidents")).json().total });
    expect(stats.by_month).toEqual(expect.arrayContaining([{ month: "2024-08", incidents: 1, rescued: 7 }]));
    expect(stats.by_platform).toEqual([{ platform: "WhatsApp", incidents: 1 }]);
    expect(stats.by_state.find((s: { state: string }) => s.state === "Uttar Pradesh").incidents).toBe(2);
    const up = (await get("/api/stats?state=Rajasthan")).json();
    expect(up.totals).toMatchObject({ incidents: 1, documents: 1, rescued: 4 });
    const flows = (await get("/api/flows")).json().items;
    const nepal = flows.find((f: { from: { id: string } }) => f.from.id === "country:nepal");
    expect(nepal).toMatchObject({ to: { kind: "police_station", name: "Lanka" }, incidents: 1, victims: 7 });
    expect((await get("/api/flows?limit=1")).json().items).toHaveLength(Math.min(1, flows.length));
    expect((await get("/api/flows?state=Rajasthan")).json().items.every((f: { to: { id: string } }) => f.to.id)).toBe(
      true,
    );
  });
});

/** RFC 4180 records (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

describe("exports", () => {
  it("quotes CSV fields as RFC 4180 says", () => {
    expect(csvField('Sector 18, "Atta" market\nNoida')).toBe('"Sector 18, ""Atta"" market\nNoida"');
    expect(csvField(["WhatsApp", "Telegram"])).toBe("WhatsApp; Telegram");
    expect(csvField(null)).toBe("");
    expect(parseCsv(`a,${csvField('x,"y"\r\nz')}\r\n`)).toEqual([["a", 'x,"y"\r\nz']]);
  });

  it("exports CSV that loads back: a header and one row per incident", async () => {
    const r = await get("/api/export.csv");
    expect(r.headers["content-type"]).toMatch(/^text\/csv/);
    expect(r.headers["content-disposition"]).toMatch(/attachment; filename="mukti-incidents-.*\.csv"/);
    const rows = parseCsv(r.body);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const total = (await get("/api/incidents")).json().total;
    expect(rows).toHaveLength(total + 1);
    const v = Object.fromEntries(rows[0]!.map((c, i) => [c, rows.find((x) => x[0] === varanasi)![i]]));
    expect(v).toMatchObject({ state: "Uttar Pradesh", district: "Varanasi", rescued: "7", platforms: "WhatsApp" });
    expect(Number(v.lat)).toBeCloseTo(25.39, 1);
    expect(v.documents!.split("; ")).toHaveLength(2);
    expect(parseCsv((await get("/api/export.csv?state=Rajasthan")).body)).toHaveLength(2);
  });

  it("exports JSON and GeoJSON that load back; unlocated incidents are counted in a header", async () => {
    const all = (await get("/api/incidents")).json();
    const json = JSON.parse((await get("/api/export.json")).body);
    expect(json.map((i: { id: string }) => i.id)).toEqual(all.items.map((i: { id: string }) => i.id));
    const r = await get("/api/export.geojson");
    expect(r.headers["content-type"]).toMatch(/^application\/geo\+json/);
    const geo = JSON.parse(r.body);
    expect(geo.type).toBe("FeatureCollection");
    const unlocated = Number(r.headers["x-mukti-unlocated"]);
    expect(unlocated).toBeGreaterThanOrEqual(1); // the report that names no place
    expect(geo.features.length + unlocated).toBe(all.total);
    for (const f of geo.features) {
      expect(f.geometry.type).toBe("Point");
      const [lon, lat] = f.geometry.coordinates;
      expect(lat).toBeGreaterThan(6);
      expect(lat).toBeLessThan(38);
      expect(lon).toBeGreaterThan(68);
      expect(lon).toBeLessThan(98);
    }
    const htcds = JSON.parse((await get("/api/export.htcds.json")).body);
    expect(htcds).toHaveLength(all.total);
    expect(htcds.find((h: { mukti_incident_id: string }) => h.mukti_incident_id === varanasi)).toMatchObject({
      victims: { mukti_count: 7, vic_TypeOfExploitation: ["SexualExploitation"] },
    });
  });
});

describe("the server", () => {
  it("describes every route in its OpenAPI document", async () => {
    const doc = (await get("/api/openapi.json")).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/documents",
        "/api/documents/{id}",
        "/api/export.csv",
        "/api/export.geojson",
        "/api/export.htcds.json",
        "/api/export.json",
        "/api/flows",
        "/api/incidents",
        "/api/incidents/places",
        "/api/incidents/{id}",
        "/api/incidents/{id}/review",
        "/api/incidents/{id}/reviews",
        "/api/ingest",
        "/api/persons",
        "/api/persons/{id}",
        "/api/places",
        "/api/reextract",
        "/api/stats",
      ].sort(),
    );
  });

  it("says to build the web app when it is not built, and serves it (with its client routes) when it is", async () => {
    const r = await get("/");
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-type"]).toMatch(/text\/html/);
    expect(r.body).toContain("npm run build");
    const web = mkdtempSync(join(tmpdir(), "mukti-web-"));
    writeFileSync(join(web, "index.html"), "<!doctype html><title>Mukti app</title>");
    writeFileSync(join(web, "app.js"), "console.log(1)");
    const withWeb = await buildApp({ store, webRoot: web });
    try {
      expect((await withWeb.inject({ url: "/" })).body).toContain("Mukti app");
      expect((await withWeb.inject({ url: "/app.js" })).body).toBe("console.log(1)");
      expect((await withWeb.inject({ url: "/incidents/inc-1" })).body).toContain("Mukti app");
      expect((await withWeb.inject({ url: "/api/none" })).statusCode).toBe(404);
    } finally {
      await withWeb.close();
    }
  });

  it("never served a victim's name", () => {
    expect(served.length).toBeGreaterThan(40);
    for (const body of served) expect(body).not.toContain(VICTIM);
  });
});
