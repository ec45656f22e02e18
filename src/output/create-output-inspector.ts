import type { RandomBytes } from '../kernel/crypto.ts';
import { secureRandomBytes } from '../kernel/crypto.ts';
import { errorMessage } from '../kernel/errors.ts';
import type { Clock } from '../kernel/types.ts';
import { systemClock } from '../kernel/types.ts';
import type { Verdict } from '../kernel/verdict.ts';
import { deny } from '../kernel/verdict.ts';
import { domainAllowed } from '../policy/domain.ts';
import type { OutputContext, OutputStage, OutputStream } from '../kernel/stages.ts';
import { canarySecret } from './canary.ts';
import type { DetectorSettings, OutputPolicy } from './detection.ts';
import { createOutputStream, defaultHoldback, defaultScanStep, inspectorErrorRule } from './output-stream.ts';
import { fingerprintPrompt } from './prompt-leak.ts';
import { createReplacer } from './redaction.ts';
import type { PlaceholderRegistry, PlaceholderVault } from './vault.ts';
import { createPlaceholderRegistry, createPlaceholderVault } from './vault.ts';

/** System-prompt fingerprints kept per inspector (first in, first out). */
const fingerprintCacheEntries = 64;

/** Options for `createOutputInspector`. */
export interface OutputInspectorOptions {
  /** The policy's `output` section. */
  readonly output: OutputPolicy;
  /** Randomness for the hash-mode key and the placeholder registry. */
  readonly random?: RandomBytes;
  /** Time source, for the duration reported in audit data. */
  readonly clock?: Clock;
  /** Reversible placeholder vault; when absent and the policy sets `vault: true`, the inspector creates one. */
  readonly vault?: PlaceholderVault;
  /** Characters held back at the end of a stream (default 256). */
  readonly holdback?: number;
  /** Fewest new characters that trigger a scan while streaming (default 64). */
  readonly scanStep?: number;
}

/** The output stage plus what the firewall and proxy need to wire it. */
export interface OutputInspector extends OutputStage {
  /** The vault placeholders are recorded in, when the policy enables one; restore only into tool arguments. */
  readonly vault?: PlaceholderVault;
  /** Holdback window in characters (worst-case release latency is holdback + scanStep). */
  readonly holdback: number;
  readonly scanStep: number;
}

/** Text pushed per scan by `inspect`, so a 10 MB output is scanned in bounded windows. */
const inspectSlice = 32_768;

/**
 * Builds the output inspector: PII with validation, provider secrets, canaries and system-prompt leaks,
 * exfiltration links and dangerous commands, with block / redact / flag per policy. Any internal failure
 * is a deny with rule `output.inspector-error`.
 */
export function createOutputInspector(options: OutputInspectorOptions): OutputInspector {
  const policy = options.output;
  const random = options.random ?? secureRandomBytes;
  const clock = options.clock ?? systemClock;
  const holdback = options.holdback ?? defaultHoldback;
  const scanStep = options.scanStep ?? defaultScanStep;
  const vault = options.vault ?? (policy.vault ? createPlaceholderVault({ random }) : undefined);
  const registry: PlaceholderRegistry = vault ?? createPlaceholderRegistry({ random });
  const replacer = createReplacer(policy.redaction, random(32), registry);
  const hostAllowed = domainAllowed(policy.links.allow_domains);

  // Each agent sends the same system prompt on every call; its fingerprint is computed once, not per answer.
  const fingerprints = new Map<string, ReturnType<typeof fingerprintPrompt>>();
  const fingerprintOf = (systemPrompt: string): ReturnType<typeof fingerprintPrompt> => {
    if (fingerprints.has(systemPrompt)) return fingerprints.get(systemPrompt);
    const fingerprint = fingerprintPrompt(systemPrompt);
    fingerprints.set(systemPrompt, fingerprint);
    if (fingerprints.size > fingerprintCacheEntries) fingerprints.delete(fingerprints.keys().next().value!);
    return fingerprint;
  };

  const settingsFor = (context: OutputContext): DetectorSettings => {
    const prompt = context.systemPrompt === undefined ? undefined : fingerprintOf(context.systemPrompt);
    return {
      allowTestValues: policy.allow_test_values,
      hostAllowed,
      canaries: context.canaries.map(canarySecret).filter((secret) => secret.length >= 8),
      ...(prompt === undefined ? {} : { prompt }),
    };
  };

  const stream = (context: OutputContext): OutputStream => createOutputStream({
    policy, detector: settingsFor(context), replacer, sessionId: context.session.sessionId, holdback, scanStep,
  });

  return {
    ...(vault === undefined ? {} : { vault }),
    holdback,
    scanStep,
    stream(context) {
      try {
        return stream(context);
      } catch (error) {
        const failed = deny(inspectorErrorRule, `output inspector failed: ${errorMessage(error)}`);
        return { push: () => ({ release: '', verdict: failed }), end: () => ({ release: '', verdict: failed }) };
      }
    },
    async inspect(text, context): Promise<Verdict> {
      const started = clock.now();
      try {
        if (typeof text !== 'string') throw new Error('output is not a string');
        const inspection = stream(context);
        for (let index = 0; index < text.length; index += inspectSlice) {
          const { verdict } = inspection.push(text.slice(index, index + inspectSlice));
          if (verdict.action === 'deny') return verdict;
        }
        return inspection.end().verdict;
      } catch (error) {
        return deny(inspectorErrorRule, `output inspector failed after ${clock.now() - started} ms: ${errorMessage(error)}`);
      }
    },
  };
}
