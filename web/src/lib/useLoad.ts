// Load data for a view: re-runs when `deps` change, aborts the previous request, and exposes a reload.
// The request starts while the view renders, not in an effect: effects run after the browser has painted, and a
// dashboard whose requests waited for its first paint (and its lazy chunks for theirs) loaded in steps.

import { useEffect, useRef, useState } from "preact/hooks";

export type Loaded<T> = { state: "loading" } | { state: "error"; message: string } | { state: "ok"; data: T };

interface Request<T> {
  deps: unknown[];
  ac: AbortController;
  promise: Promise<T>;
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): [Loaded<T>, () => void] {
  const [result, setResult] = useState<Loaded<T>>({ state: "loading" });
  const [nonce, setNonce] = useState(0);
  const key = [...deps, nonce];
  const request = useRef<Request<T> | null>(null);
  if (!request.current || !sameDeps(request.current.deps, key)) {
    const ac = new AbortController();
    const promise = load(ac.signal);
    promise.catch(() => {}); // handled in the effect; a request superseded before it ran must not go unhandled
    request.current = { deps: key, ac, promise };
  }
  useEffect(() => {
    const { ac, promise } = request.current!;
    setResult((r) => (r.state === "ok" ? r : { state: "loading" }));
    promise.then(
      (data) => !ac.signal.aborted && setResult({ state: "ok", data }),
      (e: unknown) =>
        !ac.signal.aborted && setResult({ state: "error", message: e instanceof Error ? e.message : String(e) }),
    );
    return () => ac.abort();
  }, key);
  return [result, () => setNonce((n) => n + 1)];
}
