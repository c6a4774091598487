import { readDemoContent } from '../read-demo-content';
import type { UsageContent, UsagePhrasings } from './usage-content';

/**
 * The demo knowledge base (`seeds/content/`) as usage-generator input: answers
 * with their phrasings, paths with steps and option targets (asked by their
 * name; safety-trigger phrases become the urgent asks of their target path),
 * and partner slugs.
 */
export function usageContentFromDemo(dir?: string): UsageContent {
  const demo = readDemoContent(dir);
  const urgent = new Map<string, UsagePhrasings>();
  for (const trigger of demo.safetyTriggers) {
    if (!('path' in trigger.target)) continue;
    const slot = urgent.get(trigger.target.path) ?? { fi: [], sv: [] };
    slot.fi.push(...trigger.phrases.fi);
    slot.sv.push(...trigger.phrases.sv);
    urgent.set(trigger.target.path, slot);
  }
  return {
    answers: demo.answers.map((a) => ({
      slug: a.slug,
      audience: a.audience,
      partners: [...a.partners],
      handoff: a.handoff,
      phrasings: { fi: [...a.fi.phrasings], sv: [...(a.sv?.phrasings ?? [])] },
    })),
    paths: demo.paths.map((p) => ({
      slug: p.slug,
      audience: p.audience,
      steps: p.steps.map((s) => ({ key: s.key, options: s.options.map((o) => ({ key: o.key, to: { ...o.to } })) })),
      phrasings: { fi: [p.name.fi], sv: [p.name.sv] },
      ...(urgent.has(p.slug) ? { urgentPhrasings: urgent.get(p.slug) } : {}),
    })),
    partners: demo.partners.map((p) => p.slug),
  };
}
