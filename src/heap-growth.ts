import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it
 * collects again: 1.5x, instead of V8's own factor (up to 4x while a process allocates fast, as a
 * server under load does). Under `npm run bench -- http` the API holds about 36 MB of live objects,
 * yet its heap grew to 150 MB of mostly garbage and its RSS to 225-265 MB; at 1.5x the RSS stays
 * near 165-178 MB with the same CPU per request (docs/benchmarks.md, "HTTP against a floor"). Imported first by
 * server.ts, before the app allocates anything. `node --heap-growing-percent=N` on the command line
 * wins (NODE_OPTIONS cannot carry this flag).
 */
const FLAG = '--heap-growing-percent';
const PERCENT = 50;

if (!process.execArgv.some((arg) => arg.startsWith(FLAG))) setFlagsFromString(`${FLAG}=${PERCENT}`);
