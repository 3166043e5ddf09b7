// Types of the development mock (mock-api.mjs), for web/vite.config.ts.
import type { IncomingMessage, ServerResponse } from "node:http";

export function createMockApi(): (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;
