import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoContent } from './content-types';
import { SeedError } from './seed-error';

/** Folder of the demo content shipped with this package. */
export const DEMO_CONTENT_DIR = join(__dirname, '..', 'content');

function readJson<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (cause) {
    throw new SeedError('content_unreadable', `Cannot read demo content file ${file}`, { cause });
  }
}

function readFolder<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => readJson<T[]>(join(dir, f)));
}

export function readDemoContent(dir: string = DEMO_CONTENT_DIR): DemoContent {
  return {
    topics: readJson(join(dir, 'topics.json')),
    partners: readJson(join(dir, 'partners.json')),
    answers: readFolder(join(dir, 'answers')),
    paths: readFolder(join(dir, 'paths')),
    vocabulary: readJson(join(dir, 'search-vocabulary.json')),
    safetyTriggers: readJson(join(dir, 'safety-triggers.json')),
  };
}
