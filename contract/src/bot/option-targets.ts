import { z } from 'zod';
import { OPTION_TARGETS } from '../enum-values';

export { OPTION_TARGETS, type OptionTarget } from '../enum-values';
export const optionTargetSchema = z.enum(OPTION_TARGETS);
