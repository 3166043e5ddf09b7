// Metadata values as sources find them ("2024-03-05T10:00:00+05:30", "Tue, 05 Mar 2024 10:00 +0530", "hi-IN",
// "hi_IN") made into the forms SourceDoc promises (YYYY-MM-DD, a Lang or null).
import type { Lang } from "../../core/types.js";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const YMD = /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const YMD_COMPACT = /^(\d{4})(\d{2})(\d{2})(?!\d)/;
// Indian pages write day first (05/03/2024 is 5 March); a first number over 12 or a second one over 12 decides.
const DMY = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
const D_MON_Y =
  /(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})/i;
const MON_D_Y = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i;

/**
 * The calendar date a metadata value states, as YYYY-MM-DD; null when it states none. The date is read as written,
 * never shifted to UTC: "2024-03-05T01:00+05:30" was published on 5 March in India, not on the 4th.
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!s) return null;
  let m = YMD.exec(s) ?? YMD_COMPACT.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = D_MON_Y.exec(s);
  if (m) return ymd(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = MON_D_Y.exec(s);
  if (m) return ymd(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  m = DMY.exec(s);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    return b > 12 && a <= 12 ? ymd(+m[3]!, a, b) : ymd(+m[3]!, b, a);
  }
  return null;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The Lang of a language tag ("hi", "hi-IN", "en_GB", "Hindi"); null for a language Mukti does not read. */
export function langFromTag(tag: unknown): Lang | null {
  if (typeof tag !== "string") return null;
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_\s]/)[0];
  if (primary === "hi" || primary === "hin" || primary === "hindi") return "hi";
  if (primary === "en" || primary === "eng" || primary === "english") return "en";
  return null;
}

/** A metadata string trimmed and with runs of white space made one space; null when nothing is left. */
export function cleanLine(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const s = value.replace(/\s+/g, " ").trim();
  return s || null;
}

/**
 * Decodes an HTML or XML body: the charset of the Content-Type header, else of a <meta charset> or
 * <?xml encoding?> near the top, else UTF-8. Old Hindi sites still serve windows-1252 or ISO-8859-1 headers.
 */
export function decodeMarkup(body: Uint8Array, contentType?: string | null): string {
  const label = charsetOf(contentType) ?? sniffCharset(body) ?? "utf-8";
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: false });
  } catch {
    decoder = new TextDecoder("utf-8", { fatal: false }); // a label Node does not know
  }
  let text = decoder.decode(body);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/i;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
const XML_ENCODING = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;
/** How far into a page its charset declaration is looked for (the HTML standard says 1024 bytes; pages overrun it). */
const SNIFF_BYTES = 4096;

function charsetOf(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  return CHARSET_PARAM.exec(contentType)?.[1] ?? null;
}

function sniffCharset(body: Uint8Array): string | null {
  // A byte-order mark wins over any declaration.
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, SNIFF_BYTES)).toString("latin1");
  return META_CHARSET.exec(head)?.[1] ?? XML_ENCODING.exec(head)?.[1] ?? null;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
