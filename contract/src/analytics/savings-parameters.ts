import { z } from 'zod';
import { CHANNEL_PATTERN, CHANNEL_RULE } from './shared-enums';

const positive = (max: number) => {
  const error = `must be a number greater than 0 and at most ${max}`;
  return z.number({ error }).positive({ error }).max(max, { error });
};

/** The parameters of the savings estimate (GET and PUT /savings-parameters); every field is required. */
export const savingsParametersSchema = z.strictObject({
  minutesPerContact: z
    .record(z.string().regex(CHANNEL_PATTERN, { error: `must be ${CHANNEL_RULE}` }), positive(240), {
      error: 'must be an object of channel → minutes',
    })
    .refine((m) => Object.hasOwn(m, 'default'), {
      error: 'is required (minutes for channels not listed)',
      path: ['default'],
    })
    .meta({ description: 'minutes a phone contact would have taken, per bot channel; `default` for others' }),
  hourlyCost: positive(1000).meta({ description: 'staff cost per working hour, euros' }),
  hoursPerStaffYear: positive(8760).meta({ description: 'productive working hours per staff-year' }),
});
export type SavingsParameters = z.infer<typeof savingsParametersSchema>;

/** The PUT body: the parameters (react-admin also sends the record's `id`, which is ignored). */
export const savingsParametersUpdateSchema = savingsParametersSchema.extend({ id: z.string().optional() });

/** What GET and PUT answer in `data`. */
export const savingsParametersRecordSchema = savingsParametersSchema.extend({ id: z.literal('savings-parameters') });
