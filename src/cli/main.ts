// The `mukti` command line. Thin: parses arguments, reads input, calls the modules, prints JSON.
import { readFileSync } from "node:fs";
import { asLang, type Lang } from "../core/types.js";
import { tuneV8ForBatch } from "../core/v8-tuning.js";
import { defaultWorkers } from "../parallel/pool.js";
import { DEFAULT_DB } from "../store/default.js";
import { decodeBytes, InputError } from "../text/guard.js";
import { extractJsonl, InputFileError } from "./extract-jsonl.js";

// Each command loads what it needs when it runs (the pipeline, the gazetteer, SQLite, the web server): `mukti
// extract --jsonl --workers N` keeps the pipeline out of the main thread, whose only work is reading and writing.
const storeCommands = () => import("./store-commands.js");

const USAGE = `mukti — trafficking incident reports (Hindi, English, code-mixed) into incident records with evidence

Usage:
  mukti extract FILE|-  [--published YYYY-MM-DD] [--lang hi|en|mixed] [--compact]
      print the record of one document as JSON
  mukti extract --jsonl FILE|-  [--no-evidence] [--workers N|auto]
      read lines {id, text, published?, lang?}; write one line per input, in input order: {id, relevant,
      incidents, ...} (--no-evidence leaves the evidence spans out of the lines; --workers: extraction threads,
      auto = one per core, the default)
  mukti geocode "TEXT" | --file FILE|-  [--json]
      the places of a phrase or a document as the resolver reads them: canonical name, kind, LGD codes,
      position and its precision, the rule that found each mention and the other places a name could be
  mukti ingest SOURCE...  [--db FILE] [--quiet] [--workers N|auto]
      store documents from files, folders (.txt .html .jsonl feeds .warc .warc.gz), page or feed URLs, or - (JSONL
      on stdin); extracts them and merges the reports of one incident. Idempotent and resumable: rerun it at will
  mukti incidents  [--db FILE] [--state S] [--district D] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                   [--exploitation X] [--platform P] [--text WORDS] [--limit N] [--offset N] [--format table|jsonl|json]
      list incidents (jsonl: one line per incident with id, documents and the merged record)
  mukti show ID  [--db FILE] [--json]
      one incident with its sources, the evidence of each value and the values its sources disagree on
  mukti serve  [--db FILE] [--port 8080] [--host 127.0.0.1]
      the HTTP API (docs/api.md) under /api and the web app at /; stops on Ctrl-C
  mukti reextract  [--db FILE] [--quiet] [--workers N|auto]
      read every stored document again with this version of Mukti (after an upgrade); human corrections stay
  (--db defaults to ./mukti.db)
  mukti help
`;

export class UsageError extends Error {}

interface Opts {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set([
  "--published",
  "--lang",
  "--db",
  "--format",
  "--file",
  "--state",
  "--district",
  "--from",
  "--to",
  "--exploitation",
  "--platform",
  "--text",
  "--limit",
  "--offset",
  "--port",
  "--host",
  "--workers",
]);

function parse(argv: string[]): Opts {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const [k, v] = a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
      if (VALUE_FLAGS.has(k!)) {
        const val = v ?? argv[++i];
        if (val === undefined) throw new UsageError(`${k} needs a value`);
        flags.set(k!, val);
      } else flags.set(k!, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

function readInput(path: string): { text: string; warnings: string[] } {
  try {
    return decodeBytes(path === "-" ? readFileSync(0) : readFileSync(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new UsageError(`no such file: ${path}`);
    if (err.code === "EISDIR") throw new UsageError(`${path} is a folder; give a file (or - for stdin)`);
    throw e;
  }
}

function langOpt(v: string | true | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  const lang = asLang(v);
  if (lang) return lang;
  throw new UsageError(`--lang must be hi, en or mixed (got ${String(v)})`);
}

function dateOpt(v: string | true | undefined, flag = "--published"): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))
    throw new UsageError(`${flag} must be a date YYYY-MM-DD (got ${String(v)})`);
  return v;
}

function str(o: Opts, flag: string): string | undefined {
  const v = o.flags.get(flag);
  return typeof v === "string" ? v : undefined;
}

function intOpt(o: Opts, flag: string): number | undefined {
  const v = str(o, flag);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${flag} must be a whole number (got ${v})`);
  return Number(v);
}

function dbOpt(o: Opts): string {
  return str(o, "--db") ?? DEFAULT_DB;
}

/** `--workers N|auto`: worker threads for extraction; auto (the default) is one per core. */
function workersOpt(o: Opts): number {
  const v = str(o, "--workers");
  if (v === undefined || v === "auto") return defaultWorkers();
  if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 256)
    throw new UsageError(`--workers must be a number of threads from 1 to 256, or auto (got ${v})`);
  return Number(v);
}

async function cmdExtract(o: Opts): Promise<number> {
  const path = o.positional[1];
  if (!path) throw new UsageError("extract needs a FILE (or - for stdin)");
  if (o.flags.has("--jsonl")) {
    const errors = await extractJsonl(
      path,
      { withEvidence: !o.flags.has("--no-evidence"), workers: workersOpt(o) },
      process.stdout,
    ).catch((e) => {
      throw e instanceof InputFileError ? new UsageError(e.message) : e;
    });
    if (errors) process.stderr.write(`mukti: ${errors} line(s) could not be read; see their "error" field\n`);
    return 0;
  }
  const { text, warnings } = readInput(path);
  const { extract } = await import("../pipeline.js");
  const res = extract({
    id: path === "-" ? "stdin" : path,
    text,
    published: dateOpt(o.flags.get("--published")) ?? null,
    lang: langOpt(o.flags.get("--lang")) ?? null,
  });
  res.warnings.unshift(...warnings);
  process.stdout.write(`${JSON.stringify(res, null, o.flags.has("--compact") ? 0 : 2)}\n`);
  return 0;
}

async function cmdGeocode(o: Opts): Promise<number> {
  const file = o.flags.get("--file");
  let text: string;
  if (typeof file === "string") {
    const input = readInput(file);
    for (const w of input.warnings) process.stderr.write(`mukti: ${w}\n`);
    text = input.text;
  } else {
    text = o.positional.slice(1).join(" ");
    if (!text.trim())
      throw new UsageError('geocode needs a TEXT (quote it: mukti geocode "रांची के अरगोड़ा में") or --file FILE');
  }
  const { formatGeocoded, geocode, geocodedJson } = await import("./geocode.js");
  const found = geocode(text);
  process.stdout.write(
    o.flags.has("--json") ? `${JSON.stringify(geocodedJson(found), null, 2)}\n` : formatGeocoded(found),
  );
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  try {
    const o = parse(argv);
    // before any extraction, in this thread or in worker threads started later (src/core/v8-tuning.ts)
    tuneV8ForBatch();
    switch (o.positional[0]) {
      case "extract":
        return await cmdExtract(o);
      case "geocode":
        return await cmdGeocode(o);
      case "ingest": {
        const specs = o.positional.slice(1);
        if (!specs.length)
          throw new UsageError("ingest needs at least one SOURCE (a file, folder, URL, or - for stdin)");
        return await (await storeCommands()).cmdIngest(specs, dbOpt(o), o.flags.has("--quiet"), workersOpt(o));
      }
      case "incidents": {
        const format = str(o, "--format") ?? "table";
        if (!["table", "jsonl", "json"].includes(format))
          throw new UsageError(`--format must be table, jsonl or json (got ${format})`);
        return await (await storeCommands()).cmdIncidents(
          dbOpt(o),
          {
            state: str(o, "--state"),
            district: str(o, "--district"),
            from: dateOpt(o.flags.get("--from"), "--from"),
            to: dateOpt(o.flags.get("--to"), "--to"),
            exploitation: str(o, "--exploitation"),
            platform: str(o, "--platform"),
            text: str(o, "--text"),
            limit: intOpt(o, "--limit"),
            offset: intOpt(o, "--offset"),
          },
          format,
        );
      }
      case "reextract":
        return await (await storeCommands()).cmdReextract(dbOpt(o), o.flags.has("--quiet"), workersOpt(o));
      case "show": {
        const id = o.positional[1];
        if (!id) throw new UsageError("show needs an incident ID (list them with: mukti incidents)");
        return await (await storeCommands()).cmdShow(dbOpt(o), id, o.flags.has("--json"));
      }
      case "serve": {
        const port = intOpt(o, "--port") ?? 8080;
        if (port > 65535) throw new UsageError(`--port must be a port number 0–65535 (got ${port})`);
        return await (await import("../server/serve.js")).cmdServe(dbOpt(o), port, str(o, "--host") ?? "127.0.0.1");
      }
      case undefined:
      case "help":
        process.stdout.write(USAGE);
        return o.positional[0] ? 0 : 2;
      default:
        throw new UsageError(`unknown command: ${o.positional[0]}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      process.stderr.write(`mukti: ${e.message}\n${e instanceof UsageError ? "run `mukti help` for usage\n" : ""}`);
      return 2;
    }
    throw e;
  }
}
