import { z } from 'zod';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './ingest/limits.js';

/** Why these: an analytics answer takes milliseconds and an import of the 1M-row IMF file ~15 s; a wait
 * for a connection beyond 2 s means the pool is exhausted or the database gone, and a quick 503 with
 * Retry-After serves a client better than a hang. Imports set their own statement timeout. */
export const DEFAULT_TIMEOUTS = { statementMs: 15_000, acquireMs: 2_000 } as const;

/**
 * Why these: request headers arrive in milliseconds, so 10 s only cuts off clients that trickle
 * them (slowloris). An import's upload of IMPORT_MAX_UPLOAD_BYTES (1 GiB) over a 20 Mbit/s link
 * takes about 7 minutes: 15 minutes for a whole request. 65 s keep-alive outlasts the 60 s idle
 * timeout of common load balancers, which would otherwise reuse a socket the server just closed.
 * Start-up waits up to 2 minutes for another instance's migrations (they take seconds) before it
 * gives up.
 */
export const DEFAULT_HTTP = { headersTimeoutMs: 10_000, requestTimeoutMs: 15 * 60_000, keepAliveTimeoutMs: 65_000, startupTimeoutMs: 120_000 } as const;

/**
 * Why these: 600 requests a minute per API key or address is ten a second, far above what a person
 * or a dashboard refresh needs and what one scraper should take of a 2-core server; a bulk user
 * pages with limit=10000. Answers may be reused for 60 s: data changes only by import, and the ETag
 * makes a revalidation after that nearly free. An event loop late by a whole second means requests
 * already wait longer than a quick 503 with Retry-After costs the client.
 */
export const DEFAULT_PROTECTION = { rateLimitMax: 600, rateLimitWindowMs: 60_000, cacheMaxAgeSeconds: 60, maxEventLoopDelayMs: 1_000 } as const;

/**
 * Why 10 s: reads take milliseconds and a running import is aborted at once (its rollback takes
 * about a second), so a shutdown still going after 10 s is stuck, and waiting longer gains nothing:
 * `docker stop` sends SIGKILL after 10 s (Kubernetes after 30 s).
 */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Accepted DATABASE_URL forms; anything else is a typo we would rather refuse than guess at.
const databaseUrl = z
  .string()
  .trim()
  .refine((v) => /^(postgres|postgresql):\/\//.test(v) || v === 'memory://', {
    message:
      'must be postgres://user@host:port/db (or postgresql://), or memory:// for a throwaway embedded database; unset it to use the embedded database in PGLITE_DIR',
  });

// Replicas of the DATABASE_URL primary, for reads (docs/scaling.md); only postgres URLs make sense here.
const readUrls = z
  .string()
  .trim()
  .refine((v) => v.split(',').every((u) => /^(postgres|postgresql):\/\/\S+$/.test(u.trim())), {
    message: 'must be one or more postgres://user@host:port/db URLs of streaming replicas of DATABASE_URL, separated by commas',
  })
  .transform((v) => v.split(',').map((u) => u.trim()));

const positiveInt = (max: number, fallback: number) =>
  z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(max, `must be at most ${max}`)
    .default(fallback);

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_URL: databaseUrl.optional(),
  DATABASE_READ_URL: readUrls.optional(),
  PGLITE_DIR: z.string().trim().min(1, 'must not be empty').default('./data/pglite'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1, 'must be at least 1').max(100, 'must be at most 100').default(4),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DEMO_DATA: z.enum(['auto', 'never'], { message: 'must be auto (load the article figures into a new embedded database) or never' }).default('auto'),
  CORS_ORIGIN: z
    .string()
    .trim()
    .refine((v) => v === '*' || v.split(',').every((o) => /^https?:\/\/[^/\s,]+$/.test(o.trim())), {
      message: 'must be * (any site) or a comma-separated list of origins such as https://dash.example.org,http://localhost:5173',
    })
    .default('*'),
  RATE_LIMIT_MAX: positiveInt(10_000_000, DEFAULT_PROTECTION.rateLimitMax),
  RATE_LIMIT_WINDOW_MS: positiveInt(3_600_000, DEFAULT_PROTECTION.rateLimitWindowMs),
  CACHE_MAX_AGE_SECONDS: z.coerce
    .number()
    .int()
    .min(0, 'must be 0 (revalidate every time) or more')
    .max(31_536_000)
    .default(DEFAULT_PROTECTION.cacheMaxAgeSeconds),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce
    .number({ message: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be 0 (never shed load) or more')
    .max(600_000)
    .default(DEFAULT_PROTECTION.maxEventLoopDelayMs),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100, 'must be at least 100')
    .max(3_600_000, 'must be at most 3600000')
    .default(DEFAULT_TIMEOUTS.statementMs),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100, 'must be at least 100')
    .max(60_000, 'must be at most 60000')
    .default(DEFAULT_TIMEOUTS.acquireMs),
  TRUST_PROXY: z.enum(['true', 'false'], { message: 'must be true (behind a proxy that sets X-Forwarded-*) or false' }).default('false'),
  HTTP_HEADERS_TIMEOUT_MS: positiveInt(600_000, DEFAULT_HTTP.headersTimeoutMs),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(24 * 3_600_000, DEFAULT_HTTP.requestTimeoutMs),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: positiveInt(3_600_000, DEFAULT_HTTP.keepAliveTimeoutMs),
  STARTUP_TIMEOUT_MS: positiveInt(3_600_000, DEFAULT_HTTP.startupTimeoutMs),
  SHUTDOWN_GRACE_MS: positiveInt(600_000, DEFAULT_SHUTDOWN_GRACE_MS),
  IMPORT_MAX_UPLOAD_BYTES: positiveInt(2 ** 50, DEFAULT_IMPORT_LIMITS.uploadBytes),
  IMPORT_MAX_DECOMPRESSED_BYTES: positiveInt(2 ** 50, DEFAULT_IMPORT_LIMITS.decompressedBytes),
  IMPORT_MAX_COMPRESSION_RATIO: positiveInt(100_000, DEFAULT_IMPORT_LIMITS.compressionRatio),
  IMPORT_MAX_LINE_BYTES: positiveInt(2 ** 30, DEFAULT_IMPORT_LIMITS.lineBytes),
  IMPORT_MAX_FIELD_CHARS: positiveInt(2 ** 28, DEFAULT_IMPORT_LIMITS.fieldChars),
  IMPORT_MAX_REJECTED_SAMPLES: positiveInt(10_000, DEFAULT_IMPORT_LIMITS.rejectedSamples),
});

export type Config = {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: (typeof LOG_LEVELS)[number];
  demoData: 'auto' | 'never';
  /** Sites whose pages may call the API from a browser: '*' for any, or a list of origins. */
  corsOrigin: '*' | string[];
  rateLimit: { max: number; windowMs: number };
  /** Cache-Control max-age of GET answers under /v1. */
  cacheMaxAgeSeconds: number;
  /** Event-loop delay beyond which requests are answered 503 (load shedding); 0 = never. */
  maxEventLoopDelayMs: number;
  /** Whether X-Forwarded-* headers are believed: only behind a proxy that sets them. */
  trustProxy: boolean;
  /** What one import may send and contain (ingest/limits.ts says why each default). */
  imports: ImportLimits;
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number; startupTimeoutMs: number };
  /** How long SIGTERM/SIGINT waits for in-flight requests and aborted imports before the process exits anyway (exit code 1). */
  shutdownGraceMs: number;
};

export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      poolSize: number;
      /** Longest a statement may run before Postgres cancels it (default DEFAULT_TIMEOUTS). */
      statementTimeoutMs?: number;
      /** Longest a request waits for a pooled connection before it is answered 503. */
      acquireTimeoutMs?: number;
      /** Streaming replicas that serve GET /v1 reads (services/read-routing.ts); absent: the primary serves everything. */
      readUrls?: string[];
    }
  | { kind: 'pglite'; dataDir: string | null };

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
        return `${name}=${JSON.stringify(redact(name, env[name] ?? ''))}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URL !== undefined && !/^postgres(ql)?:\/\//.test(e.DATABASE_URL ?? '')) {
    // Replicas copy a primary: without a Postgres primary there is nothing for them to be replicas of.
    throw new ConfigError([
      `DATABASE_READ_URL=${JSON.stringify(redact('DATABASE_READ_URL', env.DATABASE_READ_URL ?? ''))}: needs DATABASE_URL to name the Postgres primary (postgres://...) that these replicate; the embedded database has no replicas`,
    ]);
  }
  const database: DatabaseConfig =
    e.DATABASE_URL === undefined
      ? { kind: 'pglite', dataDir: e.PGLITE_DIR }
      : e.DATABASE_URL === 'memory://'
        ? { kind: 'pglite', dataDir: null }
        : {
            kind: 'postgres',
            url: e.DATABASE_URL,
            poolSize: e.DATABASE_POOL_SIZE,
            statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
            acquireTimeoutMs: e.DATABASE_ACQUIRE_TIMEOUT_MS,
            ...(e.DATABASE_READ_URL && { readUrls: e.DATABASE_READ_URL }),
          };
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    corsOrigin: e.CORS_ORIGIN === '*' ? '*' : e.CORS_ORIGIN.split(',').map((o) => o.trim()),
    rateLimit: { max: e.RATE_LIMIT_MAX, windowMs: e.RATE_LIMIT_WINDOW_MS },
    cacheMaxAgeSeconds: e.CACHE_MAX_AGE_SECONDS,
    maxEventLoopDelayMs: e.MAX_EVENT_LOOP_DELAY_MS,
    trustProxy: e.TRUST_PROXY === 'true',
    http: {
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      startupTimeoutMs: e.STARTUP_TIMEOUT_MS,
    },
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    imports: {
      uploadBytes: e.IMPORT_MAX_UPLOAD_BYTES,
      decompressedBytes: e.IMPORT_MAX_DECOMPRESSED_BYTES,
      compressionRatio: e.IMPORT_MAX_COMPRESSION_RATIO,
      lineBytes: e.IMPORT_MAX_LINE_BYTES,
      fieldChars: e.IMPORT_MAX_FIELD_CHARS,
      rejectedSamples: e.IMPORT_MAX_REJECTED_SAMPLES,
    },
  };
}

/**
 * A variable's value as an error message may show it: a URL's password never. A DATABASE_URL that
 * is no URL at all (libpq's "host=db password=..." form) is not shown: where its secret is cannot be told.
 */
function redact(name: string, value: string): string {
  if (name !== 'DATABASE_URL' && name !== 'DATABASE_READ_URL') return value;
  // DATABASE_READ_URL is a list: each URL loses its password. A password with a comma in it splits
  // into a piece that is no URL, and then nothing is shown.
  const urls = value.split(',');
  if (!urls.every((url) => /^\s*[a-z][\w+.-]*:\/\//i.test(url))) return '(not shown: it may hold a password)';
  return urls.map((url) => url.replace(/^(\s*[a-z][\w+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@')).join(',');
}
