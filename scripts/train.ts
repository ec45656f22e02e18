/**
 * Trains the bundled injection classifier (`npm run train`): hashed-feature logistic regression over the shared
 * datasets plus data/training, Platt-calibrated on held-out groups, written to models/injection-classifier.json.
 * Fixed seed; the same data gives byte-identical output. Options: --data DIR, --out FILE.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClassifier } from '../src/input/classifier.ts';
import { classifierFormat, serializeClassifierModel, type ClassifierModel } from '../src/input/classifier-model.ts';
import { recallAtFpr, rocAuc, thresholdAtFpr } from '../src/input/metrics.ts';
import { featureVersion } from '../src/input/text-features.ts';
import { fitPlatt, trainLogistic, type TrainingOptions } from '../src/input/train-logistic.ts';
import { serializeAttackIndex } from '../src/input/attack-index.ts';
import { buildSeedIndex } from './attack-seed.ts';
import { writeCommonWords } from './make-common-words.ts';
import { buildExamples, chunking, datasetsDirectory, featureBits, isHeldOutGroup, loadDocuments, type Document } from './training-data.ts';

/** Hyper-parameters of the shipped model. */
export const trainingOptions: TrainingOptions = { bits: featureBits, epochs: 6, learningRate: 0.2, l2: 1e-4, seed: 1337 };

/** Trains a model on `documents` with the given calibration (identity when absent). */
export function trainModel(documents: readonly Document[], calibration = { a: 1, b: 0 }, metadata: Record<string, unknown> = {}): ClassifierModel {
  const { weights, bias } = trainLogistic(buildExamples(documents), trainingOptions);
  return { format: classifierFormat, features: featureVersion, bits: featureBits, chunkSize: chunking.size, chunkOverlap: chunking.overlap, weights, bias, calibration, metadata };
}

/** Document-level (max-window) logits of a model. */
export function documentLogits(model: ClassifierModel, documents: readonly Document[]): number[] {
  const classifier = createClassifier(model);
  return documents.map((document) => classifier.score(document.text).logit);
}

function main(): void {
  const root = resolve(new URL('..', import.meta.url).pathname);
  const argv = process.argv.slice(2);
  const outIndex = argv.indexOf('--out');
  const out = outIndex >= 0 && argv[outIndex + 1] !== undefined ? resolve(argv[outIndex + 1]!) : resolve(root, 'models', 'injection-classifier.json');
  const started = Date.now();
  const documents = loadDocuments([datasetsDirectory(argv, root), resolve(root, 'data', 'training')]);
  const heldOut = documents.filter((document) => isHeldOutGroup(document.group, 0.2));
  const training = documents.filter((document) => !isHeldOutGroup(document.group, 0.2));
  process.stderr.write(`documents: ${documents.length} (training ${training.length}, calibration ${heldOut.length})\n`);

  const draft = trainModel(training);
  const logits = documentLogits(draft, heldOut);
  const labels = heldOut.map((document) => document.label);
  const calibration = fitPlatt(logits, labels);
  const attack = logits.filter((_, index) => labels[index] === 1);
  const benign = logits.filter((_, index) => labels[index] === 0);
  const heldOutMetrics = {
    documents: heldOut.length,
    rocAuc: Number(rocAuc(attack, benign).toFixed(4)),
    recallAt1PercentFpr: Number(recallAtFpr(attack, benign, 0.01).toFixed(4)),
    probabilityAt1PercentFpr: Number((1 / (1 + Math.exp(-(calibration.a * thresholdAtFpr(benign, 0.01) + calibration.b)))).toFixed(4)),
  };
  process.stderr.write(`held-out groups: ${JSON.stringify(heldOutMetrics)} calibration ${JSON.stringify(calibration)}\n`);

  const files = [...new Set(documents.map((document) => document.file))].sort();
  const model = trainModel(documents, calibration, {
    seed: trainingOptions.seed,
    options: trainingOptions,
    files,
    documents: documents.length,
    heldOut: heldOutMetrics,
    note: 'final weights trained on all documents; Platt calibration fitted on the 20% held-out groups of a model trained on the other 80%',
  });
  writeFileSync(out, `${JSON.stringify(serializeClassifierModel(model))}\n`);
  process.stderr.write(`wrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  const index = buildSeedIndex(documents);
  const indexPath = resolve(root, 'data', 'attack-index.json');
  mkdirSync(resolve(root, 'data'), { recursive: true });
  writeFileSync(indexPath, `${JSON.stringify(serializeAttackIndex(index))}\n`);
  process.stderr.write(`wrote ${indexPath}: ${index.size} vectors in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  process.stderr.write(`wrote ${writeCommonWords(root, documents)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
