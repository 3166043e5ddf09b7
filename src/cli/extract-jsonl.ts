// `mukti extract --jsonl`: one output line per input line {id, text, published?, lang?}. The per-line work is a pure
// function of the line, so worker threads run the same function and the main thread only reads and writes lines.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { WorkerPool } from "../parallel/pool.js";
import { extract, InputError } from "../pipeline.js";

/** Remove evidence keys (for compact batch output). */
function stripEvidence(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(stripEvidence);
  if (x && typeof x === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) if (k !== "evidence") out[k] = stripEvidence(v);
    return out;
  }
  return x;
}

/** One output line (without newline), and whether it reports an input line that could not be read. */
export interface JsonlOutput {
  text: string;
  error: boolean;
}

/** What a line that could not be read becomes: the run goes on, and the line says why. */
function errorLine(id: string | null, lineNo: number, error: string): JsonlOutput {
  const rec =
    id === null
      ? { id, line: lineNo, relevant: false, incidents: [], error }
      : { id, relevant: false, incidents: [], error };
  return { text: JSON.stringify(rec), error: true };
}

/** The output for one input line; lineNo counts from 1. Pure: worker threads run it too. */
export function jsonlOutput(line: string, lineNo: number, withEvidence: boolean): JsonlOutput {
  let rec: { id?: unknown; text?: unknown; published?: unknown; lang?: unknown };
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return errorLine(null, lineNo, `invalid JSON: ${(e as Error).message}`);
  }
  const id = rec.id === undefined ? `line-${lineNo}` : String(rec.id);
  try {
    const lang = rec.lang === "hi" || rec.lang === "en" || rec.lang === "mixed" ? rec.lang : undefined;
    const published = typeof rec.published === "string" ? rec.published : null;
    const res = extract({ id, text: rec.text as string, published, lang });
    return { text: JSON.stringify(withEvidence ? res : stripEvidence(res)), error: false };
  } catch (e) {
    const msg = e instanceof InputError ? e.message : `internal error: ${(e as Error).message}`;
    return errorLine(id, lineNo, msg);
  }
}

/** Exactly what `mukti extract --jsonl` writes for one input line (without the newline). */
export function extractJsonlLine(line: string, lineNo: number, withEvidence: boolean): string {
  return jsonlOutput(line, lineNo, withEvidence).text;
}

/** Lines handed to a worker at once: enough to make a message's cost negligible, few enough to keep order cheap. */
const LINES_PER_TASK = 16;
/** Tasks queued per worker: one running, the rest waiting, so a worker never idles on the main thread. */
const TASKS_AHEAD_PER_WORKER = 3;

/**
 * Read JSONL from a file or stdin and write one output line per non-blank input line, in input order. With more
 * than one worker the lines are extracted by worker threads (src/parallel) in tasks of LINES_PER_TASK lines.
 * Returns the number of lines that could not be read (each says why in its "error" field).
 */
export async function extractJsonl(
  path: string,
  opts: { withEvidence: boolean; workers: number },
  out: NodeJS.WritableStream,
): Promise<number> {
  const input = path === "-" ? process.stdin : createReadStream(path);
  if (path !== "-")
    await new Promise<void>((resolve, reject) => {
      (input as ReturnType<typeof createReadStream>).once("open", () => resolve()).once("error", (e) => reject(e));
    }).catch((e: NodeJS.ErrnoException) => {
      throw new InputFileError(e.code === "ENOENT" ? `no such file: ${path}` : e.message);
    });
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let errors = 0;
  const write = async (outputs: JsonlOutput[]) => {
    let chunk = "";
    for (const o of outputs) {
      if (o.error) errors++;
      chunk += `${o.text}\n`;
    }
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  let lineNo = 0;
  if (opts.workers <= 1) {
    for await (const line of rl) {
      lineNo++;
      if (line.trim()) await write([jsonlOutput(line, lineNo, opts.withEvidence)]);
    }
    return errors;
  }
  const pool = new WorkerPool(opts.workers);
  try {
    const queue: Promise<JsonlOutput[]>[] = [];
    let task: [string, number][] = [];
    const submit = async () => {
      queue.push(pool.run("jsonl", { lines: task, withEvidence: opts.withEvidence }));
      task = [];
      while (queue.length > opts.workers * TASKS_AHEAD_PER_WORKER) await write(await queue.shift()!);
    };
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      task.push([line, lineNo]);
      if (task.length >= LINES_PER_TASK) await submit();
    }
    // an input shorter than one task is extracted here: starting threads would take longer than the work
    if (task.length && queue.length === 0)
      await write(task.map(([line, no]) => jsonlOutput(line, no, opts.withEvidence)));
    else if (task.length) await submit();
    for (const done of queue) await write(await done);
  } finally {
    await pool.close();
  }
  return errors;
}

/** The input file cannot be opened (the CLI turns it into a usage error). */
export class InputFileError extends Error {}
