/**
 * Builds the known-attack index seeded from the training attacks: whole jailbreak/direct prompts, and only
 * the injected lines of poisoned carrier documents. Near-duplicates are merged and any entry that matches a
 * benign training document is dropped, so the index never flags the clean carriers themselves.
 */
import { createAttackIndex, wordWindows, type AttackIndex } from '../src/input/attack-index.ts';
import { modelText } from '../src/input/text-features.ts';
import type { Document } from './training-data.ts';

/** Similarity at which a new window counts as a duplicate of an indexed one. */
const duplicateSimilarity = 0.9;
/** Benign documents matching an entry at this similarity remove it. */
const benignGuard = 0.8;
/** Windows shorter than this many words are not indexed: short texts match ordinary sentences too easily. */
const minimumWords = 8;
/**
 * Families whose attacks are attacks only because of where they sit (BIPIA's injected lines are ordinary
 * requests such as "What is the capital of Brazil?"): as standalone known attacks they would flag user questions.
 */
const contextualFamilies: ReadonlySet<string> = new Set(['bipia']);

/** The text of an attack document worth indexing: its injected lines when it is a poisoned carrier. */
function attackCore(document: Document, carrierLines: ReadonlySet<string>): string {
  const lines = document.text.split('\n');
  const novel = lines.filter((line) => line.trim() !== '' && !carrierLines.has(modelText(line)));
  return novel.length > 0 && novel.length < lines.filter((line) => line.trim() !== '').length ? novel.join('\n') : document.text;
}

/** Builds the seed index from labelled documents. */
export function buildSeedIndex(documents: readonly Document[]): AttackIndex {
  const carrierLines = new Set<string>();
  for (const document of documents) if (document.label === 0) for (const line of document.text.split('\n')) carrierLines.add(modelText(line));
  const draft = createAttackIndex();
  const counters = new Map<string, number>();
  for (const document of documents) {
    if (document.label !== 1 || contextualFamilies.has(document.family)) continue;
    const core = attackCore(document, carrierLines);
    const number = counters.get(document.family) ?? 0;
    let added = false;
    for (const [start, end] of wordWindows(core)) {
      const window = core.slice(start, end);
      if (window.split(/\s+/u).length < minimumWords) continue;
      if (draft.nearest(window, duplicateSimilarity) !== undefined) continue;
      draft.add(`seed:${document.family}:${number}`, window);
      added = true;
    }
    if (added) counters.set(document.family, number + 1);
  }
  const unsafe = new Set<string>();
  for (const document of documents) {
    if (document.label !== 0) continue;
    for (;;) {
      // Remove every entry a benign document matches, not only the nearest one.
      const match = nearestExcluding(draft, document.text, unsafe);
      if (match === undefined) break;
      unsafe.add(match);
    }
  }
  const index = createAttackIndex();
  for (const entry of draft.entries()) if (!unsafe.has(entry.id)) index.addEntry(entry);
  return index;
}

function nearestExcluding(index: AttackIndex, text: string, excluded: ReadonlySet<string>): string | undefined {
  const match = index.nearest(text, benignGuard);
  if (match === undefined || !excluded.has(match.id)) return match?.id;
  // Rare: the best match is already excluded; fall back to a filtered scan of this text's windows.
  const filtered = createAttackIndex();
  for (const entry of index.entries()) if (!excluded.has(entry.id)) filtered.addEntry(entry);
  return filtered.nearest(text, benignGuard)?.id;
}
