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
import { applyReviews, checkReview, valueAt } from "./reviews.js";
import type {
  AddOutcome,
  DocumentSummary,
  Flow,
  IncidentDetail,
  IncidentFilter,
  IncidentPlaces,
  IncidentRow,
  IncidentSort,
  IncidentStats,
  Page,
  PersonDetail,
  PersonSummary,
  PlacedIncidents,
  PlaceSummary,
  Review,
  ReviewedIncident,
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
  /** incidents whose reports match a full-text query (JSON array of ids), until the next write: a page and its
   *  count, and the next pages, look the words up once. */
  private readonly matched = new Map<string, string>();

  private textMatches(text: string | undefined): string | undefined {
    if (!text?.trim()) return undefined;
    // data_version changes when another process (a `mukti ingest` beside the server) commits; own writes clear the map
    const q = `${this.db.pragma("data_version", { simple: true }) as number}:${ftsQuery(text)}`;
    let ids = this.matched.get(q);
    if (ids === undefined) {
      ids = (
        this.sql(
          `SELECT json_group_array(incident_id) AS ids FROM (SELECT DISTINCT m.incident_id FROM documents_fts x
             JOIN documents d ON d.rowid = x.rowid JOIN incident_members m ON m.document_id = d.id
             WHERE documents_fts MATCH ?)`,
        ).get(ftsQuery(text)) as { ids: string }
      ).ids;
      if (this.matched.size >= 100) this.matched.clear();
      this.matched.set(q, ids);
    }
    return ids;
  }
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

  /** `result` may be null when the content is stored already (only the key and the incidents are wanted then). */
  async addDocument(doc: SourceDoc, contentHash: string, result: DocResult | null): Promise<AddOutcome> {
    this.matched.clear();
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
      if (!result) throw new Error(`addDocument: ${doc.origin} is new content and needs its extraction`);
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
    // (OR IGNORE: a re-extracted document's incident keeps its id, and an emptied incident with reviews its row)
    if (!best)
      this.sql("INSERT OR IGNORE INTO incidents(id, record, documents) VALUES (?, '{}', '[]')").run(incidentId);
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
    this.rebuild(incidentId);
  }

  /** Merge an incident's first MEMBERS_MERGED reports again, with the human corrections on top. */
  private rebuild(incidentId: string): void {
    const rows = this.sql(
      `SELECT m.document_id, m.idx FROM incident_members m JOIN documents d ON d.id = m.document_id
         WHERE m.incident_id = ? ORDER BY d.seq, m.idx LIMIT ?`,
    ).all(incidentId, MEMBERS_MERGED) as { document_id: string; idx: number }[];
    const members = rows.map((r) => this.extracted(r.document_id, r.idx, false)!).filter(Boolean);
    const merged = mergeIncident(members);
    merged.documents = (
      this.sql("SELECT DISTINCT document_id FROM incident_members WHERE incident_id = ? ORDER BY document_id").all(
        incidentId,
      ) as { document_id: string }[]
    ).map((r) => r.document_id);
    const dates = members
      .map((m) => m.published)
      .filter((p): p is string => !!p)
      .sort();
    // human corrections go on top of every merge: a new report never overwrites them
    this.writeIncident(incidentId, applyReviews(merged, this.reviewRows(incidentId)), dates[0] ?? null);
  }

  /** Store an incident's record, the columns lists filter and sort on, and its person, platform and place links. */
  private writeIncident(incidentId: string, merged: ReviewedIncident, firstPublished: string | null): void {
    const rec = merged as unknown as IncidentRecord;
    this.sql(
      `UPDATE incidents SET record = ?, state = ?, district = ?, event_date = ?, first_published = ?, exploitation = ?,
           platforms = ?, documents = ? WHERE id = ?`,
    ).run(
      JSON.stringify(merged),
      rec.location?.state ?? null,
      rec.location?.district ?? null,
      rec.event_date ?? null,
      firstPublished,
      rec.exploitation ?? null,
      JSON.stringify(rec.platforms ?? []),
      JSON.stringify(merged.documents),
      incidentId,
    );
    this.sql(
      `INSERT OR REPLACE INTO incident_facts(id, sort_date, state, district, exploitation, rescued, minors, arrested)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      incidentId,
      rec.event_date ?? firstPublished,
      rec.location?.state ?? null,
      rec.location?.district ?? null,
      rec.exploitation ?? null,
      rec.victims?.rescued ?? null,
      rec.victims?.minors ?? null,
      rec.arrests?.total ?? null,
    );
    // the persons and places linked before and after: their incident counts are kept on them (list ranking)
    const touchedPersons = new Set(
      (
        this.sql("SELECT person_id FROM person_incidents WHERE incident_id = ?").all(incidentId) as {
          person_id: string;
        }[]
      ).map((r) => r.person_id),
    );
    const touchedPlaces = new Set(
      (
        this.sql("SELECT place_id FROM incident_places WHERE incident_id = ?").all(incidentId) as {
          place_id: string;
        }[]
      ).map((r) => r.place_id),
    );
    this.sql("DELETE FROM incident_platforms WHERE incident_id = ?").run(incidentId);
    const addPlatform = this.sql("INSERT OR IGNORE INTO incident_platforms(incident_id, platform) VALUES (?, ?)");
    for (const p of rec.platforms ?? []) addPlatform.run(incidentId, p);
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
      touchedPersons.add(id);
    }
    for (const o of rec.officials ?? []) {
      const id = `person:${nameKey(o.name) || o.name.toLowerCase()}`;
      upPerson.run(id, o.name, "official");
      link.run(id, incidentId, o.name, null, o.rank, "[]");
      touchedPersons.add(id);
    }
    // places: the incident's location and the victims' origins
    this.sql("DELETE FROM incident_places WHERE incident_id = ?").run(incidentId);
    const upPlace = this.sql(
      `INSERT INTO places(id, name, kind, state, district, country, lgd_state, lgd_district, lat, lon, precision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
    );
    const linkPlace = this.sql(
      "INSERT OR IGNORE INTO incident_places(incident_id, place_id, role, victims) VALUES (?, ?, ?, ?)",
    );
    const addPlace = (g: GeoPlace | null | undefined, role: string, victims: number | null = null) => {
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
      linkPlace.run(incidentId, g.id, role, victims);
      touchedPlaces.add(g.id);
    };
    addPlace(rec.location?.place, "location");
    // victims per origin: the stated count, else all those rescued when the report names one origin only
    const origins = rec.victims?.origins ?? [];
    for (const o of origins)
      addPlace(o.geo, "origin", o.count ?? (origins.length === 1 ? (rec.victims.rescued ?? null) : null));
    const countPerson = this.sql(
      "UPDATE persons SET incidents = (SELECT count(*) FROM person_incidents WHERE person_id = @id) WHERE id = @id",
    );
    for (const id of touchedPersons) countPerson.run({ id });
    const countPlace = this.sql(
      `UPDATE places SET
         incidents = (SELECT count(*) FROM incident_places WHERE place_id = @id AND role = 'location'),
         as_origin = (SELECT count(*) FROM incident_places WHERE place_id = @id AND role = 'origin')
       WHERE id = @id`,
    );
    for (const id of touchedPlaces) countPlace.run({ id });
  }

  async documentIds(): Promise<string[]> {
    return (this.sql("SELECT id FROM documents ORDER BY seq").all() as { id: string }[]).map((r) => r.id);
  }

  async reextract(documentId: string, result: DocResult): Promise<{ incidents: string[] }> {
    return this.db.transaction((): { incidents: string[] } => {
      const doc = this.sql("SELECT text, published, outlet FROM documents WHERE id = ?").get(documentId) as
        | { text: string; published: string | null; outlet: string | null }
        | undefined;
      if (!doc) throw new Error(`no document ${documentId}`);
      const before = (
        this.sql("SELECT DISTINCT incident_id FROM incident_members WHERE document_id = ?").all(documentId) as {
          incident_id: string;
        }[]
      ).map((r) => r.incident_id);
      this.sql("DELETE FROM blocking_keys WHERE document_id = ?").run(documentId);
      this.sql("DELETE FROM incident_members WHERE document_id = ?").run(documentId);
      this.records.clear();
      this.sql("UPDATE documents SET extraction = ?, relevant = ?, extractor = ? WHERE id = ?").run(
        JSON.stringify(result),
        result.relevant ? 1 : 0,
        EXTRACTOR,
        documentId,
      );
      const published = result.published ?? doc.published;
      const after: string[] = [];
      if (result.relevant)
        result.incidents.forEach((record, index) => {
          after.push(this.resolve({ docId: documentId, index, record, text: doc.text, published, outlet: doc.outlet }));
        });
      // incidents the document left: merged again from their other reports, or removed when none is left (a
      // reviewed incident keeps its row and its corrections, out of the lists, until a report joins it again)
      for (const id of before) {
        if (after.includes(id)) continue;
        const left = this.sql("SELECT 1 FROM incident_members WHERE incident_id = ? LIMIT 1").get(id);
        if (left) this.rebuild(id);
        else this.dropIncident(id);
      }
      return { incidents: [...new Set(after)].sort() };
    })();
  }

  /** An incident no report holds any longer: out of every list; its row stays only to keep its reviews. */
  private dropIncident(id: string): void {
    for (const table of ["incident_facts", "incident_platforms", "person_incidents", "incident_places"])
      this.sql(`DELETE FROM ${table} WHERE ${table === "incident_facts" ? "id" : "incident_id"} = ?`).run(id);
    const reviewed = this.sql("SELECT 1 FROM reviews WHERE incident_id = ? LIMIT 1").get(id);
    if (!reviewed) this.sql("DELETE FROM incidents WHERE id = ?").run(id);
    else this.sql("UPDATE incidents SET documents = '[]' WHERE id = ?").run(id);
  }

  async logError(origin: string, message: string): Promise<void> {
    this.sql("INSERT OR IGNORE INTO ingest_errors(origin, message, at) VALUES (?, ?, ?)").run(
      origin,
      message,
      new Date().toISOString(),
    );
  }

  async incidents(filter: IncidentFilter = {}): Promise<IncidentRow[]> {
    return this.page(filter).map(incidentRow);
  }

  /** A page of incidents as stored (record and documents as JSON text): the page is chosen on the narrow facts
   *  table, and only its rows' records are read. */
  private page(filter: IncidentFilter): { id: string; record: string; documents: string }[] {
    const w = whereOf(filter, this.textMatches(filter.text));
    const limit = Math.max(0, Math.min(filter.limit ?? DEFAULT_PAGE, MAX_PAGE));
    const offset = Math.max(0, filter.offset ?? 0);
    const order = ORDER[filter.sort ?? "-date"];
    // the facts' columns go through the subquery so that the outer ORDER BY (a join keeps no order) can use them
    return this.sql(
      `SELECT i.id, i.record, i.documents FROM (
         SELECT f.* FROM incident_facts f ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?
       ) f JOIN incidents i ON i.id = f.id ORDER BY ${order}`,
    ).all(...w.args, limit, offset) as { id: string; record: string; documents: string }[];
  }

  async incidentsJson(filter: IncidentFilter = {}): Promise<string> {
    return `[${this.page(filter)
      .map((r) => `{"id":${JSON.stringify(r.id)},"documents":${r.documents},"record":${r.record}}`)
      .join(",")}]`;
  }

  async countIncidents(filter: IncidentFilter = {}): Promise<number> {
    const w = whereOf(filter, this.textMatches(filter.text));
    return (this.sql(`SELECT count(*) AS n FROM incident_facts f ${w.sql}`).get(...w.args) as { n: number }).n;
  }

  async *eachIncident(filter: IncidentFilter = {}): AsyncGenerator<IncidentRow> {
    // pages, not one open cursor: another request may use the connection between two pages
    for (let offset = 0; ; offset += MAX_PAGE) {
      const page = await this.incidents({ ...filter, limit: MAX_PAGE, offset });
      yield* page;
      if (page.length < MAX_PAGE) return;
    }
  }

  async persons(query: Page & { text?: string } = {}): Promise<{ total: number; items: PersonSummary[] }> {
    const args: string[] = [];
    let match = "";
    if (query.text?.trim()) {
      const like = `%${escapeLike(query.text.trim())}%`;
      match = `AND (p.name LIKE ? ESCAPE '\\' OR p.id IN (SELECT person_id FROM person_incidents
        WHERE name LIKE ? ESCAPE '\\' OR aliases LIKE ? ESCAPE '\\'))`;
      args.push(like, like, like);
    }
    const total = (
      this.sql(`SELECT count(*) AS n FROM persons p WHERE p.incidents > 0 ${match}`).get(...args) as { n: number }
    ).n;
    const rows = this.sql(
      `SELECT p.id, p.name, p.kind, p.incidents FROM persons p WHERE p.incidents > 0 ${match}
       ORDER BY p.incidents DESC, p.name, p.id LIMIT ? OFFSET ?`,
    ).all(...args, pageLimit(query.limit), Math.max(0, query.offset ?? 0)) as Omit<PersonSummary, "aliases">[];
    const aliasesOf = this.sql("SELECT aliases FROM person_incidents WHERE person_id = ?").pluck();
    return {
      total,
      items: rows.map((r) => ({
        ...r,
        aliases: unionAliases(
          (aliasesOf.all(r.id) as string[]).map((a) => JSON.parse(a) as string[]),
          r.name,
        ),
      })),
    };
  }

  async person(id: string): Promise<PersonDetail | null> {
    const p = this.sql("SELECT id, name, kind FROM persons WHERE id = ?").get(id) as
      | { id: string; name: string; kind: string }
      | undefined;
    if (!p) return null;
    const rows = this.sql(
      `SELECT pi.incident_id AS id, pi.role, pi.rank, pi.name, pi.aliases, f.sort_date AS date, f.district, f.state
       FROM person_incidents pi JOIN incident_facts f ON f.id = pi.incident_id WHERE pi.person_id = ?
       ORDER BY f.sort_date DESC, f.id`,
    ).all(id) as (PersonDetail["incidents"][number] & { aliases: string })[];
    const links = this.sql(
      `SELECT o.person_id AS person, q.name, q.kind, count(*) AS shared
       FROM person_incidents me JOIN person_incidents o ON o.incident_id = me.incident_id AND o.person_id <> me.person_id
       JOIN persons q ON q.id = o.person_id WHERE me.person_id = ?
       GROUP BY o.person_id ORDER BY shared DESC, q.name LIMIT 100`,
    ).all(id) as PersonDetail["links"];
    return {
      ...p,
      aliases: unionAliases(
        rows.map((r) => JSON.parse(r.aliases) as string[]),
        p.name,
      ),
      incidents: rows.map(({ aliases: _, ...r }) => r),
      links,
    };
  }

  async places(query: { kind?: string; limit?: number } = {}): Promise<PlaceSummary[]> {
    const args: (string | number)[] = [];
    let kind = "";
    if (query.kind) {
      kind = "AND p.kind = ?";
      args.push(query.kind);
    }
    return this.sql(
      `SELECT p.id, p.name, p.kind, p.state, p.district, p.lat, p.lon, p.precision, p.incidents, p.as_origin
       FROM places p WHERE p.incidents + p.as_origin > 0 ${kind}
       ORDER BY p.incidents + p.as_origin DESC, p.name, p.id LIMIT ?`,
    ).all(...args, pageLimit(query.limit)) as PlaceSummary[];
  }

  async stats(filter: IncidentFilter = {}): Promise<IncidentStats> {
    const w = whereOf(filter, this.textMatches(filter.text));
    const and = w.sql ? `${w.sql} AND` : "WHERE";
    const all = <T>(sql: string) => this.sql(sql).all(...w.args) as T[];
    const totals = this.sql(
      `SELECT count(*) AS incidents, coalesce(sum(f.rescued), 0) AS rescued, coalesce(sum(f.arrested), 0) AS arrested
       FROM incident_facts f ${w.sql}`,
    ).get(...w.args) as { incidents: number; rescued: number; arrested: number };
    const documents = (
      this.sql(
        w.sql
          ? `SELECT count(DISTINCT m.document_id) AS n FROM incident_members m
             WHERE m.incident_id IN (SELECT f.id FROM incident_facts f ${w.sql})`
          : "SELECT count(DISTINCT document_id) AS n FROM incident_members",
      ).get(...w.args) as { n: number }
    ).n;
    return {
      by_month: all(
        `SELECT substr(f.sort_date, 1, 7) AS month, count(*) AS incidents, coalesce(sum(f.rescued), 0) AS rescued
         FROM incident_facts f ${and} f.sort_date IS NOT NULL GROUP BY month ORDER BY month`,
      ),
      by_state: all(
        `SELECT f.state, count(*) AS incidents, coalesce(sum(f.rescued), 0) AS rescued
         FROM incident_facts f ${and} f.state IS NOT NULL GROUP BY f.state ORDER BY incidents DESC, f.state`,
      ),
      by_exploitation: all(
        `SELECT f.exploitation, count(*) AS incidents FROM incident_facts f ${and} f.exploitation IS NOT NULL
         GROUP BY f.exploitation ORDER BY incidents DESC, f.exploitation`,
      ),
      by_platform: all(
        `SELECT p.platform, count(*) AS incidents FROM incident_platforms p
         ${w.sql ? `WHERE p.incident_id IN (SELECT f.id FROM incident_facts f ${w.sql})` : ""}
         GROUP BY p.platform ORDER BY incidents DESC, p.platform`,
      ),
      totals: { ...totals, documents },
    };
  }

  async flows(filter: IncidentFilter = {}): Promise<Flow[]> {
    const w = whereOf(filter, this.textMatches(filter.text));
    const limit = Math.max(0, Math.min(filter.limit ?? MAX_PAGE, MAX_PAGE));
    // the pairs are ranked first and only the top `limit` read their two places (one join, not a lookup per place)
    const rows = this.sql(
      `SELECT t.incidents, t.victims, a.id AS a_id, a.name AS a_name, a.kind AS a_kind, a.lat AS a_lat, a.lon AS a_lon,
         b.id AS b_id, b.name AS b_name, b.kind AS b_kind, b.lat AS b_lat, b.lon AS b_lon
       FROM (
         SELECT o.place_id AS from_id, l.place_id AS to_id, count(*) AS incidents, coalesce(sum(o.victims), 0) AS victims
         FROM incident_places o JOIN incident_places l ON l.incident_id = o.incident_id AND l.role = 'location'
         WHERE o.role = 'origin' AND o.place_id <> l.place_id
           ${w.sql ? `AND o.incident_id IN (SELECT f.id FROM incident_facts f ${w.sql})` : ""}
         GROUP BY o.place_id, l.place_id ORDER BY victims DESC, incidents DESC, from_id, to_id LIMIT ?
       ) t JOIN places a ON a.id = t.from_id JOIN places b ON b.id = t.to_id
       ORDER BY t.victims DESC, t.incidents DESC, t.from_id, t.to_id`,
    ).all(...w.args, limit) as FlowRow[];
    return rows.map((r) => ({
      from: { id: r.a_id, name: r.a_name, kind: r.a_kind, lat: r.a_lat, lon: r.a_lon },
      to: { id: r.b_id, name: r.b_name, kind: r.b_kind, lat: r.b_lat, lon: r.b_lon },
      incidents: r.incidents,
      victims: r.victims,
    }));
  }

  async incidentPlaces(filter: IncidentFilter = {}): Promise<IncidentPlaces> {
    const w = whereOf(filter, this.textMatches(filter.text));
    // counted per place on the location links first (an index scan), and only then are the places read, once each;
    // every matching incident has at most one location, so placed + unplaced = the filter's count
    const items = this.sql(
      `SELECT p.id, p.name, p.kind, p.state, p.district, p.lat, p.lon, p.precision, g.incidents FROM (
         SELECT l.place_id, count(*) AS incidents FROM incident_places l WHERE l.role = 'location'
           ${w.sql ? `AND l.incident_id IN (SELECT f.id FROM incident_facts f ${w.sql})` : ""}
         GROUP BY l.place_id
       ) g JOIN places p ON p.id = g.place_id
       WHERE p.lat IS NOT NULL AND p.lon IS NOT NULL ORDER BY g.incidents DESC, p.id`,
    ).all(...w.args) as PlacedIncidents[];
    let placed = 0;
    for (const p of items) placed += p.incidents;
    return { items, unplaced: (await this.countIncidents(filter)) - placed };
  }

  async documents(query: Page & { text?: string } = {}): Promise<{ total: number; items: DocumentSummary[] }> {
    const limit = pageLimit(query.limit);
    const offset = Math.max(0, query.offset ?? 0);
    const columns = `d.id, d.url, d.outlet, d.title, d.published, d.lang, d.relevant,
      (SELECT json_group_array(key) FROM (SELECT key FROM document_keys k WHERE k.document_id = d.id ORDER BY key))
        AS keys`;
    let total: number;
    let rows: (Omit<DocumentSummary, "keys" | "relevant"> & { keys: string; relevant: number })[];
    if (query.text?.trim()) {
      // newest first straight from the full-text index (rowids grow with insertion, as seq does): a word that
      // occurs in every document costs no sort of all of them
      const match = ftsQuery(query.text);
      total = (
        this.sql("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?").get(match) as { n: number }
      ).n;
      rows = this.sql(
        `SELECT ${columns} FROM (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?
           ORDER BY rowid DESC LIMIT ? OFFSET ?) x JOIN documents d ON d.rowid = x.rowid ORDER BY d.rowid DESC`,
      ).all(match, limit, offset) as typeof rows;
    } else {
      total = (this.sql("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
      rows = this.sql(`SELECT ${columns} FROM documents d ORDER BY d.seq DESC LIMIT ? OFFSET ?`).all(
        limit,
        offset,
      ) as typeof rows;
    }
    return {
      total,
      items: rows.map((r) => ({ ...r, keys: JSON.parse(r.keys) as string[], relevant: r.relevant === 1 })),
    };
  }

  private reviewRows(incidentId: string): Review[] {
    const rows = this.sql("SELECT * FROM reviews WHERE incident_id = ? ORDER BY id").all(incidentId) as (Omit<
      Review,
      "old_value" | "new_value"
    > & { old_value: string | null; new_value: string | null })[];
    return rows.map((r) => ({
      ...r,
      old_value: r.old_value === null ? null : JSON.parse(r.old_value),
      new_value: r.new_value === null ? null : JSON.parse(r.new_value),
    }));
  }

  async reviews(incidentId: string): Promise<Review[]> {
    return this.reviewRows(incidentId);
  }

  async review(
    incidentId: string,
    field: string,
    value: unknown,
    who: string,
    note: string | null = null,
  ): Promise<{ review: Review; incident: IncidentRow } | null> {
    const checked = checkReview(field, value);
    return this.db.transaction(() => {
      const select = this.sql("SELECT id, record, documents FROM incidents WHERE id = ?");
      const row = select.get(incidentId) as { id: string; record: string; documents: string } | undefined;
      if (!row) return null;
      const old = valueAt(incidentRow(row).record, field);
      this.sql(
        "INSERT INTO reviews(incident_id, field, old_value, new_value, who, at, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ).run(incidentId, field, JSON.stringify(old), JSON.stringify(checked), who, new Date().toISOString(), note);
      // merged again from the reports, so that a correction taken back restores what the reports say (the place)
      this.rebuild(incidentId);
      const incident = incidentRow(select.get(incidentId) as { id: string; record: string; documents: string });
      return { review: incident.record.reviewed[field]!, incident };
    })();
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
    return { ...incidentRow(row), sources };
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

function incidentRow(r: { id: string; record: string; documents: string }): IncidentRow {
  const record = JSON.parse(r.record) as ReviewedIncident;
  // records stored before reviews existed have no `reviewed`
  record.reviewed ??= {};
  return { id: r.id, documents: JSON.parse(r.documents) as string[], record };
}

/** The documents of an incident (its reports), for the `sources` sort: counted on the members' index. */
const SOURCES = "(SELECT count(DISTINCT m.document_id) FROM incident_members m WHERE m.incident_id = f.id)";

/** The order of each sort: unknown values last either way, then newest first; ties by id, so that pages never
 *  overlap. `place` orders by state, then district. */
const ORDER: Record<IncidentSort, string> = {
  "-date": "f.sort_date DESC, f.id",
  date: "f.sort_date ASC NULLS LAST, f.id",
  "-rescued": "f.rescued DESC, f.sort_date DESC, f.id",
  rescued: "f.rescued ASC NULLS LAST, f.sort_date DESC, f.id",
  "-arrested": "f.arrested DESC, f.sort_date DESC, f.id",
  arrested: "f.arrested ASC NULLS LAST, f.sort_date DESC, f.id",
  "-exploitation": "f.exploitation DESC, f.sort_date DESC, f.id",
  exploitation: "f.exploitation ASC NULLS LAST, f.sort_date DESC, f.id",
  "-place": "f.state COLLATE NOCASE DESC, f.district COLLATE NOCASE DESC, f.sort_date DESC, f.id",
  place: "f.state COLLATE NOCASE ASC NULLS LAST, f.district COLLATE NOCASE ASC NULLS LAST, f.sort_date DESC, f.id",
  "-sources": `${SOURCES} DESC, f.sort_date DESC, f.id`,
  sources: `${SOURCES} ASC, f.sort_date DESC, f.id`,
};

interface FlowRow {
  incidents: number;
  victims: number;
  a_id: string;
  a_name: string;
  a_kind: string;
  a_lat: number | null;
  a_lon: number | null;
  b_id: string;
  b_name: string;
  b_kind: string;
  b_lat: number | null;
  b_lon: number | null;
}

/** The WHERE clause of an incident filter over `incident_facts f` (denormalised columns only: no JSON read per row). */
function whereOf(filter: IncidentFilter, matches?: string): { sql: string; args: (string | number)[] } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const eq = (col: string, v: string | undefined) => {
    if (v === undefined || v === "") return;
    where.push(`${col} = ? COLLATE NOCASE`);
    args.push(v);
  };
  eq("f.state", filter.state);
  eq("f.district", filter.district);
  eq("f.exploitation", filter.exploitation);
  if (filter.from) {
    where.push("f.sort_date >= ?");
    args.push(filter.from);
  }
  if (filter.to) {
    // a date (or month) on the last day still counts: compare the date part only
    where.push("substr(f.sort_date, 1, 10) <= ?");
    args.push(filter.to);
  }
  if (filter.place) {
    where.push("f.id IN (SELECT incident_id FROM incident_places WHERE place_id = ? AND role = 'location')");
    args.push(filter.place);
  }
  if (filter.platform) {
    where.push("f.id IN (SELECT incident_id FROM incident_platforms WHERE platform = ? COLLATE NOCASE)");
    args.push(filter.platform);
  }
  if (matches !== undefined) {
    where.push("f.id IN (SELECT value FROM json_each(?))");
    args.push(matches);
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", args };
}

const pageLimit = (limit: number | undefined) => Math.max(0, Math.min(limit ?? DEFAULT_PAGE, MAX_PAGE));

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The aliases a person is known by across incidents, once each, without the person's own name. */
function unionAliases(lists: readonly string[][], name: string): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const list of lists)
    for (const a of list)
      if (!seen.has(a.toLowerCase())) {
        seen.add(a.toLowerCase());
        out.push(a);
      }
  return out;
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
