// Opening a store by location: a file path is the embedded SQLite default. (A PostgreSQL URL is recognised and
// refused with a clear message until that implementation lands.)
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export const DEFAULT_DB = "mukti.db";

export function openStore(location: string = DEFAULT_DB): Store & { snapshot?: () => Record<string, unknown[]> } {
  if (/^postgres(?:ql)?:\/\//i.test(location))
    throw new Error("PostgreSQL is not supported yet: give --db a file path (the embedded SQLite store)");
  return new SqliteStore(location);
}

export type { Store } from "./types.js";
