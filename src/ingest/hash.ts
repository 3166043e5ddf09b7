// The identity of a document's content: its normalised text (nukta, quotes, digits... as src/text/normalize.ts
// folds them), whitespace collapsed, hashed. The same story under another URL, re-spaced or re-encoded, meets here.
import { createHash } from "node:crypto";
import { normalize } from "../text/normalize.js";

export function contentHash(text: string): string {
  const t = normalize(text).text.replace(/\s+/g, " ").trim();
  return createHash("sha256").update(t).digest("hex");
}
