import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/client.js';
import { findActiveKeyRecordingUse, insertApiKey } from '../queries/api-keys.js';

// Listing and revoking need no more than their queries; the CLI takes them from here with the rest.
export { listApiKeys, revokeApiKey } from '../queries/api-keys.js';

const PREFIX = 'tsa_';

// Keys are 192 random bits, so a plain SHA-256 is enough: there is nothing to brute-force.
const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** A new key: stored hashed, returned in clear this once. */
export async function createApiKey(db: Database, name: string): Promise<{ id: number; key: string }> {
  const key = `${PREFIX}${randomBytes(24).toString('base64url')}`;
  return { id: await insertApiKey(db, name, hashKey(key)), key };
}

/** The key's owner for a valid, unrevoked key; undefined otherwise. */
export function authenticate(db: Database, key: string) {
  return findActiveKeyRecordingUse(db, hashKey(key));
}
