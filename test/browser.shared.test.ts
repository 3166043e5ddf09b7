// The dashboard in a real browser (Debian's chromium through playwright-core; .ci/run installs it). The store holds
// the demo corpus and the seed report (read from ../shared): open the dashboard, filter by state, open the seed's
// incident, see its evidence highlighted, correct a value and see the correction survive a re-extraction, export CSV
// and GeoJSON and check their content. Screenshots of the dashboard and the incident page go to test-output/.
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_LAUNCH } from "../scripts/chromium.mjs";
import { ingest } from "../src/ingest/run.js";
import { buildApp } from "../src/server/app.js";
import { SqliteStore } from "../src/store/sqlite.js";
import { describeShared, REPO, sharedPath } from "./shared.js";

const SHOTS = join(REPO, "test-output/screenshots");
const haveBrowser = existsSync(CHROMIUM) && existsSync(join(REPO, "dist/web/index.html"));
if (!haveBrowser)
  console.warn(
    `[skip] browser tests: need ${CHROMIUM} (apt install chromium fonts-noto-core) and dist/web (npm run build)`,
  );

describeShared("dashboard in a browser (reads ../shared/corpus/seed.jsonl)", () => {
  let store: SqliteStore;
  let app: FastifyInstance;
  let browser: Browser;
  let page: Page;
  let base = "";
  let seedIncident = "";

  beforeAll(async () => {
    if (!haveBrowser) return;
    const dir = mkdtempSync(join(tmpdir(), "mukti-browser-"));
    store = new SqliteStore(join(dir, "b.db"));
    await ingest(store, [join(REPO, "examples/demo/reports.jsonl"), sharedPath("corpus/seed.jsonl")]);
    seedIncident = (await store.incidents({ text: "नौबस्ता" })).find((i) => i.documents.includes("seed-kanpur"))!.id;
    app = await buildApp({ store });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
    browser = await chromium.launch(CHROMIUM_LAUNCH);
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
  });

  it.skipIf(!haveBrowser)("opens the dashboard and filters by state", async () => {
    await page.goto(`${base}/`);
    await page.locator("[data-testid=incident-row]").first().waitFor({ timeout: 20_000 });
    // the table shows a page of the 50 incidents; several states among them
    const first = await page.locator("[data-testid=incident-row]").allTextContents();
    expect(first.length).toBeGreaterThanOrEqual(20);
    expect(first.filter((r) => !r.includes("Uttar Pradesh")).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "dashboard.png"), fullPage: true });
    await page.selectOption("#filter-state", "Uttar Pradesh");
    const rowsOf = () => page.locator("[data-testid=incident-row]").allTextContents();
    await expect
      .poll(async () => (await rowsOf()).every((r) => r.includes("Uttar Pradesh")), { timeout: 10_000 })
      .toBe(true);
    const rows = await rowsOf();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r).toContain("Uttar Pradesh");
    expect(rows.join("\n")).toContain("Kanpur");
  });

  it.skipIf(!haveBrowser)("fits a phone's screen and can be used from the keyboard", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.goto(`${base}/`);
    await phone.locator("[data-testid=incident-row]").first().waitFor({ timeout: 20_000 });
    const overflow = await phone.evaluate<number>(
      "document.documentElement.scrollWidth - document.documentElement.clientWidth",
    );
    expect(overflow).toBeLessThanOrEqual(1);
    await phone.screenshot({ path: join(SHOTS, "dashboard-phone.png"), fullPage: false });
    await phone.close();
    // keyboard: Tab reaches the state filter, and a row's link opens its incident with Enter
    await page.goto(`${base}/`);
    await page.locator("[data-testid=incident-row]").first().waitFor({ timeout: 20_000 });
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate<boolean>('document.activeElement?.id === "filter-state"');
    }
    expect(reached).toBe(true);
    await page.locator("[data-testid=incident-row] a").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate<string>("location.hash"), { timeout: 10_000 }).toMatch(/^#\/incident\//);
  });

  it.skipIf(!haveBrowser)("opens the seed's incident with its evidence highlighted", async () => {
    await page.goto(`${base}/#/incident/${seedIncident}`);
    const rescued = page.locator('mark[data-field="victims.rescued"]').first();
    await rescued.waitFor({ timeout: 20_000 });
    expect((await rescued.textContent())?.trim().length).toBeGreaterThan(0);
    expect(await page.locator("mark[data-field]").count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(SHOTS, "incident.png"), fullPage: true });
  });

  it.skipIf(!haveBrowser)("keeps a correction through a re-extraction", async () => {
    await page.goto(`${base}/#/incident/${seedIncident}`);
    await page.locator("#review-form").waitFor({ timeout: 20_000 });
    await page.selectOption("#review-field", "victims.rescued");
    await page.fill("#review-value", "10");
    await page.fill("#review-who", "analyst@test");
    await page.fill("#review-note", "the report counts ten in its last paragraph");
    await page.click("#review-submit");
    await page.locator("[data-testid=review-row]").first().waitFor({ timeout: 10_000 });
    const before = (await store.incident(seedIncident))!.record;
    expect(before.victims.rescued).toBe(10);
    // re-extract every stored document (as after an upgrade of Mukti): the human correction stays
    const res = await fetch(`${base}/api/reextract`, { method: "POST" });
    expect(res.status).toBe(200);
    const after = (await store.incident(seedIncident))!.record;
    expect(after.victims.rescued).toBe(10);
    await page.reload();
    await page.locator("[data-testid=review-row]").first().waitFor({ timeout: 10_000 });
    expect(
      await page.locator('[data-testid=merged-value][data-field="victims.rescued"]').first().textContent(),
    ).toContain("10");
  });

  it.skipIf(!haveBrowser)("exports CSV and GeoJSON with the filtered incidents", async () => {
    await page.goto(`${base}/#/?state=Uttar%20Pradesh`);
    await page.locator("#export-csv").waitFor({ timeout: 20_000 });
    const csvHref = await page.locator("#export-csv").getAttribute("href");
    const geoHref = await page.locator("#export-geojson").getAttribute("href");
    const csv = await (await fetch(new URL(csvHref!, base))).text();
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    expect(header).toContain("id");
    expect(header).toContain("district");
    expect(lines.length).toBeGreaterThan(0);
    expect(csv).toContain(seedIncident);
    expect(csv).toContain("Kanpur Nagar");
    const geo = (await (await fetch(new URL(geoHref!, base))).json()) as {
      type: string;
      features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    expect(geo.type).toBe("FeatureCollection");
    const seed = geo.features.find((f) => f.properties.id === seedIncident);
    expect(seed).toBeDefined();
    const [lon, lat] = seed!.geometry.coordinates;
    expect(lat).toBeCloseTo(26.4, 0);
    expect(lon).toBeCloseTo(80.3, 0);
    for (const f of geo.features) expect(f.properties.state).toBe("Uttar Pradesh");
  });
});
