import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { ProblemError } from '../problem.js';
import { authenticate } from '../services/api-keys.js';
import type { KnownKeyTokens } from './known-key-tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The key an admin request authenticated with (requireApiKey); null on public routes. */
    apiKey: { id: number; name: string } | null;
  }
}

/** preHandler for admin routes: `Authorization: Bearer <key>` with a key made by `cli keys create`. */
export async function requireApiKey(this: { db: Database; knownKeyTokens: KnownKeyTokens }, request: FastifyRequest, reply: FastifyReply) {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  reply.header('WWW-Authenticate', 'Bearer realm="trade-api"');
  if (!match) {
    throw new ProblemError(
      'unauthorized',
      'This route needs an API key: send `Authorization: Bearer <key>`. An operator makes keys with `npm run cli -- keys create --name <name>`.',
    );
  }
  const owner = await authenticate(this.db, match[1]!);
  if (!owner) throw new ProblemError('unauthorized', 'The API key is unknown or revoked.');
  request.log.info({ apiKey: owner.id, name: owner.name }, 'admin request');
  request.apiKey = owner;
  this.knownKeyTokens.remember(match[1]!, owner.id);
  reply.removeHeader('WWW-Authenticate');
}
