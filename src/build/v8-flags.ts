// V8 settings for a build, set by the programs that run one (`kg build`, `npm run bench`), not by the library: they
// hold for the whole process, its worker threads included, so a program that embeds the builder keeps its own.
import { setFlagsFromString } from 'node:v8';

/**
 * A smaller inlining budget for the optimizing compiler. The extraction code is large and a build meets it cold, in
 * every thread: with V8's default budget (920 bytes of bytecode inlined per function) a third of a 10 MB build's CPU
 * time went to TurboFan compiling it (perf, background compiler threads), and the stage functions came out no faster
 * for the extra inlining. 200 measured best of 120, 200, 400 and no inlining with the other passes on (interleaved
 * builds of the bench corpus: 8–14% less wall and CPU time than the default); with the passes below off, 100.
 */
export const INLINING_BUDGET = 100;

/**
 * Optimizing passes left out: they cost compile time (a quarter of a build's CPU under perf, twice over on two
 * threads) for code that runs over one corpus and ends. Inlining of Array builtins (filter/some/find callbacks),
 * escape analysis, load elimination and loop peeling are the passes with the largest graphs in --turbo-stats, and
 * the mid-tier register allocator is the one V8 uses for huge functions. In interleaved 2-thread builds of the
 * bench corpus (four pairs, three rounds) these flags took 5–9% off both wall and CPU time. They change what code
 * is made, never what it computes: graphs were byte-identical with and without them.
 */
export const LEANER_COMPILE = ['--no-turbo-inline-array-builtins', '--no-turbo-escape', '--no-turbo-load-elimination', '--no-turbo-loop-peeling', '--turbo-force-mid-tier-regalloc'];

/**
 * Semi-space size (MB) of the young generation in the extraction threads (V8's default grows to 16): a worker thread
 * reads it when it starts (this thread's heap is already set up). Extraction makes short-lived objects by the
 * million; fewer scavenges measured 2–10% less wall time (32 and 64 alike), for some 60 MB more peak memory.
 */
export const SEMI_SPACE_MB = 32;

let tuned = false;

/** Applies the build's V8 settings to this process (once; before the worker threads start). */
export function tuneV8ForBuild(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINING_BUDGET}`);
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
  for (const flag of LEANER_COMPILE) setFlagsFromString(flag);
}
