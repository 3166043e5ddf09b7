// One line of `mukti extract --jsonl`: input {id, text, published?, lang?} → output record. A pure function of the
// line, run by the main thread or by worker threads (src/parallel) alike.
import { asLang } from "../core/types.js";
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
    const lang = asLang(rec.lang);
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
