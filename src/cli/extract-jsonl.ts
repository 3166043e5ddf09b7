// `mukti extract --jsonl`: one output line per input line {id, text, published?, lang?}. The per-line work is a pure
// function of the line (jsonl-line.ts), so worker threads run the same function and the main thread only reads and
// writes lines; with workers, the main thread does not even load the pipeline.
import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import { afterDocument } from "../core/memory.js";
import { WorkerPool } from "../parallel/pool.js";
import { countLines } from "./jsonl-chunk.js";

/** Bytes of whole lines handed to a worker at once (~30 reports): a message's cost is negligible beside them. */
const TASK_BYTES = 64 * 1024;
const LF = 10;
/** Tasks queued per worker: one running, the rest waiting, so a worker never idles on the main thread. */
const TASKS_AHEAD_PER_WORKER = 3;
/**
 * A file smaller than this (~500 reports) is extracted without the warm-up (src/warmup.ts): its ~0.2 s is repaid
 * over a few hundred documents, not over a handful (a one-line file took 0.6 s without it, 0.8 s with it).
 * Standard input, of unknown length, is warmed up for.
 */
const WARM_UP_MIN_BYTES = 1 << 20;

/**
 * Read JSONL from a file or stdin and write one output line per non-blank input line, in input order. With more
 * than one worker the lines are extracted by worker threads (src/parallel) in chunks of TASK_BYTES of whole lines.
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
  if (opts.workers > 1 || opts.pool) return extractInWorkers(input, opts, out);
  // one thread: line by line, as node:readline splits them
  const { jsonlOutput } = await import("./jsonl-line.js");
  if (path === "-" || statSync(path).size >= WARM_UP_MIN_BYTES) (await import("../warmup.js")).warmUp();
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let errors = 0;
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    afterDocument();
    const o = jsonlOutput(line, lineNo, opts.withEvidence);
    if (o.error) errors++;
    if (!out.write(`${o.text}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  return errors;
}

/**
 * The workers' path: the input is cut at line ends into chunks of whole lines (bytes, as they are read: never
 * decoded here), handed over to the workers without copying, and their encoded output written in input order.
 */
async function extractInWorkers(
  input: NodeJS.ReadableStream,
  opts: { withEvidence: boolean; workers: number; pool?: WorkerPool },
  out: NodeJS.WritableStream,
): Promise<number> {
  const pool = opts.pool ?? new WorkerPool(opts.workers);
  const workers = pool.size;
  let errors = 0;
  let lineNo = 0;
  const queue: Promise<{ bytes: Uint8Array; errors: number }>[] = [];
  const write = async (done: { bytes: Uint8Array; errors: number }) => {
    errors += done.errors;
    if (!out.write(done.bytes)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  const submit = async (chunk: Uint8Array) => {
    const bytes = new Uint8Array(chunk); // a buffer of its own, handed over to the worker
    const firstLine = lineNo + 1;
    lineNo += countLines(bytes);
    queue.push(pool.run("jsonlBytes", { bytes, firstLine, withEvidence: opts.withEvidence }, [bytes.buffer]));
    while (queue.length > workers * TASKS_AHEAD_PER_WORKER) await write(await queue.shift()!);
  };
  try {
    let pending: Buffer[] = [];
    let pendingLength = 0;
    for await (const data of input) {
      const chunk = typeof data === "string" ? Buffer.from(data) : (data as Buffer);
      pending.push(chunk);
      pendingLength += chunk.length;
      if (pendingLength < TASK_BYTES) continue;
      // whole lines end at the last line feed of what was just read (a line longer than a chunk keeps growing
      // without being copied again until its end arrives)
      const lastBreak = chunk.lastIndexOf(LF);
      if (lastBreak < 0) continue;
      const whole = Buffer.concat(pending, pendingLength);
      const cut = pendingLength - chunk.length + lastBreak + 1;
      await submit(whole.subarray(0, cut));
      const rest = whole.subarray(cut);
      pending = rest.length ? [Buffer.from(rest)] : [];
      pendingLength = rest.length;
    }
    if (pendingLength) {
      const last = Buffer.concat(pending, pendingLength);
      // an input shorter than one task is extracted here: starting threads would take longer than the work
      if (queue.length === 0 && !opts.pool && lineNo === 0) {
        const { jsonlChunk } = await import("./jsonl-chunk.js");
        await write(jsonlChunk(last, 1, opts.withEvidence));
      } else await submit(last);
    }
    for (const done of queue) await write(await done);
  } finally {
    if (!opts.pool) await pool.close();
  }
  return errors;
}

/** The input file cannot be opened (the CLI turns it into a usage error). */
export class InputFileError extends Error {}
