/** An example text of an unanswered-question group: how often it was asked and when last (ms). */
export interface GroupExample {
  text: string;
  count: number;
  lastAsked: number;
}

/** What to write for one group: changed or new examples (final values) and texts to delete. */
export interface ExampleChanges {
  changed: GroupExample[];
  added: GroupExample[];
  removed: string[];
}

/** Most useful first: most frequent, then most recently asked. The group's label is the first. */
export function compareExamples(a: GroupExample, b: GroupExample): number {
  return b.count - a.count || b.lastAsked - a.lastAsked || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}

/**
 * Rolls a group's examples forward with the texts asked since: a stored text
 * gets its count and last-asked time bumped; a new text is added while fewer
 * than `max` are kept, else it replaces the least useful one (oldest
 * last-asked among the least frequent), so the set follows what is asked now.
 */
export function rollExamples(
  stored: readonly GroupExample[],
  asked: readonly GroupExample[],
  max: number,
): ExampleChanges {
  const kept = new Map(stored.map((e) => [e.text, { ...e }]));
  const original = new Set(kept.keys());
  for (const a of [...asked].sort((x, y) => x.lastAsked - y.lastAsked)) {
    const known = kept.get(a.text);
    if (known) {
      known.count += a.count;
      known.lastAsked = Math.max(known.lastAsked, a.lastAsked);
      continue;
    }
    if (kept.size >= max) {
      const [victim] = [...kept.values()].sort((x, y) => x.count - y.count || x.lastAsked - y.lastAsked);
      kept.delete(victim.text);
    }
    kept.set(a.text, { ...a });
  }
  const before = new Map(stored.map((e) => [e.text, e]));
  const touched = new Set(asked.map((a) => a.text));
  const final = [...kept.values()].filter((e) => touched.has(e.text));
  return {
    changed: final.filter((e) => original.has(e.text) && before.get(e.text)!.count !== e.count),
    added: final.filter((e) => !original.has(e.text)),
    removed: [...original].filter((t) => !kept.has(t)),
  };
}
