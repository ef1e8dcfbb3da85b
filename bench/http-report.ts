/** The tables `npm run bench -- http` prints and writes into docs/benchmarks.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { median } from './scratch-database.js';

export type Side = 'floor' | 'api';
export type Round = {
  round: number;
  side: Side;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  serverCpuSeconds: number;
  databaseCpuSeconds: number;
  /** The median of the server's RSS samples during the round. */
  rssBytes: number;
};
export type ScenarioResult = { scenario: string; requests: number; rounds: Round[] };
export type PgliteResult = { scenario: string; requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number; rssBytes: number };
export type Setup = { date: string; machine: string; connections: number; rounds: number; seconds: number; elapsedSeconds: number };

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export function summarise({ scenario, rounds }: ScenarioResult, seconds: number) {
  const of = (side: Side, f: (r: Round) => number) => median(rounds.filter((r) => r.side === side).map(f));
  const answers = (r: Round) => r.requestsPerSecond * seconds;
  const side = (s: Side) => ({
    rps: of(s, (r) => r.requestsPerSecond),
    p50: of(s, (r) => r.p50Ms),
    p99: of(s, (r) => r.p99Ms),
    // Per answer: steadier than throughput on a shared machine whose speed drifts between rounds.
    serverCpuMs: of(s, (r) => (r.serverCpuSeconds * 1000) / answers(r)),
    databaseCpuMs: of(s, (r) => (r.databaseCpuSeconds * 1000) / answers(r)),
    rssPeak: Math.max(...rounds.filter((r) => r.side === s).map((r) => r.rssBytes)),
  });
  // Within each round the two sides ran back to back: the ratio is less exposed to drift.
  const rpsOf = (round: number, s: Side) => rounds.find((r) => r.round === round && r.side === s)!.requestsPerSecond;
  const byRound = [...new Set(rounds.map((r) => r.round))].map((round) => rpsOf(round, 'api') / rpsOf(round, 'floor'));
  const floor = side('floor');
  const api = side('api');
  return {
    scenario,
    floor,
    api,
    ratio: api.rps / floor.rps,
    ratioByRound: median(byRound),
    p99Ratio: api.p99 / floor.p99,
    failed: rounds.reduce((s, r) => s + r.non2xx + r.errors, 0),
  };
}

export function markdown(setup: Setup, results: ScenarioResult[], pglite: PgliteResult[]): string[] {
  const rows = results.map((r) => summarise(r, setup.seconds));
  const lines = [
    `Measured ${setup.date} on ${setup.machine}; ${setup.connections} connections, ${setup.rounds} interleaved rounds of ${setup.seconds} s per side (medians); the whole run took ${Math.round(setup.elapsedSeconds)} s.`,
    '',
    '| scenario | floor req/s | API req/s | API/floor | by round | floor p99 | API p99 | p99 API/floor | server CPU ms/answer (floor, API) | database CPU ms/answer (floor, API) | API RSS (peak round) | failed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${Math.round(r.floor.rps)} | ${Math.round(r.api.rps)} | ${r.ratio.toFixed(2)} | ${r.ratioByRound.toFixed(2)} | ${r.floor.p99} ms | ${r.api.p99} ms | ${r.p99Ratio.toFixed(2)}x | ${r.floor.serverCpuMs.toFixed(2)}, ${r.api.serverCpuMs.toFixed(2)} | ${r.floor.databaseCpuMs.toFixed(2)}, ${r.api.databaseCpuMs.toFixed(2)} | ${mb(r.api.rssPeak)} | ${r.failed} |`,
    ),
  ];
  if (pglite.length > 0) {
    lines.push(
      '',
      `The API on the embedded database (PGlite, one round of ${setup.seconds} s per scenario after the Postgres rounds, same data, same requests), against its Postgres median:`,
      '',
      '| scenario | PGlite req/s | PGlite p50 | PGlite p99 | PGlite/Postgres req/s | RSS | failed |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...pglite.map((p) => {
        const postgres = rows.find((r) => r.scenario === p.scenario)!;
        return `| ${p.scenario} | ${Math.round(p.requestsPerSecond)} | ${p.p50Ms} ms | ${p.p99Ms} ms | ${(p.requestsPerSecond / postgres.api.rps).toFixed(2)} | ${mb(p.rssBytes)} | ${p.non2xx + p.errors} |`;
      }),
    );
  }
  return lines;
}

const BEGIN = '<!-- bench http: begin (written by `npm run bench -- http`) -->';
const END = '<!-- bench http: end -->';

/** Replaces the harness's block in docs/benchmarks.md (between its markers) with the new tables, formatted as the repository's check wants them. */
export async function writeIntoDocs(lines: string[]): Promise<string> {
  const file = new URL('../docs/benchmarks.md', import.meta.url);
  const text = readFileSync(file, 'utf8');
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin === -1 || end < begin) throw new Error(`docs/benchmarks.md has no block between "${BEGIN}" and "${END}" for the figures`);
  const updated = `${text.slice(0, begin + BEGIN.length)}\n\n${lines.join('\n')}\n\n${text.slice(end)}`;
  const path = fileURLToPath(file);
  writeFileSync(file, await format(updated, { ...(await resolveConfig(path)), filepath: path }));
  return path;
}
