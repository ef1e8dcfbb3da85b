import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { ALL_GOODS, FLOWS, RELEASE_STATUSES, YEAR_BOUNDS } from '../domain.js';

// Codes are `text`, never char(n): comparing char(n) to a text parameter casts the column and
// silently turns every lookup into a full scan.

/** `'a', 'b'` for an IN (...) list of the domain's words (constants, never input). */
const sqlList = (words: readonly string[]) => sql.raw(words.map((w) => `'${w}'`).join(', '));

export const countries = pgTable('countries', {
  iso3: text('iso3').primaryKey(),
  iso2: text('iso2').unique(),
  m49: integer('m49').unique(),
  name: text('name').notNull(),
  altNames: text('alt_names')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  region: text('region'),
  subregion: text('subregion'),
  intermediateRegion: text('intermediate_region'),
  historical: boolean('historical').notNull().default(false),
  note: text('note'),
});

export const countryGroups = pgTable('country_groups', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  description: text('description').notNull(),
  url: text('url'),
});

export const groupMembers = pgTable(
  'group_members',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    groupId: text('group_id')
      .notNull()
      .references(() => countryGroups.id, { onDelete: 'cascade' }),
    iso3: text('iso3')
      .notNull()
      .references(() => countries.iso3),
    // Inclusive years; null = no bound. Aggregates use the membership of each year.
    fromYear: smallint('from_year'),
    toYear: smallint('to_year'),
  },
  (t) => [
    unique('group_members_period').on(t.groupId, t.iso3, t.fromYear).nullsNotDistinct(),
    index('group_members_iso3').on(t.iso3),
    check('group_members_years', sql`${t.fromYear} IS NULL OR ${t.toYear} IS NULL OR ${t.fromYear} <= ${t.toYear}`),
  ],
);

export const sources = pgTable('sources', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  publisher: text('publisher').notNull(),
  url: text('url'),
  license: text('license'),
  citation: text('citation'),
  notes: text('notes'),
});

export const releases = pgTable(
  'releases',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    format: text('format').notNull(),
    fileName: text('file_name'),
    sha256: text('sha256'),
    status: text('status', { enum: RELEASE_STATUSES }).notNull().default('running'),
    rowsRead: integer('rows_read').notNull().default(0),
    inserted: integer('inserted').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    rejectedSamples: jsonb('rejected_samples')
      .notNull()
      .default(sql`'[]'::jsonb`),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /**
     * Position in the order releases committed (1, 2, ...), null until then. Ids follow the order
     * imports started, which for two sources loading at once is not the order they committed in.
     */
    commitSeq: integer('commit_seq').unique('releases_commit_seq'),
    /** Why a failed import failed, as its answer said. */
    failureReason: text('failure_reason'),
    /** The API key that made it; null for the CLI and the demo data. */
    apiKeyId: integer('api_key_id').references(() => apiKeys.id),
    notes: text('notes'),
  },
  (t) => [
    index('releases_source').on(t.sourceId),
    check('releases_status', sql`${t.status} IN (${sqlList(RELEASE_STATUSES)})`),
    check('releases_committed', sql`(${t.status} = 'completed') = (${t.commitSeq} IS NOT NULL)`),
  ],
);

/**
 * No foreign keys here, deliberately: each one is a trigger per inserted row that also locks the
 * parent row, and with them a 1M-row import took 57 s instead of 21 s. Every write goes through the
 * import, which resolves codes against `countries` and creates the release in the same transaction;
 * countries, sources and releases are never deleted.
 */
export const tradeFlows = pgTable(
  'trade_flows',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    reporter: text('reporter').notNull(),
    partner: text('partner').notNull(),
    year: smallint('year').notNull(),
    flow: text('flow', { enum: FLOWS }).notNull(),
    // ALL_GOODS ('TOTAL'), otherwise an HS code.
    commodity: text('commodity').notNull().default(ALL_GOODS),
    // US dollars (not millions). numeric keeps imported values exact.
    valueUsd: numeric('value_usd', { precision: 20, scale: 2, mode: 'number' }).notNull(),
    estimated: boolean('estimated').notNull().default(false),
    // Where the file has them (product-level data): net weight, and the supplementary quantity in its unit.
    netWeightKg: numeric('net_weight_kg', { precision: 20, scale: 3, mode: 'number' }),
    quantity: numeric('quantity', { precision: 20, scale: 3, mode: 'number' }),
    quantityUnit: text('quantity_unit'),
    sourceId: text('source_id').notNull(),
    releaseId: integer('release_id').notNull(),
    note: text('note'),
  },
  (t) => [
    // Column order serves the common lookups (reporter; reporter+partner; +year) and keyset paging.
    uniqueIndex('trade_flows_key').on(t.reporter, t.partner, t.year, t.flow, t.commodity, t.sourceId),
    // A country's figures in a year, by flow (products summed over partners; the mirror side is what
    // partners reported about it): at 30M product rows these read 12,000 entries for the USA's 2020
    // exports where the key index read 260,000 (docs/benchmarks.md, "Products at scale").
    index('trade_flows_reporter_year').on(t.reporter, t.year, t.flow, t.sourceId),
    index('trade_flows_partner_year').on(t.partner, t.year, t.flow, t.sourceId),
    index('trade_flows_year').on(t.year),
    // /v1/flows?source= or ?commodity= alone: without these a rare value (the demo source's 2 rows,
    // an HS code) walks the whole key index to fill one page. Low-cardinality columns make small,
    // deduplicated B-trees.
    index('trade_flows_source').on(t.sourceId),
    // A country's all-goods figures in a year (partners, the default answers): with 30 product rows
    // under each total, the indexes above read 30 times more entries than there are totals
    // (docs/benchmarks.md, "Products at scale"). Partial: product rows never touch them.
    index('trade_flows_total_reporter')
      .on(t.reporter, t.year)
      .where(sql`${t.commodity} = 'TOTAL'`),
    index('trade_flows_total_partner')
      .on(t.partner, t.year)
      .where(sql`${t.commodity} = 'TOTAL'`),
    index('trade_flows_commodity').on(t.commodity),
    check('trade_flows_flow', sql`${t.flow} IN (${sqlList(FLOWS)})`),
    check('trade_flows_year_range', sql`${t.year} BETWEEN ${sql.raw(String(YEAR_BOUNDS.min))} AND ${sql.raw(String(YEAR_BOUNDS.max))}`),
    check('trade_flows_value_nonnegative', sql`${t.valueUsd} >= 0`),
    check('trade_flows_distinct_pair', sql`${t.reporter} <> ${t.partner}`),
    check('trade_flows_quantities_nonnegative', sql`${t.netWeightKg} >= 0 AND ${t.quantity} >= 0`),
    check('trade_flows_quantity_unit', sql`(${t.quantity} IS NULL) = (${t.quantityUnit} IS NULL)`),
  ],
);

/** The value a flow had before a later release changed it: nothing imported is ever lost. */
export const tradeFlowRevisions = pgTable(
  'trade_flow_revisions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    flowId: bigint('flow_id', { mode: 'number' })
      .notNull()
      .references(() => tradeFlows.id, { onDelete: 'cascade' }),
    valueUsd: numeric('value_usd', { precision: 20, scale: 2, mode: 'number' }).notNull(),
    estimated: boolean('estimated').notNull(),
    netWeightKg: numeric('net_weight_kg', { precision: 20, scale: 3, mode: 'number' }),
    quantity: numeric('quantity', { precision: 20, scale: 3, mode: 'number' }),
    quantityUnit: text('quantity_unit'),
    releaseId: integer('release_id')
      .notNull()
      .references(() => releases.id),
    replacedByReleaseId: integer('replaced_by_release_id')
      .notNull()
      .references(() => releases.id),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('trade_flow_revisions_flow').on(t.flowId)],
);

/**
 * The product nomenclature (HS 2022 by default; the classification is a column, not part of the
 * code). The project ships a short name for each chapter (`short_name`); an imported nomenclature
 * file adds headings and subheadings and the official descriptions.
 */
export const commodities = pgTable(
  'commodities',
  {
    classification: text('classification').notNull(),
    code: text('code').notNull(),
    level: smallint('level').notNull(),
    parent: text('parent'),
    section: text('section'),
    shortName: text('short_name'),
    description: text('description'),
  },
  (t) => [
    primaryKey({ columns: [t.classification, t.code] }),
    index('commodities_parent').on(t.classification, t.parent),
    check('commodities_level', sql`${t.level} IN (2, 4, 6)`),
    check('commodities_named', sql`${t.shortName} IS NOT NULL OR ${t.description} IS NOT NULL`),
  ],
);

/** Admin API keys: only a SHA-256 of each key is kept; the key itself is shown once, at creation. */
export const apiKeys = pgTable('api_keys', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  name: text('name').notNull(),
  hash: text('hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});
