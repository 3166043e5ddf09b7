// `mukti serve`: the HTTP API of docs/api.md under /api, and the web app's built files (dist/web) at /.
// Every route validates its input with a JSON schema (schemas.ts) and answers errors in one shape with a message
// that says what to fix (errors.ts). No route returns a victim's name: records never hold one, and the document
// texts served are redacted (redact.ts).
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from "fastify";
import { reextractAll } from "../ingest/run.js";
import type { Fetcher } from "../ingest/types.js";
import { ReviewError } from "../store/reviews.js";
import type { IncidentFilter, IncidentRow, Store, StoredDocument } from "../store/types.js";
import {
  type AjvError,
  ApiError,
  badRequest,
  describeValidation,
  type ErrorCode,
  errorBody,
  notFound,
} from "./errors.js";
import { csvHeader, csvRow, geoFeature } from "./exports.js";
import { toHtcds } from "./htcds.js";
import { ingestItems, type TextInput, textSource, uploadKind, uploadSource, urlSource } from "./ingest.js";
import { type Redacted, redactHtml, redactText, remapEvidence } from "./redact.js";
import * as S from "./schemas.js";

/** The largest JSON body (a report's text): a report is a few KB; 5 MB is a dump. */
export const MAX_JSON_BYTES = 5 * 1024 * 1024;
/** The largest uploaded file. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** the web app's built files; default dist/web of this package (served when it holds an index.html) */
  webRoot?: string | null;
  /** how ingested URLs are fetched (tests serve pages without a network) */
  fetch?: Fetcher;
  /** fastify's logger (off by default) */
  logger?: boolean;
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_WEB_ROOT = join(REPO, "dist/web");

type FilterQuery = Omit<IncidentFilter, "limit" | "offset" | "sort">;
type ListQuery = IncidentFilter & { limit: number; offset: number };

/** A filter's dates in order: a range that ends before it starts is a mistake worth saying. */
function checkRange(q: FilterQuery): void {
  if (q.from && q.to && q.from > q.to)
    throw badRequest(`from (${q.from}) is after to (${q.to}): give from ≤ to`, "from");
}

function filterOf(q: FilterQuery): IncidentFilter {
  checkRange(q);
  const { state, district, from, to, exploitation, platform, place, text } = q;
  return { state, district, from, to, exploitation, platform, place, text };
}

/** A document as the API serves it: text redacted, the extraction and hash left out, HTML only when asked. */
function servedDocument(d: StoredDocument, r: Redacted, withHtml: boolean) {
  return {
    id: d.id,
    keys: d.keys,
    url: d.url,
    outlet: d.outlet,
    title: d.title === null ? null : redactHtml(d.title, r.names),
    published: d.published,
    lang: d.lang,
    text: r.text,
    relevant: d.relevant,
    ...(withHtml ? { html: d.html === null ? null : redactHtml(d.html, r.names) } : {}),
  };
}

const ERROR_CODES: Record<number, ErrorCode> = {
  400: "bad_request",
  404: "not_found",
  406: "unsupported",
  413: "too_large",
  415: "unsupported",
};

/** Fastify's own errors (body parsing, limits) with messages that say what to send instead. */
function frameworkMessage(err: FastifyError): string {
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return `the body is over ${MAX_JSON_BYTES / 1024 / 1024} MB: send a report of at most that size as JSON, or upload a file (multipart/form-data, up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB)`;
    case "FST_REQ_FILE_TOO_LARGE":
      return `the uploaded file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB: split it into smaller files`;
    case "FST_FILES_LIMIT":
      return "upload one file per request (field name: file)";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "this content type is not accepted: send application/json (or multipart/form-data to /api/ingest)";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "the body is empty: send a JSON object";
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return `the body is not valid JSON: ${err.message}`;
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return "the request is not multipart/form-data";
    default:
      return err.message;
  }
}

function exportFilename(ext: string): string {
  return `mukti-incidents-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

/** A JSON array streamed item by item. */
async function* jsonArray<T>(rows: AsyncIterable<T>, map: (row: T) => unknown): AsyncGenerator<string> {
  let first = true;
  yield "[";
  for await (const row of rows) {
    yield `${first ? "\n" : ",\n"}${JSON.stringify(map(row))}`;
    first = false;
  }
  yield "\n]\n";
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: MAX_JSON_BYTES,
    // verbose: validation errors carry the offending value, so that messages can quote it
    ajv: { customOptions: { verbose: true } },
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Mukti API",
        description: "Human-trafficking incidents from Indian news reports (docs/api.md)",
        version: "0.1.0",
      },
    },
  });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.validation) {
      const d = describeValidation(err.validation[0] as AjvError, err.validationContext ?? "querystring");
      return reply.code(400).send(errorBody("bad_request", d.message, d.field));
    }
    if (err instanceof ApiError) return reply.code(err.statusCode).send(errorBody(err.code, err.message, err.field));
    if (err instanceof ReviewError) return reply.code(400).send(errorBody("bad_request", err.message, err.field));
    const status = err.statusCode ?? 500;
    const code = ERROR_CODES[status];
    if (code) return reply.code(status).send(errorBody(code, frameworkMessage(err)));
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody("bad_request", err.message));
    req.log.error(err);
    return reply.code(500).send(errorBody("internal", `internal error: ${err.message}`));
  });

  const webRoot = opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot;
  const hasWeb = !!webRoot && existsSync(join(webRoot, "index.html"));

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split("?")[0]!;
    if (path.startsWith("/api/") || path === "/api" || req.method !== "GET" || !hasWeb)
      return reply
        .code(404)
        .send(errorBody("not_found", `no route ${req.method} ${path}: the routes are listed at /api/openapi.json`));
    // the web app routes in the browser: its pages are all index.html
    return reply.sendFile("index.html");
  });

  if (hasWeb) await app.register(fastifyStatic, { root: webRoot!, prefix: "/", wildcard: true });
  else
    app.get("/", { schema: { hide: true } }, (_req, reply) =>
      reply
        .type("text/html; charset=utf-8")
        .send(
          `<!doctype html><html lang="en"><meta charset="utf-8"><title>Mukti</title>` +
            `<p>The Mukti web app is not built: run <code>npm run build</code> in the mukti folder, then restart ` +
            `<code>mukti serve</code>. The API answers under <a href="/api/openapi.json">/api</a>.</p></html>`,
        ),
    );

  app.get("/api/openapi.json", { schema: { hide: true } }, () => app.swagger());

  // ---- incidents ----

  app.get(
    "/api/incidents",
    {
      schema: {
        summary: "Incidents matching the filters, one page",
        querystring: S.incidentsQuery,
        response: S.responses(S.incidentList),
      },
    },
    async (req, reply) => {
      const q = req.query as ListQuery;
      const filter = { ...filterOf(q), sort: q.sort };
      const [total, items] = await Promise.all([
        store.countIncidents(filter),
        store.incidentsJson({ ...filter, limit: q.limit, offset: q.offset }),
      ]);
      // the records as stored, spliced in: no parse and re-serialisation of up to 500 records
      return reply
        .type("application/json; charset=utf-8")
        .send(`{"total":${total},"limit":${q.limit},"offset":${q.offset},"items":${items}}`);
    },
  );

  // a static path: it wins over /api/incidents/:id (incident ids are "inc-…", never "places")
  app.get(
    "/api/incidents/places",
    {
      schema: {
        summary: "The matching incidents counted per located place (one map marker each), most incidents first",
        querystring: S.filterQuery,
        response: S.responses(S.incidentPlaces),
      },
    },
    async (req) => store.incidentPlaces(filterOf(req.query as FilterQuery)),
  );

  app.get(
    "/api/incidents/:id",
    {
      schema: {
        summary: "One incident with each source document and its own record (evidence offsets into its text)",
        params: S.idParams,
        response: S.responses(S.incidentDetail, 404),
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const d = await store.incident(id);
      if (!d) throw notFound(`no incident ${id}: list them with GET /api/incidents`);
      const redactions = new Map<string, Redacted>();
      for (const s of d.sources)
        if (!redactions.has(s.document.id)) redactions.set(s.document.id, redactText(s.document.text));
      const of = (docId: string) => redactions.get(docId);
      remapEvidence(d.record, of);
      return {
        incident: { id: d.id, documents: d.documents, record: d.record },
        sources: d.sources.map((s) => {
          remapEvidence(s.record, of, s.document.id);
          return { document: servedDocument(s.document, of(s.document.id)!, false), index: s.index, record: s.record };
        }),
      };
    },
  );

  app.get(
    "/api/incidents/:id/reviews",
    {
      schema: {
        summary: "Every correction of an incident, oldest first",
        params: S.idParams,
        response: S.responses(S.reviewList, 404),
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const reviews = await store.reviews(id);
      // an incident without corrections and an unknown id both have none: only the second is an error
      if (!reviews.length && !(await store.incident(id)))
        throw notFound(`no incident ${id}: list them with GET /api/incidents`);
      return reviews;
    },
  );

  app.post(
    "/api/incidents/:id/review",
    {
      schema: {
        summary: "Correct one field of an incident (kept with who, when and the old value)",
        params: S.idParams,
        body: S.reviewBody,
        response: S.responses(S.reviewResult, 404, 415),
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const b = req.body as { field: string; value?: unknown; who: string; note?: string };
      if (!b.who.trim()) throw badRequest("who must name the reviewer", "who");
      const out = await store.review(id, b.field, b.value ?? null, b.who.trim(), b.note ?? null);
      if (!out) throw notFound(`no incident ${id}: list them with GET /api/incidents`);
      return out;
    },
  );

  app.post(
    "/api/reextract",
    {
      schema: {
        summary: "Read every stored document again with this version of the extractor; human corrections stay",
        response: S.responses({
          type: "object",
          required: ["documents", "incidents"],
          properties: { documents: { type: "integer" }, incidents: { type: "integer" } },
        }),
      },
    },
    async () => reextractAll(store),
  );

  // ---- documents, persons, places ----

  app.get(
    "/api/documents",
    {
      schema: {
        summary: "Stored documents, newest first (without their text)",
        querystring: S.textPageQuery,
        response: S.responses(S.documentList),
      },
    },
    async (req) => {
      const q = req.query as { text?: string; limit: number; offset: number };
      const page = await store.documents(q);
      return { total: page.total, limit: q.limit, offset: q.offset, items: page.items };
    },
  );

  app.get(
    "/api/documents/:id",
    {
      schema: {
        summary: "One document with its text (victims' names withheld); html=1 adds the page's HTML",
        params: S.idParams,
        querystring: S.documentQuery,
        response: S.responses(S.document, 404),
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const d = await store.document(id);
      if (!d) throw notFound(`no document ${id}: list them with GET /api/documents`);
      return servedDocument(d, redactText(d.text), (req.query as { html?: string }).html === "1");
    },
  );

  app.get(
    "/api/persons",
    {
      schema: {
        summary: "Accused and officials named in incidents, most incidents first",
        querystring: S.textPageQuery,
        response: S.responses(S.personList),
      },
    },
    async (req) => {
      const q = req.query as { text?: string; limit: number; offset: number };
      const page = await store.persons(q);
      return { total: page.total, limit: q.limit, offset: q.offset, items: page.items };
    },
  );

  app.get(
    "/api/persons/:id",
    {
      schema: {
        summary: "One person with their incidents and the persons sharing them",
        params: S.idParams,
        response: S.responses(S.personDetail, 404),
      },
    },
    async (req) => {
      const { id } = req.params as { id: string };
      const p = await store.person(id);
      if (!p) throw notFound(`no person ${id}: list them with GET /api/persons`);
      return p;
    },
  );

  app.get(
    "/api/places",
    {
      schema: {
        summary: "Places of incidents and victims' origins, most incidents first",
        querystring: S.placesQuery,
        response: S.responses(S.placeList),
      },
    },
    async (req) => ({ items: await store.places(req.query as { kind?: string; limit: number }) }),
  );

  app.get(
    "/api/stats",
    {
      schema: {
        summary: "Counts by month, state, exploitation and platform, and totals",
        querystring: S.filterQuery,
        response: S.responses(S.stats),
      },
    },
    async (req) => store.stats(filterOf(req.query as FilterQuery)),
  );

  app.get(
    "/api/flows",
    {
      schema: {
        summary: "Victims' origin → incident place, with incidents and victims",
        querystring: S.flowsQuery,
        response: S.responses(S.flows),
      },
    },
    async (req) => {
      const q = req.query as FilterQuery & { limit: number };
      return { items: await store.flows({ ...filterOf(q), limit: q.limit }) };
    },
  );

  // ---- ingest ----

  app.post(
    "/api/ingest",
    {
      schema: {
        summary: "Ingest a report (JSON text), a URL to fetch, or an uploaded .txt/.html/.jsonl file",
        consumes: ["application/json", "multipart/form-data"],
        body: { content: { "application/json": { schema: S.ingestJsonBody } } },
        response: S.responses(S.ingestResult, 413, 415),
      },
      preValidation: async (req) => {
        const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
        if (type !== "application/json" && type !== "multipart/form-data")
          throw new ApiError(
            415,
            "unsupported",
            `content type ${type || "(none)"} is not accepted: send application/json {text} or {url}, or multipart/form-data with a file`,
          );
      },
    },
    async (req) => {
      if (req.isMultipart()) {
        const file = await req.file();
        if (!file) throw badRequest("the upload has no file: send it in the field named file", "file");
        const kind = uploadKind(file.filename);
        if (!kind) {
          file.file.resume();
          throw new ApiError(
            415,
            "unsupported",
            `${file.filename || "the file"} is not a .txt, .html or .jsonl file: upload one of those`,
            "file",
          );
        }
        const body = await file.toBuffer();
        return ingestItems(store, uploadSource(file.filename, kind, body));
      }
      const b = (req.body ?? {}) as Partial<TextInput>;
      if (b.text !== undefined) {
        if (!b.text.trim()) throw badRequest("text is blank: send the report's text", "text");
        return ingestItems(store, textSource(b as TextInput));
      }
      if (b.url) return ingestItems(store, urlSource(b.url, opts.fetch));
      throw badRequest("send text (the report) or url (a page or feed to fetch)", "text");
    },
  );

  // ---- exports ----

  const exportQuery = {
    type: "object",
    properties: { ...S.filterQuery.properties, sort: S.incidentsQuery.properties.sort },
  } as const;
  const exportRoute = (
    path: string,
    summary: string,
    send: (rows: AsyncIterable<IncidentRow>, reply: FastifyReply) => unknown,
  ) =>
    app.get(path, { schema: { summary, querystring: exportQuery } }, async (req, reply) => {
      const q = req.query as FilterQuery & { sort?: IncidentFilter["sort"] };
      return send(store.eachIncident({ ...filterOf(q), sort: q.sort }), reply);
    });

  exportRoute("/api/export.csv", "Incidents as CSV (one row per incident)", (rows, reply) => {
    async function* csv() {
      yield csvHeader();
      for await (const r of rows) yield csvRow(r);
    }
    return reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${exportFilename("csv")}"`)
      .send(Readable.from(csv()));
  });

  exportRoute("/api/export.json", "Incidents as JSON (Incident[])", (rows, reply) =>
    reply
      .type("application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="${exportFilename("json")}"`)
      .send(Readable.from(jsonArray(rows, (r) => r))),
  );

  exportRoute("/api/export.htcds.json", "Incidents as HTCDS-shaped records", (rows, reply) =>
    reply
      .type("application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="${exportFilename("htcds.json")}"`)
      .send(Readable.from(jsonArray(rows, toHtcds))),
  );

  // GeoJSON is built whole: the count of incidents left out goes in a header, which precedes the body
  exportRoute("/api/export.geojson", "Incidents with a position as GeoJSON points", async (rows, reply) => {
    const features = [];
    let unlocated = 0;
    for await (const r of rows) {
      const f = geoFeature(r);
      if (f) features.push(f);
      else unlocated++;
    }
    return reply
      .type("application/geo+json; charset=utf-8")
      .header("content-disposition", `attachment; filename="${exportFilename("geojson")}"`)
      .header("x-mukti-unlocated", String(unlocated))
      .send(JSON.stringify({ type: "FeatureCollection", features }));
  });

  return app;
}
