import { z } from 'zod';
import { CountryRef, textParam, yearSchema } from './common.js';

const GroupFields = {
  id: z.string().meta({ example: 'central-asia' }),
  name: z.string().meta({ example: 'Central Asia' }),
  kind: z.string().describe('geographic, economic-union, customs-union or political-union'),
  description: z.string(),
  url: z.string().nullable(),
};

export const GroupSummary = z
  .object({ ...GroupFields, memberCount: z.number().int().describe('Countries that were members in any year') })
  .meta({ id: 'GroupSummary' });

export const GroupList = z.object({ data: z.array(GroupSummary) }).meta({ id: 'GroupList' });

export const GroupMember = z.object({
  country: CountryRef,
  fromYear: z.number().int().nullable().describe('First year of membership (inclusive); null = no bound'),
  toYear: z.number().int().nullable().describe('Last year of membership (inclusive); null = still a member'),
});

export const Group = z
  .object({
    ...GroupFields,
    year: z.number().int().nullable().describe('The year asked for; null = every member of any year'),
    members: z.array(GroupMember),
  })
  .meta({ id: 'Group' });

export const GroupParams = z.object({
  id: textParam(64).toLowerCase().describe('Group id, as listed by GET /v1/groups').meta({ example: 'central-asia' }),
});

export const GroupQuery = z.strictObject({
  year: yearSchema('Only the members of this year (membership changes over time: the UK left the EU in 2020)').optional().meta({ example: 2022 }),
});
