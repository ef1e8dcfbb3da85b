import { z } from 'zod';

export const Source = z
  .object({
    id: z.string().meta({ example: 'imf-dots' }).describe('The id figures carry in their `source` field'),
    name: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    license: z.string().nullable(),
    citation: z.string().nullable().describe('How to cite the data'),
    notes: z.string().nullable(),
    releaseCount: z.number().int().describe('Completed imports (releases) of this source'),
  })
  .meta({ id: 'Source' });

export const SourceList = z.object({ data: z.array(Source) }).meta({ id: 'SourceList' });
