// A worker thread of the pool (pool.ts): runs tasks (tasks.ts) and posts their outputs back, tagged with the id.
import { parentPort } from "node:worker_threads";
import { warmUp } from "../warmup.js";
import { runTask, type TaskKind, type Tasks, transferablesOf } from "./tasks.js";

export interface TaskMessage {
  id: number;
  kind: TaskKind;
  input: Tasks[TaskKind]["input"];
}
export type ReplyMessage = { id: number; output: unknown } | { id: number; error: string } | { ready: true };

const port = parentPort;
if (!port) throw new Error("src/parallel/worker.ts runs as a worker thread of WorkerPool, not on its own");
port.on("message", (m: TaskMessage) => {
  try {
    const output = runTask(m.kind, m.input);
    port.postMessage({ id: m.id, output } satisfies ReplyMessage, transferablesOf(output));
  } catch (e) {
    port.postMessage({ id: m.id, error: (e as Error).stack ?? String(e) } satisfies ReplyMessage);
  }
});
// the modules are loaded (this line runs after every import above) and the pipeline warmed up (src/warmup.ts):
// the pool may count this thread as started
warmUp();
port.postMessage({ ready: true } satisfies ReplyMessage);
