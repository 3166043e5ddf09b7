// Input guard: bad input gets a clear message or an empty record, never a crash or a hang.
// - bytes are decoded as UTF-8; invalid sequences become U+FFFD and the caller is told how many;
// - binary content (NUL bytes, mostly control characters) is refused with a message;
// - huge documents are cut at MAX_CHARS (news reports are a few KB; a bigger "document" is a dump, not an article)
//   and the cut is reported with its range, so nothing is lost silently.

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * Longest text read as one document: 6 million characters, so a 5 MB file is read whole (a few seconds). Beyond it,
 * the tail is reported with its range, never silently dropped.
 */
export const MAX_CHARS = 6_000_000;
/** Share of control characters above which a text is binary, not language. */
const BINARY_CONTROL_SHARE = 0.1;

export interface Guarded {
  text: string;
  warnings: string[];
}

export function decodeBytes(buf: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const bad = text.match(/\uFFFD/g)?.length ?? 0;
  if (bad) warnings.push(`input is not valid UTF-8: ${bad} invalid byte sequence(s) were replaced with U+FFFD`);
  return { text, warnings };
}

export function guardInput(text: unknown): Guarded {
  if (typeof text !== "string")
    throw new InputError(`expected the document text as a string, got ${text === null ? "null" : typeof text}`);
  const warnings: string[] = [];
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (sample.includes("\u0000") || (sample.length > 0 && controls / sample.length > BINARY_CONTROL_SHARE))
    throw new InputError("the input looks binary (NUL or control bytes), not text: give a .txt, .html or .jsonl file");
  let out = text;
  if (out.length > MAX_CHARS) {
    warnings.push(
      `document is ${out.length} characters; only the first ${MAX_CHARS} were read (characters ${MAX_CHARS + 1}–${out.length} were not: split the file into documents)`,
    );
    out = out.slice(0, MAX_CHARS);
  }
  return { text: out, warnings };
}
