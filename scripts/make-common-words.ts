/**
 * Builds data/common-words.json: the most frequent lower-case English words of the BENIGN training documents (by
 * document frequency), used by the adversarial-suffix signal to tell prose from optimiser noise. Run by
 * `npm run train`; deterministic. Attack texts are never read.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Document } from './training-data.ts';

/** Benign families whose text is (mostly) English prose or English technical writing. */
const englishFamilies = new Set(['gsm8k', 'fastchat', 'selfinstruct-prompts', 'selfinstruct-t0', 'package-docs', 'python-stdlib', 'bipia']);
const listSize = 20000;

/** The `listSize` most frequent words (2-15 ASCII letters) of the benign English documents, sorted alphabetically. */
export function commonWords(documents: readonly Document[]): string[] {
  const frequency = new Map<string, number>();
  for (const document of documents) {
    if (document.label !== 0 || !englishFamilies.has(document.family)) continue;
    const words = new Set(document.text.toLowerCase().match(/\b[a-z]{2,15}\b/g) ?? []);
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  return [...frequency].filter(([, count]) => count >= 3)
    .sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))
    .slice(0, listSize).map(([word]) => word).sort();
}

/** Writes the list to `data/common-words.json` under `root`. */
export function writeCommonWords(root: string, documents: readonly Document[]): string {
  const path = resolve(root, 'data', 'common-words.json');
  writeFileSync(path, `${JSON.stringify({ format: 'rampart-common-words/1', words: commonWords(documents) })}\n`);
  return path;
}
