import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commodities } from '../db/schema.js';

export type CommodityRecord = typeof commodities.$inferSelect;

/** A classification's whole nomenclature, by code: a few thousand rows, read once per data version. */
export function listAllCommodities(db: Database, classification: string): Promise<CommodityRecord[]> {
  return db.select().from(commodities).where(eq(commodities.classification, classification)).orderBy(asc(commodities.code));
}
