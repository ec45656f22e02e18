import { secureRandomBytes, type RandomBytes } from '../kernel/crypto.ts';
import { errorMessage } from '../kernel/errors.ts';
import type { ContentSource } from '../kernel/types.ts';
import { allow, deny, type Finding } from '../kernel/verdict.ts';
import type { Policy } from '../policy/schema.ts';
import type { InputInspection, InputStage } from '../kernel/stages.ts';
import type { AttackIndex } from './attack-index.ts';
import { loadBundledAttackIndex } from './bundled-attack-index.ts';
import { createClassifier, type Classifier } from './classifier.ts';
import { bundledModelPath, loadClassifierModel, type ClassifierModel } from './classifier-model.ts';
import { combineFindings, sourceClass, thresholdFor } from './ensemble.ts';
import { findCodeInjection } from './code-injection.ts';
import { findTaskDrift } from './task-drift.ts';
import { findToolPoisoningText } from './tool-poisoning.ts';
import { findPretextedHarm } from './pretexted-harm.ts';
import { createHeuristicRules } from './heuristics.ts';
import { normalizeText, type TextView } from './normalize.ts';
import { loadOnnxClassifier, type ExternalClassifier } from './onnx-adapter.ts';
import { createSpotlighter } from './spotlight.ts';

/** Inputs larger than this many UTF-8 bytes are denied without scanning. */
export const maxInputBytes = 10 * 1024 * 1024;

/** Options of the injection detector; every dependency enters here. */
export interface InjectionDetectorOptions {
  /** The policy's detection section (profile, thresholds, switches). */
  readonly detection: Policy['detection'];
  /** Randomness for spotlight boundaries; defaults to crypto random. */
  readonly random?: RandomBytes;
  /** Extra known attacks (e.g. from `<data dir>/attacks.jsonl`) added to the similarity index. */
  readonly attacks?: readonly { readonly id: string; readonly text: string }[];
  /** A preloaded classifier model; defaults to the bundled models/injection-classifier.json. */
  readonly model?: ClassifierModel;
  /** A preloaded attack index; defaults to the bundled data/attack-index.json. */
  readonly attackIndex?: AttackIndex;
  /** A preloaded external classifier; defaults to loading `detection.external_model` on first use. */
  readonly externalModel?: ExternalClassifier;
  /** Results remembered for repeated texts (0 turns the cache off); see `defaultResultCacheEntries`. */
  readonly resultCacheEntries?: number;
}

/**
 * Agents resend the whole conversation on every model call, so the same messages reach the detector again and
 * again. The detector is deterministic for a given policy and index, so a repeated (source, text) pair gets the
 * earlier result: only texts up to `cacheableLength` characters, at most this many, least recently used first out.
 */
export const defaultResultCacheEntries = 1024;
const cacheableLength = 8192;

/** The input stage: normalisation, heuristics, classifier, known-attack similarity and an optional external model. */
export interface InjectionDetector extends InputStage {
  /** The attack index in use (after extra attacks were added), when similarity is enabled. */
  readonly attackIndex: AttackIndex | undefined;
}

// Decoded and cleaned views are scored too, but never more than this many characters in total per inspection.
const viewBudgetFactor = 3;

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new Error(`inspection aborted: ${errorMessage(signal.reason)}`);
}

function snippet(text: string, span: readonly [number, number]): string {
  const value = text.slice(span[0], Math.min(span[1], span[0] + 80)).replace(/\s+/gu, ' ').trim();
  return span[1] - span[0] > 80 ? `${value}...` : value;
}

/** Builds the detector; loads the bundled model and attack index unless preloaded ones are passed. */
export function createInjectionDetector(options: InjectionDetectorOptions): InjectionDetector {
  const { detection } = options;
  const classifier: Classifier | undefined = detection.classifier ? createClassifier(options.model ?? loadClassifierModel(bundledModelPath())) : undefined;
  const rules = detection.heuristics ? createHeuristicRules() : undefined;
  let attackIndex: AttackIndex | undefined;
  if (detection.similarity.enabled) {
    attackIndex = options.attackIndex ?? loadBundledAttackIndex();
    for (const attack of options.attacks ?? []) attackIndex.add(attack.id, attack.text);
  }
  const spotlighter = createSpotlighter(detection.spotlight, options.random ?? secureRandomBytes);
  const externalConfig = detection.external_model;
  let external: Promise<ExternalClassifier> | undefined = options.externalModel === undefined ? undefined : Promise.resolve(options.externalModel);

  function classify(views: readonly TextView[], original: string): Finding[] {
    if (classifier === undefined) return [];
    let budget = Math.max(original.length, 1) * viewBudgetFactor;
    let best: { probability: number; span: readonly [number, number]; view: TextView } | undefined;
    for (const view of views) {
      if (budget <= 0) break;
      budget -= view.text.length;
      const result = classifier.score(view.text);
      if (best === undefined || result.probability > best.probability) best = { probability: result.probability, span: result.span, view };
    }
    if (best === undefined) return [];
    const span = best.view.toOriginal(best.span);
    return [{
      ruleId: 'input.classifier',
      layer: 'input',
      severity: best.probability >= 0.9 ? 'high' : best.probability >= 0.5 ? 'medium' : 'info',
      score: best.probability,
      span,
      evidence: `classifier probability ${best.probability.toFixed(3)} on "${snippet(original, span)}"`,
      ...(best.view.depth > 0 || best.view.name !== 'original' ? { decodedFrom: best.view.name } : {}),
    }];
  }

  function similar(views: readonly TextView[], original: string): Finding[] {
    if (attackIndex === undefined) return [];
    for (const view of views) {
      const match = attackIndex.nearest(view.text, detection.similarity.threshold);
      if (match === undefined) continue;
      const span = view.toOriginal(match.span);
      return [{
        ruleId: 'input.similarity.known-attack',
        layer: 'input',
        severity: 'high',
        score: Math.min(0.99, 0.9 + (match.similarity - detection.similarity.threshold)),
        span,
        evidence: `cosine ${match.similarity.toFixed(3)} to known attack ${match.id}: "${snippet(original, span)}"`,
        ...(view.name === 'original' ? {} : { decodedFrom: view.name }),
      }];
    }
    return [];
  }

  async function externalFindings(text: string): Promise<Finding[]> {
    if (externalConfig === undefined && external === undefined) return [];
    external ??= loadOnnxClassifier(externalConfig!.path, { attackLabels: externalConfig!.attack_labels });
    const probability = await (await external).score(text);
    const weight = externalConfig?.weight ?? 1;
    return [{
      ruleId: 'input.external-model',
      layer: 'input',
      severity: probability >= 0.9 ? 'high' : probability >= 0.5 ? 'medium' : 'info',
      score: probability * weight,
      evidence: `external model probability ${probability.toFixed(3)} (weight ${weight})`,
    }];
  }

  async function inspectUnsafe(text: string, source: ContentSource, signal: AbortSignal | undefined): Promise<InputInspection> {
    if (typeof text !== 'string') throw new TypeError('input text must be a string');
    if (text.length > maxInputBytes || Buffer.byteLength(text, 'utf8') > maxInputBytes) {
      const finding: Finding = { ruleId: 'input.too-large', layer: 'input', severity: 'critical', score: 1, evidence: `more than ${maxInputBytes} bytes` };
      return { verdict: deny('input.too-large', `input exceeds ${maxInputBytes} bytes and was not scanned`, [finding], 1), score: 1, findings: [finding] };
    }
    const normalized = normalizeText(text);
    checkAborted(signal);
    const findings: Finding[] = [...normalized.findings];
    if (rules !== undefined) {
      findings.push(...rules.scan(normalized.views, { source }));
      // Risky code to adopt and requests planted off-topic only matter in what the agent reads: documents, tool output, tool
      // descriptions. A user's own prompt is a request by definition.
      if (sourceClass(source) !== 'user') findings.push(...findCodeInjection(normalized.views), ...findTaskDrift(normalized.views));
      // A harmful request wrapped in a role, fiction or a claimed purpose is how a person (or attacker model) jailbreaks.
      else findings.push(...findPretextedHarm(normalized.views));
      // Tool descriptions address the model by design ("use this tool when ..."), so the rules for instructions aimed
      // at the AI stay off there; the tool-poisoning rules look for what a description never legitimately says.
      if (source === 'tool-description') findings.push(...findToolPoisoningText(text));
    }
    checkAborted(signal);
    findings.push(...classify(normalized.views, text));
    checkAborted(signal);
    findings.push(...similar(normalized.views, text));
    findings.push(...(await externalFindings(text)));
    checkAborted(signal);
    const ensemble = combineFindings(findings);
    const score = Number(ensemble.score.toFixed(4));
    const threshold = thresholdFor(detection, source);
    const strongest = ensemble.strongest;
    if ((score >= threshold || ensemble.critical) && strongest !== undefined) {
      const reason = `${strongest.ruleId}${strongest.decodedFrom === undefined ? '' : ` (in ${strongest.decodedFrom} view)`}: `
        + `injection score ${score.toFixed(2)} ${ensemble.critical ? 'with a critical finding' : `>= ${threshold} for ${sourceClass(source)} content`}`
        + `${strongest.evidence === undefined ? '' : `; ${strongest.evidence}`}`;
      return { verdict: deny(strongest.ruleId, reason, findings, score), score, findings };
    }
    return { verdict: allow({ findings, score }), score, findings };
  }

  const cacheEntries = options.resultCacheEntries ?? defaultResultCacheEntries;
  const cache = new Map<string, InputInspection>();

  return {
    attackIndex,
    async inspect(text, inspectOptions) {
      const key = cacheEntries > 0 && typeof text === 'string' && text.length <= cacheableLength ? `${inspectOptions.source}\u0000${text}` : undefined;
      const known = key === undefined ? undefined : cache.get(key);
      if (key !== undefined && known !== undefined) {
        cache.delete(key);
        cache.set(key, known);
        return known;
      }
      try {
        const result = await inspectUnsafe(text, inspectOptions.source, inspectOptions.signal);
        if (key !== undefined) {
          // Shared between callers from now on, so nobody may change it.
          for (const finding of result.findings) Object.freeze(finding);
          Object.freeze(result.findings);
          Object.freeze(result.verdict);
          cache.set(key, Object.freeze(result));
          if (cache.size > cacheEntries) cache.delete(cache.keys().next().value!);
        }
        return result;
      } catch (error) {
        // Fail closed: a detector that cannot decide denies.
        const finding: Finding = { ruleId: 'input.detector-error', layer: 'input', severity: 'critical', score: 1, evidence: errorMessage(error).slice(0, 200) };
        return { verdict: deny('input.detector-error', `injection detector failed: ${finding.evidence ?? ''}`, [finding], 1), score: 1, findings: [finding] };
      }
    },
    spotlight: (text) => spotlighter.spotlight(text),
  };
}
