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
    serialize ??= fastJson(
      withoutClosedObjects(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' })) as Parameters<typeof fastJson>[0],
    );
    return serialize(data);
  };
};

/**
 * The schema without `additionalProperties: false`. fast-json-stringify writes only the properties a
 * schema names either way, but where it has to choose between branches (a nullable object is an
 * anyOf of the object and null) it validates the value, and a key the schema does not name made it
 * throw: a 500 where zod dropped the key, as it drops them everywhere else.
 */
function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, withoutClosedObjects(value)]),
  );
}
