import { z } from 'zod';

export const Health = z.object({ status: z.literal('ok').describe('Always ok: the process answers') }).meta({ id: 'Health' });

export const Readiness = z
  .object({
    status: z.literal('ready').describe('ready: the database answers and every migration is applied (otherwise a 503 problem)'),
    database: z.enum(['pglite', 'postgres']).describe('Which backend this instance uses'),
    migrations: z
      .object({ applied: z.number().int(), expected: z.number().int() })
      .describe('On the primary; with the primary unreachable, those this version ships, which a serving replica has'),
    primary: z
      .enum(['ready', 'unreachable'])
      .optional()
      .describe('Only with read replicas configured: unreachable while a replica still serves reads (imports answer 503 meanwhile)'),
    replicas: z
      .array(
        z.object({
          name: z.string().describe('replica-N: the Nth URL of DATABASE_READ_URL'),
          state: z
            .enum(['current', 'lagging', 'migrations_pending', 'unreachable'])
            .describe(
              "current: serves reads; lagging: has not replayed the newest release, reads go to the primary until it has; migrations_pending: has not replayed this version's migrations; unreachable: reads go elsewhere, retried every 5 s",
            ),
        }),
      )
      .optional()
      .describe('Only with read replicas configured (DATABASE_READ_URL)'),
  })
  .meta({ id: 'Readiness' });
