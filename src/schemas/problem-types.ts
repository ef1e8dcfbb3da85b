import { z } from 'zod';
import { textParam } from './common.js';

export const ProblemTypeParams = z.object({
  type: textParam(64).describe('The part of a problem `type` after /problems/').meta({ example: 'invalid-parameter' }),
});

export const ProblemType = z
  .object({
    type: z.string().describe('The URI reference problems of this type carry in `type`'),
    title: z.string().describe('The `title` of every problem of this type'),
    status: z.number().int().describe('The HTTP status it comes with'),
    when: z.string().describe('When the API answers it, and what to do'),
    documentation: z.string().describe('Where the project documents every type'),
  })
  .meta({ id: 'ProblemType' });
