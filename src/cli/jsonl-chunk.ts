// A chunk of JSONL bytes → its output bytes: what a worker thread does for `mukti extract --jsonl --workers N`.
// The main thread only cuts the input at line ends (bytes, never decoded there) and writes what comes back; the
// workers decode, extract and encode. Lines are split as node:readline splits them (\r\n, \n or a lone \r), so
// line numbers and blank lines are what the single-thread path sees.
import { afterDocument } from "../core/memory.js";
import { jsonlOutput } from "./jsonl-line.js";

const LF = 10;
const CR = 13;

/** Lines of a decoded chunk, as readline gives them: a break at the very end opens no further line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** How many lines splitLines finds in these bytes (UTF-8 never puts a CR or LF byte inside a character). */
export function countLines(bytes: Uint8Array): number {
  let breaks = 0;
  for (let i = bytes.indexOf(LF); i >= 0; i = bytes.indexOf(LF, i + 1)) breaks++;
  for (let i = bytes.indexOf(CR); i >= 0; i = bytes.indexOf(CR, i + 1)) if (bytes[i + 1] !== LF) breaks++;
  const last = bytes[bytes.length - 1];
  return breaks + (bytes.length === 0 || last === LF || last === CR ? 0 : 1);
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Extract every non-blank line of a chunk whose first line is line `firstLine` of the input. */
export function jsonlChunk(
  bytes: Uint8Array,
  firstLine: number,
  withEvidence: boolean,
): { bytes: Uint8Array; errors: number } {
  let out = "";
  let errors = 0;
  splitLines(decoder.decode(bytes)).forEach((line, i) => {
    if (!line.trim()) return;
    afterDocument();
    const o = jsonlOutput(line, firstLine + i, withEvidence);
    if (o.error) errors++;
    out += `${o.text}\n`;
  });
  // a fresh buffer of its own, so that it can be transferred to the main thread without a copy
  return { bytes: encoder.encode(out), errors };
}
