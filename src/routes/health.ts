import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SHIPPED_MIGRATIONS } from '../db/migrate.js';
import { ProblemError } from '../problem.js';
import { appliedMigrationCount } from '../queries/health.js';
import { problemResponses } from '../schemas/common.js';
import { Health, Readiness } from '../schemas/health.js';

const health: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness',
        description: 'Answers 200 while the process runs. Does not touch the database (see /ready).',
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary: 'Readiness',
        description: 'Answers 200 when the database is reachable and every migration this version ships is applied; 503 otherwise.',
        response: { 200: Readiness, ...problemResponses(503) },
      },
    },
    async () => {
      let applied: number;
      try {
        applied = await appliedMigrationCount(app.db);
      } catch (err) {
        app.log.warn({ err }, 'readiness check: database unreachable');
        throw new ProblemError('unavailable', 'The database is unreachable.');
      }
      if (applied < SHIPPED_MIGRATIONS) {
        throw new ProblemError('unavailable', `Migrations pending: ${applied} of ${SHIPPED_MIGRATIONS} applied.`);
      }
      return { status: 'ready' as const, database: app.dbHandle.kind, migrations: { applied, expected: SHIPPED_MIGRATIONS } };
    },
  );
};

export default health;
