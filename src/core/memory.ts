// Keeping a long batch run's memory near what is alive. V8 grows its old generation lazily: extraction leaves a few
// kilobytes of promoted garbage per document, and between V8's own full collections a run of a million documents
// would hold hundreds of megabytes of it — per thread, with worker threads. A full collection when the heap of this
// thread holds more than COLLECT_ABOVE_MB keeps the peak near the live size (~90 MB: lexicons, gazetteer, caches)
// and costs a few tens of milliseconds every several thousand documents. (A hard heap limit would instead crash on
// one huge document.) The collector is reached through V8's flag, without a command-line switch.
import v8 from "node:v8";
import { runInNewContext } from "node:vm";

/** Heap of one thread (isolate) above which a full collection runs. */
const COLLECT_ABOVE_MB = 128;
/** Documents between two looks at the heap: the look is cheap, but not free. */
const LOOK_EVERY = 50;

let collect: (() => void) | null | undefined;
let sinceLook = 0;

/** Call once per document of a batch; collects garbage now and then when the heap has grown. */
export function afterDocument(): void {
  if (++sinceLook < LOOK_EVERY) return;
  sinceLook = 0;
  if (v8.getHeapStatistics().used_heap_size < COLLECT_ABOVE_MB * 1024 * 1024) return;
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = runInNewContext("gc") as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
