/**
 * The handoff reason codes the product knows by name: the API's documented examples, the demo
 * history's reasons and the analytics UI's labels. A bot may send any other code of the same form
 * (`bot-event.ts`); reports show such a code as it was sent.
 */
export const HANDOFF_REASONS = [
  'no_answer',
  'user_request',
  'urgent_symptoms',
  'complex_case',
  'technical_problem',
] as const;
export type HandoffReason = (typeof HANDOFF_REASONS)[number];
