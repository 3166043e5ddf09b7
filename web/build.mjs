// Builds the web app into dist/web (called by `npm run build` after the TypeScript build). Type-checks the browser
// code first, so a type error fails the build rather than shipping.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const web = fileURLToPath(new URL(".", import.meta.url));
const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
execFileSync(process.execPath, [tsc, "-p", `${web}tsconfig.json`], { stdio: "inherit" });
await build({ configFile: `${web}vite.config.ts`, logLevel: "info" });
