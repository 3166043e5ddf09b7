// JSONL: one document per line, {id, text, published?, lang?, source_url?, outlet?, title?}; other keys (gold
// annotations, crawler fields) are ignored. Read line by line, so a file of any size streams. A bad line becomes
// an error item naming its line number, and the lines after it are read.
import { type FileHandle, open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Lang } from "../../core/types.js";
import type { SourceItem } from "../types.js";
import { cleanLine, errorMessage, normaliseDate } from "./fields.js";

const LANGS = new Set<string>(["hi", "en", "mixed"]);

/** Reads JSONL from a stream; `name` prefixes origins ("reports.jsonl:12", "stdin:3"). */
export async function* readJsonl(input: Readable, name: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (!line.trim()) continue;
      yield jsonlItem(line, lineNo, name);
    }
  } catch (e) {
    yield { error: { origin: `${name}:${lineNo + 1}`, message: `could not read further: ${errorMessage(e)}` } };
  } finally {
    lines.close();
  }
}

export async function* readJsonlFile(file: string, name: string): AsyncGenerator<SourceItem> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch (e) {
    yield { error: { origin: name, message: `could not read the file: ${errorMessage(e)}` } };
    return;
  }
  const stream = handle.createReadStream({ encoding: "utf8" });
  try {
    yield* readJsonl(stream, name);
  } finally {
    stream.destroy();
    await handle.close().catch(() => {});
  }
}

function jsonlItem(line: string, lineNo: number, name: string): SourceItem {
  const origin = `${name}:${lineNo}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: { origin, message: `line ${lineNo} is not valid JSON: ${errorMessage(e)}` } };
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    return { error: { origin, message: `line ${lineNo} is not a JSON object` } };
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== "string") return { error: { origin, message: `line ${lineNo} has no "text" string` } };
  if (!rec.text.trim()) return { error: { origin, message: `line ${lineNo}: "text" is empty` } };
  const id = typeof rec.id === "string" && rec.id.trim() ? rec.id : typeof rec.id === "number" ? String(rec.id) : null;
  return {
    doc: {
      key: id ?? `line-${lineNo}`,
      text: rec.text,
      url: cleanLine(rec.source_url) ?? cleanLine(rec.url),
      outlet: cleanLine(rec.outlet),
      title: cleanLine(rec.title),
      published: normaliseDate(rec.published),
      lang: typeof rec.lang === "string" && LANGS.has(rec.lang) ? (rec.lang as Lang) : null,
      origin,
    },
  };
}
