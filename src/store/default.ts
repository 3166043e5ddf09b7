/** Where the embedded database lives when --db is not given (its own module: the CLI reads it without SQLite). */
export const DEFAULT_DB = "mukti.db";
