// Code splitting without preact/compat: a component whose module is imported on first render (the incident and
// person pages, the map and the timeline each become their own chunk, so the first load stays small).

import type { ComponentType, JSX } from "preact";
import { useEffect, useState } from "preact/hooks";
import { Status } from "./Status.js";

export function lazyComponent<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): (props: P) => JSX.Element {
  let cached: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [C, setC] = useState<ComponentType<P> | null>(() => cached);
    const [error, setError] = useState<string | null>(null);
    useEffect(() => {
      if (C) return;
      load().then(
        (m) => {
          cached = m.default;
          setC(() => m.default);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    }, [C]);
    if (error) return <Status error={error} />;
    return C ? <C {...props} /> : <Status />;
  };
}
