import { setFlagsFromString } from 'node:v8';

const FLAG = '--heap-growing-percent';
const PERCENT = 50;

/**
 * The V8 flag that limits how far the old generation may grow past what survived the last full
 * collection before V8 collects again: to 1.5x, instead of V8's own factor (up to 4x while a process
 * allocates fast, as a server under load does). Under `npm run bench -- http` the API holds about
 * 36 MB of live objects, yet its heap grew to 150 MB of mostly garbage and its RSS to 225-265 MB; at
 * 1.5x the RSS stays at 162-178 MB with the same CPU per request (docs/benchmarks.md, "HTTP against
 * a floor"). Null when the command line sets the flag itself (V8 spells flags with - or _), which
 * wins: NODE_OPTIONS cannot carry it, so `node --heap-growing-percent=N` is the way to choose another.
 */
export function heapGrowthFlag(execArgv: readonly string[]): string | null {
  const given = execArgv.some((arg) => arg.replaceAll('_', '-').startsWith(FLAG));
  return given ? null : `${FLAG}=${PERCENT}`;
}

/** Sets the flag for this process (server.ts, at start; V8 reads it whenever it sizes the heap anew). */
export function limitHeapGrowth(): void {
  const flag = heapGrowthFlag(process.execArgv);
  if (flag !== null) setFlagsFromString(flag);
}
