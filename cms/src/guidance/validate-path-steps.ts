/**
 * Structural rules of a guidance path, independent of Strapi so they can be
 * unit-tested and reused by the seed checker:
 *  - every option leads to exactly one target, and a `step` target names an existing step;
 *  - every step other than the first is reached by some option;
 *  - from every step some chain of options leads out of the path
 *    (to an answer, a partner service, a handoff or the end) — no closed loops.
 */

import { pairTranslationSteps } from '../designer/designer-path';
import { HANDOFF_CHANNELS, OPTION_TARGETS, type OptionTarget } from '@botkb/contract/enums';

export type { OptionTarget };

export interface OptionInput {
  label?: unknown;
  target?: unknown;
  step?: unknown;
  answer?: unknown;
  partner?: unknown;
  handoff?: unknown;
}

export interface StepInput {
  key?: unknown;
  prompt?: unknown;
  options?: unknown;
}

/** What kind of problem a PathProblem is (the editor words it per code in each admin language). */
export const PATH_PROBLEM_CODES = [
  'no_steps',
  'no_key',
  'duplicate_key',
  'no_options',
  'bad_target',
  'two_targets',
  'dangling_option',
  'no_target',
  'unreachable',
  'loop',
  'untranslated',
  'no_translation',
] as const;
export type PathProblemCode = (typeof PATH_PROBLEM_CODES)[number];

export interface PathProblem {
  code: PathProblemCode;
  /** Key of the step the problem is in (or about). */
  step: string;
  /** Index of the option the problem is in, when it is about one option. */
  option?: number;
  /** Dot path into the submitted data, e.g. `steps.1.options.0.step`. */
  path: string;
  message: string;
}

/** The contract's enums (one source), as the designer and the rules below read them. */
export const TARGETS: readonly OptionTarget[] = OPTION_TARGETS;
export const HANDOFFS: readonly string[] = HANDOFF_CHANNELS;

/** A relation value that is explicitly empty (as opposed to "left unchanged"). */
function isExplicitlyEmptyRelation(value: unknown): boolean {
  if (value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null && 'set' in value) {
    const set = (value as { set?: unknown }).set;
    return Array.isArray(set) && set.length === 0;
  }
  return false;
}

/** A relation value that names a target (not empty, not an untouched admin-panel relation). */
function isSetRelation(value: unknown): boolean {
  return value !== undefined && !isExplicitlyEmptyRelation(value) && !isUnchangedRelation(value);
}

function asString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function validatePathSteps(stepsInput: unknown, opts: { requireRelations?: boolean } = {}): PathProblem[] {
  const problems: PathProblem[] = [];
  if (!Array.isArray(stepsInput) || stepsInput.length === 0) {
    return [{ code: 'no_steps', step: '', path: 'steps', message: 'A guidance path needs at least one step' }];
  }
  const steps = stepsInput as StepInput[];
  const keys = steps.map((s, i) => asString(s?.key) ?? `#${i + 1}`);
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    if (!asString(s?.key))
      problems.push({ code: 'no_key', step: keys[i], path: `steps.${i}.key`, message: `Step ${i + 1} has no key` });
    else if (seen.has(keys[i]))
      problems.push({
        code: 'duplicate_key',
        step: keys[i],
        path: `steps.${i}.key`,
        message: `Step key "${keys[i]}" is used by more than one step`,
      });
    seen.add(keys[i]);
  });

  const edges = new Map<string, string[]>();
  const exits = new Set<string>();
  steps.forEach((s, i) => {
    const key = keys[i];
    const options = Array.isArray(s?.options) ? (s.options as OptionInput[]) : [];
    edges.set(key, []);
    if (options.length === 0) {
      problems.push({
        code: 'no_options',
        step: key,
        path: `steps.${i}.options`,
        message: `Step "${key}" has no options, so there is no way out of it`,
      });
    }
    options.forEach((o, j) => {
      const where = `steps.${i}.options.${j}`;
      const name = `Step "${key}", option ${j + 1}${asString(o?.label) ? ` ("${asString(o.label)}")` : ''}`;
      const target = o?.target as OptionTarget;
      if (!TARGETS.includes(target)) {
        problems.push({
          code: 'bad_target',
          step: key,
          option: j,
          path: `${where}.target`,
          message: `${name} must lead to one of: ${TARGETS.join(', ')}`,
        });
        return;
      }
      const stepRef = asString(o.step);
      const filled: OptionTarget[] = [];
      if (stepRef) filled.push('step');
      if (isSetRelation(o.answer)) filled.push('answer');
      if (isSetRelation(o.partner)) filled.push('partner');
      if (asString(o.handoff)) filled.push('handoff');
      const extra = filled.filter((t) => t !== target);
      if (extra.length > 0) {
        problems.push({
          code: 'two_targets',
          step: key,
          option: j,
          path: `${where}.${extra[0]}`,
          message: `${name} leads to "${target}" but also sets ${extra.join(', ')}: an option leads to exactly one target`,
        });
      }
      switch (target) {
        case 'step':
          if (!stepRef)
            problems.push({
              code: 'dangling_option',
              step: key,
              option: j,
              path: `${where}.step`,
              message: `${name} leads to a step but names none`,
            });
          else if (!keys.includes(stepRef))
            problems.push({
              code: 'dangling_option',
              step: key,
              option: j,
              path: `${where}.step`,
              message: `${name} points to missing step "${stepRef}"`,
            });
          else edges.get(key)!.push(stepRef);
          break;
        case 'answer':
        case 'partner': {
          const value = o[target];
          if (isExplicitlyEmptyRelation(value) || (opts.requireRelations && value === undefined)) {
            problems.push({
              code: 'no_target',
              step: key,
              option: j,
              path: `${where}.${target}`,
              message: `${name} leads to ${target === 'answer' ? 'an answer' : 'a partner service'} but names none`,
            });
          }
          exits.add(key);
          break;
        }
        case 'handoff': {
          const h = asString(o.handoff);
          if (!h || !HANDOFFS.includes(h))
            problems.push({
              code: 'no_target',
              step: key,
              option: j,
              path: `${where}.handoff`,
              message: `${name} leads to a handoff but its channel is not one of ${HANDOFFS.join(', ')}`,
            });
          exits.add(key);
          break;
        }
        case 'end':
          exits.add(key);
          break;
      }
    });
  });

  // Reachability from the first step.
  const reached = new Set<string>([keys[0]]);
  const queue = [keys[0]];
  while (queue.length) {
    for (const next of edges.get(queue.shift()!) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  keys.slice(1).forEach((key, i) => {
    if (!reached.has(key))
      problems.push({
        code: 'unreachable',
        step: key,
        path: `steps.${i + 1}`,
        message: `Step "${key}" is not reached by any option`,
      });
  });

  // A way out: fixed point of "has an exit or leads to a step that has one".
  const canLeave = new Set(exits);
  for (let grew = true; grew;) {
    grew = false;
    for (const key of keys) {
      if (!canLeave.has(key) && (edges.get(key) ?? []).some((n) => canLeave.has(n))) {
        canLeave.add(key);
        grew = true;
      }
    }
  }
  keys.forEach((key, i) => {
    const hasOptions = Array.isArray(steps[i]?.options) && (steps[i].options as unknown[]).length > 0;
    if (hasOptions && !canLeave.has(key))
      problems.push({
        code: 'loop',
        step: key,
        path: `steps.${i}`,
        message: `Step "${key}" is in a loop with no way out`,
      });
  });
  return problems;
}

/** `{ connect: [], disconnect: [] }` as sent by the admin panel for an untouched relation. */
function isUnchangedRelation(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as { connect?: unknown[]; disconnect?: unknown[]; set?: unknown[] };
  return v.set === undefined && (v.connect ?? []).length === 0;
}

/** The steps of one locale's version of a path, as far as translation is concerned. */
interface TranslatedStep {
  key?: unknown;
  prompt?: unknown;
  options?: unknown;
}

/**
 * Labels of the `source` (Finnish) version that `translation` leaves without text: a step
 * with no translated step (paired as the designer pairs them: pairTranslationSteps) or whose
 * prompt is empty in it, and each option (matched by position within the step) whose label is empty. `language` names the
 * translation in the messages, e.g. "Swedish".
 */
export function findMissingTranslations(source: unknown, translation: unknown, language: string): PathProblem[] {
  const sourceSteps = (Array.isArray(source) ? source : []) as TranslatedStep[];
  const translated = (Array.isArray(translation) ? translation : []) as TranslatedStep[];
  const problems: PathProblem[] = [];
  const pairs = pairTranslationSteps(sourceSteps, translated);
  sourceSteps.forEach((s, i) => {
    const key = asString(s?.key) ?? `#${i + 1}`;
    const other = pairs[i] >= 0 ? translated[pairs[i]] : undefined;
    if (!other || !asString(other.prompt)) {
      problems.push({
        code: 'untranslated',
        step: key,
        path: `steps.${i}.prompt`,
        message: `Step "${key}" has no ${language} prompt`,
      });
    }
    const options = Array.isArray(s?.options) ? (s.options as OptionInput[]) : [];
    const otherOptions = Array.isArray(other?.options) ? (other.options as OptionInput[]) : [];
    options.forEach((o, j) => {
      if (asString(otherOptions[j]?.label)) return;
      const name = asString(o?.label) ? ` ("${asString(o.label)}")` : '';
      const message = `Step "${key}", option ${j + 1}${name} has no ${language} label`;
      problems.push({ code: 'untranslated', step: key, option: j, path: `steps.${i}.options.${j}.label`, message });
    });
  });
  return problems;
}
