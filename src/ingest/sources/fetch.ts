// The default way sources reach the network: Node's global fetch, bounded in time and size so that one slow or
// huge page cannot stall or swamp a run. Failures (DNS, refused connection, timeout, HTTP 4xx/5xx, oversize body)
// become error items with a message that says which, never an exception out of the source.
import type { Fetcher, SourceError } from "../types.js";

export const FETCH_TIMEOUT_MS = 15_000;
/** A news page is tens or hundreds of KB; 10 MB is a file download or a dump, not a report. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const USER_AGENT = "Mukti/0.1";

export interface FetcherOptions {
  timeoutMs?: number;
  maxBytes?: number;
  userAgent?: string;
}

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
  const userAgent = options.userAgent ?? USER_AGENT;
  return async (url) => {
    // One signal covers connecting, redirects and reading the body: a server that trickles bytes times out too.
    const signal = AbortSignal.timeout(timeoutMs);
    let res: Response;
    try {
      res = await fetch(url, {
        redirect: "follow",
        signal,
        headers: {
          "user-agent": userAgent,
          accept:
            "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
        },
      });
    } catch (e) {
      throw new FetchError(describeNetworkError(e, timeoutMs));
    }
    const declared = Number(res.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await res.body?.cancel().catch(() => {});
      throw new FetchError(`the response is ${declared} bytes, over the ${maxBytes}-byte limit`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      if (res.body) {
        for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          if (size > maxBytes) {
            await res.body.cancel().catch(() => {});
            throw new FetchError(`the response is over the ${maxBytes}-byte limit`);
          }
          chunks.push(Buffer.from(chunk));
        }
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      throw new FetchError(describeNetworkError(e, timeoutMs));
    }
    return { status: res.status, contentType: res.headers.get("content-type"), body: Buffer.concat(chunks) };
  };
}

export const defaultFetcher: Fetcher = createFetcher();

function describeNetworkError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === "TimeoutError" || err?.name === "AbortError")
    return `no complete response within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} (timed out)`;
  const code = err?.cause?.code;
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host not found (${code})`;
    case "ECONNREFUSED":
      return "connection refused (ECONNREFUSED)";
    case "ECONNRESET":
      return "connection reset by the server (ECONNRESET)";
    case "UND_ERR_CONNECT_TIMEOUT":
      return "could not connect in time (UND_ERR_CONNECT_TIMEOUT)";
  }
  const detail = err?.cause?.message ?? err?.message ?? String(e);
  return code ? `${detail} (${code})` : detail;
}

export type Fetched = { status: number; contentType: string | null; body: Buffer };

/** Fetches a URL and turns every failure, HTTP error statuses included, into a SourceError. */
export async function fetchOrError(fetcher: Fetcher, url: string): Promise<{ res: Fetched } | { error: SourceError }> {
  let res: Fetched;
  try {
    res = await fetcher(url);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { error: { origin: url, message: `could not fetch ${url}: ${message}` } };
  }
  if (res.status < 200 || res.status >= 300)
    return { error: { origin: url, message: `could not fetch ${url}: HTTP ${res.status}${statusText(res.status)}` } };
  return { res };
}

function statusText(status: number): string {
  const known: Record<number, string> = {
    400: "bad request",
    401: "unauthorized",
    403: "forbidden",
    404: "not found",
    410: "gone",
    429: "too many requests",
    500: "server error",
    502: "bad gateway",
    503: "service unavailable",
    504: "gateway timeout",
  };
  const t = known[status];
  return t ? ` (${t})` : "";
}
