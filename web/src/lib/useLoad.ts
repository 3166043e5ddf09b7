// Load data for a view: re-runs when `deps` change, aborts the previous request, and exposes a reload.

import { useEffect, useState } from "preact/hooks";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    const ac = new AbortController();
    setResult((r) => (r.state === "ok" ? r : { state: "loading" }));
    load(ac.signal).then(
      (data) => !ac.signal.aborted && setResult({ state: "ok", data }),
      (e: unknown) =>
        !ac.signal.aborted && setResult({ state: "error", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => ac.abort();
  }, [...deps, nonce]);
  return [result, () => setNonce((n) => n + 1)];
}
