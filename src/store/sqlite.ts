// The embedded default store: one SQLite file through better-sqlite3 (synchronous, in-process, no server).
//
// Adding a document is one transaction: the document and its extraction, its extracted incidents with their
// blocking keys, the incidents they joined (re-merged), and the persons and places of those incidents. A process
// killed at any point leaves the file as it was before the document or after it, so a rerun that skips the stored
// documents ends with exactly the content of an uninterrupted run.
//
// Incident resolution (src/dedup) never compares all pairs: an extracted incident is compared only with the stored
// incidents that share one of its blocking keys (district × date bucket, text LSH bands, accused name keys).
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import Database from "better-sqlite3";
import type { DocResult, IncidentRecord } from "../core/record.js";
import { sameIncident } from "../dedup/decide.js";
import { blockingKeys } from "../dedup/keys.js";
import type { MergedIncident } from "../dedup/merge.js";
import { mergeIncident } from "../dedup/merge.js";
import type { ExtractedIncident } from "../dedup/types.js";
import type { GeoPlace } from "../geo/geocode.js";
import type { SourceDoc } from "../ingest/types.js";
import { nameKey } from "../people/index.js";
import { MIGRATIONS } from "./migrations.js";
import type {
  AddOutcome,
  IncidentDetail,
  IncidentFilter,
  IncidentRow,
  Store,
  StoreCounts,
  StoredDocument,
} from "./types.js";

const EXTRACTOR = `mukti@${(createRequire(import.meta.url)("../../package.json") as { version: string }).version}`;

/** the most incidents one `incidents()` call returns */
export const MAX_PAGE = 1000;
const DEFAULT_PAGE = 100;

/**
 * A new report is compared with at most this many members of each candidate incident (its first and its latest
 * reports): a story syndicated to hundreds of outlets must not make every insert compare with all its copies.
 */
const MEMBERS_COMPARED = 6;
/**
 * An incident's merged record is built from its first reports, at most this many (its `documents` still lists them
 * all): beyond that, copies add no new values, and merging all of them at every insert would cost O(n²).
 */
export const MEMBERS_MERGED = 50;
/** parsed member records kept for re-merging (about 5 KB each) */
const RECORD_CACHE = 300;

const hash8 = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

interface DocRow {
  id: string;
  content_hash: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  lang: string | null;
  text: string;
  html: string | null;
  relevant: number;
  extraction: string;
}

export class SqliteStore implements Store {
  readonly location: string;
  private readonly db: Database.Database;

  constructor(path: string) {
    this.location = path;
    this.db = new Database(path);
    // WAL: readers (the web app) do not block the ingest; NORMAL sync is durable at transaction boundaries in WAL
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("foreign_keys = ON");
    this.migrate();
  }

  private readonly statements = new Map<string, Database.Statement>();
  /** A prepared statement, prepared once per store (preparing costs more than running most of these). */
  private sql(source: string): Database.Statement {
    let st = this.statements.get(source);
    if (!st) {
      st = this.db.prepare(source);
      this.statements.set(source, st);
    }
    return st;
  }

  private migrate(): void {
    const current = this.db.pragma("user_version", { simple: true }) as number;
    if (current > MIGRATIONS.length)
      throw new Error(
        `${this.location} was written by a newer Mukti (schema ${current}, this one knows ${MIGRATIONS.length}): upgrade Mukti`,
      );
    for (let v = current; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async schemaVersion(): Promise<number> {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  async documentByHash(contentHash: string): Promise<string | null> {
    const row = this.sql("SELECT id FROM documents WHERE content_hash = ?").get(contentHash) as
      | { id: string }
      | undefined;
    return row?.id ?? null;
  }

  async recordKey(key: string, documentId: string): Promise<"known" | "republished"> {
    const r = this.sql("INSERT OR IGNORE INTO document_keys(key, document_id) VALUES (?, ?)").run(key, documentId);
    return r.changes ? "republished" : "known";
  }

  async addDocument(doc: SourceDoc, contentHash: string, result: DocResult): Promise<AddOutcome> {
    return this.db.transaction((): AddOutcome => {
      const existing = this.sql("SELECT id FROM documents WHERE content_hash = ?").get(contentHash) as
        | { id: string }
        | undefined;
      if (existing) {
        const known = this.sql("SELECT 1 FROM document_keys WHERE key = ?").get(doc.key);
        if (!known) this.sql("INSERT INTO document_keys(key, document_id) VALUES (?, ?)").run(doc.key, existing.id);
        const incidents = (
          this.sql("SELECT DISTINCT incident_id FROM incident_members WHERE document_id = ? ORDER BY incident_id").all(
            existing.id,
          ) as { incident_id: string }[]
        ).map((r) => r.incident_id);
        return { status: known ? "known" : "republished", documentId: existing.id, incidents };
      }
      // the source key is the document's id (a JSONL line's id stays its id); a key already taken by other content
      // (two files both numbering lines from 1) gets the content hash appended
      const taken = this.sql("SELECT 1 FROM document_keys WHERE key = ?").get(doc.key);
      const id = taken ? `${doc.key}#${contentHash.slice(0, 12)}` : doc.key;
      const seq = ((this.sql("SELECT MAX(seq) AS m FROM documents").get() as { m: number | null }).m ?? 0) + 1;
      this.sql(
        `INSERT INTO documents(id, content_hash, url, outlet, title, published, lang, text, html, relevant,
             extraction, extractor, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        contentHash,
        doc.url ?? null,
        doc.outlet ?? null,
        doc.title ?? null,
        result.published ?? doc.published ?? null,
        result.lang,
        doc.text,
        doc.html ?? null,
        result.relevant ? 1 : 0,
        JSON.stringify(result),
        EXTRACTOR,
        seq,
      );
      this.sql("INSERT OR IGNORE INTO document_keys(key, document_id) VALUES (?, ?)").run(doc.key, id);
      if (taken) this.sql("INSERT OR IGNORE INTO document_keys(key, document_id) VALUES (?, ?)").run(id, id);
      const incidents: string[] = [];
      if (result.relevant)
        result.incidents.forEach((record, index) => {
          const inc: ExtractedIncident = {
            docId: id,
            index,
            record,
            text: doc.text,
            published: result.published ?? doc.published ?? null,
            outlet: doc.outlet ?? null,
          };
          incidents.push(this.resolve(inc));
        });
      return { status: "added", documentId: id, incidents: [...new Set(incidents)].sort() };
    })();
  }

  /** Join the best-matching stored incident that shares a blocking key, or start one; re-merge it. */
  private resolve(inc: ExtractedIncident): string {
    const keys = [...new Set(blockingKeys(inc))];
    let best: { incident: string; score: number } | null = null;
    // The members sharing a key, by incident: each incident's first and latest reports only (window functions keep
    // the rows per insert bounded by the number of candidate incidents, not by the size of a syndicated story).
    const half = MEMBERS_COMPARED / 2;
    const rows = this.sql(
      `WITH hits AS (
         SELECT DISTINCT b.document_id, b.idx FROM blocking_keys b WHERE b.key IN (SELECT value FROM json_each(?))
       ), ranked AS (
         SELECT m.incident_id, h.document_id, h.idx, d.seq,
           ROW_NUMBER() OVER (PARTITION BY m.incident_id ORDER BY d.seq, h.idx) AS rn,
           COUNT(*) OVER (PARTITION BY m.incident_id) AS n
         FROM hits h JOIN incident_members m ON m.document_id = h.document_id AND m.idx = h.idx
         JOIN documents d ON d.id = h.document_id
         WHERE h.document_id <> ?
           AND m.incident_id NOT IN (SELECT incident_id FROM incident_members WHERE document_id = ?)
       )
       SELECT incident_id, document_id, idx FROM ranked WHERE rn <= ? OR rn > n - ?
       ORDER BY incident_id, seq, idx`,
    ).all(JSON.stringify(keys), inc.docId, inc.docId, half, half) as {
      incident_id: string;
      document_id: string;
      idx: number;
    }[];
    const byIncident = new Map<string, { docId: string; idx: number }[]>();
    for (const r of rows) {
      const list = byIncident.get(r.incident_id) ?? [];
      list.push({ docId: r.document_id, idx: r.idx });
      byIncident.set(r.incident_id, list);
    }
    for (const [incidentId, judged] of byIncident) {
      for (const c of judged) {
        const other = this.extracted(c.docId, c.idx);
        if (!other) continue;
        const d = sameIncident(inc, other);
        if (d.same && (!best || d.score > best.score)) best = { incident: incidentId, score: d.score };
      }
    }
    const incidentId = best?.incident ?? `inc-${hash8(`${inc.docId}#${inc.index}`)}`;
    if (!best) this.sql("INSERT INTO incidents(id, record, documents) VALUES (?, '{}', '[]')").run(incidentId);
    this.sql("INSERT INTO incident_members(document_id, idx, incident_id, record) VALUES (?, ?, ?, ?)").run(
      inc.docId,
      inc.index,
      incidentId,
      JSON.stringify(inc.record),
    );
    const addKey = this.sql("INSERT OR IGNORE INTO blocking_keys(key, document_id, idx) VALUES (?, ?, ?)");
    for (const k of keys) addKey.run(k, inc.docId, inc.index);
    this.remerge(incidentId, inc.docId);
    return incidentId;
  }

  /** parsed member records without text (records never change once stored), bounded */
  private readonly records = new Map<string, ExtractedIncident>();

  /** A stored extracted incident; without its document's text where only the record is needed (merging). */
  private extracted(docId: string, idx: number, withText = true): ExtractedIncident | null {
    const cacheKey = `${docId}#${idx}`;
    if (!withText) {
      const hit = this.records.get(cacheKey);
      if (hit) return hit;
    }
    const row = this.sql(
      `SELECT m.record, ${withText ? "d.text" : "'' AS text"}, d.published, d.outlet FROM incident_members m
         JOIN documents d ON d.id = m.document_id WHERE m.document_id = ? AND m.idx = ?`,
    ).get(docId, idx) as { record: string; text: string; published: string | null; outlet: string | null } | undefined;
    if (!row) return null;
    const inc: ExtractedIncident = {
      docId,
      index: idx,
      record: JSON.parse(row.record) as IncidentRecord,
      text: row.text,
      published: row.published,
      outlet: row.outlet,
    };
    if (!withText) {
      if (this.records.size >= RECORD_CACHE) this.records.clear();
      this.records.set(cacheKey, inc);
    }
    return inc;
  }

  /** Rebuild an incident's merged record and its person and place links from its members. */
  private remerge(incidentId: string, addedDoc: string): void {
    const count = (
      this.sql("SELECT count(*) AS n FROM incident_members WHERE incident_id = ?").get(incidentId) as {
        n: number;
      }
    ).n;
    if (count > MEMBERS_MERGED) {
      // the new report lies beyond the merged window: only the list of documents changes
      const row = this.sql("SELECT record, documents FROM incidents WHERE id = ?").get(incidentId) as {
        record: string;
        documents: string;
      };
      const documents = [...new Set([...(JSON.parse(row.documents) as string[]), addedDoc])].sort();
      const merged = JSON.parse(row.record) as MergedIncident;
      merged.documents = documents;
      this.sql("UPDATE incidents SET record = ?, documents = ? WHERE id = ?").run(
        JSON.stringify(merged),
        JSON.stringify(documents),
        incidentId,
      );
      return;
    }
    const rows = this.sql(
      `SELECT m.document_id, m.idx FROM incident_members m JOIN documents d ON d.id = m.document_id
         WHERE m.incident_id = ? ORDER BY d.seq, m.idx`,
    ).all(incidentId) as { document_id: string; idx: number }[];
    const members = rows.map((r) => this.extracted(r.document_id, r.idx, false)!).filter(Boolean);
    const merged = mergeIncident(members);
    merged.documents = [...new Set(rows.map((r) => r.document_id))].sort();
    const rec = merged as unknown as IncidentRecord;
    const dates = members
      .map((m) => m.published)
      .filter((p): p is string => !!p)
      .sort();
    this.sql(
      `UPDATE incidents SET record = ?, state = ?, district = ?, event_date = ?, first_published = ?, exploitation = ?,
           platforms = ?, documents = ? WHERE id = ?`,
    ).run(
      JSON.stringify(merged),
      rec.location?.state ?? null,
      rec.location?.district ?? null,
      rec.event_date ?? null,
      dates[0] ?? null,
      rec.exploitation ?? null,
      JSON.stringify(rec.platforms ?? []),
      JSON.stringify(merged.documents),
      incidentId,
    );
    // persons: accused and officials, one identity per name key
    this.sql("DELETE FROM person_incidents WHERE incident_id = ?").run(incidentId);
    const upPerson = this.sql("INSERT INTO persons(id, name, kind) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING");
    const link = this.sql(
      `INSERT INTO person_incidents(person_id, incident_id, name, role, rank, aliases) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(person_id, incident_id) DO NOTHING`,
    );
    for (const a of rec.accused ?? []) {
      const id = `person:${nameKey(a.name) || a.name.toLowerCase()}`;
      upPerson.run(id, a.name, "accused");
      link.run(id, incidentId, a.name, a.role, null, JSON.stringify(a.aliases ?? []));
    }
    for (const o of rec.officials ?? []) {
      const id = `person:${nameKey(o.name) || o.name.toLowerCase()}`;
      upPerson.run(id, o.name, "official");
      link.run(id, incidentId, o.name, null, o.rank, "[]");
    }
    // places: the incident's location and the victims' origins
    this.sql("DELETE FROM incident_places WHERE incident_id = ?").run(incidentId);
    const upPlace = this.sql(
      `INSERT INTO places(id, name, kind, state, district, country, lgd_state, lgd_district, lat, lon, precision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    );
    const linkPlace = this.sql("INSERT OR IGNORE INTO incident_places(incident_id, place_id, role) VALUES (?, ?, ?)");
    const addPlace = (g: GeoPlace | null | undefined, role: string) => {
      if (!g) return;
      upPlace.run(
        g.id,
        g.name,
        g.kind,
        g.state,
        g.district,
        g.country,
        g.lgd_state,
        g.lgd_district,
        g.lat,
        g.lon,
        g.precision,
      );
      linkPlace.run(incidentId, g.id, role);
    };
    addPlace(rec.location?.place, "location");
    for (const o of rec.victims?.origins ?? []) addPlace(o.geo, "origin");
  }

  async logError(origin: string, message: string): Promise<void> {
    this.sql("INSERT OR IGNORE INTO ingest_errors(origin, message, at) VALUES (?, ?, ?)").run(
      origin,
      message,
      new Date().toISOString(),
    );
  }

  async incidents(filter: IncidentFilter = {}): Promise<IncidentRow[]> {
    const where: string[] = [];
    const args: (string | number)[] = [];
    const eq = (col: string, v: string | undefined) => {
      if (v === undefined) return;
      where.push(`lower(${col}) = lower(?)`);
      args.push(v);
    };
    eq("i.state", filter.state);
    eq("i.district", filter.district);
    eq("i.exploitation", filter.exploitation);
    if (filter.from) {
      where.push("coalesce(i.event_date, i.first_published) >= ?");
      args.push(filter.from);
    }
    if (filter.to) {
      where.push("coalesce(i.event_date, i.first_published) <= ?");
      args.push(filter.to);
    }
    if (filter.platform) {
      where.push("EXISTS (SELECT 1 FROM json_each(i.platforms) p WHERE lower(p.value) = lower(?))");
      args.push(filter.platform);
    }
    if (filter.text) {
      where.push(`i.id IN (SELECT m.incident_id FROM incident_members m JOIN documents d ON d.id = m.document_id
        WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?))`);
      args.push(ftsQuery(filter.text));
    }
    const limit = Math.max(0, Math.min(filter.limit ?? DEFAULT_PAGE, MAX_PAGE));
    const offset = Math.max(0, filter.offset ?? 0);
    const sql = `SELECT i.id, i.record, i.documents FROM incidents i ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY coalesce(i.event_date, i.first_published) DESC, i.id LIMIT ? OFFSET ?`;
    const rows = this.sql(sql).all(...args, limit, offset) as {
      id: string;
      record: string;
      documents: string;
    }[];
    return rows.map((r) => ({
      id: r.id,
      documents: JSON.parse(r.documents) as string[],
      record: JSON.parse(r.record) as MergedIncident,
    }));
  }

  async incident(id: string): Promise<IncidentDetail | null> {
    const row = this.sql("SELECT id, record, documents FROM incidents WHERE id = ?").get(id) as
      | { id: string; record: string; documents: string }
      | undefined;
    if (!row) return null;
    const members = this.sql(
      `SELECT m.document_id, m.idx, m.record FROM incident_members m JOIN documents d ON d.id = m.document_id
         WHERE m.incident_id = ? ORDER BY d.seq, m.idx`,
    ).all(id) as { document_id: string; idx: number; record: string }[];
    const sources = [];
    for (const m of members) {
      const document = await this.document(m.document_id);
      if (document) sources.push({ document, index: m.idx, record: JSON.parse(m.record) as IncidentRecord });
    }
    return {
      id: row.id,
      documents: JSON.parse(row.documents) as string[],
      record: JSON.parse(row.record) as MergedIncident,
      sources,
    };
  }

  async document(id: string): Promise<StoredDocument | null> {
    const r = this.sql("SELECT * FROM documents WHERE id = ?").get(id) as DocRow | undefined;
    if (!r) return null;
    const keys = (
      this.sql("SELECT key FROM document_keys WHERE document_id = ? ORDER BY key").all(id) as { key: string }[]
    ).map((k) => k.key);
    return {
      id: r.id,
      keys,
      url: r.url,
      outlet: r.outlet,
      title: r.title,
      published: r.published,
      lang: r.lang,
      contentHash: r.content_hash,
      text: r.text,
      html: r.html,
      relevant: r.relevant === 1,
      extraction: JSON.parse(r.extraction) as DocResult,
    };
  }

  async counts(): Promise<StoreCounts> {
    const n = (sql: string) => (this.sql(sql).get() as { n: number }).n;
    return {
      documents: n("SELECT count(*) AS n FROM documents"),
      incidents: n("SELECT count(*) AS n FROM incidents"),
      errors: n("SELECT count(*) AS n FROM ingest_errors"),
    };
  }

  /** The content of every table except timestamps, in a stable order (tests compare runs with it). */
  snapshot(): Record<string, unknown[]> {
    const tables: [string, string][] = [
      [
        "documents",
        "SELECT id, content_hash, url, outlet, title, published, lang, relevant, seq FROM documents ORDER BY id",
      ],
      ["document_keys", "SELECT * FROM document_keys ORDER BY key"],
      ["incidents", "SELECT * FROM incidents ORDER BY id"],
      ["incident_members", "SELECT document_id, idx, incident_id FROM incident_members ORDER BY document_id, idx"],
      ["blocking_keys", "SELECT * FROM blocking_keys ORDER BY key, document_id, idx"],
      ["persons", "SELECT * FROM persons ORDER BY id"],
      ["person_incidents", "SELECT * FROM person_incidents ORDER BY person_id, incident_id"],
      ["places", "SELECT * FROM places ORDER BY id"],
      ["incident_places", "SELECT * FROM incident_places ORDER BY incident_id, place_id, role"],
      ["ingest_errors", "SELECT origin, message FROM ingest_errors ORDER BY origin, message"],
    ];
    return Object.fromEntries(tables.map(([name, sql]) => [name, this.sql(sql).all()]));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * A user's search words as an FTS5 query: each word quoted (so "AND", "-" or a quote in the input cannot break the
 * syntax), all required.
 */
export function ftsQuery(text: string): string {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ""))
    .filter(Boolean);
  return words.map((w) => `"${w}"`).join(" ");
}
