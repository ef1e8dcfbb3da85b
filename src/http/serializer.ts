import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Response serialization from the zod schemas, by fast-json-stringify from the schema's JSON Schema
 * (the one the OpenAPI document shows). The zod provider's own serializer ran each response through
 * zod and then JSON.stringify: about a fifth of the server's CPU on the bilateral route (bench/http).
 * A body that strays from its schema is caught by the tests (test/fuzz checks every 2xx against
 * openapi/openapi.json), not on every request.
 *
 * Each serializer is compiled on its first use: compiling all of them at start (every route, every
 * status) delayed the first answer by half a second.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => {
    serialize ??= compile(schema);
    return serialize(data);
  };
};

type JsonSchema = Record<string, unknown>;
const jsonSchemaOf = (schema: z.ZodType) => forSerializing(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' })) as JsonSchema;
const fastJsonOf = (schema: JsonSchema) => fastJson(schema as unknown as Parameters<typeof fastJson>[0]);

/**
 * A union of objects that each require a key the others lack (group trade: one year, or a range
 * with `data`) is served by the option whose required keys the answer has. fast-json-stringify
 * would validate the whole answer against each option to choose: for the EU over 21 years, a 2.7 MB
 * answer, a full validation pass before writing a byte (bench/scale). Anything else, or an answer
 * that fits no option by its keys, goes to fast-json-stringify's own choice.
 */
function compile(schema: z.ZodType): (data: unknown) => string {
  const whole = fastJsonOf(jsonSchemaOf(schema));
  if (!(schema instanceof z.ZodUnion)) return whole;
  const options = (schema.options as z.ZodType[]).map((option) => ({
    required: requiredKeys(jsonSchemaOf(option)),
    serialize: fastJsonOf(jsonSchemaOf(option)),
  }));
  const distinct = options.every((o, i) => options.every((other, j) => i === j || o.required.some((key) => !other.required.includes(key))));
  if (!distinct) return whole;
  return (data) => {
    const answer = data as Record<string, unknown>;
    const option = options.find((o) => o.required.every((key) => answer[key] !== undefined));
    return option ? option.serialize(data) : whole(data);
  };
}

/** The required keys of an object schema, following a reference at its root (a schema with a meta id). */
function requiredKeys(schema: JsonSchema): string[] {
  const ref = typeof schema.$ref === 'string' ? /^#\/definitions\/(.+)$/.exec(schema.$ref) : null;
  const root = ref ? ((schema.definitions as Record<string, JsonSchema>)[ref[1]!] ?? {}) : schema;
  return Array.isArray(root.required) ? (root.required as string[]) : [];
}

/**
 * The schema as fast-json-stringify serializes fastest, meaning the same. A nullable value is an
 * anyOf of it and null in zod's JSON Schema, and fast-json-stringify picks an anyOf branch by
 * validating the value against each with ajv: with eight per year of a bilateral series, that was
 * most of the serializer's time (bench/http profiles). As a type list (`type: ['object', 'null']`)
 * the choice is a typeof test, and the schema stays valid JSON Schema, which matters where a branch
 * must still be chosen by validation (group trade's year or range).
 *
 * Also without `additionalProperties: false`. fast-json-stringify writes only the properties a schema
 * names either way, but where it still has to choose between branches it validates the value, and a
 * key the schema does not name made it throw: a 500 where zod dropped the key, as it drops them
 * everywhere else.
 */
export function forSerializing(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forSerializing);
  if (typeof node !== 'object' || node === null) return node;
  const { additionalProperties, ...rest } = node as Record<string, unknown>;
  const schema = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, forSerializing(value)]));
  if (additionalProperties !== undefined && additionalProperties !== false) schema.additionalProperties = forSerializing(additionalProperties);
  return nullableForm(schema);
}

const isNull = (s: unknown) => typeof s === 'object' && s !== null && (s as { type?: unknown }).type === 'null' && Object.keys(s).length === 1;

/** `{anyOf: [X, {type: 'null'}]}` as X with null added to its type (and to its enum); anything else as it is. */
function nullableForm(schema: Record<string, unknown>): Record<string, unknown> {
  const { anyOf } = schema;
  if (!Array.isArray(anyOf) || anyOf.length !== 2 || !anyOf.some(isNull)) return schema;
  const other = anyOf.find((s) => !isNull(s)) as Record<string, unknown>;
  // A branch that is itself a choice, a reference or a constant keeps the anyOf.
  if (typeof other.type !== 'string' || other.anyOf !== undefined || other.$ref !== undefined || other.const !== undefined) return schema;
  const merged: Record<string, unknown> = { ...schema, ...other, type: [other.type, 'null'] };
  if (Array.isArray(other.enum)) merged.enum = [...(other.enum as unknown[]), null];
  delete merged.anyOf;
  return merged;
}
