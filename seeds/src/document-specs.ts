import type {
  AnswerSeed,
  Locale,
  PartnerSeed,
  PathSeed,
  SafetyTriggerSeed,
  TopicSeed,
  VocabularySeed,
} from './content-types';
import { LOCALES } from './content-types';
import type { DocumentSpec } from './upsert-document';
import { SeedError } from './seed-error';

export const UID = {
  topic: 'api::topic.topic',
  partner: 'api::partner-service.partner-service',
  answer: 'api::answer.answer',
  path: 'api::guidance-path.guidance-path',
  vocabulary: 'api::search-vocabulary.search-vocabulary',
  trigger: 'api::safety-trigger.safety-trigger',
} as const;

/** slug → documentId of what has been loaded so far, per content type. */
export type SlugIndex = {
  topic: Map<string, string>;
  partner: Map<string, string>;
  answer: Map<string, string>;
  path: Map<string, string>;
};

type Row = Record<string, unknown>;
const slugOf = (v: unknown): string | null =>
  v && typeof v === 'object' ? (((v as Row).slug as string) ?? null) : null;

function resolve(index: Map<string, string>, kind: string, slug: string, owner: string): string {
  const id = index.get(slug);
  if (!id) throw new SeedError('missing_reference', `${owner} refers to unknown ${kind} "${slug}"`);
  return id;
}

function perLocale<T>(make: (l: Locale) => T | undefined): Partial<Record<Locale, T>> {
  const out: Partial<Record<Locale, T>> = {};
  for (const l of LOCALES) {
    const v = make(l);
    if (v !== undefined) out[l] = v;
  }
  return out;
}

export function topicSpec(t: TopicSeed): DocumentSpec {
  const expected = (l: Locale) => ({ slug: t.slug, name: t.name[l] });
  return {
    uid: UID.topic,
    slug: t.slug,
    populate: {},
    data: perLocale((l) => expected(l)),
    expected: perLocale((l) => expected(l)),
    normalize: (d) => ({ slug: d.slug, name: d.name }),
  };
}

export function partnerSpec(p: PartnerSeed): DocumentSpec {
  const expected = (l: Locale) => ({
    slug: p.slug,
    name: p.name,
    url: p.url,
    kind: p.kind,
    phone: p.phone ?? null,
    description: p.description[l],
  });
  return {
    uid: UID.partner,
    slug: p.slug,
    populate: {},
    data: perLocale((l) => expected(l)),
    expected: perLocale((l) => expected(l)),
    normalize: (d) => ({
      slug: d.slug,
      name: d.name,
      url: d.url,
      kind: d.kind,
      phone: d.phone ?? null,
      description: d.description,
    }),
  };
}

export function answerSpec(a: AnswerSeed, index: SlugIndex): DocumentSpec {
  const owner = `answer "${a.slug}"`;
  const topic = resolve(index.topic, 'topic', a.topic, owner);
  const partners = a.partners.map((s) => resolve(index.partner, 'partner service', s, owner));
  const text = (l: Locale) => (l === 'fi' ? a.fi : a.sv);
  const expected = (l: Locale) => {
    const t = text(l);
    if (!t) return undefined;
    return {
      slug: a.slug,
      title: t.title,
      body: t.body,
      phrasings: t.phrasings,
      audience: a.audience,
      topic: a.topic,
      partners: [...a.partners].sort(),
      handoff: a.handoff ?? null,
      owner: a.owner,
      reviewDue: a.reviewDue ?? null,
    };
  };
  return {
    uid: UID.answer,
    slug: a.slug,
    populate: { phrasings: true, topic: { fields: ['slug'] }, partners: { fields: ['slug'] } },
    data: perLocale((l) => {
      const t = text(l);
      if (!t) return undefined;
      return {
        slug: a.slug,
        title: t.title,
        body: t.body,
        phrasings: t.phrasings.map((p) => ({ text: p })),
        audience: a.audience,
        topic,
        partners,
        handoff: a.handoff ?? null,
        owner: a.owner,
        reviewDue: a.reviewDue ?? null,
      };
    }),
    expected: perLocale(expected),
    normalize: (d) => ({
      slug: d.slug,
      title: d.title,
      body: d.body,
      phrasings: ((d.phrasings as Row[] | undefined) ?? []).map((p) => p.text),
      audience: d.audience,
      topic: slugOf(d.topic),
      partners: ((d.partners as Row[] | undefined) ?? []).map((p) => p.slug as string).sort(),
      handoff: d.handoff ?? null,
      owner: d.owner ?? null,
      reviewDue: d.reviewDue ?? null,
    }),
  };
}

type OptionShape = {
  key: string;
  label: string;
  target: string;
  step: string | null;
  answer: string | null;
  partner: string | null;
  handoff: string | null;
};

export function pathSpec(p: PathSeed, index: SlugIndex): DocumentSpec {
  const owner = `guidance path "${p.slug}"`;
  const topic = resolve(index.topic, 'topic', p.topic, owner);
  const option = (l: Locale, o: PathSeed['steps'][number]['options'][number]): OptionShape => {
    const to = o.to as Record<string, string | true>;
    const target = Object.keys(to)[0];
    return {
      key: o.key,
      label: o.label[l],
      target,
      step: target === 'step' ? (to.step as string) : null,
      answer: target === 'answer' ? (to.answer as string) : null,
      partner: target === 'partner' ? (to.partner as string) : null,
      handoff: target === 'handoff' ? (to.handoff as string) : null,
    };
  };
  const phrasings = (l: Locale) => p.phrasings?.[l] ?? [];
  const expected = (l: Locale) => ({
    slug: p.slug,
    name: p.name[l],
    description: p.description[l],
    phrasings: phrasings(l),
    audience: p.audience,
    topic: p.topic,
    owner: p.owner,
    reviewDue: p.reviewDue ?? null,
    steps: p.steps.map((s) => ({ key: s.key, prompt: s.prompt[l], options: s.options.map((o) => option(l, o)) })),
  });
  return {
    uid: UID.path,
    slug: p.slug,
    populate: {
      phrasings: true,
      topic: { fields: ['slug'] },
      steps: { populate: { options: { populate: { answer: { fields: ['slug'] }, partner: { fields: ['slug'] } } } } },
    },
    data: perLocale((l) => ({
      slug: p.slug,
      name: p.name[l],
      description: p.description[l],
      phrasings: phrasings(l).map((text) => ({ text })),
      audience: p.audience,
      topic,
      owner: p.owner,
      reviewDue: p.reviewDue ?? null,
      steps: p.steps.map((s) => ({
        key: s.key,
        prompt: s.prompt[l],
        options: s.options.map((o) => {
          const shape = option(l, o);
          return {
            ...shape,
            answer: shape.answer ? resolve(index.answer, 'answer', shape.answer, owner) : null,
            partner: shape.partner ? resolve(index.partner, 'partner service', shape.partner, owner) : null,
          };
        }),
      })),
    })),
    expected: perLocale(expected),
    normalize: (d) => ({
      slug: d.slug,
      name: d.name,
      description: d.description ?? null,
      phrasings: ((d.phrasings as Row[] | undefined) ?? []).map((ph) => ph.text),
      audience: d.audience,
      topic: slugOf(d.topic),
      owner: d.owner ?? null,
      reviewDue: d.reviewDue ?? null,
      steps: ((d.steps as Row[] | undefined) ?? []).map((s) => ({
        key: s.key,
        prompt: s.prompt,
        options: ((s.options as Row[] | undefined) ?? []).map((o) => ({
          key: o.key ?? null,
          label: o.label,
          target: o.target,
          step: o.step ?? null,
          answer: slugOf(o.answer),
          partner: slugOf(o.partner),
          handoff: o.handoff ?? null,
        })),
      })),
    }),
  };
}

export function vocabularySpec(v: Record<Locale, VocabularySeed>): DocumentSpec {
  const expected = (l: Locale) => ({
    stopWords: v[l].stopWords.join('\n'),
    synonyms: v[l].synonyms.map((g) => g.join(', ')),
  });
  return {
    uid: UID.vocabulary,
    slug: 'search-vocabulary',
    filters: {},
    populate: { synonyms: true },
    data: perLocale((l) => ({
      stopWords: expected(l).stopWords,
      synonyms: expected(l).synonyms.map((terms) => ({ terms })),
    })),
    expected: perLocale(expected),
    normalize: (d) => ({
      stopWords: d.stopWords ?? '',
      synonyms: ((d.synonyms as Row[] | undefined) ?? []).map((g) => g.terms),
    }),
  };
}

export function safetyTriggerSpec(t: SafetyTriggerSeed, index: SlugIndex): DocumentSpec {
  const owner = `safety trigger "${t.slug}"`;
  const isPath = 'path' in t.target;
  const targetSlug = 'path' in t.target ? t.target.path : t.target.answer;
  const targetId = isPath
    ? resolve(index.path, 'guidance path', targetSlug, owner)
    : resolve(index.answer, 'answer', targetSlug, owner);
  const expected = (l: Locale) => ({
    slug: t.slug,
    description: t.description ?? null,
    phrases: t.phrases[l],
    answer: isPath ? null : targetSlug,
    path: isPath ? targetSlug : null,
  });
  return {
    uid: UID.trigger,
    slug: t.slug,
    populate: { phrases: true, answer: { fields: ['slug'] }, path: { fields: ['slug'] } },
    data: perLocale((l) => ({
      slug: t.slug,
      description: t.description ?? null,
      phrases: t.phrases[l].map((text) => ({ text })),
      answer: isPath ? null : targetId,
      path: isPath ? targetId : null,
    })),
    expected: perLocale(expected),
    normalize: (d) => ({
      slug: d.slug,
      description: d.description ?? null,
      phrases: ((d.phrases as Row[] | undefined) ?? []).map((p) => p.text),
      answer: slugOf(d.answer),
      path: slugOf(d.path),
    }),
  };
}
