import type { FormatParser } from './contract.js';
import { canonical } from './canonical.js';
import { comtrade } from './comtrade.js';
import { imfDots, imfDotsWorld } from './imf-dots.js';
import { sdmxCsv } from './sdmx-csv.js';

export const FORMATS = { canonical, 'imf-dots': imfDots, 'imf-dots-world': imfDotsWorld, comtrade, 'sdmx-csv': sdmxCsv } satisfies Record<string, FormatParser>;
export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
