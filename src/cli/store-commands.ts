// `mukti ingest`, `mukti incidents`, `mukti show`: the store from the command line.
import type { Evidence } from "../core/types.js";
import type { MergedIncident } from "../dedup/merge.js";
import { ingest, reextractAll } from "../ingest/run.js";
import { openStore } from "../store/index.js";
import type { IncidentDetail, IncidentFilter, IncidentRow } from "../store/types.js";
import { ProgressLine } from "./progress.js";

export async function cmdIngest(specs: string[], db: string, quiet: boolean, workers = 1): Promise<number> {
  const store = openStore(db);
  const progress = new ProgressLine();
  try {
    const stats = await ingest(store, specs, {
      workers,
      onProgress: quiet ? undefined : (p) => progress.update(p),
      onError: (origin, message) => process.stderr.write(`${quiet ? "" : "\n"}mukti: ${origin}: ${message}\n`),
    });
    if (!quiet) progress.done({ stats, total: null });
    const c = await store.counts();
    process.stdout.write(
      `${JSON.stringify({ ...stats, store: { location: store.location, documents: c.documents, incidents: c.incidents } })}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export async function cmdIncidents(db: string, filter: IncidentFilter, format: string): Promise<number> {
  const store = openStore(db);
  try {
    const rows = await store.incidents(filter);
    if (format === "jsonl") for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
    else if (format === "json") process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    else process.stdout.write(rows.length ? `${rows.map(summaryLine).join("\n")}\n` : "no incidents\n");
    return 0;
  } finally {
    await store.close();
  }
}

function summaryLine(r: IncidentRow): string {
  const rec = r.record;
  const where = [rec.location.district, rec.location.state].filter(Boolean).join(", ") || "place unknown";
  const when = rec.event_date ?? "date unknown";
  const facts = [
    rec.exploitation,
    rec.victims.rescued !== null ? `${rec.victims.rescued} rescued` : null,
    rec.arrests.total !== null ? `${rec.arrests.total} arrested` : null,
    Object.keys(rec.conflicts ?? {}).length ? "sources disagree" : null,
  ].filter(Boolean);
  return `${r.id}  ${when}  ${where}  ${facts.join(" · ")}  [${r.documents.length} doc${r.documents.length === 1 ? "" : "s"}: ${r.documents.join(", ")}]`;
}

export async function cmdShow(db: string, id: string, json: boolean): Promise<number> {
  const store = openStore(db);
  try {
    const inc = await store.incident(id);
    if (!inc) {
      process.stderr.write(`mukti: no incident ${id} in ${store.location} (list them with: mukti incidents)\n`);
      return 1;
    }
    process.stdout.write(json ? `${JSON.stringify(inc, null, 2)}\n` : formatIncident(inc));
    return 0;
  } finally {
    await store.close();
  }
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** An incident as text: every value with the source it came from and its evidence; conflicts side by side. */
export function formatIncident(inc: IncidentDetail): string {
  const out: string[] = [`incident ${inc.id} — ${inc.documents.length} document(s)`];
  for (const s of inc.sources) {
    const d = s.document;
    out.push(
      `  source ${d.id}: ${[d.outlet, d.published, d.title].filter(Boolean).join(" · ") || "(no metadata)"}${d.url ? ` <${d.url}>` : ""}`,
    );
  }
  const rec: MergedIncident = inc.record;
  const conflicts = rec.conflicts ?? {};
  out.push("", "values (source · evidence):");
  const fields: [string, unknown][] = [
    ["exploitation", rec.exploitation],
    ["event_date", rec.event_date],
    ["location.state", rec.location.state],
    ["location.district", rec.location.district],
    ["location.city", rec.location.city],
    ["location.locality", rec.location.locality],
    ["location.police_station", rec.location.police_station],
    ["location.venue", rec.location.venue],
    ["victims.rescued", rec.victims.rescued],
    ["victims.minors", rec.victims.minors],
    ["victims.gender", rec.victims.gender],
    ["arrests.total", rec.arrests.total],
    ["platforms", rec.platforms],
    ["laws", rec.laws],
  ];
  for (const [field, value] of fields) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue;
    out.push(`  ${field}: ${show(value)}`);
    for (const s of inc.sources) {
      const ev = (s.record.evidence[field] ?? []) as Evidence[];
      for (const e of ev.slice(0, 2)) out.push(`      ${s.document.id} · "${e.quote}" (${e.rule}, ${e.basis})`);
    }
    const c = conflicts[field];
    if (c)
      out.push(`      sources disagree: ${c.map((x) => `${show(x.value)} (${x.documents.join(", ")})`).join(" vs ")}`);
  }
  for (const [field, c] of Object.entries(conflicts))
    if (!fields.some(([f]) => f === field))
      out.push(
        `  ${field}: sources disagree: ${c.map((x) => `${show(x.value)} (${x.documents.join(", ")})`).join(" vs ")}`,
      );
  if (rec.victims.origins.length) out.push(`  victims.origins: ${rec.victims.origins.map((o) => o.place).join(", ")}`);
  if (rec.accused.length)
    out.push(
      `  accused: ${rec.accused.map((a) => `${a.name}${a.aliases.length ? ` alias ${a.aliases.join(", ")}` : ""}${a.role ? ` (${a.role})` : ""}`).join("; ")}`,
    );
  if (rec.officials.length)
    out.push(`  officials: ${rec.officials.map((o) => `${o.rank ? `${o.rank} ` : ""}${o.name}`).join("; ")}`);
  return `${out.join("\n")}\n`;
}

export async function cmdReextract(db: string, quiet: boolean, workers = 1): Promise<number> {
  const store = openStore(db);
  try {
    let last = 0;
    const out = await reextractAll(
      store,
      (done, total) => {
        const now = performance.now();
        if (quiet || (now - last < 1000 && done < total)) return;
        last = now;
        process.stderr.write(`reextract: ${done} / ${total} documents\n`);
      },
      workers,
    );
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return 0;
  } finally {
    await store.close();
  }
}
