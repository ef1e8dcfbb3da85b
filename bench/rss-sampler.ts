import { residentBytes } from './server-process.js';

export type RssSample = { seconds: number; bytes: number };

/**
 * The server's RSS once a second while the load runs. Figures are medians over a span of samples:
 * one sample lands anywhere in the garbage collector's saw-tooth (samples 30% apart within seconds
 * here), a median over a whole GC cycle or more does not, so growth between two such medians is
 * growth that stays.
 */
export function sampleRss(pid: number) {
  const started = performance.now();
  const samples: RssSample[] = [];
  const take = () => {
    try {
      samples.push({ seconds: (performance.now() - started) / 1000, bytes: residentBytes(pid) });
    } catch {
      // The process is gone: the caller sees its exit; nothing more to sample.
      clearInterval(timer);
    }
  };
  const timer = setInterval(take, 1000);
  take();
  return {
    samples,
    /** Seconds since sampling began, on the samples' clock. */
    now: () => (performance.now() - started) / 1000,
    /** The median RSS of the samples taken between two moments (seconds since sampling began); NaN if none (the process gone). */
    median(from: number, to: number): number {
      const within = samples.filter((s) => s.seconds >= from && s.seconds <= to).map((s) => s.bytes);
      return within.length === 0 ? NaN : within.sort((a, b) => a - b)[Math.floor(within.length / 2)]!;
    },
    stop: () => clearInterval(timer),
  };
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
