import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import Papa from 'papaparse';
import type { DatabaseHandle } from '../db/client.js';
import { ALL_GOODS, DEFAULT_CLASSIFICATION, NOMENCLATURE_SOURCE } from '../domain.js';
import { FileFormatError } from './formats/contract.js';
import { ImportRejectedError, type OnError, type RejectedRow } from './import.js';
import { boundedReason } from './reason.js';
import { inIngestTransaction } from './session.js';
import * as q from './sql.js';

export const NOMENCLATURE_FORMAT = 'hs-nomenclature';
/** A full HS list is under 1 MB; anything far larger is not a nomenclature. */
const MAX_NOMENCLATURE_BYTES = 32 * 1024 ** 2;
const REQUIRED_COLUMNS = ['hscode', 'description', 'parent', 'level'] as const;
const SAMPLES = 20;
const CODE = /^(\d{2}|\d{4}|\d{6})$/;

export type NomenclatureSummary = {
  release: number;
  classification: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejectedSamples: RejectedRow[];
  /** Rows that name all goods (code TOTAL): not a product, so not stored. */
  allGoodsRows: number;
};

type Entry = { code: string; level: number; parent: string | null; section: string | null; description: string };

// The data package files chapter 99 under a section "TOTAL": it belongs to none.
const sectionOf = (text: string | undefined) => {
  const t = (text ?? '').trim();
  return t === '' || t.toUpperCase() === ALL_GOODS ? null : t;
};

async function readText(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of input) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    bytes += buffer.length;
    if (bytes > MAX_NOMENCLATURE_BYTES) throw new FileFormatError(NOMENCLATURE_FORMAT, `the file is over ${MAX_NOMENCLATURE_BYTES / 1024 ** 2} MB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/**
 * Checks each row on its own (a code of 2, 4 or 6 digits, its level, its parent being the code
 * one level up) and then the file as a whole (no code twice, every parent present in the file or
 * already known), so a heading is never stored under a chapter nobody has.
 */
function checkRows(records: string[][], header: string[], known: Set<string>) {
  const col = (name: string) => header.indexOf(name);
  const [code, description, parent, level, section] = [...REQUIRED_COLUMNS, 'section'].map(col) as [number, number, number, number, number];
  const entries = new Map<string, Entry & { line: number }>();
  const rejected: RejectedRow[] = [];
  let allGoodsRows = 0;
  const reject = (line: number, reason: string) => rejected.push({ line, reason: boundedReason(reason) });
  records.forEach((f, i) => {
    const line = i + 2;
    if (f.length === 1 && f[0] === '') return;
    const c = (f[code] ?? '').trim();
    if (c.toUpperCase() === ALL_GOODS) return void allGoodsRows++;
    if (!CODE.test(c)) return reject(line, `code '${c}' is not an HS code of 2, 4 or 6 digits`);
    const lvl = Number((f[level] ?? '').trim());
    if (lvl !== c.length) return reject(line, `level '${f[level] ?? ''}' does not match code ${c}, which is level ${c.length}`);
    const p = (f[parent] ?? '').trim();
    const expected = c.length === 2 ? null : c.slice(0, c.length - 2);
    if (expected === null ? p !== '' && p.toUpperCase() !== ALL_GOODS : p !== expected)
      return reject(line, `parent '${p}' of ${c} should be ${expected ?? 'TOTAL or empty'}`);
    const text = (f[description] ?? '').trim();
    if (text === '') return reject(line, `code ${c} has no description`);
    if (entries.has(c)) return reject(line, `code ${c} appears twice (first on line ${entries.get(c)!.line})`);
    entries.set(c, { line, code: c, level: lvl, parent: expected, section: sectionOf(section >= 0 ? f[section] : undefined), description: text });
  });
  for (const e of [...entries.values()].sort((x, y) => x.level - y.level)) {
    if (e.parent !== null && !entries.has(e.parent) && !known.has(e.parent)) {
      entries.delete(e.code);
      reject(e.line, `parent ${e.parent} of ${e.code} is neither in the file nor already known`);
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  return { entries: [...entries.values()], rejected, allGoodsRows };
}

/**
 * Loads a nomenclature file (section, hscode, description, parent, level: the layout of the HS
 * data package) into `commodities`, in one transaction: new codes inserted, changed descriptions
 * updated. Chapters keep the project's short names beside the official description.
 */
export async function importNomenclature(handle: DatabaseHandle, input: Readable, onError: OnError, fileName: string | null): Promise<NomenclatureSummary> {
  const text = await readText(input);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new FileFormatError(NOMENCLATURE_FORMAT, `the header lacks ${missing.join(', ')} (it has ${names.join(', ') || 'nothing'})`);
  return inIngestTransaction(handle, async (s) => {
    const known = new Set((await s.query<{ code: string }>(q.COMMODITY_CODES, [DEFAULT_CLASSIFICATION])).map((r) => r.code));
    const { entries, rejected, allGoodsRows } = checkRows(records, names, known);
    if (rejected.length > 0 && onError === 'abort') throw new ImportRejectedError(rejected.length, rejected.slice(0, SAMPLES));
    const [written] = await s.query<{ inserted: number; updated: number }>(q.UPSERT_COMMODITIES, [
      DEFAULT_CLASSIFICATION,
      entries.map((e) => e.code),
      entries.map((e) => e.level),
      entries.map((e) => e.parent),
      entries.map((e) => e.section),
      entries.map((e) => e.description),
    ]);
    const { inserted, updated } = written!;
    const rowsRead = records.filter((f) => !(f.length === 1 && f[0] === '')).length;
    const unchanged = entries.length - inserted - updated;
    // A release like a data import's, so /v1/releases lists it and answers' ETags change with it.
    const [release] = await s.query<{ id: number }>(q.INSERT_RELEASE, [NOMENCLATURE_SOURCE, NOMENCLATURE_FORMAT, fileName, sha256, null]);
    const samples = rejected.slice(0, SAMPLES);
    await s.query(q.COMMIT_ORDER_LOCK);
    await s.query(q.COMPLETE_RELEASE, [release!.id, rowsRead, inserted, updated, unchanged, rejected.length, JSON.stringify(samples)]);
    return {
      release: release!.id,
      classification: DEFAULT_CLASSIFICATION,
      rowsRead,
      inserted,
      updated,
      unchanged,
      rejected: rejected.length,
      rejectedSamples: samples,
      allGoodsRows,
    };
  });
}
