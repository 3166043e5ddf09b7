// Code splitting without preact/compat: a component whose module is imported on first render (the incident and
// person pages, the map and the timeline each become their own chunk, so the first load stays small).

import type { ComponentType, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Status } from "./Status.js";

export function lazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): (props: P) => JSX.Element {
  let cached: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // asked for on the first render (not in an effect, which waits for a paint): the chunk downloads beside the data
  const start = (): Promise<ComponentType<P>> => {
    if (pending) return pending;
    pending = load().then((m) => {
      cached = m.default;
      return m.default;
    });
    // a failed download is tried again the next time the component shows
    pending.catch(() => {
      pending = null;
    });
    return pending;
  };
  return function Lazy(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => cached);
    const [error, setError] = useState<string | null>(null);
    if (!C && !error) start();
    useEffect(() => {
      if (C) return;
      start().then(
        (c) => setC(() => c),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    }, [C]);
    if (error) return <Status error={error} />;
    return C ? <C {...props} /> : <Status />;
  };
}
