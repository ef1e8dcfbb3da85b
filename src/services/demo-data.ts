import type { Database } from '../db/client.js';
import { loadDemoFlows } from '../queries/demo.js';
import { DEMO_FLOWS, DEMO_SOURCE } from '../reference/demo-article.js';

/** Loads the seed article's figures; returns the new release id, or null if they were already there. */
export function seedDemoData(db: Database): Promise<number | null> {
  return loadDemoFlows(db, DEMO_SOURCE, DEMO_FLOWS);
}
