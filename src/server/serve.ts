// `mukti serve`: the API and the web app over one store until Ctrl-C (or SIGTERM), then a clean close.

import { openStore } from "../store/index.js";
import { buildApp, DEFAULT_WEB_ROOT } from "./app.js";

export async function cmdServe(db: string, port: number, host: string): Promise<number> {
  const store = openStore(db);
  const app = await buildApp({ store });
  try {
    const address = await app.listen({ port, host });
    process.stderr.write(
      `mukti: serving ${store.location} at ${address} (API under /api, web app from ${DEFAULT_WEB_ROOT}); Ctrl-C stops\n`,
    );
    // the first upload or re-extraction then runs at full speed instead of paying the pipeline's one-time costs
    // (a second or so, src/warmup.ts); requests arriving meanwhile wait that long, once
    setImmediate(() => {
      import("../warmup.js")
        .then((m) => m.warmUp())
        .catch((e: Error) => process.stderr.write(`mukti: warming the extractor up failed (${e.message})\n`));
    });
  } catch (e) {
    await store.close();
    const err = e as NodeJS.ErrnoException;
    if (err.code === "EADDRINUSE") {
      process.stderr.write(`mukti: port ${port} is in use on ${host}: give another with --port\n`);
      return 1;
    }
    throw e;
  }
  await new Promise<void>((done) => {
    process.once("SIGINT", done);
    process.once("SIGTERM", done);
  });
  await app.close();
  await store.close();
  return 0;
}
