// V8's optimising compiler, tuned for Mukti's batch runs on few cores. Out of the box V8 optimises every function
// that has run a little (interrupt budget) and inlines callees generously; for Mukti's pipeline (hundreds of
// mid-sized functions, many used only by the ~2% of relevant reports) that meant ~340 optimising compilations,
// several seconds of compiler time per thread (node --trace-opt), spent on a second core: a single-thread run used
// ~1.3 cores, and worker threads, which each compile their own code, competed with each other's compilers. Waiting
// four times longer before optimising a function, and inlining less per function, cut the compilations to ~190
// and their time by two thirds, without a lower steady rate (measured with scripts/bench.mjs; the figures are in
// the notes of issue 7). The flags are process-wide and read when V8 next decides to optimise: set them before
// the batch starts (worker threads started later share them).
import v8 from "node:v8";

/** The flags (V8 defaults: --interrupt-budget=67584, --max-inlined-bytecode-size-cumulative=920). */
export const BATCH_V8_FLAGS: readonly string[] = [
  "--interrupt-budget=270336",
  "--max-inlined-bytecode-size-cumulative=300",
];

let tuned = false;

/** Sets BATCH_V8_FLAGS in this process (once). */
export function tuneV8ForBatch(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of BATCH_V8_FLAGS) v8.setFlagsFromString(flag);
}
