// A pool of worker threads for extraction: `mukti extract --jsonl --workers N` and `mukti ingest --workers N`.
// Extraction is CPU-bound and pure (text in, record out), so it parallelises by document; the main thread keeps
// what must stay in order (reading input, writing output, storing documents). Each worker loads its own copy of
// the lexicons and the gazetteer (~100 MB), so the pool starts its threads on the first task, not before.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskKind, Tasks } from "./tasks.js";
import type { ReplyMessage, TaskMessage } from "./worker.js";

/** The compiled worker next to this module; from the TypeScript sources (tests), the compiled one in dist/. */
function workerUrl(): URL {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  return new URL("../../dist/parallel/worker.js", import.meta.url);
}

/** `--workers auto` (and the default): one thread per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

interface Pending {
  resolve: (output: never) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** settles when the thread has loaded its modules and warmed its pipeline up (worker.ts) */
  loaded: Promise<void>;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private nextId = 0;
  private failure: Error | null = null;
  private closing = false;

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a pool needs at least one worker (got ${size})`);
  }

  private start(): void {
    const url = workerUrl();
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(url);
      let loaded!: () => void;
      let broken!: (e: Error) => void;
      const slot: Slot = {
        worker,
        pending: new Map(),
        loaded: new Promise<void>((resolve, reject) => {
          loaded = resolve;
          broken = reject;
        }),
      };
      slot.loaded.catch(() => {});
      slot.worker.once("error", (e) => broken(e));
      slot.worker.on("message", (m: ReplyMessage) => {
        if ("ready" in m) return loaded();
        const p = slot.pending.get(m.id);
        if (!p) return;
        slot.pending.delete(m.id);
        if ("error" in m) p.reject(new Error(`worker task failed: ${m.error}`));
        else p.resolve(m.output as never);
      });
      slot.worker.on("error", (e) => this.fail(slot, e));
      slot.worker.on("exit", (code) => {
        if (!this.closing) this.fail(slot, new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** A worker that dies takes its tasks with it: they, and every later task, fail with the reason. */
  private fail(slot: Slot, e: Error): void {
    this.failure ??= e;
    for (const p of slot.pending.values()) p.reject(e);
    slot.pending.clear();
  }

  /** Start the threads now (they start on the first task otherwise) and wait until all have loaded and warmed up. */
  async ready(): Promise<void> {
    if (this.slots.length === 0) this.start();
    await Promise.all(this.slots.map((s) => s.loaded));
  }

  /** Run one task on the least busy worker; `transfer` lists buffers of the input handed over, not copied. */
  run<K extends TaskKind>(
    kind: K,
    input: Tasks[K]["input"],
    transfer: ArrayBuffer[] = [],
  ): Promise<Tasks[K]["output"]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new Error("the worker pool is closed"));
    if (this.slots.length === 0) this.start();
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.nextId++;
    return new Promise<Tasks[K]["output"]>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (o: never) => void, reject });
      slot.worker.postMessage({ id, kind, input } satisfies TaskMessage, transfer);
    });
  }

  /** Stop the threads (pending tasks fail). */
  async close(): Promise<void> {
    this.closing = true;
    const slots = this.slots;
    this.slots = [];
    for (const s of slots) for (const p of s.pending.values()) p.reject(new Error("the worker pool was closed"));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
