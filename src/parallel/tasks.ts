// What a worker thread can be asked to do. Each task is a pure function of its input, run the same way in a worker
// and in the main thread, so a run with workers writes exactly what a run without them writes.
import { jsonlChunk } from "../cli/jsonl-chunk.js";
import type { DocInput } from "../core/document.js";
import { afterDocument } from "../core/memory.js";
import type { DocResult } from "../core/record.js";
import { extract, InputError } from "../pipeline.js";

/** An extraction, or why there is none: `input` is true when the document itself is unreadable (empty, binary). */
export type ExtractOutcome = { result: DocResult } | { error: string; input: boolean };

export interface Tasks {
  /** `mukti extract --jsonl`: a chunk of whole lines (UTF-8 bytes) → the output lines (UTF-8 bytes) */
  jsonlBytes: {
    input: { bytes: Uint8Array; firstLine: number; withEvidence: boolean };
    output: { bytes: Uint8Array; errors: number };
  };
  /** `mukti ingest`: documents → extractions */
  extract: { input: DocInput[]; output: ExtractOutcome[] };
}
export type TaskKind = keyof Tasks;

export function extractOutcome(input: DocInput): ExtractOutcome {
  try {
    return { result: extract(input) };
  } catch (e) {
    return e instanceof InputError ? { error: e.message, input: true } : { error: (e as Error).message, input: false };
  }
}

export function runTask<K extends TaskKind>(kind: K, input: Tasks[K]["input"]): Tasks[K]["output"] {
  if (kind === "jsonlBytes") {
    const { bytes, firstLine, withEvidence } = input as Tasks["jsonlBytes"]["input"];
    return jsonlChunk(bytes, firstLine, withEvidence) as Tasks[K]["output"];
  }
  return (input as Tasks["extract"]["input"]).map((doc) => {
    afterDocument();
    return extractOutcome(doc);
  }) as Tasks[K]["output"];
}

/** Buffers an output can hand over instead of copying (the encoded lines of a jsonlBytes task). */
export function transferablesOf(output: unknown): ArrayBuffer[] {
  const bytes = (output as { bytes?: unknown } | null)?.bytes;
  return bytes instanceof Uint8Array && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}
