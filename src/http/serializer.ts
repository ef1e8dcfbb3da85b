import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/**
 * Response serialization from the zod schemas, compiled once per route and status by
 * fast-json-stringify from the schema's JSON Schema (the one the OpenAPI document shows). The zod
 * provider's own serializer ran each response through zod and then JSON.stringify: about a fifth of
 * the server's CPU on the bilateral route (bench/http). A body that strays from its schema is caught
 * by the tests (test/fuzz checks every 2xx against openapi/openapi.json), not on every request.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};
