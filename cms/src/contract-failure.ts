import type { z } from 'zod';
import { failValidation } from './validation-failure';

type Path = Array<string | number>;

/** How a 400 words an issue the contract's own message does not cover. */
export interface IssueWording {
  unknownField: string;
  missingField?: string;
}

function isMissing(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (issue.code !== 'invalid_type' || issue.path.length !== 1) return false;
  return typeof input === 'object' && input !== null && !Object.hasOwn(input, issue.path[0] as PropertyKey);
}

/**
 * Throws the 400 of the first problem a contract schema found in `input`, naming its field under `prefix`:
 * an unknown field first, then a missing one, then the first broken rule (with the contract's message).
 */
export function failOnContractIssues(
  issues: z.core.$ZodIssue[],
  input: unknown,
  prefix: Path,
  wording: IssueWording,
): never {
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown?.code === 'unrecognized_keys') {
    failValidation([...prefix, ...(unknown.path as Path), unknown.keys[0]], wording.unknownField);
  }
  const missing = wording.missingField === undefined ? undefined : issues.find((i) => isMissing(i, input));
  if (missing && wording.missingField) failValidation([...prefix, ...(missing.path as Path)], wording.missingField);
  const first = issues[0];
  failValidation([...prefix, ...(first.path as Path)], first.message);
}
