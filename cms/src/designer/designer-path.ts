/**
 * One structure, two languages: the designer edits a guidance path as one list of steps whose
 * keys, options and targets are shared by every content locale; only prompts and labels are
 * per locale. Pure (no Strapi, no DOM) so the admin panel and the server share it.
 */
import type { OptionTarget } from '../guidance/validate-path-steps';

export const DESIGNER_LOCALES = ['fi', 'sv'] as const;
export type DesignerLocale = (typeof DESIGNER_LOCALES)[number];
export type Texts = Record<DesignerLocale, string>;

export interface DesignerOption {
  /** Fields of the option component the designer does not edit (such as `key`), kept as stored. */
  [field: string]: unknown;
  label: Texts;
  target: OptionTarget;
  step: string | null;
  /** documentId of the answer (the same document in every locale). */
  answer: string | null;
  /** documentId of the partner service. */
  partner: string | null;
  handoff: string | null;
}

export interface DesignerStep {
  key: string;
  prompt: Texts;
  options: DesignerOption[];
}

/** A stored step of one locale, relations already reduced to documentIds (see loadPathSteps). */
export interface LocaleStep {
  key?: unknown;
  prompt?: unknown;
  options?: unknown;
}

type Row = Record<string, unknown>;

/** The option fields the designer edits; every other stored field is carried through unchanged. */
const EDITED_OPTION_FIELDS = new Set(['label', 'target', 'step', 'answer', 'partner', 'handoff']);
/** Row fields of one stored component (its database id) that never move to another locale's copy. */
const ROW_FIELDS = new Set(['id', '__component']);

/** The option's fields other than the edited ones and its row id: `{ key: 'kiire' }`. */
function otherFields(o: Row): Row {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !EDITED_OPTION_FIELDS.has(k) && !ROW_FIELDS.has(k)));
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const ref = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const emptyTexts = (): Texts => ({ fi: '', sv: '' });

function toOption(o: Row): DesignerOption {
  return {
    ...otherFields(o),
    label: { ...emptyTexts(), fi: text(o.label) },
    target: (typeof o.target === 'string' ? o.target : 'end') as OptionTarget,
    step: ref(o.step),
    answer: ref(o.answer),
    partner: ref(o.partner),
    handoff: ref(o.handoff),
  };
}

/**
 * For each source step, the index of the translation step that holds its texts, or -1. A step
 * keeps the translation at its own position while that has its key (so duplicate keys never
 * take another step's texts), else the first unused one with its key (a moved step), else the one
 * at its position whose key no source step has any more (a renamed step). Each is used once.
 */
export function pairTranslationSteps(source: readonly LocaleStep[], translation: readonly LocaleStep[]): number[] {
  const sourceKeys = new Set(source.map((s) => text(s.key)));
  const used = new Set<number>();
  const pairs = source.map(() => -1);
  const take = (i: number, t: number) => {
    pairs[i] = t;
    used.add(t);
  };
  source.forEach((s, i) => {
    if (i < translation.length && text(translation[i].key) === text(s.key)) take(i, i);
  });
  source.forEach((s, i) => {
    if (pairs[i] >= 0) return;
    const t = translation.findIndex((o, j) => !used.has(j) && text(o.key) === text(s.key));
    if (t >= 0) take(i, t);
  });
  source.forEach((_, i) => {
    if (pairs[i] >= 0 || i >= translation.length || used.has(i)) return;
    if (!sourceKeys.has(text(translation[i].key))) take(i, i);
  });
  return pairs;
}

/**
 * The designer's structure from the Finnish (structure-defining) steps, with the texts of every
 * other locale matched step by step (pairTranslationSteps) and option by position; what a locale
 * lacks stays ''.
 */
export function mergeLocaleSteps(
  source: readonly LocaleStep[],
  translations: Partial<Record<DesignerLocale, readonly LocaleStep[]>>,
): DesignerStep[] {
  const steps = source.map((s): DesignerStep => ({
    key: text(s.key),
    prompt: { ...emptyTexts(), fi: text(s.prompt) },
    options: (Array.isArray(s.options) ? (s.options as Row[]) : []).map(toOption),
  }));
  for (const locale of DESIGNER_LOCALES.filter((l) => l !== 'fi')) {
    const translation = translations[locale] ?? [];
    pairTranslationSteps(source, translation).forEach((t, i) => {
      if (t < 0) return;
      const other = translation[t];
      steps[i].prompt[locale] = text(other.prompt);
      const otherOptions = Array.isArray(other.options) ? (other.options as Row[]) : [];
      steps[i].options.forEach((o, j) => {
        o.label[locale] = text(otherOptions[j]?.label);
      });
    });
  }
  return steps;
}

/** The option's target fields as the guidance.option component stores them (only the chosen one set). */
function storedTarget(o: DesignerOption) {
  return {
    target: o.target,
    step: o.target === 'step' ? o.step : null,
    answer: o.target === 'answer' ? o.answer : null,
    partner: o.target === 'partner' ? o.partner : null,
    handoff: o.target === 'handoff' ? o.handoff : null,
  };
}

/** An option as one locale stores it: that locale's label, the shared target and the fields kept as read. */
export type LocaleOption = Row & ReturnType<typeof storedTarget> & { label: string };

/** The `steps` component data of one locale: the shared structure with that locale's texts. */
export function toLocaleSteps(steps: readonly DesignerStep[], locale: DesignerLocale) {
  return steps.map((s): { key: string; prompt: string; options: LocaleOption[] } => ({
    key: s.key,
    prompt: s.prompt[locale],
    options: s.options.map((o) => ({ ...otherFields(o), label: o.label[locale], ...storedTarget(o) })),
  }));
}

/**
 * `translation` brought in line with the structure of `source` (Finnish): the same step keys,
 * options and targets, keeping the translation's texts of each step it pairs (pairTranslationSteps) and leaving new ones '' (untranslated). Undefined when nothing changes.
 */
export function alignTranslation(
  source: readonly LocaleStep[],
  translation: readonly LocaleStep[],
  locale: Exclude<DesignerLocale, 'fi'>,
) {
  const aligned = toLocaleSteps(mergeLocaleSteps(source, { [locale]: translation }), locale);
  // The translation as stored, in the same shape (its texts read as the source's).
  const current = toLocaleSteps(mergeLocaleSteps(translation, {}), 'fi');
  return JSON.stringify(aligned) === JSON.stringify(current) ? undefined : aligned;
}
