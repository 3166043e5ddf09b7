// `mukti extract --jsonl`: one output line per input line {id, text, published?, lang?}. The per-line work is a pure
// function of the line (jsonl-line.ts), so worker threads run the same function and the main thread only reads and
// writes lines; with workers, the main thread does not even load the pipeline.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { afterDocument } from "../core/memory.js";
import { WorkerPool } from "../parallel/pool.js";
import type { JsonlOutput } from "./jsonl-line.js";

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
  opts: {
    withEvidence: boolean;
    workers: number;
    /** a pool already started (the benchmark times its threads' start apart); closed by the caller */
    pool?: WorkerPool;
  },
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
  const here = async (lines: [string, number][]) => {
    const { jsonlOutput } = await import("./jsonl-line.js");
    return lines.map(([line, no]) => {
      afterDocument();
      return jsonlOutput(line, no, opts.withEvidence);
    });
  };
  if (opts.workers <= 1 && !opts.pool) {
    for await (const line of rl) {
      lineNo++;
      if (line.trim()) await write(await here([[line, lineNo]]));
    }
    return errors;
  }
  const pool = opts.pool ?? new WorkerPool(opts.workers);
  const workers = pool.size;
  try {
    const queue: Promise<JsonlOutput[]>[] = [];
    let task: [string, number][] = [];
    const submit = async () => {
      queue.push(pool.run("jsonl", { lines: task, withEvidence: opts.withEvidence }));
      task = [];
      while (queue.length > workers * TASKS_AHEAD_PER_WORKER) await write(await queue.shift()!);
    };
    for await (const line of rl) {
      lineNo++;
      if (!line.trim()) continue;
      task.push([line, lineNo]);
      if (task.length >= LINES_PER_TASK) await submit();
    }
    // an input shorter than one task is extracted here: starting threads would take longer than the work
    if (task.length && queue.length === 0 && !opts.pool) await write(await here(task));
    else if (task.length) await submit();
    for (const done of queue) await write(await done);
  } finally {
    if (!opts.pool) await pool.close();
  }
  return errors;
}

/** The input file cannot be opened (the CLI turns it into a usage error). */
export class InputFileError extends Error {}
