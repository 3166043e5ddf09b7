// Opening a store by location: a file path is the embedded SQLite default. (A PostgreSQL URL is recognised and
// refused with a clear message until that implementation lands.)
import { DEFAULT_DB } from "./default.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export { DEFAULT_DB };

export function openStore(location: string = DEFAULT_DB): Store & { snapshot?: () => Record<string, unknown[]> } {
  if (/^postgres(?:ql)?:\/\//i.test(location))
    throw new Error("PostgreSQL is not supported yet: give --db a file path (the embedded SQLite store)");
  return new SqliteStore(location);
}

export type { Store } from "./types.js";
