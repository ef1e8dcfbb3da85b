import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Accepted DATABASE_URL forms; anything else is a typo we would rather refuse than guess at.
const databaseUrl = z
  .string()
  .trim()
  .refine((v) => /^(postgres|postgresql):\/\//.test(v) || v === 'memory://', {
    message:
      'must be postgres://user@host:port/db (or postgresql://), or memory:// for a throwaway embedded database; unset it to use the embedded database in PGLITE_DIR',
  });

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: databaseUrl.optional(),
  PGLITE_DIR: z.string().trim().min(1, 'must not be empty').default('./data/pglite'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(4),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DEMO_DATA: z.enum(['auto', 'never'], { message: 'must be auto (load the article figures into a new embedded database) or never' }).default('auto'),
  CORS_ORIGIN: z.string().trim().default('*'),
});

export type Config = {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  demoData: 'auto' | 'never';
  corsOrigin: string;
};

export type DatabaseConfig = { kind: 'postgres'; url: string; poolSize: number } | { kind: 'pglite'; dataDir: string | null };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; every bad variable is reported together so one fix-and-retry suffices. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT= in a .env file) means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const database: DatabaseConfig =
    e.DATABASE_URL === undefined
      ? { kind: 'pglite', dataDir: e.PGLITE_DIR }
      : e.DATABASE_URL === 'memory://'
        ? { kind: 'pglite', dataDir: null }
        : { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    corsOrigin: e.CORS_ORIGIN,
  };
}
