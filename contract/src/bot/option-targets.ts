import { z } from 'zod';

/** What a guidance-path option leads to. */
export const OPTION_TARGETS = ['step', 'answer', 'partner', 'handoff', 'end'] as const;
export type OptionTarget = (typeof OPTION_TARGETS)[number];
export const optionTargetSchema = z.enum(OPTION_TARGETS);
