import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { answer, NoQuery, problemResponses } from '../schemas/common.js';
import { ProblemType, ProblemTypeParams } from '../schemas/problem-types.js';
import { problemTypeDoc } from '../services/problem-types.js';

const problems: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/problems/:type',
    {
      schema: {
        operationId: 'getProblemType',
        tags: ['errors'],
        summary: 'What a problem type means',
        description: "Every problem's `type` (e.g. /problems/invalid-parameter) resolves here: its title, status, and when the API answers it.",
        params: ProblemTypeParams,
        querystring: NoQuery,
        response: { 200: answer('The problem type', ProblemType), ...problemResponses(400, 404, 406, 414, 429) },
      },
    },
    async (request) => problemTypeDoc(request.params.type),
  );
};

export default problems;
