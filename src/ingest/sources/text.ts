// A .txt file as one document. The bytes go through the input guard's decoder: invalid UTF-8 still gives the
// document (its warnings are the pipeline's to report when it guards the text again), binary content and empty
// files give error items.
import { readFile, stat } from "node:fs/promises";
import { decodeBytes, guardInput, InputError } from "../../text/guard.js";
import type { SourceItem } from "../types.js";
import { MAX_BODY_BYTES } from "./fetch.js";
import { errorMessage } from "./fields.js";

export async function* readTextFile(file: string, key: string, origin: string): AsyncGenerator<SourceItem> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.size > MAX_BODY_BYTES) {
      yield {
        error: {
          origin,
          message: `the file is ${info.size} bytes, over the ${MAX_BODY_BYTES}-byte limit for one document`,
        },
      };
      return;
    }
    bytes = await readFile(file);
  } catch (e) {
    yield { error: { origin, message: `could not read the file: ${errorMessage(e)}` } };
    return;
  }
  yield textItem(bytes, key, origin);
}

/** One document from the bytes of a plain-text body (a file, a text/plain response or WARC record). */
export function textItem(bytes: Uint8Array, key: string, origin: string, url: string | null = null): SourceItem {
  const { text } = decodeBytes(bytes);
  try {
    guardInput(text);
  } catch (e) {
    if (e instanceof InputError) return { error: { origin, message: e.message } };
    throw e;
  }
  if (!text.trim()) return { error: { origin, message: "empty: no text in it" } };
  return { doc: { key, text, url, origin } };
}
